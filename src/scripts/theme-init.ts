// Runs in <head> before the page paints: applies a remembered theme, and reveals the toggle
// (which is hidden without JavaScript, where the system colour scheme is simply followed).
import { browserStorage, readItem } from '../lib/storage.ts';
import { parseTheme, THEME_STORAGE_KEY } from '../lib/theme.ts';

const root = document.documentElement;
root.classList.add('js');
const stored = readItem(browserStorage(), THEME_STORAGE_KEY);
if (stored === 'blocked') root.dataset.storage = 'blocked';
else {
  const theme = parseTheme(stored);
  if (theme) root.dataset.theme = theme;
}
