/**
 * Rules over the finished site, as a host serves it: internal links and fragments that point
 * nowhere, and legacy paths that would shadow something the build emits (each page's
 * Content-Security-Policy is in csp.ts). The build (src/integrations/built-site.ts) reads dist/ and calls these.
 */
import { decodeHTMLAttribute } from 'entities';
import { Parser } from 'htmlparser2';

/** What the checks need from one built HTML page. */
export interface BuiltPage {
  /** The path it is served at: "/articles/x/", "/404.html". */
  path: string;
  ids: Set<string>;
  /** Every href/src of an element that loads or links something, as written. */
  refs: string[];
  /** Inline <script> bodies (JSON data blocks excluded: browsers do not run them). */
  scripts: string[];
  /** Inline <style> bodies. */
  styles: string[];
  /** style="…" attribute values. */
  styleAttributes: string[];
  /** Where a legacy redirect page sends the reader (its meta refresh), if it is one. */
  redirectsTo?: string;
  /** `<meta name|property="…" content="…">`, the first of each name: robots, og:image, … */
  meta: Map<string, string>;
  /** The page's `<link rel="canonical">`, as written. */
  canonical?: string;
  /** Its structured data: the bodies of `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** Its `<meta http-equiv="Content-Security-Policy">`, if any. */
  policy?: string;
}

const refAttributes: Record<string, string> = { a: 'href', area: 'href', link: 'href', script: 'src', img: 'src', source: 'src', iframe: 'src', video: 'src', audio: 'src' };
const dataScriptTypes = new Set(['application/ld+json', 'application/json', 'importmap']);
/** An attribute value as the browser reads it: character references decoded. */
const decoded = (value: string | undefined) => (value?.includes('&') ? decodeHTMLAttribute(value) : value);

/**
 * Reads one built page. A streaming tokenizer (htmlparser2) rather than a full HTML tree: the build
 * reads every page, and this is several times faster than building each page's DOM. Character
 * references are decoded only in the attribute values kept (text is never needed, and decoding all
 * of it would double the time); script and style bodies come exactly as written (what the hashes cover).
 */
export function readPage(path: string, html: string): BuiltPage {
  const page: BuiltPage = { path, ids: new Set(), refs: [], scripts: [], styles: [], styleAttributes: [], meta: new Map(), jsonLd: [] };
  /** The inline script or style being read, if any. */
  let body: { into: string[]; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(tag, raw) {
        const attr = (name: string) => decoded(raw[name]);
        const id = attr('id');
        if (id) page.ids.add(id);
        if (tag === 'a' && raw.name) page.ids.add(attr('name')!);
        if (raw.style !== undefined) page.styleAttributes.push(attr('style')!);
        const refName = refAttributes[tag];
        const ref = refName && attr(refName);
        if (ref !== undefined && ref !== '') page.refs.push(ref);
        if (tag === 'script' && raw.src === undefined) {
          const type = attr('type') ?? '';
          if (type === 'application/ld+json') body = { into: page.jsonLd, text: '' };
          else if (!dataScriptTypes.has(type)) body = { into: page.scripts, text: '' };
        }
        if (tag === 'style') body = { into: page.styles, text: '' };
        const httpEquiv = tag === 'meta' ? attr('http-equiv')?.toLowerCase() : undefined;
        if (httpEquiv === 'refresh') page.redirectsTo = /url=(.*)$/i.exec(attr('content') ?? '')?.[1]?.trim();
        if (httpEquiv === 'content-security-policy' && page.policy === undefined) page.policy = attr('content') ?? '';
        const metaName = tag === 'meta' ? (raw.name ?? raw.property)?.toLowerCase() : undefined;
        if (metaName && raw.content !== undefined && !page.meta.has(metaName)) page.meta.set(metaName, attr('content')!);
        if (tag === 'link' && page.canonical === undefined && raw.rel?.toLowerCase().split(/\s+/).includes('canonical') && raw.href !== undefined) page.canonical = attr('href');
      },
      ontext(text) {
        if (body) body.text += text;
      },
      onclosetag(tag) {
        if (body && (tag === 'script' || tag === 'style')) {
          body.into.push(body.text);
          body = undefined;
        }
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  parser.end();
  return page;
}

/** "dist/a/b/index.html" relative path → the URL path it is served at. */
export const servedAt = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * Internal links, assets and fragments that point nowhere, each naming the page, the link and what
 * is missing. `files` holds the served path of every emitted file; `later` are top-level folders
 * written after Astro (Pagefind's index), which cannot be checked yet.
 */
export function brokenLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>, origin: string, later: readonly string[] = []): string[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const target = (pathname: string) =>
    [pathname, pathname.endsWith('/') ? `${pathname}index.html` : `${pathname}/`, `${pathname}.html`].find((candidate) => files.has(candidate) || byPath.has(candidate));
  /** What is wrong with one link from a page at `base`, if anything. */
  const check = (ref: string, base: URL): string | undefined => {
    let url: URL;
    try {
      url = new URL(ref, base);
    } catch {
      return `link "${ref}" is not a valid URL`;
    }
    if (url.origin !== base.origin) return undefined; // mailto:, other sites
    const pathname = decodeURIComponent(url.pathname);
    if (later.some((folder) => pathname.startsWith(`/${folder}/`))) return undefined;
    const found = target(pathname);
    if (!found) return `link "${ref}" points to ${pathname}, which the build does not emit`;
    const id = decodeURIComponent(url.hash.slice(1));
    const linked = byPath.get(found);
    return id && linked && !linked.ids.has(id) ? `link "${ref}" points to #${id}, which is not an id on ${linked.path}` : undefined;
  };
  // Most links are the same on every page (the header, the footer, the navigation): a link that
  // does not depend on the page it is on ("/x/", "https://…", "mailto:…") is checked once.
  const samePerPage = (ref: string) => (ref.startsWith('/') && !ref.startsWith('//')) || /^[a-z][a-z0-9+.-]*:/i.test(ref);
  const checked = new Map<string, string | undefined>();
  const problems: string[] = [];
  for (const page of pages) {
    const base = new URL(page.path, origin);
    for (const ref of new Set(page.refs)) {
      let problem: string | undefined;
      if (!samePerPage(ref)) problem = check(ref, base);
      else if (checked.has(ref)) problem = checked.get(ref);
      else checked.set(ref, (problem = check(ref, base)));
      if (problem) problems.push(`${page.path}: ${problem}`);
    }
  }
  return problems;
}

/**
 * Legacy paths that would shadow something the build emits: a page or file at that path, a folder
 * the site uses (so every path under it), or a folder written after Astro. A legacy page's own
 * redirect page does not count.
 */
export function legacyShadows(legacy: readonly { from: string; to: string }[], pages: readonly BuiltPage[], files: ReadonlySet<string>, later: readonly string[] = []): string[] {
  const emits = (path: string) => files.has(path) || (path.endsWith('/index.html') && files.has(path.slice(0, -'index.html'.length)));
  const own = new Set(legacy.map((l) => `${l.from}/`));
  const redirectPage = new Map(pages.filter((p) => p.redirectsTo !== undefined).map((p) => [p.path, p.redirectsTo]));
  const emitted = [...files].filter((f) => !(own.has(f) && redirectPage.has(f)));
  // A path with a slash after its first segment lives in a folder: /articles/x/, /_astro/a.css.
  const folders = new Set([...emitted.filter((f) => f.split('/').length > 2).map((f) => f.split('/')[1]!), ...later]);
  const problems: string[] = [];
  for (const { from, to } of legacy) {
    const exact = [from, `${from}.html`, `${from}/`].find((candidate) => emits(candidate) && !(candidate === `${from}/` && redirectPage.get(candidate) === to));
    const folder = from.split('/')[1]!;
    if (exact) problems.push(`legacy path "${from}" (redirecting to ${to}) would shadow ${exact}, which the build emits`);
    else if (folders.has(folder)) problems.push(`legacy path "${from}" (redirecting to ${to}) is inside /${folder}/, a folder the site itself uses`);
  }
  return problems;
}
