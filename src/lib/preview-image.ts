/**
 * Link preview images: what a pasted link shows in email, Slack or Teams. There is one image per
 * category and per page type (never one per article), so the number of images does not grow with
 * the site; each page's own title and description carry what is specific to it.
 */

export interface Preview {
  /** File name under /og/: lowercase words and hyphens. */
  key: string;
  /** The category or page type, drawn large ("Email and notifications", "Troubleshooter"). */
  label: string;
  /** One short line under it. */
  line: string;
}

export const previewSize = { width: 1200, height: 630 } as const;

/** The image's alt text: the label and the line, as the picture shows them. */
export const previewAlt = (p: Pick<Preview, 'label' | 'line'>) => `${p.label}: ${p.line}`;

const keyPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads a preview back from a page's og:image URL and alt text (the build renders what pages ask for). */
export function previewFromMeta(imageUrl: string, alt: string): Preview | undefined {
  const key = /\/og\/([^/]+)\.png$/.exec(new URL(imageUrl, 'https://x.invalid').pathname)?.[1];
  const cut = alt.indexOf(': ');
  if (!key || !keyPattern.test(key) || cut < 1) return undefined;
  return { key, label: alt.slice(0, cut), line: alt.slice(cut + 2) };
}

/** Page types that are not a category; their labels and lines are the site's own words. */
export const pagePreviews = {
  home: (product: string): Preview => ({ key: 'help-center', label: 'Help Center', line: `Answers, troubleshooters and tools for ${product} customers` }),
  troubleshooter: (): Preview => ({ key: 'troubleshooter', label: 'Troubleshooter', line: 'Answer a few questions to find the fix' }),
  allowlist: (product: string): Preview => ({ key: 'allowlist', label: 'Sender allowlist', line: `The senders to allow so ${product} email gets through` }),
  practice: (): Preview => ({ key: 'practice', label: 'Practice Directory', line: 'Try the fixes in a safe copy with made-up people' }),
  search: (): Preview => ({ key: 'search', label: 'Search', line: 'Find an answer in your own words' }),
};

export const categoryPreview = (category: { id: string; title: string; description: string }): Preview => ({
  key: `category-${category.id}`,
  label: category.title,
  line: category.description,
});

/** A satori element tree ("JSX as data") for one preview image: product name, label, line. */
export function previewElement(p: Preview, siteTitle: string) {
  const text = (content: string, style: Record<string, string | number>) => ({ type: 'div', props: { style: { display: 'flex', width: '100%', ...style }, children: content } });
  return {
    type: 'div',
    props: {
      style: {
        width: previewSize.width,
        height: previewSize.height,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        boxSizing: 'border-box',
        background: '#1c1917',
        borderTop: '16px solid #c2410c',
        color: '#ffffff',
        fontFamily: 'Inter',
      },
      children: [
        text(siteTitle, { fontSize: 36, fontWeight: 700, color: '#fb923c' }),
        {
          type: 'div',
          props: {
            style: { display: 'flex', flexDirection: 'column', width: '100%' },
            children: [
              text(p.label, { fontSize: 76, fontWeight: 700, lineHeight: 1.1 }),
              text(p.line, { fontSize: 38, lineHeight: 1.3, color: '#e7e5e4', marginTop: 24 }),
            ],
          },
        },
      ],
    },
  };
}
