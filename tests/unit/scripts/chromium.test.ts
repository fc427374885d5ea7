import { describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium, packagedChromiumArgs } from '../../../scripts/chromium.mjs';

const packaged = { executablePath: '/project/node_modules/.cache/chromium/x/chromium', env: { FONTCONFIG_FILE: '/project/fonts.conf' } };

/** Candidates where only the listed paths exist; Playwright's browser and the packaged one are given. */
function candidates(present: string[], env: Record<string, string> = {}, packagedInstalled = true) {
  const unpacked: string[] = [];
  return {
    unpacked,
    options: {
      env,
      exists: (path: string) => present.includes(path),
      systemPaths: ['/usr/bin/chromium', '/usr/bin/google-chrome'],
      playwrightBrowser: () => '/home/dev/.cache/ms-playwright/chromium/chrome',
      packagedBrowser: async () => {
        unpacked.push('packaged');
        return packagedInstalled ? packaged : undefined;
      },
    },
  };
}

describe('findChromium picks the first browser that is there', () => {
  it('takes CHROMIUM_PATH over a system Chromium', async () => {
    const { options } = candidates(['/opt/chrome', '/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/chrome' });
    expect(await findChromium(options)).toMatchObject({ executablePath: '/opt/chrome', source: 'CHROMIUM_PATH' });
  });

  it('stops with the path when CHROMIUM_PATH names a missing file, rather than using another browser', async () => {
    const { options } = candidates(['/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/missing' });
    await expect(findChromium(options)).rejects.toThrow('CHROMIUM_PATH is set to /opt/missing, but no file is there.');
  });

  it('takes the first system Chromium in list order over Playwright’s browser, without unpacking the packaged one', async () => {
    const { options, unpacked } = candidates(['/usr/bin/google-chrome', '/usr/bin/chromium', '/home/dev/.cache/ms-playwright/chromium/chrome']);
    expect(await findChromium(options)).toMatchObject({ executablePath: '/usr/bin/chromium', source: 'system', args: chromiumArgs });
    expect(unpacked).toEqual([]);
  });

  it('takes Playwright’s own browser when there is no system Chromium', async () => {
    const { options, unpacked } = candidates(['/home/dev/.cache/ms-playwright/chromium/chrome']);
    expect(await findChromium(options)).toMatchObject({ source: 'playwright', executablePath: '/home/dev/.cache/ms-playwright/chromium/chrome' });
    expect(unpacked).toEqual([]);
  });

  it('falls back to the packaged browser, with its fonts and its extra flags, when nothing else is there', async () => {
    const { options } = candidates([]);
    const browser = await findChromium(options);
    expect(browser).toEqual({ ...packaged, source: 'packaged', args: [...chromiumArgs, ...packagedChromiumArgs] });
  });

  it('says how to get a browser when none is there and the package is not installed', async () => {
    const { options } = candidates([], {}, false);
    await expect(findChromium(options)).rejects.toThrow(/No Chromium found.*set CHROMIUM_PATH/);
  });
});

describe('the packaged browser’s flags', () => {
  it('keep web security and site isolation, and leaves headless mode to Playwright', () => {
    const all = [...chromiumArgs, ...packagedChromiumArgs].join(' ');
    expect(all).not.toMatch(/--disable-web-security|--allow-running-insecure-content|site-per-process|--single-process|--headless/);
  });
});
