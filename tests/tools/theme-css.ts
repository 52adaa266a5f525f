/**
 * Write `components/themes.css`, the reader's theme rules, from the one theme
 * table (`utils/reader/themes.ts`): `npx tsx tests/tools/theme-css.ts`. The
 * reader ships the file instead of building the CSS at run time (the content
 * script's 60 KB budget); tests/unit/reader-themes.test.ts fails when the file
 * and the table disagree.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { themeCssFile } from '../../utils/reader/themes';

const target = fileURLToPath(new URL('../../components/themes.css', import.meta.url));
writeFileSync(target, themeCssFile());
console.log(`wrote ${target}`);
