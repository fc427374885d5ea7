import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { drawInChildProcess, drawPreview } from '../../src/integrations/preview-drawing.ts';
import { pagePreviews, previewSize } from '../../src/lib/preview-image.ts';

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { signature: [...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join(''), width: view.getUint32(16), height: view.getUint32(20) };
};

describe('drawing link preview images', () => {
  it('draws a preview as a 1200×630 PNG', async () => {
    expect(pngSize(await drawPreview(pagePreviews.search(), 'Vendor Help Center'))).toEqual({ signature: 'PNG', ...previewSize });
  });

  it('draws a whole job in a child process (as the build does at its start) and answers once', async () => {
    const favicon = fileURLToPath(new URL('../../public/favicon.svg', import.meta.url));
    const previews = [pagePreviews.troubleshooter(), pagePreviews.practice()];
    const result = await drawInChildProcess({ previews, siteTitle: 'Vendor Help Center', faviconFile: favicon });
    if (!result?.ok) throw new Error(result ? result.error : 'no answer');
    expect(result.previews.map((p) => [p.key, pngSize(p.png).width])).toEqual([
      ['troubleshooter', 1200],
      ['practice', 1200],
    ]);
    expect(pngSize(result.logo)).toMatchObject({ signature: 'PNG', width: 512, height: 512 });
  });

  it('answers with the error instead of failing silently when it cannot draw', async () => {
    const result = await drawInChildProcess({ previews: [], siteTitle: 'X', faviconFile: '/nonexistent/favicon.svg' });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('favicon.svg') });
  });
});
