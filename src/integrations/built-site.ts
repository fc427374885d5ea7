/**
 * Checks the finished site before anything can deploy it. On `astro:build:done` it takes every
 * emitted page (read once by finished-pages.ts) and fails the build, naming page, link and target,
 * when an internal link or fragment points nowhere or a legacy path would shadow something the
 * build emits, and naming page and code when a page's own Content-Security-Policy (its <meta>, which
 * the layout writes) does not allow an inline script, style or style attribute the page carries.
 * Then it writes the union of the pages' policies into `_headers` for the host.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { connectOrigins, feedbackApiBase } from '../lib/feedback/config.ts';
import { brokenLinks, legacyShadows, servedAt } from '../lib/built-site.ts';
import { contentSecurityPolicy, headersFile, inlineHash, policyGaps } from '../lib/csp.ts';
import { emittedFiles, finishedPagesOf } from './finished-pages.ts';

/** Top-level folders written after Astro finishes: Pagefind's index (see `npm run build`). */
const writtenLater = ['pagefind'];

class BuiltSiteError extends Error {
  constructor(problems: readonly string[]) {
    super(`The built site has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  - ${problems.join('\n  - ')}`);
    this.name = 'BuiltSiteError';
  }
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
        // A page whose own policy would block its inline code always fails the build.
        const gaps = pages.flatMap((page) => policyGaps(page.policy, page).map((gap) => `${page.path}: ${gap}`));
        // The benchmark's synthetic corpus keeps the real troubleshooters, whose links point at real
        // articles it does not have: it asks for warnings about links instead of a failed build.
        const warnOnly = process.env.HELP_BUILT_SITE_CHECKS === 'warn';
        if (problems.length && warnOnly) logger.warn(new BuiltSiteError(problems).message);
        if ((problems.length && !warnOnly) || gaps.length) throw new BuiltSiteError([...(warnOnly ? [] : problems), ...gaps]);

        const all = { scriptHashes: new Set<string>(), styleHashes: new Set<string>(), styleAttributeHashes: new Set<string>() };
        for (const page of pages) {
          page.scripts.forEach((s) => all.scriptHashes.add(inlineHash(s)));
          page.styles.forEach((s) => all.styleHashes.add(inlineHash(s)));
          page.styleAttributes.forEach((s) => all.styleAttributeHashes.add(inlineHash(s)));
        }
        const connect = connectOrigins(feedbackApiBase(process.env.FEEDBACK_URL));
        const policy = contentSecurityPolicy({ scriptHashes: [...all.scriptHashes], styleHashes: [...all.styleHashes], styleAttributeHashes: [...all.styleAttributeHashes], connect, header: true });
        writeFileSync(join(root, '_headers'), headersFile(policy));
        logger.info(`${pages.length} pages: links and fragments resolve; each page's Content-Security-Policy allows its inline code (${all.scriptHashes.size} inline scripts, ${all.styleHashes.size} inline styles, ${all.styleAttributeHashes.size} style attributes in all).`);
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
