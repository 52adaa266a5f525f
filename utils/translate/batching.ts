/**
 * Pack texts into engine requests within the engine's limits (items, bytes,
 * per-item size). Texts too long for one item are split at sentence
 * boundaries; `units` remembers which text each piece belongs to.
 */
import type { EngineLimits } from './types';
import { splitToFit, utf8Bytes } from './text-split';

/** One piece sent to the engine: the whole text `textIndex` or a piece of it. */
export interface Unit {
  textIndex: number;
  piece: number;
  text: string;
}

export interface Batch {
  units: Unit[];
  /** UTF-16 characters sent (what engines bill). */
  chars: number;
}

export interface BatchOptions {
  /** Make the first batch at most this many items, so the first screen appears fast. */
  firstBatchItems?: number;
  /** ... and at most this many bytes. */
  firstBatchBytes?: number;
}

/** Cost of an item inside a JSON request body: its encoded bytes plus a separator. */
export function itemBytes(text: string): number {
  return utf8Bytes(JSON.stringify(text)) + 1;
}

/** Split each text into units that respect the per-item limits. */
export function toUnits(texts: string[], limits: EngineLimits): Unit[] {
  const units: Unit[] = [];
  // The whole-request limit also bounds a single item.
  const maxItemBytes = Math.min(limits.maxBytesPerItem ?? Infinity, limits.maxBytes - 16);
  const fits = (s: string) =>
    (limits.maxCharsPerItem === undefined || s.length <= limits.maxCharsPerItem) &&
    (limits.maxBytesPerItem === undefined ? itemBytes(s) <= maxItemBytes : utf8Bytes(s) <= maxItemBytes);
  texts.forEach((text, textIndex) => {
    const pieces = splitToFit(text, fits, limits.splitSentences === true && !fits(text));
    pieces.forEach((piece, i) => units.push({ textIndex, piece: i, text: piece }));
  });
  return units;
}

/** Greedy packing in document order: a batch closes when the next unit would break a limit. */
export function packBatches(units: Unit[], limits: EngineLimits, options: BatchOptions = {}): Batch[] {
  const batches: Batch[] = [];
  let current: Batch = { units: [], chars: 0 };
  let bytes = 0;
  const maxItems = Math.max(1, limits.maxItems);
  for (const unit of units) {
    const first = batches.length === 0;
    const itemLimit = first ? Math.min(maxItems, options.firstBatchItems ?? maxItems) : maxItems;
    const byteLimit = first ? Math.min(limits.maxBytes, options.firstBatchBytes ?? limits.maxBytes) : limits.maxBytes;
    const cost = itemBytes(unit.text);
    if (current.units.length > 0 && (current.units.length >= itemLimit || bytes + cost > byteLimit)) {
      batches.push(current);
      current = { units: [], chars: 0 };
      bytes = 0;
    }
    current.units.push(unit);
    current.chars += unit.text.length;
    bytes += cost;
  }
  if (current.units.length > 0) batches.push(current);
  return batches;
}

/** Whether a text fits the engine's per-item limits without splitting. */
export function fitsWhole(text: string, limits: EngineLimits): boolean {
  if (limits.maxCharsPerItem !== undefined && text.length > limits.maxCharsPerItem) return false;
  if (limits.maxBytesPerItem !== undefined && utf8Bytes(text) > limits.maxBytesPerItem) return false;
  return itemBytes(text) <= limits.maxBytes - 16;
}
