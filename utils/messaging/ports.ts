/**
 * The only module that touches `runtime.connect` / `runtime.onConnect`. Ports are
 * wrapped in a small typed interface so the translation service can be tested
 * with a fake port and never sees the raw extension API.
 */
import { browser, type Browser } from 'wxt/browser';
import { isOwnSender } from './index';
import { TRANSLATE_PORT_NAME, type TranslatePortBGtoCS, type TranslatePortCStoBG } from './translate-port';
import { REWRITE_PORT_NAME, type RewritePortBGtoCS, type RewritePortCStoBG } from './rewrite-port';

/** One end of a typed port: what it sends (`Out`) and what it receives (`In`). */
export interface TypedPort<Out, In> {
  post(message: Out): void;
  onMessage(listener: (message: In) => void): void;
  onDisconnect(listener: () => void): void;
  disconnect(): void;
}

function wrap<Out, In>(port: Browser.runtime.Port): TypedPort<Out, In> {
  let open = true;
  port.onDisconnect.addListener(() => {
    open = false;
  });
  return {
    post(message) {
      // Posting on a closed port throws; a reader that went away needs no more results.
      if (open) port.postMessage(message);
    },
    onMessage(listener) {
      port.onMessage.addListener((message: unknown) => listener(message as In));
    },
    onDisconnect(listener) {
      port.onDisconnect.addListener(() => listener());
    },
    disconnect() {
      open = false;
      port.disconnect();
    },
  };
}

/** Reader side: open the translation port to the background. */
export function connectTranslatePort(): TypedPort<TranslatePortCStoBG, TranslatePortBGtoCS> {
  return wrap(browser.runtime.connect({ name: TRANSLATE_PORT_NAME }));
}

/** Reader side: open a port for one plain-language rewrite. */
export function connectRewritePort(): TypedPort<RewritePortCStoBG, RewritePortBGtoCS> {
  return wrap(browser.runtime.connect({ name: REWRITE_PORT_NAME }));
}

/**
 * Background side: hand every translation port opened by our own reader script
 * (a content script in a tab) to `onPort`. Returns a function that stops listening.
 */
export function listenTranslatePorts(
  onPort: (port: TypedPort<TranslatePortBGtoCS, TranslatePortCStoBG>) => void,
): () => void {
  return listenPorts(TRANSLATE_PORT_NAME, onPort);
}

/** Background side: the readers' rewrite ports, checked like the translation ports. */
export function listenRewritePorts(onPort: (port: TypedPort<RewritePortBGtoCS, RewritePortCStoBG>) => void): () => void {
  return listenPorts(REWRITE_PORT_NAME, onPort);
}

function listenPorts<Out, In>(name: string, onPort: (port: TypedPort<Out, In>) => void): () => void {
  const listener = (port: Browser.runtime.Port) => {
    if (port.name !== name) return;
    if (!port.sender || !isOwnSender(port.sender) || !port.sender.tab) {
      port.disconnect();
      return;
    }
    onPort(wrap<Out, In>(port));
  };
  browser.runtime.onConnect.addListener(listener);
  return () => browser.runtime.onConnect.removeListener(listener);
}
