/**
 * Named settings migrations, one per version bump. WXT runs them in order when
 * the stored version is older than SETTINGS_VERSION. Each migration needs a
 * case in tests/unit/settings.test.ts (a test there fails when one is missing),
 * so settings survive every update.
 *
 * v1 is the first released shape; no migration exists yet.
 */
export const SETTINGS_VERSION = 1;

/** The reader's base size in CSS pixels: 100 % text size. */
export const READER_BASE_PX = 18;

export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** Keyed by the version a migration produces (WXT's convention). */
export const SETTINGS_MIGRATIONS: Record<number, Migration> = {};
