// The zero-JavaScript MDX authoring components, rendered with Astro's container API.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Callout from '../../src/components/Callout.astro';
import Steps from '../../src/components/Steps.astro';
import Heading from '../../src/components/Heading.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('Callout', () => {
  it('labels the note with its type so screen readers announce it', async () => {
    const html = await container.renderToString(Callout, { props: { type: 'warning' }, slots: { default: '<p>Careful</p>' } });
    expect(html).toMatch(/role="note"[^>]*aria-label="Warning"/);
    expect(html).toContain('>Warning</p>');
    expect(html).toContain('<p>Careful</p>');
  });

  it('uses a custom title when given one', async () => {
    const html = await container.renderToString(Callout, { props: { type: 'tip', title: 'Before you start' }, slots: { default: 'x' } });
    expect(html).toContain('aria-label="Before you start"');
    expect(html).toContain('callout--tip');
  });

  it('refuses an unknown type instead of rendering it unstyled', async () => {
    await expect(container.renderToString(Callout, { props: { type: 'danger' }, slots: { default: 'x' } })).rejects.toThrow(
      /type must be one of note, tip, warning/,
    );
  });

  it('refuses a type that only exists on every JavaScript object', async () => {
    await expect(container.renderToString(Callout, { props: { type: 'constructor' }, slots: { default: 'x' } })).rejects.toThrow(/type must be one of note, tip, warning/);
  });
});

describe('Steps', () => {
  it('keeps the ordered list so steps stay a real numbered list', async () => {
    const html = await container.renderToString(Steps, { slots: { default: '<ol><li>One</li><li>Two</li></ol>' } });
    expect(html).toMatch(/<div class="steps[^"]*"[^>]*><ol><li>One<\/li><li>Two<\/li><\/ol><\/div>/);
  });

  it('fails with an authoring hint when there is no ordered list inside', async () => {
    await expect(container.renderToString(Steps, { slots: { default: '<ul><li>x</li></ul>' } })).rejects.toThrow(/ordered list/);
  });
});

describe('Heading', () => {
  it('keeps the id and adds a link to the section named by the shared label and the heading', async () => {
    const html = await container.renderToString(Heading, { props: { level: 2, id: 'check-it' }, slots: { default: 'Check <code>it</code> &amp; go' } });
    expect(html).toMatch(/<h2 id="check-it"[^>]*>Check <code>it<\/code> &amp; go<\/h2>/);
    expect(html).toContain('href="#check-it"');
    expect(html).toContain('aria-labelledby="copy-link-label check-it"');
  });
});
