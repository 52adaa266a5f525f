/**
 * The reader overlay: title, the article's blocks and a close button. Props in,
 * events out; mounted by the reader content script inside a shadow root.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Article, Block } from '@/utils/extract/types';
import { t } from '@/utils/i18n';
import { SafeHtml } from './SafeHtml';

export interface ReaderViewProps {
  article: Article;
  onClose: () => void;
}

function BlockView({ block, lang }: { block: Block; lang: string }) {
  const common = { 'data-block-id': block.id, lang: block.lang ?? lang, class: `ll-block ll-${block.kind}` };
  switch (block.kind) {
    case 'heading': {
      // The article title is the overlay's h1; article headings start below it.
      const level = Math.min(6, Math.max(2, (block.level ?? 2) + (block.level === 1 ? 1 : 0)));
      return <SafeHtml as={`h${level}` as 'h2'} html={block.html} {...common} />;
    }
    case 'paragraph':
      return <SafeHtml as="p" html={block.html} {...common} />;
    default:
      // Lists, tables, quotes and figures carry their own element in `html`.
      return <SafeHtml as="div" html={block.html} {...common} />;
  }
}

/** Keep Tab and Shift+Tab inside the overlay. */
function trapFocus(event: KeyboardEvent, container: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const focusable = Array.from(
    container.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])'),
  );
  if (focusable.length === 0) return;
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  const active = (container.getRootNode() as ShadowRoot).activeElement;
  if (event.shiftKey && (active === first || !container.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

export function ReaderView({ article, onClose }: ReaderViewProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        onClose();
      } else if (dialog.current) {
        trapFocus(event, dialog.current);
      }
    };
    // Capture on the window: the page's own key handlers must not see Esc first.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onClose]);

  return (
    <div
      ref={dialog}
      class="ll-overlay"
      role="dialog"
      aria-modal="true"
      aria-label={t('readerRegion')}
      lang={article.lang}
      dir={article.dir}
    >
      <div class="ll-toolbar" role="toolbar" aria-label={t('readerRegion')}>
        <button type="button" class="ll-close" onClick={onClose} title={t('readerCloseHint')}>
          {t('readerClose')}
        </button>
      </div>
      <main class="ll-article">
        <h1 ref={heading} tabIndex={-1} class="ll-title">
          {article.title}
        </h1>
        {article.readerable ? null : (
          <p class="ll-notice" role="status">
            {t('readerNoArticle')}
          </p>
        )}
        {article.blocks.map((block) => (
          <BlockView key={block.id} block={block} lang={article.lang} />
        ))}
        {article.url ? <p class="ll-source">{t('readerSource', article.url)}</p> : null}
      </main>
    </div>
  );
}
