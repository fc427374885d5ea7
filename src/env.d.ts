// Lets plain `tsc` (npm run typecheck) resolve imports of .astro files from .ts files. The .astro
// files themselves are checked by Astro's compiler at build time.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}

/** The inline scripts, bundled and minified once per build by src/integrations/inline-scripts.ts. */
declare module 'virtual:inline-scripts' {
  export const themeInit: string;
  export const page: string;
  export const searchLoader: string;
}

declare namespace App {
  interface Locals {
    /** Set by the article page while it renders: old section ids to keep, by current heading id. */
    anchorAliases?: Map<string, string[]>;
  }
}
