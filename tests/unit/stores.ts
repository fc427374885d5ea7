import type { StoreLike } from '../../src/lib/storage.ts';

/** localStorage stand-in that keeps items in a Map (exposed as `data`). */
export function memoryStore(): StoreLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

/** Storage as a browser with storage blocked (or full, with `writeError`) behaves: every call throws. */
export function throwingStore(writeError = new DOMException('blocked', 'SecurityError')): StoreLike {
  const blocked = () => {
    throw new DOMException('blocked', 'SecurityError');
  };
  return {
    getItem: blocked,
    setItem: () => {
      throw writeError;
    },
    removeItem: blocked,
  };
}
