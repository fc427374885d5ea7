import { headersFor, parseHeadersFile } from '../../src/lib/headers-file.ts';

const file = `# Every page
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: default-src 'self'; connect-src 'self'

/articles/*
  Cache-Control: max-age=600
/pagefind/*
  Cache-Control: max-age=31536000, immutable
`;

describe('_headers', () => {
  const rules = parseHeadersFile(file);

  it('applies every matching rule, the catch-all included', () => {
    const h = headersFor(rules, '/articles/why/');
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('content-security-policy')).toBe("default-src 'self'; connect-src 'self'");
    expect(h.get('cache-control')).toBe('max-age=600');
  });

  it('leaves out rules whose path does not match', () => {
    const h = headersFor(rules, '/');
    expect(h.has('cache-control')).toBe(false);
    expect(headersFor(rules, '/pagefind/x.js').get('cache-control')).toBe('max-age=31536000, immutable');
  });

  it('treats dots in a pattern literally', () => {
    const exact = parseHeadersFile('/senders.json\n  Access-Control-Allow-Origin: *\n');
    expect(headersFor(exact, '/senders.json').get('access-control-allow-origin')).toBe('*');
    expect(headersFor(exact, '/sendersXjson').size).toBe(0);
  });
});
