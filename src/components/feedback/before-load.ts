/**
 * The article feedback control as it stands before it loads (and where JavaScript is off): React's
 * own server rendering of the island (../islands/FeedbackControl.tsx) in its first state, so the page
 * and the loaded control start from the same markup (load-when-visible.ts hydrates it in place).
 *
 * That first state shows only the question, the JavaScript notice and the support link: it depends on
 * the support team's name and on nothing about the article, so it is rendered once per build and
 * reused on every article page rather than rendered again for each (see the README's Benchmark).
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import FeedbackControl from '../islands/FeedbackControl.tsx';
import { feedbackIdPrefix } from './id-prefix.ts';

const rendered = new Map<string, string>();

/** The control's markup before it loads. `article` is the page's: checked not to change it (tests/unit). */
export function feedbackBeforeLoad(article: string, supportLabel: string): string {
  let html = rendered.get(supportLabel);
  if (html === undefined) {
    html = renderToString(createElement(FeedbackControl, { article, supportLabel }), { identifierPrefix: feedbackIdPrefix });
    rendered.set(supportLabel, html);
  }
  return html;
}
