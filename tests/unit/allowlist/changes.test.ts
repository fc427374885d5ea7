import { describe, expect, it } from 'vitest';
import { deriveChanges } from '../../../src/lib/allowlist/changes.ts';
import { sampleList } from './sample-list.ts';

const list = sampleList();

describe('change history', () => {
  it('derives what each version added and removed, newest first', () => {
    const changes = deriveChanges(list);
    expect(changes.map((v) => v.version)).toEqual(['2', '1']);
    expect(changes[0]!.added.map((e) => e.id)).toEqual(['v4-one']);
    expect(changes[0]!.removed.map((e) => e.id)).toEqual(['v4-old']);
    expect(changes[1]!.added.map((e) => e.id)).toEqual(['d1', 'smtp', 'cdn', 'v4-range', 'v4-old', 'v6']);
  });
});
