// The truth check over the built site (dist/): nothing a reader sees may be an address or host name
// that looks real but is invented, and every copied allowlist text with example values says so.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { JSDOM } from 'jsdom';
import { exampleHistoryNote } from '../../src/lib/allowlist/changes.ts';
import { placeholderNote } from '../../src/lib/support.ts';
import { realHosts } from '../../src/lib/truth/real-values.ts';
import { unreservedTokens } from '../../src/lib/truth/tokens.ts';
import { site } from '../../src/site.config.ts';

const dist = join(process.cwd(), 'dist');
const files = existsSync(dist) ? readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => !f.startsWith('pagefind') && !f.startsWith('_astro')) : [];
const read = (f: string) => readFileSync(join(dist, f), 'utf8');
const senders = JSON.parse(read('senders.json')) as { entries: { kind: string; value: string; example: boolean }[] };
const real = realHosts(senders.entries as Parameters<typeof realHosts>[0]);

/** Attributes whose values a reader sees, follows or copies (island props hold the text the copy buttons copy). */
const visibleAttribute = (name: string) => ['href', 'src', 'content', 'title', 'alt', 'placeholder', 'value', 'label', 'props'].includes(name) || name.startsWith('aria-') || name.startsWith('data-pagefind');

/** Every string inside an island's serialized props. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Astro serializes island props as [type, value] pairs: 0 plain (objects hold more pairs), 1 array. */
function revive(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'number') {
    const [type, inner] = value as [number, unknown];
    if (type === 1) return (inner as unknown[]).map(revive);
    if (type === 0 && inner && typeof inner === 'object' && !Array.isArray(inner)) return Object.fromEntries(Object.entries(inner).map(([k, v]) => [k, revive(v)]));
    return inner;
  }
  return value;
}

const islandProps = (doc: Document) =>
  [...doc.querySelectorAll('astro-island[props]')].map((el) => Object.fromEntries(Object.entries(JSON.parse(el.getAttribute('props')!) as object).map(([k, v]) => [k, revive(v)])));

/** What a reader of this HTML can see: text (also inside noscript), head text and visible attributes. */
function visibleText(doc: Document): string[] {
  const out: string[] = [];
  const walker = doc.createTreeWalker(doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement?.tagName;
    if (parent !== 'SCRIPT' && parent !== 'STYLE') out.push(node.textContent ?? '');
  }
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (!visibleAttribute(attr.name)) continue;
      out.push(...(attr.name === 'props' ? strings(JSON.parse(attr.value)) : [attr.value]));
    }
  }
  return out;
}

const html = files.filter((f) => f.endsWith('.html')).map((f) => ({ file: f, doc: new JSDOM(read(f)).window.document }));
const feeds = files.filter((f) => /\.(xml|json|csv|txt)$/.test(f) || f === '_redirects');

test('the site shows no real-looking address, host name or phone number that is not documentation-reserved, fictional (555-0100–0199) or on the list of real values', () => {
  expect(html.length).toBeGreaterThan(10);
  const found: string[] = [];
  for (const { file, doc } of html) for (const t of visibleText(doc).flatMap((s) => unreservedTokens(s, real))) found.push(`${file}: ${t.value}`);
  // A JSON file is read as the strings in it, so an escaped line break ("\\n") is not taken for a letter.
  const feedText = (file: string) => (file.endsWith('.json') ? strings(JSON.parse(read(file))) : [read(file)]);
  for (const file of feeds) for (const t of feedText(file).flatMap((s) => unreservedTokens(s, real))) found.push(`${relative('.', file)}: ${t.value}`);
  expect([...new Set(found)], `Invented values that look real (use RFC 5737/3849 addresses, .example names and 555-0100–0199 phone numbers, or add a real value to src/lib/truth/real-values.ts):\n${[...new Set(found)].join('\n')}`).toEqual([]);
});

interface Copy { text: string; examples?: string[]; warning?: string }
interface PanelSystem { id: string; all: Copy; groups: Record<string, Copy> }

test('every copied allowlist text with example values names them in the text or warns beside its button', () => {
  // The page carries its first mail system's texts; every system's texts are in its own file under allowlist/formats/.
  const onPages = html.flatMap(({ file, doc }) => islandProps(doc).flatMap((p) => ((p.data as { first?: PanelSystem } | undefined)?.first ? [{ file, systems: [(p.data as { first: PanelSystem }).first] }] : [])));
  const inFiles = files.filter((f) => /^allowlist[/\\]formats[/\\].+\.json$/.test(f)).map((file) => ({ file, systems: [(JSON.parse(read(file)) as { system: PanelSystem }).system] }));
  const panels = [...onPages, ...inFiles];
  expect(onPages.length, 'pages with the allowlist panel').toBeGreaterThanOrEqual(1);
  expect(inFiles.length, 'mail system files').toBeGreaterThanOrEqual(5);
  const unmarked: string[] = [];
  for (const { file, systems } of panels) {
    for (const system of systems) {
      for (const [what, copy] of [['all', system.all], ...Object.entries(system.groups)] as [string, Copy][]) {
        const examples = copy.examples ?? [];
        const exampleValues = senders.entries.filter((e) => e.example).map((e) => e.value);
        const holdsExamples = examples.length > 0 || exampleValues.some((v) => copy.text.includes(v));
        if (!holdsExamples) continue;
        const noticeLine = copy.text.split('\n').find((line) => /example values, not real senders/i.test(line));
        const named = noticeLine !== undefined && examples.length > 0 && examples.every((v) => noticeLine.includes(v));
        if (!named && !copy.warning) unmarked.push(`${file}: ${system.id} (${what})`);
      }
    }
  }
  expect(unmarked, `Copied text with example values and no example notice:\n${unmarked.join('\n')}`).toEqual([]);
});

test('the support address is labelled as a placeholder beside every link to it while it is one (footer, “Still stuck?”, escalation), and nowhere once it is real', () => {
  const note = placeholderNote(site.support, site.productName);
  const links = html.flatMap(({ file, doc }) => [...doc.querySelectorAll(`a[href^="mailto:${site.support.email}"]`)].map((a) => ({ file, a })));
  if (!note) {
    const label = placeholderNote({ ...site.support, placeholder: true }, site.productName)!;
    expect(html.filter(({ doc }) => doc.body.textContent!.includes(label)).map((p) => p.file)).toEqual([]);
    return;
  }
  // The block the link sits in: the footer, the "Still stuck?" section, the troubleshooter's support step.
  const block = (a: Element) => a.closest('footer, section, .ts__support, aside, li, td') ?? a.parentElement!;
  const unlabelled = links.filter(({ a }) => !block(a).textContent!.includes(note!)).map(({ file, a }) => `${file}: ${a.textContent!.trim()}`);
  expect(unlabelled).toEqual([]);
  const where = (selector: string) => links.filter(({ a }) => a.closest(selector)).length;
  expect(where('footer'), 'pages with the footer link').toBeGreaterThan(10);
  expect(where('section.support'), 'pages with “Still stuck?”').toBeGreaterThan(5);
  expect(where('.ts__support'), 'troubleshooter escalation pages').toBeGreaterThan(0);
});

test('made-up sender list history is labelled as example history on the page and in the feeds, and real history is not', () => {
  const changes = JSON.parse(read('senders/changes.json')) as { note?: string; versions: { example: boolean }[] };
  const atom = read('senders/changes.xml');
  const page = html.find((p) => p.file === join('allowlist', 'index.html'))!.doc;
  if (!changes.versions.some((v) => v.example)) {
    expect(changes.note).toBeUndefined();
    expect(atom).not.toContain('(example history)');
    expect(page.querySelector('.what-changed')!.textContent).not.toContain(exampleHistoryNote);
    return;
  }
  expect(changes.note).toBe(exampleHistoryNote);
  expect(atom).toContain('(example history)');
  expect(page.querySelector('.what-changed')!.textContent).toContain(exampleHistoryNote);
  expect(page.querySelector('.what-changed h3')!.textContent).toContain('(example)');
});

test('while the sender list holds example values, the allowlist page’s description does not present it as the full real list', () => {
  const page = html.find((p) => p.file === join('allowlist', 'index.html'))!.doc;
  const examples = senders.entries.some((e) => e.example);
  for (const selector of ['meta[name="description"]', 'meta[property="og:description"]']) {
    const description = page.querySelector(selector)?.getAttribute('content') ?? '';
    if (!examples) {
      expect(description, selector).not.toMatch(/example/i);
      continue;
    }
    expect(description, selector).toMatch(/example/i);
    expect(description, selector).not.toMatch(/^Every\b/);
  }
});
