// Checks over every HTML file of the built site (dist/), as a crawler or a static host sees it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { JSDOM } from 'jsdom';
import { site } from '../../src/site.config.ts';
import { islandSizes } from '../../scripts/island-sizes.mjs';

const dist = join(process.cwd(), 'dist');

const htmlFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));

/** The URL path a file is served at: dist/a/b/index.html → /a/b/. */
function urlPath(file: string) {
  const rel = relative(dist, file).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;
}

/** The file a URL path is served from, if any. */
function fileFor(pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, clean, 'index.html'), join(dist, `${clean}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const pages = new Map(htmlFiles(dist).map((file) => [urlPath(file), new JSDOM(readFileSync(file, 'utf8')).window.document]));
const articlePaths = [...pages.keys()].filter((p) => p.startsWith('/articles/'));
const idsOf = (doc: Document) => new Set([...doc.querySelectorAll('[id]')].map((el) => el.id));

test('the build produced the pages the site promises', () => {
  expect(pages.has('/')).toBe(true);
  expect(pages.has('/404')).toBe(true);
  expect(articlePaths.length).toBeGreaterThanOrEqual(7);
});

test('no internal link, asset or fragment points nowhere', () => {
  const broken: string[] = [];
  const origin = new URL(site.baseUrl).origin;
  for (const [path, doc] of pages) {
    const base = new URL(path, site.baseUrl);
    const refs = [...doc.querySelectorAll('a[href], link[href], script[src], img[src]')].map(
      (el) => el.getAttribute('href') ?? el.getAttribute('src')!,
    );
    for (const ref of refs) {
      const url = new URL(ref, base);
      if (url.origin !== origin) continue; // mailto:, other sites
      const target = url.pathname === base.pathname ? doc : undefined;
      const file = fileFor(url.pathname);
      if (!file) {
        broken.push(`${path}: ${ref} (no such page)`);
        continue;
      }
      if (url.hash.length > 1) {
        const targetDoc = target ?? pages.get(urlPath(file));
        const id = decodeURIComponent(url.hash.slice(1));
        if (!targetDoc || !idsOf(targetDoc).has(id)) broken.push(`${path}: ${ref} (no element with id "${id}")`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('pages with nothing interactive ship no JavaScript bundle: the theme script inline, the shared behaviour as one small cached file', () => {
  const plain = [...pages.entries()].filter(([path, doc]) => !path.startsWith('/faq/') && doc.querySelector('astro-island, [data-island]') === null);
  // Articles are not among them: each ends with the "Was this helpful?" control, which loads when it scrolls into view.
  // A mail system's allowlist page is among them: its values are selected by hand, not copied by a script.
  expect(plain.map(([p]) => p)).toEqual(expect.arrayContaining(['/', '/404', '/categories/email-and-notifications/', '/allowlist/mimecast/']));
  const shared = new Set<string>();
  for (const [path, doc] of plain) {
    expect(doc.querySelectorAll('link[rel="modulepreload"], script[type="module"]').length, `${path} loads a module`).toBe(0);
    const external = [...doc.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!);
    expect(external, `${path} loads only the shared site script`).toEqual([expect.stringMatching(/^\/_astro\/site\.[\w-]+\.js$/)]);
    shared.add(external[0]!);
    const inline = [...doc.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].map((s) => s.textContent ?? '');
    expect(inline.length, path).toBe(1); // the theme, before first paint
    expect(inline.join('').length, `${path} inline script`).toBeLessThan(1000);
  }
  expect(shared.size, 'every page shares one cached file').toBe(1);
  // ~6.2 kB (2.6 kB gzipped): theme switch with its system and other-tab following, Menu, copy links,
  // copy buttons, troubleshooter answers carried before the island loads, and the search loader.
  expect(statSync(join(dist, [...shared][0]!)).size, 'the shared site script').toBeLessThan(6500);
});

test('pages with islands load the island runtime as one cached file, not inline', () => {
  const withIslands = [...pages.entries()].filter(([, doc]) => doc.querySelector('astro-island') !== null);
  expect(withIslands.length).toBeGreaterThan(5);
  const runtimes = new Set<string>();
  for (const [path, doc] of withIslands) {
    const inline = [...doc.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].map((s) => s.textContent ?? '');
    expect(inline.filter((s) => s.includes('astro-island')), `${path} inlines the island runtime`).toEqual([]);
    expect(doc.querySelectorAll('body style').length, `${path} has a <style> in its body`).toBe(0);
    const runtime = [...doc.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!).filter((src) => /^\/_astro\/islands\./.test(src));
    expect(runtime.length, path).toBe(1);
    runtimes.add(runtime[0]!);
  }
  expect(runtimes.size).toBe(1);
});

test('each island keeps its own JavaScript small (React itself not counted)', () => {
  // The Directory counts the schema library that checks its saved data before trusting it: zod/mini,
  // the only schema code the browser gets (the dashboard parses the service's answers with it too).
  // The feedback control counts the script that loads it when it scrolls into view (Vite's loading
  // helper, ~1.4 kB): on an article it stands in for Astro's island runtime and React renderer
  // (~3 kB), which articles no longer load.
  const budgets: Record<string, number> = { Troubleshooter: 12 * 1024, AllowlistPanel: 12 * 1024, DirectorySandbox: 20 * 1024, FeedbackControl: 6 * 1024, FeedbackDashboard: 40 * 1024 };
  const sizes = islandSizes(dist);
  expect(sizes.map((s) => s.name)).toEqual(expect.arrayContaining(Object.keys(budgets)));
  for (const { name, gzip } of sizes) expect(gzip, `${name} is ${gzip} bytes gzipped`).toBeLessThan(budgets[name] ?? 12 * 1024);
});

test('every page has one h1, a title, a description, social metadata and a canonical URL: its own, or that of the page it repeats', () => {
  for (const [path, doc] of pages) {
    expect(doc.querySelectorAll('h1').length, path).toBe(1);
    expect(doc.title, path).not.toBe('');
    if (path.startsWith('/faq/')) continue; // legacy redirect pages are checked below
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content'), path).toBeTruthy();
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content'), path).toBeTruthy();
    if (path === '/404' || path === '/search/' || path === '/support/feedback/') {
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      continue;
    }
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(canonical, path).toBeTruthy();
    if (canonical === new URL(path, site.baseUrl).href) continue;
    // A page shown at a second URL (a troubleshooter's first step) names the first one, which shows the same.
    expect(pages.get(new URL(canonical!).pathname)?.title, `${path} names ${canonical} as canonical`).toBe(doc.title);
  }
});

test('articles publish Article, breadcrumb and (where they have quick answers) FAQPage data', () => {
  for (const path of articlePaths) {
    const doc = pages.get(path)!;
    const data = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!));
    const types = data.map((d) => d['@type']);
    expect(types, path).toContain('Article');
    expect(types, path).toContain('BreadcrumbList');
    const article = data.find((d) => d['@type'] === 'Article');
    expect(article.headline).toBe(doc.querySelector('h1')!.textContent);
    expect(types.includes('FAQPage'), path).toBe(doc.querySelector('.quick-answers') !== null);
  }
});

/** The URLs a sitemap file lists. */
const locsIn = (file: string) => [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
/** Pages a search engine should index: not noindex, and canonical to themselves. */
const indexable = [...pages].filter(([path, doc]) => {
  const noindex = /\bnoindex\b/.test(doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '');
  return !noindex && doc.querySelector('link[rel="canonical"]')?.getAttribute('href') === new URL(path, site.baseUrl).href;
});

test('the sitemap lists exactly the canonical, indexable pages, each once, and robots.txt points to it', () => {
  const index = new URL('/sitemap-index.xml', site.baseUrl).href;
  const listed = locsIn(join(dist, 'sitemap-index.xml')).flatMap((sitemap) => locsIn(fileFor(new URL(sitemap).pathname)!));
  expect(listed.toSorted()).toEqual(indexable.map(([path]) => new URL(path, site.baseUrl).href).toSorted());
  expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${index}`);
});

test('no two indexable pages share a title: a page shown at a second URL names the first as canonical', () => {
  const titles = indexable.map(([, doc]) => doc.title);
  expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
});

test('each legacy URL has a redirect page and a _redirects rule to its article', () => {
  const rules = readFileSync(join(dist, '_redirects'), 'utf8');
  const legacy = [...pages.keys()].filter((p) => p.startsWith('/faq/'));
  expect(legacy.length).toBeGreaterThan(0);
  for (const path of legacy) {
    const doc = pages.get(path)!;
    const refresh = doc.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')!;
    const to = refresh.replace(/^0; url=/, '');
    expect(fileFor(to), `${path} redirects to a missing page`).toBeTruthy();
    expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(new URL(to, site.baseUrl).href);
    expect(rules).toContain(`${path.replace(/\/$/, '')} ${to} 301!`);
  }
});

test('every page carries its Content-Security-Policy, and _headers gives hosts one that allows what every page needs, with the other security headers', () => {
  const headers = readFileSync(join(dist, '_headers'), 'utf8');
  const header = (name: string) => new RegExp(`^/\\*$[\\s\\S]*?^ {2}${name}: (.+)$`, 'm').exec(headers)?.[1];
  const policy = header('Content-Security-Policy') ?? '';
  expect(policy).toMatch(/^default-src 'none'; /);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toContain('unsafe-inline');
  expect(header('X-Content-Type-Options')).toBe('nosniff');
  expect(header('Referrer-Policy')).toBeTruthy();
  expect(header('X-Frame-Options')).toBe('DENY');
  const allowed = new Set(policy.match(/'sha256-[^']+'/g));
  for (const [path, doc] of pages) {
    const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(meta, path).toMatch(/^default-src 'none'; /);
    expect(meta, path).not.toContain('unsafe-inline');
    expect(meta!.match(/'sha256-[^']+'/g)?.filter((hash) => !allowed.has(hash)) ?? [], `${path}: hashes the _headers policy does not allow`).toEqual([]);
  }
});

test("troubleshooter pages keep search keywords out of the island's props (only the search index uses them)", () => {
  const steps = [...pages.entries()].filter(([path]) => path.startsWith('/troubleshoot/not-receiving-email/') && !path.endsWith('/map/'));
  expect(steps.length).toBeGreaterThan(10);
  for (const [path, doc] of steps) {
    const props = doc.querySelector('astro-island[opts*="Troubleshooter"]')?.getAttribute('props') ?? '';
    expect(props, path).toContain('"nodes"');
    expect(props, path).not.toContain('"keywords"');
  }
  // The index still has them: the start page's, and a step's.
  expect(pages.get('/troubleshoot/not-receiving-email/')!.querySelector('[data-pagefind-meta="keywords"]')?.textContent).toContain('not getting email');
  expect(pages.get('/troubleshoot/not-receiving-email/mark-as-safe/')!.querySelector('[data-pagefind-meta="keywords"]')?.textContent).toContain('spam');
});
