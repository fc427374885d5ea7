/** The reader's colour theme: what is remembered, and how a stored value is read back. */
export type Theme = 'light' | 'dark';

/** The localStorage key that remembers an explicit choice (no key: follow the system). */
export const THEME_STORAGE_KEY = 'theme';

/** A stored value as a theme, or undefined for anything else (nothing stored, tampered, blocked). */
export function parseTheme(value: string | null): Theme | undefined {
  return value === 'light' || value === 'dark' ? value : undefined;
}

export const otherTheme = (theme: Theme): Theme => (theme === 'dark' ? 'light' : 'dark');

/**
 * What to remember once the reader has switched to `chosen` while their system prefers `system`:
 * the choice when it differs from the system, and nothing when it is the system's own, so that a
 * reader who switches back is following their system again (and its changes) rather than pinned.
 */
export const themeToRemember = (chosen: Theme, system: Theme): Theme | undefined => (chosen === system ? undefined : chosen);
