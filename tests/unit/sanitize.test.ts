import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { sanitizeHtml } from '@/utils/sanitize';

const { window } = parseHtml('<!doctype html><p></p>');

describe('sanitizeHtml', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', /onerror/],
    ['<a href="javascript:alert(1)">x</a>', /javascript:/],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', /data:/],
    ['<svg><script>alert(1)</script></svg>', /script|svg/],
    ['<iframe srcdoc="<script>alert(1)</script>"></iframe>', /iframe|srcdoc/],
    ['<base href="https://evil.example/">', /base/],
    ['<style>body{background:url(https://evil.example/x)}</style>', /style|evil/],
    ['<form action="https://evil.example"><input name=a></form>', /form|input/],
    ['<p style="background:url(https://evil.example)">x</p>', /style/],
  ])('removes the active part of %s', (dirty, forbidden) => {
    expect(sanitizeHtml(dirty, window)).not.toMatch(forbidden);
  });

  it('keeps text structure and makes links safe', () => {
    const out = sanitizeHtml('<h2>Gebühren</h2><table><tr><td>Personalausweis</td><td>37,00 €</td></tr></table><a href="https://stadt.example/a">A</a>', window);
    expect(out).toContain('<h2>Gebühren</h2>');
    expect(out).toContain('<td>37,00 €</td>');
    expect(out).toContain('rel="noopener noreferrer"');
  });
});
