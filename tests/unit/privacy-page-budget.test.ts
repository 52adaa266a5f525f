import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { PAGE_BUDGET, checkPageBudget, elementDepth } from '@/utils/reader/page-budget';

describe('page budget (hostile pages)', () => {
  it('lets an ordinary municipal page through', () => {
    const { document } = parseHtml(`<main><h1>Anmeldung</h1>${'<p>Text, Text und Text.</p>'.repeat(200)}</main>`);
    expect(checkPageBudget(document)).toMatchObject({ ok: true, depth: 3 });
  });

  it('refuses a DOM deeper than the budget, without recursion', () => {
    // 1,000 levels (jsdom parses deeper trees very slowly; the 10,000-level page is in tests/e2e/hostile.spec.ts).
    const { document } = parseHtml(`${'<div>'.repeat(1_000)}tief${'</div>'.repeat(1_000)}`);
    expect(elementDepth(document.documentElement, PAGE_BUDGET.maxDepth)).toBe(PAGE_BUDGET.maxDepth + 1);
    expect(checkPageBudget(document)).toEqual({ ok: false, reason: 'depth', measured: PAGE_BUDGET.maxDepth + 1 });
  });

  it('refuses too many elements and too much text', () => {
    const small = { maxElements: 100, maxDepth: 50, maxTextChars: 1_000 };
    const many = parseHtml('<p>x</p>'.repeat(150)).document;
    expect(checkPageBudget(many, small)).toMatchObject({ ok: false, reason: 'elements' });
    const long = parseHtml(`<p>${'a'.repeat(1_001)}</p>`).document;
    expect(checkPageBudget(long, small)).toMatchObject({ ok: false, reason: 'text' });
    expect(checkPageBudget(parseHtml('<p>kurz</p>').document, small)).toMatchObject({ ok: true });
  });
});
