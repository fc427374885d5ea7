import { expect, it } from 'vitest';
import { DONE_MS } from '../../src/lib/done.ts';

it('shows "done" long enough to read, and gone before a second press would look already done', () => {
  expect(DONE_MS).toBeGreaterThanOrEqual(1500);
  expect(DONE_MS).toBeLessThanOrEqual(3000);
});
