import { describe, expect, it } from 'vitest';
import { categoryPreview, pagePreviews, previewAlt, previewElement, previewFromMeta } from '../../src/lib/preview-image.ts';

describe('link preview images', () => {
  it('reads a preview back from the og:image URL and alt text a page carries', () => {
    const preview = categoryPreview({ id: 'signing-in', title: 'Signing in and passwords', description: 'Password resets: what to check.' });
    const found = previewFromMeta(`https://h.example/og/${preview.key}.png`, previewAlt(preview));
    expect(found).toEqual(preview);
  });

  it('keeps the whole line when the line itself contains a colon', () => {
    expect(previewFromMeta('https://h.example/og/x.png', 'Label: first: second')).toEqual({ key: 'x', label: 'Label', line: 'first: second' });
  });

  it('refuses an image that is not a preview, or alt text without a label', () => {
    expect(previewFromMeta('https://h.example/images/photo.jpg', 'A: b')).toBeUndefined();
    expect(previewFromMeta('https://h.example/og/Bad_Key.png', 'A: b')).toBeUndefined();
    expect(previewFromMeta('https://h.example/og/ok.png', 'no label here')).toBeUndefined();
  });

  it('draws the product name, the label and the line', () => {
    const tree = JSON.stringify(previewElement(pagePreviews.troubleshooter(), 'Vendor Help Center'));
    for (const text of ['Vendor Help Center', 'Troubleshooter', 'Answer a few questions to find the fix']) expect(tree).toContain(text);
  });
});
