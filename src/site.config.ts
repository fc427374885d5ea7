/**
 * The one place that names the vendor. Another vendor reuses the site by editing this file
 * (and the content in src/content). Nothing else in the code spells the product name.
 */
export const site = {
  /** The product whose customers this help center serves. */
  productName: 'Procore',
  /** Shown in the header and the page titles. */
  title: 'Procore Help Center',
  /** Canonical origin of the published site: used for canonical links, Open Graph and the sitemap. */
  baseUrl: 'https://help-center.example',
  /**
   * How readers reach a person. The vendor has not supplied its support address yet, so this is a
   * documentation-reserved placeholder (RFC 2606); replace it before publishing.
   */
  support: {
    email: 'support@help-center.example',
    label: 'Procore Support',
  },
  language: 'en',
  /** The troubleshooter the home and 404 pages offer first (a file in src/content/troubleshooters/). */
  featuredTroubleshooter: 'not-receiving-email',
} as const;
