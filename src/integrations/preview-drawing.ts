/**
 * Draws link preview images (satori lays the element out as SVG, resvg turns it into PNG) and the
 * publisher logo. preview-images.ts has a child process run this file at the start of the build
 * (drawInChildProcess), so the drawing costs the build neither time nor memory of its own: it runs
 * beside Astro's content sync, and all its memory goes back when the process ends, long before the
 * build's peak. It also calls drawPreview directly for any preview the child was not asked for.
 * satori and resvg are loaded on first use only. Plain erasable TypeScript with `.ts` imports:
 * Node runs the child straight from this file.
 */
import { fork } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { previewElement, previewSize, type Preview } from '../lib/preview-image.ts';

const require = createRequire(import.meta.url);
const fontFiles = {
  regular: require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff'),
  bold: require.resolve('@fontsource/inter/files/inter-latin-700-normal.woff'),
};

let fonts: Promise<{ regular: Buffer; bold: Buffer }> | undefined;
const loadFonts = () => (fonts ??= Promise.all([readFile(fontFiles.regular), readFile(fontFiles.bold)]).then(([regular, bold]) => ({ regular, bold })));
const resvg = () => import('@resvg/resvg-js').then((m) => m.Resvg);

/** One preview image as PNG. */
export async function drawPreview(preview: Preview, siteTitle: string): Promise<Uint8Array> {
  const [{ regular, bold }, { default: satori }, Resvg] = await Promise.all([loadFonts(), import('satori'), resvg()]);
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
  const Resvg = await resvg();
  return new Resvg(await readFile(faviconFile, 'utf8'), { fitTo: { mode: 'width', value: 512 } }).render().asPng();
}

/** What the child process is asked to draw, and what it answers. */
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

/** Draws the job in a child process running this file; resolves with its answer, or undefined if it gave none. */
export function drawInChildProcess(job: DrawingJob): Promise<DrawingResult | undefined> {
  return new Promise((resolve) => {
    // Node's own flags only (type stripping is on by default): not the parent's, which may load test tooling.
    const child = fork(fileURLToPath(import.meta.url), [], { serialization: 'advanced', execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (result: DrawingResult) => resolve(result));
    // `on`, not `once`: a child that cannot start reports that, and then the job it could not be sent
    // (EPIPE); either way the images are drawn in this process instead, and the build goes on.
    child.on('error', () => resolve(undefined));
    child.once('exit', () => resolve(undefined));
    child.send(job);
  });
}

// Run as the child process (see drawInChildProcess): draw the one job it is sent, answer, and end.
if (import.meta.main && process.send) {
  process.once('message', (job: DrawingJob) => {
    // If the build has ended meanwhile the channel is closed: nothing to answer, and the process just ends.
    void runJob(job).then((result) => process.send?.(result, (error: Error | null) => error || process.disconnect()));
  });
}
