import { describe, expect, it } from 'vitest';
import { readItem, removeItem, writeItem, type StoreLike } from '../../src/lib/storage.ts';
import { throwingStore } from './stores.ts';

const throwing = throwingStore(new DOMException('full', 'QuotaExceededError'));

describe('safe storage', () => {
  it('reads, writes and removes normally', () => {
    const data = new Map<string, string>();
    const store: StoreLike = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
    expect(readItem(store, 'k')).toBeNull();
    expect(writeItem(store, 'k', 'v')).toBe(true);
    expect(readItem(store, 'k')).toBe('v');
    removeItem(store, 'k');
    expect(readItem(store, 'k')).toBeNull();
  });

  it('reports blocked or full storage instead of throwing', () => {
    expect(readItem(throwing, 'k')).toBe('blocked');
    expect(readItem(undefined, 'k')).toBe('blocked');
    expect(writeItem(throwing, 'k', 'v')).toBe(false);
    expect(writeItem(undefined, 'k', 'v')).toBe(false);
    expect(() => removeItem(throwing, 'k')).not.toThrow();
  });
});
