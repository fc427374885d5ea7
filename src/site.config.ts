/**
 * The one place that names the vendor. Another vendor reuses the site by editing this file
 * (and the content in src/content). Nothing else in the code spells the product name.
 */
import type { SupportContact } from './lib/support.ts';

/** The placeholder origin used while SITE_URL is not set (RFC 2606: it can never be a real host). */
export const placeholderBaseUrl = 'https://help-center.example';

function publishedBaseUrl(): string {
  const value = globalThis.process?.env.SITE_URL?.trim();
  if (!value) return placeholderBaseUrl;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be the site's absolute address, such as https://help.example.com (got "${value}").`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL must be an http(s) origin with no path, query or fragment, such as https://help.example.com (got "${value}").`);
  }
  return url.origin;
}

export const site = {
  /** The product whose customers this help center serves. */
  productName: 'Procore',
  /** Shown in the header and the page titles. */
  title: 'Procore Help Center',
  /**
   * Canonical origin of the published site: canonical links, Open Graph, structured data, the
   * sitemap and the feeds. Set it with SITE_URL when you build for publishing; until then it is a
   * reserved placeholder host and the build warns.
   */
  baseUrl: publishedBaseUrl(),
  /**
   * How readers reach a person. The vendor has not supplied its support address yet, so this is a
   * documentation-reserved placeholder (RFC 2606) and `placeholder` is true: every page that shows
   * the address labels it as a placeholder. Set the real address and `placeholder: false` to publish.
   */
  support: {
    email: 'support@help-center.example',
    label: 'Procore Support',
    placeholder: true,
  },
  language: 'en',
  /** The troubleshooter the home and 404 pages offer first (a file in src/content/troubleshooters/). */
  featuredTroubleshooter: 'not-receiving-email',
} as const satisfies { support: SupportContact } & Record<string, unknown>;
