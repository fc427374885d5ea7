// What people see when a link is pasted into email or chat, or found in a search engine: preview
// images, titles, descriptions, structured data, forced redirects and valid HTML, over every page
// of the built site (dist/).
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { JSDOM } from 'jsdom';
import { HtmlValidate } from 'html-validate';
import { site } from '../../src/site.config.ts';

const dist = join(process.cwd(), 'dist');
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const urlPath = (file: string) => `/${file.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;
const pages = files.map((file) => ({ file, path: urlPath(file), doc: new JSDOM(readFileSync(join(dist, file), 'utf8')).window.document }));
const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;
const isRedirectStub = (doc: Document) => doc.querySelector('meta[http-equiv="refresh"]') !== null;
const indexable = pages.filter(({ doc }) => !doc.querySelector('meta[name="robots"][content~="noindex"]'));
interface ArticleData {
  headline: string;
  image: string[];
  datePublished: string;
  dateModified: string;
  author: Record<string, string>;
  publisher: { name: string; url: string; logo: { url: string } };
}
interface FaqData {
  mainEntity: { '@type': string; name: string; acceptedAnswer: Record<string, string> }[];
}
const jsonLd = (doc: Document) =>
  [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string) {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bytes: bytes.length };
}

test('every page has a 1200×630 preview image drawn at build time, shown as a large card', () => {
  const images = new Set<string>();
  for (const { path, doc } of pages) {
    const image = meta(doc, 'og:image');
    expect(image, `${path} og:image`).toBeTruthy();
    expect(meta(doc, 'og:image:alt'), `${path} og:image:alt`).toBeTruthy();
    expect(meta(doc, 'twitter:card'), path).toBe('summary_large_image');
    const url = new URL(image!);
    expect(url.origin, path).toBe(new URL(site.baseUrl).origin);
    images.add(url.pathname);
  }
  for (const image of images) {
    const { width, height, bytes } = pngSize(join(dist, image));
    expect({ image, width, height }).toEqual({ image, width: 1200, height: 630 });
    expect(bytes, `${image} stays small`).toBeLessThan(100_000);
  }
});

test('preview images are one per category and page type, never one per article', () => {
  const articles = pages.filter((p) => p.path.startsWith('/articles/'));
  const articleImages = new Set(articles.map(({ doc }) => meta(doc, 'og:image')));
  const categories = new Set(pages.filter((p) => p.path.startsWith('/categories/')).map((p) => p.path));
  expect(articleImages.size).toBeLessThanOrEqual(categories.size);
  const drawn = readdirSync(join(dist, 'og')).filter((f) => f.endsWith('.png') && f !== 'logo.png');
  expect(drawn.length).toBeLessThan(categories.size + 8);
});

test('every title fits in 70 characters and every indexable page has its own description', () => {
  for (const { path, doc } of pages) expect(doc.title.length, `${path}: "${doc.title}"`).toBeLessThanOrEqual(70);
  const seen = new Map<string, string>();
  for (const { path, doc } of indexable) {
    const description = meta(doc, 'description');
    expect(description, `${path} description`).toBeTruthy();
    expect(seen.get(description!), `${path} has the same description as ${seen.get(description!)}`).toBeUndefined();
    seen.set(description!, path);
  }
});

test('troubleshooter steps are described by their own question or outcome', () => {
  const steps = pages.filter((p) => /^\/troubleshoot\/[^/]+\/[^/]+\/$/.test(p.path) && !p.path.endsWith('/map/'));
  expect(steps.length).toBeGreaterThan(5);
  for (const { path, doc } of steps) {
    const description = meta(doc, 'description')!;
    const heading = doc.querySelector('main h2, main h1')?.textContent ?? '';
    expect(description.length, path).toBeGreaterThan(10);
    expect(description, `${path} describes the step, not the tree`).not.toBe(meta(pages.find((p) => p.path === path.replace(/[^/]+\/$/, ''))!.doc, 'description'));
    expect(heading.length, path).toBeGreaterThan(0);
  }
});

test('articles carry the Article properties Google documents', () => {
  const articles = pages.filter((p) => p.path.startsWith('/articles/'));
  expect(articles.length).toBeGreaterThan(3);
  for (const { path, doc } of articles) {
    const article = jsonLd(doc).find((d) => d['@type'] === 'Article') as ArticleData | undefined;
    expect(article, path).toBeDefined();
    expect(article!.headline, path).toBe(doc.querySelector('h1')?.textContent);
    expect(article!.image, path).toEqual([meta(doc, 'og:image')]);
    expect(article!.datePublished, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article!.dateModified, path).toBe(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
    expect(article!.datePublished <= article!.dateModified, path).toBe(true);
    expect(article!.author, path).toMatchObject({ '@type': 'Organization', name: site.productName, url: new URL('/', site.baseUrl).href });
    expect(article!.publisher, path).toMatchObject({ '@type': 'Organization', name: site.productName, url: new URL('/', site.baseUrl).href });
    const logo = new URL(article!.publisher.logo.url);
    const { width, height } = pngSize(join(dist, logo.pathname));
    expect(width, 'logo is square and at least 112 px').toBe(height);
    expect(width).toBeGreaterThanOrEqual(112);
  }
});

test('every page that shows breadcrumbs describes the same trail as BreadcrumbList', () => {
  let withCrumbs = 0;
  for (const { path, doc } of pages) {
    const shown = [...doc.querySelectorAll('nav.breadcrumbs a')];
    if (shown.length === 0) continue;
    withCrumbs++;
    const lists = jsonLd(doc).filter((d) => d['@type'] === 'BreadcrumbList') as { itemListElement: Record<string, unknown>[] }[];
    expect(lists.length, `${path} has one BreadcrumbList`).toBe(1);
    expect(
      lists[0]!.itemListElement,
      path,
    ).toEqual(shown.map((a, i) => ({ '@type': 'ListItem', position: i + 1, name: a.textContent, item: new URL(a.getAttribute('href')!, site.baseUrl).href })));
  }
  expect(withCrumbs).toBeGreaterThan(20);
});

test('FAQ data names each question and its answer', () => {
  const faqs = pages.flatMap(({ doc }) => jsonLd(doc).filter((d) => d['@type'] === 'FAQPage')) as unknown as FaqData[];
  expect(faqs.length).toBeGreaterThan(0);
  for (const faq of faqs) {
    expect(faq.mainEntity.length).toBeGreaterThan(0);
    for (const q of faq.mainEntity) {
      expect(q['@type']).toBe('Question');
      expect(q.name).toBeTruthy();
      expect(q.acceptedAnswer).toMatchObject({ '@type': 'Answer', text: expect.any(String) });
    }
  }
});

test('legacy redirects are forced, so a host serves the 301 even though the stub page exists', () => {
  const rules = readFileSync(join(dist, '_redirects'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  expect(rules.length).toBeGreaterThan(0);
  for (const rule of rules) expect(rule).toMatch(/^\/\S+ \/\S+ 301!$/);
  const stubs = pages.filter(({ doc }) => isRedirectStub(doc));
  for (const { path } of stubs) expect(rules.some((r) => r.startsWith(`${path.replace(/\/$/, '')} `)), path).toBe(true);
});

test('every page is valid HTML under html-validate’s standard rules', async () => {
  const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
  const problems: string[] = [];
  for (const { file } of pages) {
    const html = readFileSync(join(dist, file), 'utf8');
    const report = await validator.validateString(html, file);
    for (const result of report.results) {
      for (const m of result.messages) {
        // Named exception: Astro writes `<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>`
        // beside the first island of a page, inside <body>. It is the framework's output, not ours.
        if (m.ruleId === 'element-permitted-content' && m.message.startsWith('<style> element') && html.includes('<style>astro-island,astro-slot')) continue;
        problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
  }
  expect(problems).toEqual([]);
});

test('the search dialog, drawn in the browser, is valid HTML too, its combobox a text field', async ({ page }) => {
  await page.goto('/articles/email-arrives-overnight/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the help center' });
  await expect(dialog).toBeVisible();
  // ARIA in HTML allows role="combobox" on a text input, not on type="search" (the Nu validator's error).
  await expect(dialog.getByRole('combobox')).toHaveAttribute('type', 'text');
  const html = `<!doctype html><html lang="en"><head><title>t</title></head><body>${await dialog.evaluate((d) => d.outerHTML)}</body></html>`;
  const report = await new HtmlValidate({ extends: ['html-validate:standard'] }).validateString(html, 'search-dialog.html');
  expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
});
