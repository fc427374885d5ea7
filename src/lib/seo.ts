/** schema.org structured data for the page head, built from plain values. */
import { isoDay } from './text.ts';

export interface ArticleFacts {
  title: string;
  summary: string;
  url: string;
  updated: Date;
  publisher: string;
  keywords: readonly string[];
}

export function articleJsonLd(a: ArticleFacts) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: a.title,
    description: a.summary,
    url: a.url,
    mainEntityOfPage: a.url,
    dateModified: isoDay(a.updated),
    publisher: { '@type': 'Organization', name: a.publisher },
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
