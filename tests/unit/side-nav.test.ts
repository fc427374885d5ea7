import { describe, expect, it } from 'vitest';
import { sideNavIds } from '../../src/lib/side-nav.ts';

const category = (n: number, featured: Record<number, number> = {}) =>
  Array.from({ length: n }, (_, i) => ({ id: `a${i}`, ...(featured[i] ? { featured: featured[i] } : {}) }));

describe('sideNavIds', () => {
  it('lists a small category whole, in its own order', () => {
    expect(sideNavIds(category(3), 'a1')).toEqual(['a0', 'a1', 'a2']);
  });

  it('never lists more than the limit, however large the category', () => {
    const ids = sideNavIds(category(5000, { 10: 1, 4000: 2 }), 'a2500');
    expect(ids).toHaveLength(11);
    expect(ids).toContain('a2500');
    expect(ids).toEqual(['a10', 'a2496', 'a2497', 'a2498', 'a2499', 'a2500', 'a2501', 'a2502', 'a2503', 'a2504', 'a4000']);
    expect(sideNavIds(category(5000, Object.fromEntries(Array.from({ length: 40 }, (_, i) => [i * 100 + 1, i + 1]))), 'a0')).toHaveLength(15);
  });

  it('keeps the nearest neighbours and the best featured articles when room runs out', () => {
    expect(sideNavIds(category(100, { 50: 1, 60: 2 }), 'a0', 4, 2)).toEqual(['a0', 'a1', 'a2', 'a50']);
  });

  it('lists nothing for an article that is not in the category', () => {
    expect(sideNavIds(category(3), 'elsewhere')).toEqual([]);
  });
});
