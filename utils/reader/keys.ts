/**
 * The reader's own keys (while it is open and focus is not in a form field):
 * + / = bigger, - smaller. Ctrl/Cmd combinations stay the browser's zoom.
 */
import { clampStep, TEXT_SIZE } from '@/utils/settings/schema';

export type ReaderKeyAction = 'text-bigger' | 'text-smaller';

/** Elements where + and - are typed, not commands. */
const TYPING = /^(INPUT|TEXTAREA|SELECT)$/;

/** The action for a keydown, or undefined. `target` is the event's innermost target (`composedPath()[0]`). */
export function readerKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  target: EventTarget | undefined,
): ReaderKeyAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const element = target as { tagName?: string; isContentEditable?: boolean } | undefined;
  if (element?.isContentEditable || TYPING.test(element?.tagName ?? '')) return undefined;
  if (event.key === '+' || event.key === '=') return 'text-bigger';
  if (event.key === '-' || event.key === '−') return 'text-smaller';
  return undefined;
}

/** The text size one step up or down, clamped to the bounds. */
export function stepTextSize(current: number, direction: 1 | -1): number {
  return clampStep(current + direction * TEXT_SIZE.step, TEXT_SIZE);
}
