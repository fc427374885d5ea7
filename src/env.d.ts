// Lets plain `tsc` (npm run typecheck) resolve imports of .astro files from .ts files. The .astro
// files themselves are checked by Astro's compiler at build time.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}

/** The shared scripts, bundled and minified once per build by src/integrations/inline-scripts.ts. */
declare module 'virtual:inline-scripts' {
  /** The theme script, inlined in <head> so it runs before first paint. */
  export const themeInit: string;
  /** The URL of the cached file with the rest: theme toggle, Menu, copy links, search loader. */
  export const siteScript: string;
}

declare namespace App {
  interface Locals {
    /** Set by the article page while it renders: old section ids to keep, by current heading id. */
    anchorAliases?: Map<string, string[]>;
  }
}
