/**
 * Draws the link preview images the built pages ask for. Every page names its image in `og:image`
 * (always one of a fixed set: a category or a page type) with the text in `og:image:alt`; the
 * build writes each image once to /og/<key>.png, and a page whose image could not be drawn fails it.
 *
 * The set is known before any page exists (the page types, and one per category in the content),
 * so a child process (preview-drawing.ts) draws it as soon as the build's configuration is done,
 * beside Astro's content sync, which leaves the second core idle. Its memory is all handed back when
 * it ends, while the build itself is still small, so it adds nothing to the build's peak (a worker
 * thread kept ~120 MB of it until the end). After the build this reads what the pages actually ask
 * for (finished-pages.ts), writes those images, and draws any the child was not asked for (or drew
 * with other words) on the spot.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { categoriesFile } from '../content-dir.ts';
import { paths } from '../lib/paths.ts';
import { categoryPreview, pagePreviews, previewFromMeta, type Preview } from '../lib/preview-image.ts';
import { finishedPagesOf } from './finished-pages.ts';
import { drawInChildProcess, drawLogo, drawPreview, type DrawingResult } from './preview-drawing.ts';

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

export function previewImages({ siteTitle, productName }: { siteTitle: string; productName: string }): AstroIntegration {
  let building = false;
  let faviconFile = '';
  let ahead: Promise<DrawingResult | undefined> | undefined;
  return {
    name: 'help-center:preview-images',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
        ahead = undefined;
      },
      'astro:config:done': ({ config }) => {
        faviconFile = fileURLToPath(new URL('favicon.svg', config.publicDir));
        if (!building) return;
        ahead = expectedPreviews(productName).then((previews) => drawInChildProcess({ previews, siteTitle, faviconFile }));
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
          const png = made && made.label === preview.label && made.line === preview.line ? made.png : await drawPreview(preview, siteTitle);
          await writeFile(join(out, paths.previewImage(preview.key)), png);
        }
        await writeFile(join(out, paths.logo), drawn?.ok ? drawn.logo : await drawLogo(faviconFile));
        logger.info(`${wanted.length} link preview images and the logo`);
      },
    },
  };
}
