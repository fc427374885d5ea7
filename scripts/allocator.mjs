// How the build's bundler gives memory back. Vite's bundler, Rolldown, is native code that allocates
// through mimalloc, which by default commits its arenas whole and keeps freed pages for a while: the
// build's resident memory then only grows, even after the bundler has finished. With these two
// settings mimalloc commits memory as it is used and returns freed pages at once. Measured on the
// 1,000-article bench corpus: the site's build peaks at ~920 MB instead of ~1,220 MB, and is no slower.
// mimalloc reads them once, when the bundler's library loads, so they must be in the environment of
// the process from its start: `npm run build` (scripts/build.mjs) runs Astro in a child process started
// with them, and `npm run bench` builds the site with them, and the bare reference both without and
// with them. A value already set in the environment is kept.
export const allocatorEnv = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0' };

/** `env` with the allocator settings it lacks. */
export const withAllocatorEnv = (env = process.env) => ({ ...allocatorEnv, ...env });
