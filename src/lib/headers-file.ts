/**
 * Reading a `_headers` file (the Netlify / Cloudflare Pages format that static hosts apply), so
 * the site's own server can apply the same headers:
 *
 *     /articles/*
 *       X-Frame-Options: DENY
 *
 * A line without indentation is a path pattern (`*` matches anything, also `/`); indented
 * `Name: value` lines below it are that pattern's headers. Lines starting with `#` are comments.
 */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const colon = raw.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) continue;
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

const patternRegex = (pattern: string) => new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

/** The headers for a path: every matching rule's, in file order (a later value for the same name wins). */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!patternRegex(rule.pattern).test(path)) continue;
    for (const [name, value] of rule.headers) out.set(name.toLowerCase(), value);
  }
  return out;
}
