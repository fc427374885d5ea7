/**
 * An article's "Quick answers" (QuickAnswers.astro): short questions, each folded in a <details>
 * with an id of its own, so search can lead straight to one and a link opens it (src/scripts/page.ts).
 */
import { slugify } from './slug.ts';

export const QUICK_ANSWERS_ID = 'quick-answers';

/** The id of one quick answer: "faq-" and its question as a slug, apart from any heading's id. */
export const quickAnswerId = (question: string) => `faq-${slugify(question)}`;

/** Whether an id is one quick answer's. */
export const isQuickAnswerId = (id: string) => id.startsWith('faq-');
