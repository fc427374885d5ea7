/**
 * Where the articles and categories are read from (src/content.config.ts, and the build glue that
 * needs them before Astro has loaded them). Tests and the benchmark point HELP_CONTENT_DIR at a
 * fixture or a generated corpus; the site itself always uses src/content.
 */
export const contentDir = process.env.HELP_CONTENT_DIR ?? './src/content';

/** The topics, in the order the home page shows them. */
export const categoriesFile = `${contentDir}/categories.yaml`;
