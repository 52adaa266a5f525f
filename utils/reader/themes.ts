/**
 * The reader's colour themes: one table, so the contrast test and the CSS the
 * overlay uses cannot drift apart. 'auto' follows `prefers-color-scheme`
 * (light or dark); `forced-colors` (Windows high contrast) wins over all of them.
 */
import type { ThemeId } from '@/utils/settings/schema';

export type FixedThemeId = Exclude<ThemeId, 'auto'>;

export interface ThemeColors {
  /** Page background. */
  bg: string;
  /** Body text: ≥ 7:1 on `bg` (WCAG 1.4.6, AAA). */
  fg: string;
  /** Links: ≥ 7:1 on `bg` as well, they are read as body text. */
  link: string;
  /** Secondary text (source line, borders). */
  muted: string;
  /** Focus ring: ≥ 3:1 on `bg` (WCAG 1.4.11). */
  focus: string;
  /** Background of the sentence being read aloud: `fg` keeps ≥ 7:1 on it. */
  mark: string;
}

/** The fixed themes. Hex colours only: the contrast check parses them. */
export const THEME_COLORS: Readonly<Record<FixedThemeId, ThemeColors>> = {
  light: { bg: '#ffffff', fg: '#1a1a1a', link: '#0b4fa8', muted: '#3d3d3d', focus: '#c2410c', mark: '#ffe38a' },
  dark: { bg: '#121212', fg: '#f2f2f2', link: '#9cc7ff', muted: '#d0d0d0', focus: '#ffb86b', mark: '#4a3f00' },
  sepia: { bg: '#f4ecd8', fg: '#2e2416', link: '#6b3000', muted: '#4a3b26', focus: '#a33a00', mark: '#ffd67a' },
  'white-on-black': { bg: '#000000', fg: '#ffffff', link: '#8fc4ff', muted: '#e0e0e0', focus: '#ffd400', mark: '#3a3a8a' },
  'yellow-on-black': { bg: '#000000', fg: '#ffff00', link: '#7fe8ff', muted: '#ffff66', focus: '#ff9de2', mark: '#4a4a00' },
  'black-on-yellow': { bg: '#ffff00', fg: '#000000', link: '#00008b', muted: '#202000', focus: '#b00020', mark: '#ffffff' },
};

/** The theme 'auto' resolves to without and with `prefers-color-scheme: dark`. */
export const AUTO_THEMES = { light: 'light', dark: 'dark' } as const satisfies Record<string, FixedThemeId>;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(match[1]!, 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours (1 … 21). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function declarations(colors: ThemeColors): string {
  return (
    `--ll-bg:${colors.bg};--ll-fg:${colors.fg};--ll-link:${colors.link};` +
    `--ll-muted:${colors.muted};--ll-focus:${colors.focus};--ll-mark:${colors.mark};`
  );
}

/**
 * The theme rules for the overlay's stylesheet: one rule per theme keyed by
 * `data-theme` on `.ll-root`, 'auto' by media query, and system colours under
 * `forced-colors: active` so the user's high-contrast palette is honoured.
 */
export function themeCss(): string {
  const rules = (Object.keys(THEME_COLORS) as FixedThemeId[]).map(
    (id) => `.ll-root[data-theme="${id}"]{${declarations(THEME_COLORS[id])}color-scheme:${isDark(id) ? 'dark' : 'light'};}`,
  );
  rules.push(`.ll-root[data-theme="auto"]{${declarations(THEME_COLORS[AUTO_THEMES.light])}color-scheme:light;}`);
  rules.push(
    `@media (prefers-color-scheme: dark){.ll-root[data-theme="auto"]{${declarations(THEME_COLORS[AUTO_THEMES.dark])}color-scheme:dark;}}`,
  );
  rules.push(
    '@media (forced-colors: active){.ll-root{--ll-bg:Canvas;--ll-fg:CanvasText;--ll-link:LinkText;' +
      '--ll-muted:CanvasText;--ll-focus:Highlight;--ll-mark:Mark;}}',
  );
  return rules.join('\n');
}

/**
 * `components/themes.css` as `tests/tools/theme-css.ts` writes it: the reader
 * imports that file rather than calling `themeCss()`, keeping the table and
 * the contrast maths out of the content script.
 */
export function themeCssFile(): string {
  return `/* Generated from utils/reader/themes.ts by \`npx tsx tests/tools/theme-css.ts\`: do not edit. */\n${themeCss()}\n`;
}

/** Whether a theme has a dark background (for `color-scheme`, so form controls match). */
export function isDark(id: FixedThemeId): boolean {
  return relativeLuminance(THEME_COLORS[id].bg) < 0.2;
}
