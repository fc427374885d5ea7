import { defineConfig } from 'vitest/config';

// Full Astro builds of fixture sites (tests/builds/): minutes, not milliseconds, so they run as
// their own suite after the unit tests (`npm run test:builds`), one build at a time.
export default defineConfig({
  test: {
    include: ['tests/builds/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    fileParallelism: false,
  },
});
