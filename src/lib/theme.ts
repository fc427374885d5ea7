/** The reader's colour theme: what is remembered, and how a stored value is read back. */
export type Theme = 'light' | 'dark';

/** The localStorage key that remembers an explicit choice (no key: follow the system). */
export const THEME_STORAGE_KEY = 'theme';

/** A stored value as a theme, or undefined for anything else (nothing stored, tampered, blocked). */
export function parseTheme(value: string | null): Theme | undefined {
  return value === 'light' || value === 'dark' ? value : undefined;
}

export const otherTheme = (theme: Theme): Theme => (theme === 'dark' ? 'light' : 'dark');
