// @vitest-environment jsdom
// An article's "Was this helpful?": the page carries the control's first state, rendered once per build
// (before-load.ts), and the control loads when it scrolls into view and hydrates it in place
// (load-when-visible.ts).
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FeedbackControl from '../../../src/components/islands/FeedbackControl.tsx';
import { feedbackBeforeLoad } from '../../../src/components/feedback/before-load.ts';
import { feedbackIdPrefix } from '../../../src/components/feedback/id-prefix.ts';

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('the feedback control before it loads', () => {
  it('is the control’s own first state: the question, support, and a notice shown only without JavaScript; no buttons', () => {
    document.body.innerHTML = feedbackBeforeLoad('email-arrives-overnight', 'Procore Support');
    const region = document.querySelector('section.feedback')!;
    const heading = document.getElementById(region.getAttribute('aria-labelledby')!);
    expect(heading?.textContent).toBe('Was this helpful?');
    expect(region.querySelector('.no-js-only')?.textContent).toContain('Answering needs JavaScript');
    expect(region.querySelector('a')?.getAttribute('href')).toBe('#support-heading');
    expect(region.querySelector('a')?.textContent).toBe('contact Procore Support');
    expect(region.querySelectorAll('button')).toHaveLength(0);
  });

  it('does not depend on the article, so one rendering serves every article page', () => {
    const render = (article: string) => renderToString(createElement(FeedbackControl, { article, supportLabel: 'Procore Support' }), { identifierPrefix: feedbackIdPrefix });
    expect(render('email-arrives-overnight')).toBe(render('allowlist-procore-email'));
    expect(feedbackBeforeLoad('allowlist-procore-email', 'Procore Support')).toBe(render('allowlist-procore-email'));
    // A different support team's name is rendered anew.
    expect(feedbackBeforeLoad('allowlist-procore-email', 'IT help desk')).toContain('contact IT help desk');
  });
});

describe('loading the control when it scrolls into view', () => {
  it('waits until the reader reaches it, then takes over the same markup in place, without a mismatch', async () => {
    let reportVisible: ((entries: Partial<IntersectionObserverEntry>[]) => void) | undefined;
    const watched: Element[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: Partial<IntersectionObserverEntry>[]) => void) {
          reportVisible = callback;
        }
        observe(el: Element) {
          watched.push(el);
        }
        unobserve() {}
      },
    );
    vi.stubGlobal('fetch', () => new Promise(() => {})); // the feedback service never answers: the control waits
    const errors = vi.spyOn(console, 'error');
    document.body.innerHTML = `<div data-island="FeedbackControl" data-article="email-arrives-overnight" data-support-label="Procore Support">${feedbackBeforeLoad('email-arrives-overnight', 'Procore Support')}</div>`;
    const section = document.querySelector('section.feedback')!;

    await import('../../../src/components/feedback/load-when-visible.ts');
    expect(watched).toEqual([section]);
    await new Promise((r) => setTimeout(r, 20));
    expect(section.getAttribute('data-state')).toBe('static');

    reportVisible!([{ target: section, isIntersecting: true }]);
    await vi.waitFor(() => expect(section.getAttribute('data-state')).not.toBe('static'));
    // Hydrated, not replaced: the element the page carried is the one the control now drives.
    expect(document.querySelector('section.feedback')).toBe(section);
    expect([...section.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Yes', 'No']);
    expect(errors).not.toHaveBeenCalled();
  });
});
