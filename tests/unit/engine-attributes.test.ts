/**
 * A remote engine's reply may keep the markers of the tags it was sent, but
 * every attribute it writes itself is dropped before the original tags are
 * put back: a translation cannot add a remote picture (a read receipt to its
 * host), a link target or a style the page did not have. Checked without a DOM
 * (the Chrome service worker) and with one (Firefox's background page), and
 * through translateBlocks with a hostile engine.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import { dropInventedAttributes, protectAttributes, restoreAttributes } from '@/utils/translate/protect-attributes';
import { sanitizeWithoutDom } from '@/utils/translate/sanitize-output';

const ORIGINAL = '<p>Antrag <a href="https://www.stadt.example/antrag?fall=123">online</a> stellen. <img src="https://www.stadt.example/logo.png" alt="Logo"></p>';

const HOSTILE_REPLIES = [
  '<img src="http://127.0.0.1:9/engine-pixel.png" alt="x">',
  '<img/src="http://127.0.0.1:9/slash.png">',
  '<a href="http://127.0.0.1:9/engine-link" style="background:url(http://127.0.0.1:9/style)">Link</a>',
  '<p data-r="0" onclick="alert(1)">x</p>',
  '<table background="http://127.0.0.1:9/bg"><tr><td>Zelle</td></tr></table>',
];

function translatedWith(reply: (sent: string) => string): string {
  const { html, tags } = protectAttributes(ORIGINAL);
  return sanitizeWithoutDom(restoreAttributes(dropInventedAttributes(reply(html)), tags));
}

describe('attributes an engine invents (no DOM, as in the service worker)', () => {
  it('keeps the original link target and image source that came back as markers', () => {
    const out = translatedWith((sent) => sent.replace('Antrag', 'Application').replace('stellen', 'submit'));
    expect(out).toContain('href="https://www.stadt.example/antrag?fall=123"');
    expect(out).toContain('src="https://www.stadt.example/logo.png"');
    expect(out).toContain('Application');
  });

  it.each(HOSTILE_REPLIES)('drops every invented attribute: %s', (hostile) => {
    const out = translatedWith((sent) => `${sent} ${hostile}`);
    expect(out).not.toContain('127.0.0.1');
    expect(out).not.toMatch(/onclick|style=|background=/i);
    // The original's attributes still come back.
    expect(out).toContain('https://www.stadt.example/logo.png');
  });

  it('a marker the engine moved onto another element gets no attributes', () => {
    const out = translatedWith(() => '<img data-r="0"> <a data-r="1">x</a>');
    expect(out).not.toContain('stadt.example');
  });
});

describe('attributes an engine invents (with a DOM, as in Firefox\'s background page)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([...HOSTILE_REPLIES, '<img src="http://127.0.0.1:9/unclosed" <p>Text</p>'])('drops every invented attribute: %s', (hostile) => {
    vi.stubGlobal('DOMParser', new JSDOM('').window.DOMParser);
    const { html, tags } = protectAttributes(ORIGINAL);
    const out = restoreAttributes(dropInventedAttributes(`${html} ${hostile}`), tags);
    expect(out).not.toContain('127.0.0.1');
    expect(out).not.toMatch(/onclick|style=|background=/i);
    expect(out).toContain('href="https://www.stadt.example/antrag?fall=123"');
  });
});
