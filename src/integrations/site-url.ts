/** Says, once per build, when the published address is still the placeholder. */
import type { AstroIntegration } from 'astro';

export function siteUrlWarning({ baseUrl, placeholder }: { baseUrl: string; placeholder: string }): AstroIntegration {
  return {
    name: 'help-center:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (baseUrl === placeholder) {
          logger.warn(
            `SITE_URL is not set: canonical links, og:url, preview images, the sitemap and the feeds point to the placeholder ${placeholder}. Build with SITE_URL=https://your-help-center-address to publish.`,
          );
        }
      },
    },
  };
}
