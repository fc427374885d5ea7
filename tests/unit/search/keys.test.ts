import { describe, expect, it } from 'vitest';
import { isSearchShortcut, moveActive } from '../../../src/lib/search/keys.ts';

describe('keys', () => {
  const key = (key: string, extra: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: unknown }> = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, target: { tagName: 'BODY' }, ...extra });

  it('opens search on "/" outside fields and on Ctrl/⌘-K anywhere', () => {
    expect(isSearchShortcut(key('/'))).toBe(true);
    expect(isSearchShortcut(key('/', { target: { tagName: 'INPUT' } }))).toBe(false);
    expect(isSearchShortcut(key('/', { target: { tagName: 'DIV', isContentEditable: true } }))).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, target: { tagName: 'INPUT' } }))).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }))).toBe(true);
    expect(isSearchShortcut(key('k'))).toBe(false);
  });

  it('moves through results with wrap-around', () => {
    expect(moveActive(-1, 'ArrowDown', 3)).toBe(0);
    expect(moveActive(2, 'ArrowDown', 3)).toBe(0);
    expect(moveActive(0, 'ArrowUp', 3)).toBe(2);
    expect(moveActive(-1, 'ArrowUp', 3)).toBe(2);
    expect(moveActive(1, 'End', 3)).toBe(2);
    expect(moveActive(1, 'Home', 3)).toBe(0);
    expect(moveActive(0, 'ArrowDown', 0)).toBe(-1);
  });
});
