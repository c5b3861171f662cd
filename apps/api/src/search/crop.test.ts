import { describe, expect, it } from 'vitest';
import { cropHighlight } from './crop.ts';

const words = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => `w${i + from}`).join(' ');

describe('cropHighlight', () => {
  it('keeps short text whole, folding whitespace', () => {
    expect(cropHighlight('a <mark>b</mark>\n\nc', 100)).toBe('a <mark>b</mark> c');
    expect(cropHighlight(`${words(200)}`, 0)).toBe(words(200));
  });

  it('starts a little before the first match, on a word boundary, with ellipses', () => {
    const html = `${words(60)} <mark>needle</mark> ${words(60, 60)}`;
    const out = cropHighlight(html, 80, 20);
    expect(out.startsWith('…w')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('<mark>needle</mark>');
    const visible = out.replace(/<\/?mark>/g, '');
    expect(visible.length).toBeLessThanOrEqual(82);
    expect(visible).toMatch(/^…w\d+ /);
  });

  it('never cuts an entity and keeps marks balanced', () => {
    const html = `${'&amp; '.repeat(50)}<mark>${'x'.repeat(100)}</mark> &lt;tail&gt;`;
    const out = cropHighlight(html, 30, 5);
    expect(out.match(/<mark>/g)?.length).toBe(out.match(/<\/mark>/g)?.length);
    expect(out.replace(/<\/?mark>|&(amp|lt|gt);/g, '')).not.toMatch(/[&<>]/);
  });

  it('crops from the start when there is no match', () => {
    const out = cropHighlight(words(100), 40);
    expect(out.startsWith('w0 w1')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
  });
});

describe('cropHighlight at the edges', () => {
  it('opens a mark that starts exactly at the crop once', () => {
    const html = `<mark>${'y'.repeat(10)}</mark> ${words(50)}`;
    const out = cropHighlight(html, 30);
    expect(out.startsWith('<mark>yyyyyyyyyy</mark>')).toBe(true);
    expect(out.match(/<mark>/g)?.length).toBe(1);
  });
});
