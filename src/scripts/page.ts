// The little behaviour every page shares: the theme toggle, "copy link to this section", the Copy
// buttons of text blocks on pages without an island (CopyBlockButton.astro), a troubleshooter
// answer followed before its island has loaded, and a quick answer unfolded when a link names it.
// Everything it enhances works as a normal link or follows the system theme without it.
import { copyText, whyNotCopied } from '../lib/clipboard.ts';
import { DONE_MS } from '../lib/done.ts';
import { fragmentId } from '../lib/paths.ts';
import { carryAnswers } from '../lib/troubleshooter/address.ts';
import { browserStorage, removeItem, writeItem } from '../lib/storage.ts';
import { otherTheme, parseTheme, THEME_STORAGE_KEY, themeToRemember, type Theme } from '../lib/theme.ts';

const status = document.getElementById('site-status');
function say(message: string) {
  if (!status) return;
  status.textContent = '';
  setTimeout(() => {
    status.textContent = message;
  }, 50);
}

const toggle = document.getElementById('theme-toggle');
if (toggle) {
  const root = document.documentElement;
  const darkScheme = matchMedia('(prefers-color-scheme: dark)');
  const system = (): Theme => (darkScheme.matches ? 'dark' : 'light');
  const current = (): Theme => (root.dataset.theme === 'light' || root.dataset.theme === 'dark' ? root.dataset.theme : system());
  const sync = () => toggle.setAttribute('aria-pressed', String(current() === 'dark'));
  sync();
  // Without a remembered choice the page follows the system as it changes: keep the button's state with it.
  darkScheme.addEventListener('change', sync);
  toggle.hidden = false;
  toggle.addEventListener('click', () => {
    const next = otherTheme(current());
    const name = next === 'dark' ? 'Dark theme' : 'Light theme';
    const remembered = themeToRemember(next, system());
    const store = browserStorage();
    if (remembered) {
      root.dataset.theme = remembered;
      sync();
      if (writeItem(store, THEME_STORAGE_KEY, remembered)) say(`${name} on.`);
      else say(`${name} on for this page only: your browser is blocking saved settings, so it will not be remembered.`);
    } else {
      // The system's own theme: follow the system again rather than pin it.
      delete root.dataset.theme;
      sync();
      removeItem(store, THEME_STORAGE_KEY);
      say(`${name} on, matching your system: the site now follows your system's setting.`);
    }
  });
  // A choice made in another tab applies here too.
  addEventListener('storage', (event) => {
    if (event.key !== THEME_STORAGE_KEY && event.key !== null) return;
    const theme = parseTheme(event.newValue);
    if (theme) root.dataset.theme = theme;
    else delete root.dataset.theme;
    sync();
  });
}

// Phones and tablets: the header's Menu button opens the main links and the theme switch; Esc, a click
// elsewhere or the keyboard focus moving elsewhere closes them.
const menuButton = document.getElementById('menu-toggle');
const menu = document.getElementById('site-menu');
if (menuButton && menu) {
  const setOpen = (open: boolean) => {
    menuButton.setAttribute('aria-expanded', String(open));
    menu.toggleAttribute('data-open', open);
  };
  menuButton.addEventListener('click', () => setOpen(menuButton.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || menuButton.getAttribute('aria-expanded') !== 'true') return;
    setOpen(false);
    menuButton.focus();
  });
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && !event.target.closest('#site-menu, #menu-toggle')) setOpen(false);
  });
  // Tab past its last link (or back before the button) closes it too, rather than leaving it over the page.
  document.addEventListener('focusin', (event) => {
    if (event.target instanceof Element && !event.target.closest('#site-menu, #menu-toggle')) setOpen(false);
  });
}

const doneTimers = new WeakMap<Element, ReturnType<typeof setTimeout>>();

// With this script a section link copies its URL: its name says so (CopyLinkLabel.astro).
const copyLinkLabel = document.getElementById('copy-link-label');
if (copyLinkLabel) copyLinkLabel.textContent = 'Copy link to section:';

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-copy-link]') : null;
  if (!link) return;
  const url = new URL(link.getAttribute('href') ?? '', location.href).href;
  // The section's name for the announcement: the heading the link points to.
  const label = document.getElementById(fragmentId(link.hash))?.textContent?.trim() ?? '';
  event.preventDefault();
  void copyText(url).then((result) => {
    if (result === 'copied') {
      history.replaceState(null, '', url);
      say(`Link to "${label}" copied.`);
      // The shared "it worked" look (see .done-label in global.css): a check and "Copied" for ~2 s.
      link.setAttribute('data-done', '');
      clearTimeout(doneTimers.get(link));
      doneTimers.set(link, setTimeout(() => link.removeAttribute('data-done'), DONE_MS));
      return;
    }
    location.hash = link.hash;
    say(`${whyNotCopied(result)} The link to "${label}" is now in the address bar: copy it from there.`);
  });
});

// A link to one of an article's quick answers (#faq-…, as search gives) unfolds it. A malformed
// address names nothing: the page stays as it is.
function openLinkedAnswer() {
  const id = fragmentId(location.hash);
  const target = id ? document.getElementById(id) : null;
  if (target instanceof HTMLDetailsElement) target.open = true;
}
openLinkedAnswer();
addEventListener('hashchange', openLinkedAnswer);

// Copy buttons for text blocks: shown only now that something can press them.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-block]')) button.hidden = false;

/** Shows "Copied" with a check on the button for ~2 s (the .done-label look the islands use). */
function flashDone(button: HTMLButtonElement) {
  const label = button.querySelector<HTMLElement>('.done-label');
  const text = label?.firstElementChild;
  if (!label || !text) return;
  label.setAttribute('data-done', '');
  label.dataset.other = 'Copy';
  text.textContent = 'Copied';
  clearTimeout(doneTimers.get(button));
  doneTimers.set(
    button,
    setTimeout(() => {
      label.removeAttribute('data-done');
      label.dataset.other = 'Copied';
      text.textContent = 'Copy';
    }, DONE_MS),
  );
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-copy-block]') : null;
  const block = button && document.getElementById(button.dataset.copyBlock ?? '');
  if (!button || !block) return;
  void copyText(block.textContent ?? '').then((result) => {
    if (result === 'copied') {
      say(button.dataset.copied ?? 'Copied.');
      flashDone(button);
      return;
    }
    // Selected instead, ready for the keyboard or the menu's Copy.
    getSelection()?.selectAllChildren(block);
    block.focus();
    say(`${whyNotCopied(result)} The text is selected: copy it with your keyboard or your browser’s menu.`);
  });
});

// A troubleshooter answer followed before the island has loaded is a plain link that knows only its
// own step: it carries on the answers in this page's address. Once the island runs, it handles the
// click itself (and its links carry the whole walk), so a handled click is left alone.
document.addEventListener('click', (event) => {
  if (event.defaultPrevented) return;
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('.ts a[href]') : null;
  const carried = link && carryAnswers(link.href, location.href);
  if (carried) link.href = carried;
});
