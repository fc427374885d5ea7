/**
 * Loads an article's feedback control as it nears the screen (like Astro's `client:visible`, a screen early)
 * and hydrates the markup the page already carries (before-load.ts). Until then, and if loading
 * fails, the reader keeps that markup: the question and the link to support.
 */
import { feedbackIdPrefix } from './id-prefix.ts';

async function load(host: HTMLElement) {
  const article = host.dataset.article;
  const supportLabel = host.dataset.supportLabel;
  if (!article || !supportLabel) return;
  const [{ createElement }, { hydrateRoot }, { default: FeedbackControl }] = await Promise.all([import('react'), import('react-dom/client'), import('../islands/FeedbackControl.tsx')]);
  hydrateRoot(host, createElement(FeedbackControl, { article, supportLabel }), { identifierPrefix: feedbackIdPrefix });
}

const hosts = document.querySelectorAll<HTMLElement>('[data-island="FeedbackControl"]');
if (hosts.length) {
  // The host has no box of its own (display: contents), so what is watched is the control inside it.
  // Loading starts a screen before it comes into view, so on a slow connection it is usually ready.
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const host = entry.target.parentElement;
        if (!entry.isIntersecting || !host) continue;
        observer.unobserve(entry.target);
        void load(host);
      }
    },
    { rootMargin: '0px 0px 100% 0px' },
  );
  hosts.forEach((host) => host.firstElementChild && observer.observe(host.firstElementChild));
}
