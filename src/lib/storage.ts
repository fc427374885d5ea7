/**
 * localStorage that never throws. Browsers can block storage (privacy settings, some embedded
 * views) or refuse a write (full); every caller keeps working in memory and says so instead.
 */
export interface StoreLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The browser's localStorage, or undefined where even reaching it throws. */
export function browserStorage(): StoreLike | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The stored value, null when there is none, or 'blocked' when storage cannot be read. */
export function readItem(store: StoreLike | undefined, key: string): string | null | 'blocked' {
  try {
    return store ? store.getItem(key) : 'blocked';
  } catch {
    return 'blocked';
  }
}

/** Stores a value; false when storage is blocked or refuses it. */
export function writeItem(store: StoreLike | undefined, key: string, value: string): boolean {
  try {
    if (!store) return false;
    store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeItem(store: StoreLike | undefined, key: string): void {
  try {
    store?.removeItem(key);
  } catch {
    // Nothing to remove when storage is blocked.
  }
}
