/**
 * Draws the link preview images the built pages ask for. Every page names its image in `og:image`
 * (always one of a fixed set: a category or a page type) with the text in `og:image:alt`; the
 * build writes each image once to /og/<key>.png, and a page whose image could not be drawn fails it.
 *
 * The set is known before any page exists (the page types, and one per category in the content),
 * so a worker thread (preview-drawing.ts) draws it while Astro renders the pages: it starts when
 * the bundling is done (a Vite `buildApp` hook that runs just before Astro's page generation), so it
 * uses the core the single-threaded rendering leaves idle rather than one the bundler needs. After the build
 * this reads what the pages actually ask for (finished-pages.ts), writes those images, and draws
 * any the worker was not asked for (or drew with other words) on the spot.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import yaml from 'js-yaml';
import { categoriesFile } from '../content-dir.ts';
import { paths } from '../lib/paths.ts';
import { categoryPreview, pagePreviews, previewFromMeta, type Preview } from '../lib/preview-image.ts';
import { finishedPagesOf } from './finished-pages.ts';
import type { DrawingJob, DrawingResult } from './preview-drawing.ts';

/** The drawing code (satori, resvg) for what the worker did not draw: loaded only then, never just to build. */
const drawHere = () => import('./preview-drawing.ts');

/** The distinct previews the finished pages refer to, with the pages that use each. */
function wantedPreviews(root: string) {
  const wanted = new Map<string, Preview & { pages: string[] }>();
  const problems: string[] = [];
  for (const { file, meta } of finishedPagesOf(root)) {
    const image = meta.get('og:image');
    if (!image) continue;
    const preview = previewFromMeta(image, meta.get('og:image:alt') ?? '');
    if (!preview) {
      problems.push(`${file}: og:image ${image} is not a preview image with a "label: line" og:image:alt`);
      continue;
    }
    const seen = wanted.get(preview.key);
    if (seen && (seen.label !== preview.label || seen.line !== preview.line)) {
      problems.push(`${file}: preview "${preview.key}" says "${preview.label}: ${preview.line}" but ${seen.pages[0]} says "${seen.label}: ${seen.line}"`);
    } else if (seen) seen.pages.push(file);
    else wanted.set(preview.key, { ...preview, pages: [file] });
  }
  return { wanted: [...wanted.values()], problems };
}

/** The previews the pages will ask for, as far as the content tells before the build: page types and categories. */
async function expectedPreviews(productName: string): Promise<Preview[]> {
  // Every page type's preview (each takes the product name, or ignores it).
  const types = (Object.values(pagePreviews) as ((product: string) => Preview)[]).map((preview) => preview(productName));
  try {
    const categories = yaml.load(await readFile(categoriesFile, 'utf8'));
    if (!Array.isArray(categories)) return types;
    return [...types, ...categories.filter((c) => typeof c?.id === 'string' && typeof c.title === 'string' && typeof c.description === 'string').map((c) => categoryPreview(c))];
  } catch {
    // Astro's content schema reports a bad categories file; this only guessed ahead.
    return types;
  }
}

/** Starts drawing in a worker thread; resolves with what it drew, or undefined if it could not. */
function drawAhead(job: DrawingJob): Promise<DrawingResult | undefined> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./preview-drawing.ts', import.meta.url), { workerData: { drawing: job } });
    worker.once('message', (result: DrawingResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
}

export function previewImages({ siteTitle, productName }: { siteTitle: string; productName: string }): AstroIntegration {
  let faviconFile = '';
  let ahead: Promise<DrawingResult | undefined> | undefined;
  const start = () => {
    ahead = expectedPreviews(productName).then((previews) => drawAhead({ previews, siteTitle, faviconFile }));
  };
  return {
    name: 'help-center:preview-images',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        // Vite runs `buildApp` hooks in plugin order after the bundles: this one before Astro's, which renders the pages.
        updateConfig({ vite: { plugins: [{ name: 'help-center:preview-images', buildApp: { order: 'post', handler: async () => start() } }] } });
      },
      'astro:config:done': ({ config }) => {
        faviconFile = fileURLToPath(new URL('favicon.svg', config.publicDir));
      },
      'astro:build:start': () => {
        ahead = undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { wanted, problems } = wantedPreviews(out);
        if (problems.length) throw new Error(`Link preview images:\n  ${problems.join('\n  ')}`);
        const drawn = await ahead;
        ahead = undefined;
        const ready = new Map(drawn?.ok ? drawn.previews.map((p) => [p.key, p]) : []);
        await mkdir(join(out, 'og'), { recursive: true });
        for (const preview of wanted) {
          const made = ready.get(preview.key);
          const png = made && made.label === preview.label && made.line === preview.line ? made.png : await (await drawHere()).drawPreview(preview, siteTitle);
          await writeFile(join(out, paths.previewImage(preview.key)), png);
        }
        await writeFile(join(out, paths.logo), drawn?.ok ? drawn.logo : await (await drawHere()).drawLogo(faviconFile));
        logger.info(`${wanted.length} link preview images and the logo`);
      },
    },
  };
}
