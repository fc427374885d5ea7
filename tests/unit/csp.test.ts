import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, inlineHash, pagePolicy, policyGaps } from '../../src/lib/csp.ts';

const none = { scripts: [], styles: [], styleAttributes: [] };

describe('the Content-Security-Policy', () => {
  it('hashes inline code as the browser does: SHA-256 of the exact text, base64', () => {
    expect(inlineHash('a()')).toBe(`sha256-${createHash('sha256').update('a()').digest('base64')}`);
    expect(inlineHash('a() ')).not.toBe(inlineHash('a()'));
  });

  it('allows only hashed inline code, Pagefind WebAssembly and the feedback origin, and frames nowhere in the header', () => {
    const meta = contentSecurityPolicy({ scriptHashes: ['sha256-b', 'sha256-a'], styleHashes: [], styleAttributeHashes: [], connect: ['https://feedback.example'] });
    expect(meta).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'; style-src 'self'; style-src-attr 'none'; img-src 'self' data:; font-src 'self'; connect-src 'self' https://feedback.example; form-action 'self' https://feedback.example; base-uri 'none'",
    );
    expect(meta).not.toContain('unsafe-inline');
    const header = contentSecurityPolicy({ scriptHashes: [], styleHashes: [], styleAttributeHashes: ['sha256-s'], connect: [], header: true });
    expect(header).toContain("style-src-attr 'unsafe-hashes' 'sha256-s'");
    expect(header).toContain("frame-ancestors 'none'");
    expect(headersFile(header)).toMatch(/^\/\*\n {2}Content-Security-Policy: .+\n {2}X-Content-Type-Options: nosniff\n {2}Referrer-Policy: .+\n {2}X-Frame-Options: DENY$/m);
  });

  it('finds nothing missing when a page’s policy allows every piece of inline code it carries', () => {
    const policy = contentSecurityPolicy({ scriptHashes: [inlineHash('theme()')], styleHashes: [inlineHash('p{}')], styleAttributeHashes: [inlineHash('color: red')], connect: [] });
    expect(policyGaps(policy, { scripts: ['theme()'], styles: ['p{}'], styleAttributes: ['color: red'] })).toEqual([]);
    expect(policyGaps(policy, none)).toEqual([]);
  });

  it('names each inline script, style and style attribute the page’s policy would block, and a page without a policy', () => {
    const policy = contentSecurityPolicy({ scriptHashes: [inlineHash('theme()')], styleHashes: [], styleAttributeHashes: [], connect: [] });
    const gaps = policyGaps(policy, { scripts: ['theme()', 'other()'], styles: ['p{}'], styleAttributes: ['color: red'] });
    expect(gaps).toHaveLength(3);
    expect(gaps[0]).toContain('script-src does not allow the inline script "other()"');
    expect(gaps[1]).toContain('style-src does not allow the inline style "p{}"');
    expect(gaps[2]).toContain('style-src-attr does not allow the inline style attribute "color: red"');
    expect(policyGaps(undefined, none)).toEqual(['it has no Content-Security-Policy <meta>']);
  });

  it('gives a page the policy for exactly the inline scripts it writes', () => {
    const policy = pagePolicy(['theme()'], ['https://feedback.example']);
    expect(policyGaps(policy, { ...none, scripts: ['theme()'] })).toEqual([]);
    expect(policyGaps(policy, { ...none, scripts: ['theme()', 'other()'] })).toHaveLength(1);
    expect(policy).toContain('connect-src \'self\' https://feedback.example');
  });

  it('needs unsafe-hashes beside a style attribute’s hash (browsers ignore the hash without it)', () => {
    expect(policyGaps(`style-src-attr '${inlineHash('color: red')}'`, { ...none, styleAttributes: ['color: red'] })).toHaveLength(1);
    expect(policyGaps(`style-src-attr 'unsafe-hashes' '${inlineHash('color: red')}'`, { ...none, styleAttributes: ['color: red'] })).toEqual([]);
  });
});
