import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { createPageTextScaler } from '@/utils/reader/page-text-size';

/** jsdom computes no cascade sizes: a stub reads a `data-px` attribute as the computed size. */
const view = {
  getComputedStyle: (element: Element) =>
    ({
      fontSize: `${element.getAttribute('data-px') ?? 16}px`,
      lineHeight: element.getAttribute('data-lh') ?? 'normal',
    }) as CSSStyleDeclaration,
};

describe('page text scaler', () => {
  it('scales every element from its own original size, keeps px line heights as ratios, and restores', () => {
    const { document } = parseHtml(
      '<body><div data-px="14" data-lh="16px"><p data-px="14" style="color: red">Text <b data-px="14">fett</b></p></div>' +
        '<h1 data-px="28" style="font-size: 2em">Titel</h1><script>x</script><leselotse-reader><p data-px="18">reader</p></leselotse-reader></body>',
    );
    const scaler = createPageTextScaler(document, view);
    scaler.apply(2);
    const p = document.querySelector('p')!;
    expect(p.style.getPropertyValue('font-size')).toBe('28px');
    expect(p.style.getPropertyPriority('font-size')).toBe('important');
    expect(document.querySelector('b')!.style.getPropertyValue('font-size')).toBe('28px');
    expect(document.querySelector('div')!.style.getPropertyValue('line-height')).toBe('1.143');
    expect(document.querySelector('h1')!.style.getPropertyValue('font-size')).toBe('56px');
    expect(document.querySelector('script')!.style.getPropertyValue('font-size')).toBe('');
    expect(document.querySelector('leselotse-reader p')!.getAttribute('style')).toBeNull();
    // A second scale starts from the originals, not from the scaled sizes.
    scaler.apply(3);
    expect(p.style.getPropertyValue('font-size')).toBe('42px');
    scaler.apply(1);
    expect(scaler.active).toBe(false);
    expect(p.getAttribute('style')).toBe('color: red;');
    expect(document.querySelector('h1')!.style.getPropertyValue('font-size')).toBe('2em');
  });
});
