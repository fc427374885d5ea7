/**
 * The Content-Security-Policy: every page declares its own in a <meta> (the layout, from the inline
 * code it writes), the build checks that each page's policy allows exactly what the page carries
 * inline, and `_headers` gives hosts the union of them as a header.
 */
import { createHash } from 'node:crypto';

/** The CSP source for one piece of inline code: `sha256-<base64>` of its exact text. */
export const inlineHash = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

export interface PolicyInput {
  scriptHashes: readonly string[];
  styleHashes: readonly string[];
  styleAttributeHashes: readonly string[];
  /** Origins (besides the site's own) the pages may send data to, such as a feedback service. */
  connect: readonly string[];
  /** A header can say what a <meta> cannot: who may frame the page. */
  header?: boolean;
}

const sources = (items: readonly string[]) => [...new Set(items)].sort().map((h) => `'${h}'`);

/**
 * A strict policy: nothing loads unless named. Inline scripts and styles run only by their hash,
 * no 'unsafe-inline'; 'wasm-unsafe-eval' is what Pagefind's WebAssembly search needs.
 */
export function contentSecurityPolicy(input: PolicyInput): string {
  const connect = ["'self'", ...new Set(input.connect)];
  const directives = [
    "default-src 'none'",
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...sources(input.scriptHashes)].join(' '),
    ['style-src', "'self'", ...sources(input.styleHashes)].join(' '),
    input.styleAttributeHashes.length ? ['style-src-attr', "'unsafe-hashes'", ...sources(input.styleAttributeHashes)].join(' ') : "style-src-attr 'none'",
    "img-src 'self' data:",
    "font-src 'self'",
    ['connect-src', ...connect].join(' '),
    ['form-action', ...connect].join(' '),
    "base-uri 'none'",
    ...(input.header ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

const pagePolicies = new Map<string, string>();

/** A page's own policy, from the inline scripts it writes (and nothing else inline). */
export function pagePolicy(inlineScripts: readonly string[], connect: readonly string[] = []): string {
  // Every page built with the layout asks for the same policy: hashed and written once per build.
  const key = JSON.stringify([inlineScripts, connect]);
  let policy = pagePolicies.get(key);
  if (policy === undefined) {
    policy = contentSecurityPolicy({ scriptHashes: inlineScripts.map(inlineHash), styleHashes: [], styleAttributeHashes: [], connect });
    pagePolicies.set(key, policy);
  }
  return policy;
}

/** The `_headers` file (Netlify / Cloudflare Pages syntax): the policy and the usual hardening headers for every path. */
export function headersFile(policy: string): string {
  return [
    '# Security headers for every page. Generated at build time; do not edit.',
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  X-Frame-Options: DENY',
    '',
  ].join('\n');
}

/** The page's inline code, as the build read it (src/lib/built-site.ts's readPage). */
export interface InlineCode {
  scripts: readonly string[];
  styles: readonly string[];
  styleAttributes: readonly string[];
}

/** The sources a policy lists for each directive. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

/** What a page's own policy does not allow of the inline code the page carries (nothing when it is complete). */
export function policyGaps(policy: string | undefined, inline: InlineCode): string[] {
  if (policy === undefined) return ['it has no Content-Security-Policy <meta>'];
  const listed = directives(policy);
  const gaps: string[] = [];
  const need = (directive: string, texts: readonly string[], what: string, extra: readonly string[] = []) => {
    const allowed = listed.get(directive) ?? [];
    for (const text of texts) {
      const hash = `'${inlineHash(text)}'`;
      if (!allowed.includes(hash) || extra.some((e) => !allowed.includes(e))) gaps.push(`its policy's ${directive} does not allow the inline ${what} "${text.slice(0, 60)}${text.length > 60 ? '…' : ''}" (${hash})`);
    }
  };
  need('script-src', inline.scripts, 'script');
  need('style-src', inline.styles, 'style');
  need('style-src-attr', inline.styleAttributes, 'style attribute', ["'unsafe-hashes'"]);
  return gaps;
}
