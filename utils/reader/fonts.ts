/**
 * The reader's fonts: the system font, Atkinson Hyperlegible and OpenDyslexic
 * (both SIL OFL 1.1, licences in public/fonts/). The woff2 files ship with the
 * extension as web-accessible resources; nothing is fetched from the network.
 *
 * Shadow roots cannot own `@font-face`, so faces are added to the document's
 * FontFaceSet, which the shadow tree shares. They are built from the file's
 * bytes rather than a URL: a page's `font-src` CSP then has nothing to block.
 * A face is loaded only when its font is chosen.
 */
import type { FontId } from '@/utils/settings/schema';

export interface FontFile {
  /** Path below the extension root, for `runtime.getURL`. */
  path: string;
  weight: '400' | '700';
  unicodeRange: string;
}

export interface FontDefinition {
  /** Family name, prefixed so a page's own fonts of the same name never mix in. */
  family: string;
  files: FontFile[];
}

const LATIN =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
const LATIN_EXT =
  'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF';

/** The bundled fonts (fontsource's subsets: latin, and latin-ext where it exists). */
export const BUNDLED_FONTS: Readonly<Record<Exclude<FontId, 'system'>, FontDefinition>> = {
  atkinson: {
    family: 'Leselotse Atkinson Hyperlegible',
    files: [
      { path: 'fonts/atkinson-hyperlegible-latin-400-normal.woff2', weight: '400', unicodeRange: LATIN },
      { path: 'fonts/atkinson-hyperlegible-latin-700-normal.woff2', weight: '700', unicodeRange: LATIN },
      { path: 'fonts/atkinson-hyperlegible-latin-ext-400-normal.woff2', weight: '400', unicodeRange: LATIN_EXT },
      { path: 'fonts/atkinson-hyperlegible-latin-ext-700-normal.woff2', weight: '700', unicodeRange: LATIN_EXT },
    ],
  },
  opendyslexic: {
    family: 'Leselotse OpenDyslexic',
    files: [
      { path: 'fonts/opendyslexic-latin-400-normal.woff2', weight: '400', unicodeRange: LATIN },
      { path: 'fonts/opendyslexic-latin-700-normal.woff2', weight: '700', unicodeRange: LATIN },
    ],
  },
};

const SYSTEM_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

/** The CSS `font-family` value for a font choice; the system stack is always the fallback. */
export function fontStack(font: FontId): string {
  if (font === 'system') return SYSTEM_STACK;
  return `'${BUNDLED_FONTS[font].family}', ${SYSTEM_STACK}`;
}

/** What loading a font needs from its surroundings (the browser, or a test's stubs). */
export interface FontEnvironment {
  /** The document's FontFaceSet. */
  fonts: { add(face: FontFace): unknown };
  FontFace: typeof FontFace;
  /** Bytes of a packaged file, by its path below the extension root. */
  readFile(path: string): Promise<ArrayBuffer>;
}

/**
 * Make a bundled font available to the document (and its shadow trees). Loads
 * each family once per environment; resolves when every face is ready, rejects
 * when a file cannot be read (the stack then falls back to the system font).
 */
export function createFontLoader(env: FontEnvironment): (font: FontId) => Promise<void> {
  const loaded = new Map<FontId, Promise<void>>();
  return (font) => {
    if (font === 'system') return Promise.resolve();
    let pending = loaded.get(font);
    if (!pending) {
      const definition = BUNDLED_FONTS[font];
      pending = Promise.all(
        definition.files.map(async (file) => {
          const face = new env.FontFace(definition.family, await env.readFile(file.path), {
            weight: file.weight,
            style: 'normal',
            display: 'swap',
            unicodeRange: file.unicodeRange,
          });
          await face.load();
          env.fonts.add(face);
        }),
      ).then(() => undefined);
      // A failed load may succeed later (a reloaded extension): do not cache failures.
      pending.catch(() => loaded.delete(font));
      loaded.set(font, pending);
    }
    return pending;
  };
}
