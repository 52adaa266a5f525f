/**
 * The public evaluation data (`../shared/eval-data` from the repository root,
 * or $LESELOTSE_EVAL_DATA): where it is, and an evenly spaced sample of a
 * dataset's annotated pages. Shared by the jsdom and the Chromium benchmarks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The public datasets, in the order the benchmarks report them. */
export const PUBLIC_DATASETS = ['trafilatura', 'article-extraction-benchmark', 'readability-testpages'] as const;

export interface Annotation {
  id: string;
  url: string;
  /** The page's HTML (gzipped or not), relative to the dataset's folder. */
  file: string;
  lang?: string;
  with?: string[];
  without?: string[];
  text?: string;
  tags?: string[];
}

export function evalDir(): string | undefined {
  const dir = process.env.LESELOTSE_EVAL_DATA ?? resolve(REPO, '../shared/eval-data');
  return existsSync(dir) ? dir : undefined;
}

/** `limit` evenly spaced items (all of them when there are no more). */
export function sample<T>(items: T[], limit: number): T[] {
  if (items.length <= limit) return items;
  const step = items.length / limit;
  return Array.from({ length: limit }, (_, i) => items[Math.floor(i * step)]!);
}

/** A sample of `limit` annotated pages of dataset `name` in `dir` (none when the dataset is missing). */
export function annotatedPages(dir: string, name: string, limit: number): Annotation[] {
  const file = join(dir, name, 'annotations.json');
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8')) as { items: Annotation[] };
  return sample(data.items, limit);
}
