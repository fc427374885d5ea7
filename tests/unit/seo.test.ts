import { describe, expect, it } from 'vitest';
import { articleJsonLd, breadcrumbJsonLd, documentTitle, faqJsonLd, jsonLdScript, stepDescription } from '../../src/lib/seo.ts';

describe('structured data', () => {
  const publisher = { name: 'Vendor', url: 'https://h.example/', logo: 'https://h.example/og/logo.png' };
  const facts = {
    title: 'T',
    summary: 'S',
    url: 'https://h.example/articles/t/',
    updated: new Date('2026-11-28T00:00:00Z'),
    image: 'https://h.example/og/category-c.png',
    publisher,
    keywords: ['spam', 'junk'],
  };

  it('describes an article with the properties Google documents: image, dates, author and publisher with logo', () => {
    const data = articleJsonLd({ ...facts, published: new Date('2026-01-05T00:00:00Z') });
    expect(data).toMatchObject({
      '@type': 'Article',
      headline: 'T',
      mainEntityOfPage: 'https://h.example/articles/t/',
      image: ['https://h.example/og/category-c.png'],
      datePublished: '2026-01-05',
      dateModified: '2026-11-28',
      author: { '@type': 'Organization', name: 'Vendor', url: 'https://h.example/' },
      publisher: { '@type': 'Organization', name: 'Vendor', url: 'https://h.example/', logo: { '@type': 'ImageObject', url: 'https://h.example/og/logo.png' } },
      keywords: 'spam, junk',
    });
  });

  it('dates an article published on its last update when no publication date is given', () => {
    expect(articleJsonLd(facts).datePublished).toBe('2026-11-28');
  });

  it('builds FAQPage only when there are questions', () => {
    expect(faqJsonLd([])).toBeUndefined();
    expect(faqJsonLd([{ question: 'Q?', answer: 'A.' }])?.mainEntity[0]).toEqual({
      '@type': 'Question',
      name: 'Q?',
      acceptedAnswer: { '@type': 'Answer', text: 'A.' },
    });
  });

  it('numbers breadcrumb positions from 1', () => {
    const list = breadcrumbJsonLd([{ name: 'Home', url: 'https://h.example/' }, { name: 'Topic', url: 'https://h.example/categories/t/' }]);
    expect(list.itemListElement.map((i) => i.position)).toEqual([1, 2]);
  });

  it('cannot be closed early by a value containing </script>', () => {
    const script = jsonLdScript({ headline: '</script><script>alert(1)</script>' });
    expect(script).not.toContain('</script>');
    expect(JSON.parse(script).headline).toBe('</script><script>alert(1)</script>');
  });
});

describe('page titles and descriptions', () => {
  it('keeps every part of a title that fits in 70 characters', () => {
    expect(documentTitle(['Search', 'Procore Help Center'])).toBe('Search | Procore Help Center');
  });

  it('drops the least specific parts first when the whole title is too long', () => {
    const question = 'Do you manage your company’s mail server or email security service?';
    expect(documentTitle([question, 'Not receiving email from Procore?', 'Procore Help Center'])).toBe(question);
    expect(documentTitle(['Why Procore email can arrive late', 'Not receiving email from Procore?', 'Procore Help Center'])).toBe(
      'Why Procore email can arrive late | Not receiving email from Procore?',
    );
  });

  it('cuts a single part that is too long at a word, with an ellipsis', () => {
    const title = documentTitle(['What does the setting say for the person who is missing every email from the project?', 'Site']);
    expect(title.length).toBeLessThanOrEqual(70);
    expect(title).toBe('What does the setting say for the person who is missing every email…');
  });

  it('describes a step by its first sentence, without markup', () => {
    expect(stepDescription('<p>Open the <strong>Directory</strong> tool &amp; find the person. Then check the box.</p>')).toBe(
      'Open the Directory tool & find the person.',
    );
    expect(stepDescription('Who is missing email?')).toBe('Who is missing email?');
  });
});
