import { expect, test } from '@playwright/test';
import { formatQuality, measureSearchQuality } from '../../scripts/search-quality.mjs';

// Runs in Node against the built site's real Pagefind index, through the search client's own ranking:
// no browser needed. The questions are in tests/search/questions.ts.
test('at least 90% of readers’ questions find an answering page in the top three results', async () => {
  const quality = await measureSearchQuality(process.env.HELP_OUT_DIR ?? 'dist');
  expect(quality.questions).toBeGreaterThanOrEqual(25);
  expect(quality.hits3, formatQuality(quality)).toBeGreaterThanOrEqual(0.9);
});
