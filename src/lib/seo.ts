/** What a page says about itself to search engines and link previews, built from plain values. */
import { isoDay } from './text.ts';

/** Longest `<title>` that search results and link cards show uncut. */
const maxTitleLength = 70;

/**
 * The document title from the most to the least specific part ("Question | Tree | Site"). Parts
 * are dropped from the end until it fits; a first part that is too long alone is cut at a word.
 */
export function documentTitle(parts: readonly string[], max = maxTitleLength): string {
  const kept = parts.filter(Boolean);
  for (let n = kept.length; n > 0; n--) {
    const title = kept.slice(0, n).join(' | ');
    if (title.length <= max) return title;
  }
  const first = kept[0] ?? '';
  const cut = first.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** The organisation that writes and publishes the help center. */
export interface Publisher {
  name: string;
  /** The help center's home page. */
  url: string;
  /** An absolute URL of a square logo image. */
  logo: string;
}

function organization(p: Publisher) {
  return { '@type': 'Organization', name: p.name, url: p.url, logo: { '@type': 'ImageObject', url: p.logo } };
}

export interface ArticleFacts {
  title: string;
  summary: string;
  url: string;
  /** When it was first published (defaults to `updated`). */
  published?: Date;
  updated: Date;
  /** Absolute URL of the page's preview image. */
  image: string;
  publisher: Publisher;
  keywords: readonly string[];
}

export function articleJsonLd(a: ArticleFacts) {
  const org = organization(a.publisher);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: a.title,
    description: a.summary,
    mainEntityOfPage: a.url,
    image: [a.image],
    datePublished: isoDay(a.published ?? a.updated),
    dateModified: isoDay(a.updated),
    author: { '@type': 'Organization', name: a.publisher.name, url: a.publisher.url },
    publisher: org,
    ...(a.keywords.length ? { keywords: a.keywords.join(', ') } : {}),
  };
}

export function faqJsonLd(faq: readonly { question: string; answer: string }[]) {
  if (faq.length === 0) return undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: faq.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  };
}

export function breadcrumbJsonLd(items: readonly { name: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

/** Serialises data for a `<script type="application/ld+json">` so no value can close the element. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/**
 * A short description of a troubleshooter step for search results and link cards: the question
 * itself, or the first sentence of an outcome's text (given as the HTML the page shows).
 */
export function stepDescription(text: string, max = 160): string {
  const plain = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => entities[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  const sentence = /^.+?[.!?](?=\s|$)/.exec(plain)?.[0] ?? plain;
  return sentence.length <= max ? sentence : documentTitle([sentence], max);
}
