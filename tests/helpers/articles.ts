/** Small extracted articles shared by the reader's component tests. */
import type { Article } from '@/utils/extract/types';

/** One paragraph naming a fee: what the rewrite and key-facts tests check for. */
export const FEE_ARTICLE: Article = {
  title: 'Anmeldung',
  lang: 'de',
  dir: 'ltr',
  blocks: [{ id: 'b0', kind: 'paragraph', html: 'Die Gebühr beträgt 5,00 Euro.', text: 'Die Gebühr beträgt 5,00 Euro.' }],
  html: '',
  text: 'Die Gebühr beträgt 5,00 Euro.',
  confidence: 1,
  readerable: true,
  url: 'http://127.0.0.1/x',
};
