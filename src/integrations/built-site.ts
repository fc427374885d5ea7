/**
 * Checks the finished site before anything can deploy it, and adds its Content-Security-Policy.
 * On `astro:build:done` it reads every emitted file and fails the build, naming page, link and
 * target, when an internal link or fragment points nowhere or a legacy path would shadow something
 * the build emits. Then it hashes each page's inline scripts and styles from the final HTML and
 * writes the policy into the page (<meta http-equiv>) and into `_headers` for the host.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { feedbackApiBase, feedbackConnectSource } from '../lib/feedback/config.ts';
import { brokenLinks, contentSecurityPolicy, headersFile, legacyShadows, servedAt, withPolicyMeta } from '../lib/built-site.ts';
import { emittedFiles, finishedPagesOf } from './finished-pages.ts';

/** Top-level folders written after Astro finishes: Pagefind's index (see `npm run build`). */
const writtenLater = ['pagefind'];

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

class BuiltSiteError extends Error {
  constructor(problems: readonly string[]) {
    super(`The built site has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  - ${problems.join('\n  - ')}`);
    this.name = 'BuiltSiteError';
  }
}

/** Origins pages may send data to besides their own: the feedback service, when FEEDBACK_URL puts it elsewhere. */
function connectOrigins(): string[] {
  const source = feedbackConnectSource(feedbackApiBase(process.env.FEEDBACK_URL));
  return source && source !== "'self'" ? [source] : [];
}

export function builtSite(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'help-center:built-site',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = emittedFiles(root);
        const pages = finishedPagesOf(root);
        const served = new Set(files.map(servedAt));

        const legacy = files.includes('_redirects') ? redirectsIn(readFileSync(join(root, '_redirects'), 'utf8')) : [];
        const problems = [...brokenLinks(pages, served, site ?? 'http://localhost', writtenLater), ...legacyShadows(legacy, pages, served, writtenLater)];
        // The benchmark's synthetic corpus keeps the real troubleshooters, whose links point at real
        // articles it does not have: it asks for warnings instead of a failed build.
        if (problems.length && process.env.HELP_BUILT_SITE_CHECKS === 'warn') logger.warn(new BuiltSiteError(problems).message);
        else if (problems.length) throw new BuiltSiteError(problems);

        const connect = connectOrigins();
        const all = { scriptHashes: new Set<string>(), styleHashes: new Set<string>(), styleAttributeHashes: new Set<string>() };
        // One page at a time, read and written back: the whole site's HTML is never held at once.
        for (const page of pages) {
          const hashes = { scriptHashes: page.scripts.map(sha256), styleHashes: page.styles.map(sha256), styleAttributeHashes: page.styleAttributes.map(sha256) };
          for (const key of Object.keys(all) as (keyof typeof all)[]) hashes[key].forEach((h) => all[key].add(h));
          const file = join(root, page.file);
          writeFileSync(file, withPolicyMeta(readFileSync(file, 'utf8'), contentSecurityPolicy({ ...hashes, connect })));
        }
        const policy = contentSecurityPolicy({ scriptHashes: [...all.scriptHashes], styleHashes: [...all.styleHashes], styleAttributeHashes: [...all.styleAttributeHashes], connect, header: true });
        writeFileSync(join(root, '_headers'), headersFile(policy));
        logger.info(`${pages.length} pages: links and fragments resolve; Content-Security-Policy added (${all.scriptHashes.size} inline scripts, ${all.styleHashes.size} inline styles, ${all.styleAttributeHashes.size} style attributes hashed).`);
      },
    },
  };
}

/** The legacy redirects in `_redirects`, without their trailing-slash twins. */
function redirectsIn(text: string): { from: string; to: string }[] {
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.trim().split(/\s+/))
    .filter(([from]) => from !== undefined && !from.endsWith('/'))
    .map(([from, to]) => ({ from: from!, to: to ?? '' }));
}
