import { describe, expect, it } from 'vitest';
import { THEMES } from '@/utils/settings/schema';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contrastRatio, relativeLuminance, THEME_COLORS, themeCss, themeCssFile, type FixedThemeId } from '@/utils/reader/themes';

const fixed = Object.keys(THEME_COLORS) as FixedThemeId[];

describe('reader themes', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // WCAG's worked example: #777 on white is just under 4.5:1.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(() => relativeLuminance('yellow')).toThrow();
  });

  it('has colours for every theme setting except auto', () => {
    expect(fixed.sort()).toEqual(THEMES.filter((id) => id !== 'auto').sort());
  });

  it.each(fixed)('%s: body text and links ≥ 7:1, secondary text ≥ 7:1, focus ring ≥ 3:1', (id) => {
    const c = THEME_COLORS[id];
    expect(contrastRatio(c.fg, c.bg)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(c.link, c.bg)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(c.muted, c.bg)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(c.focus, c.bg)).toBeGreaterThanOrEqual(3);
  });

  it.each(fixed)('%s: the read-aloud highlight keeps text ≥ 7:1 and links ≥ 4.5:1', (id) => {
    const c = THEME_COLORS[id];
    expect(contrastRatio(c.fg, c.mark)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(c.link, c.mark)).toBeGreaterThanOrEqual(4.5);
  });

  it('emits one rule per theme, auto by media query, and honours forced colours', () => {
    const css = themeCss();
    for (const id of fixed) expect(css).toContain(`[data-theme="${id}"]{--ll-bg:${THEME_COLORS[id].bg};--ll-fg:${THEME_COLORS[id].fg};`);
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)\{\.ll-root\[data-theme="auto"\]\{--ll-bg:#121212/);
    expect(css).toMatch(/@media \(forced-colors: active\)\{\.ll-root\{--ll-bg:Canvas;--ll-fg:CanvasText;/);
  });
});

describe('components/themes.css (what the reader ships)', () => {
  it('is the theme table as CSS, current: regenerate with `npx tsx tests/tools/theme-css.ts`', () => {
    const shipped = readFileSync(fileURLToPath(new URL('../../components/themes.css', import.meta.url)), 'utf8');
    expect(shipped).toBe(themeCssFile());
    expect(shipped).toContain(themeCss());
  });
});
