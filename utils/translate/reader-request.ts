/**
 * What the reader in this tab was asked to translate into. The content script
 * sets it when the popup says "Translate"; the reader view subscribes. It lives
 * as long as the page, so closing and reopening the reader keeps the language
 * (and the results come from the cache, at no request).
 */

export type TranslationView = 'translation' | 'side-by-side' | 'bilingual';

interface State {
  target?: string;
  view: TranslationView;
  /** Counts requests: asking again (after setting up an engine, after a failure) starts a new run. */
  run: number;
}

let state: State = { view: 'translation', run: 0 };
const listeners = new Set<(state: State) => void>();

function set(next: State): void {
  state = next;
  for (const listener of listeners) listener(state);
}

/** Ask the reader to translate into `target` (undefined shows the original again). */
export function requestTranslation(target: string | undefined): void {
  set({ ...state, target, run: state.run + 1 });
}

/** Choose how translation and original are shown. */
export function setTranslationView(view: TranslationView): void {
  set({ ...state, view });
}

/** The current request. */
export function translationRequest(): Readonly<State> {
  return state;
}

/** Call `listener` on every change; returns the unsubscribe function. */
export function onTranslationRequest(listener: (state: Readonly<State>) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
