/**
 * Draws link preview images (satori lays the element out as SVG, resvg turns it into PNG) and the
 * publisher logo. preview-images.ts runs this file as a worker thread while Astro renders the pages,
 * so the drawing costs the build no time of its own; it also calls drawPreview directly for any
 * preview the worker was not asked for. Plain erasable TypeScript with `.ts` imports: Node runs the
 * worker straight from this file.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { previewElement, previewSize, type Preview } from '../lib/preview-image.ts';

const require = createRequire(import.meta.url);
const fontFiles = {
  regular: require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff'),
  bold: require.resolve('@fontsource/inter/files/inter-latin-700-normal.woff'),
};

let fonts: Promise<{ regular: Buffer; bold: Buffer }> | undefined;
const loadFonts = () => (fonts ??= Promise.all([readFile(fontFiles.regular), readFile(fontFiles.bold)]).then(([regular, bold]) => ({ regular, bold })));

/** One preview image as PNG. */
export async function drawPreview(preview: Preview, siteTitle: string): Promise<Uint8Array> {
  const { regular, bold } = await loadFonts();
  const svg = await satori(previewElement(preview, siteTitle) as Parameters<typeof satori>[0], {
    ...previewSize,
    fonts: [
      { name: 'Inter', data: regular, weight: 400, style: 'normal' },
      { name: 'Inter', data: bold, weight: 700, style: 'normal' },
    ],
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: previewSize.width } }).render().asPng();
}

/** The publisher logo for structured data: the favicon, drawn as a square PNG. */
export async function drawLogo(faviconFile: string): Promise<Uint8Array> {
  return new Resvg(await readFile(faviconFile, 'utf8'), { fitTo: { mode: 'width', value: 512 } }).render().asPng();
}

/** What the worker is asked to draw, and what it answers. */
export interface DrawingJob {
  previews: Preview[];
  siteTitle: string;
  faviconFile: string;
}
export type DrawingResult = { ok: true; previews: (Preview & { png: Uint8Array })[]; logo: Uint8Array } | { ok: false; error: string };

async function runJob(job: DrawingJob): Promise<DrawingResult> {
  try {
    const previews = [];
    for (const preview of job.previews) previews.push({ ...preview, png: await drawPreview(preview, job.siteTitle) });
    return { ok: true, previews, logo: await drawLogo(job.faviconFile) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

// Run as a worker thread (see preview-images.ts): draw the job, answer once.
if (parentPort && (workerData as { drawing?: DrawingJob } | undefined)?.drawing) {
  const port = parentPort;
  void runJob((workerData as { drawing: DrawingJob }).drawing).then((result) => port.postMessage(result));
}
