import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import { siteUrlWarning } from '../../src/integrations/site-url.ts';

const loadSite = async () => (await import('../../src/site.config.ts')).site;

describe('the published base URL', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('comes from SITE_URL at build time, as an origin', async () => {
    vi.stubEnv('SITE_URL', 'https://help.vendor.example/');
    expect((await loadSite()).baseUrl).toBe('https://help.vendor.example');
  });

  it('falls back to the reserved placeholder when SITE_URL is not set', async () => {
    vi.stubEnv('SITE_URL', '');
    expect((await loadSite()).baseUrl).toBe('https://help-center.example');
  });

  it('refuses a SITE_URL that is not an http(s) origin, saying what it expects', async () => {
    vi.stubEnv('SITE_URL', 'help.vendor.example');
    await expect(loadSite()).rejects.toThrow(/SITE_URL must be the site's absolute address/);
    vi.resetModules();
    vi.stubEnv('SITE_URL', 'https://help.vendor.example/docs/');
    await expect(loadSite()).rejects.toThrow(/no path, query or fragment/);
  });
});

describe('the placeholder warning', () => {
  const run = (baseUrl: string) => {
    const warn = vi.fn();
    const hook = siteUrlWarning({ baseUrl, placeholder: 'https://help-center.example' }).hooks['astro:build:start'];
    // Only the logger is read by this hook.
    hook?.({ logger: { warn } as unknown as AstroIntegrationLogger } as Parameters<NonNullable<typeof hook>>[0]);
    return warn;
  };

  it('says in one line that links point to the placeholder host', () => {
    const warn = run('https://help-center.example');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/^SITE_URL is not set: .*https:\/\/help-center\.example/);
    expect(warn.mock.calls[0]![0]).not.toContain('\n');
  });

  it('stays quiet once SITE_URL is set', () => {
    expect(run('https://help.vendor.example')).not.toHaveBeenCalled();
  });
});
