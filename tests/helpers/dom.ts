/** Parse HTML into a jsdom Document for tests and Node tools (no scripts run). */
import { JSDOM } from 'jsdom';

export function parseHtml(html: string, url = 'https://www.stadt.example/seite'): {
  document: Document;
  window: Window & typeof globalThis;
} {
  const dom = new JSDOM(html, { url, contentType: 'text/html' });
  return { document: dom.window.document, window: dom.window as unknown as Window & typeof globalThis };
}
