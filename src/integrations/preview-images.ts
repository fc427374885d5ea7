/**
 * Draws the link preview images the built pages ask for. Every page names its image in
 * `og:image` (always one of a fixed set: a category or a page type) with the text in
 * `og:image:alt`; after the build this reads those tags, renders each image once with satori
 * and resvg, and writes it to /og/<key>.png. A page whose image could not be drawn fails the build.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { paths } from '../lib/paths.ts';
import { previewElement, previewFromMeta, previewSize, type Preview } from '../lib/preview-image.ts';

const require = createRequire(import.meta.url);
const fontFiles = {
  regular: require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff'),
  bold: require.resolve('@fontsource/inter/files/inter-latin-700-normal.woff'),
};

const imageTag = /<meta property="og:image" content="([^"]+)"/;
const altTag = /<meta property="og:image:alt" content="([^"]*)"/;
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The distinct previews the pages under `dir` refer to, with the pages that use each. */
async function wantedPreviews(dir: string) {
  const wanted = new Map<string, Preview & { pages: string[] }>();
  const problems: string[] = [];
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html'));
  for (const file of files) {
    const html = await readFile(join(dir, file), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    const image = imageTag.exec(head)?.[1];
    if (!image) continue;
    const preview = previewFromMeta(decode(image), decode(altTag.exec(head)?.[1] ?? ''));
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

async function renderPreview(preview: Preview, siteTitle: string, fonts: { regular: Buffer; bold: Buffer }): Promise<Buffer> {
  const svg = await satori(previewElement(preview, siteTitle) as Parameters<typeof satori>[0], {
    ...previewSize,
    fonts: [
      { name: 'Inter', data: fonts.regular, weight: 400, style: 'normal' },
      { name: 'Inter', data: fonts.bold, weight: 700, style: 'normal' },
    ],
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: previewSize.width } }).render().asPng();
}

export function previewImages({ siteTitle }: { siteTitle: string }): AstroIntegration {
  return {
    name: 'help-center:preview-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { wanted, problems } = await wantedPreviews(out);
        if (problems.length) throw new Error(`Link preview images:\n  ${problems.join('\n  ')}`);
        const fonts = { regular: await readFile(fontFiles.regular), bold: await readFile(fontFiles.bold) };
        await mkdir(join(out, 'og'), { recursive: true });
        for (const preview of wanted) {
          await writeFile(join(out, paths.previewImage(preview.key)), await renderPreview(preview, siteTitle, fonts));
        }
        // The publisher logo for structured data: the favicon, drawn as a square PNG.
        const favicon = await readFile(join(out, 'favicon.svg'), 'utf8');
        await writeFile(join(out, paths.logo), new Resvg(favicon, { fitTo: { mode: 'width', value: 512 } }).render().asPng());
        logger.info(`${wanted.length} link preview images and the logo`);
      },
    },
  };
}
