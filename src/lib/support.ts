/** How pages talk about the support contact named in src/site.config.ts. */

/** The id of the page's "Still stuck? Contact support" section (SupportBlock.astro), which other parts link to. */
export const supportSectionId = 'support-heading';

export interface SupportContact {
  email: string;
  label: string;
  /** True while `email` is a stand-in: every place that shows it says so. */
  placeholder: boolean;
}

/** The label shown next to the support address while it is a placeholder; undefined once it is real. */
export function placeholderNote(contact: SupportContact, productName: string): string | undefined {
  if (!contact.placeholder) return undefined;
  return `Placeholder address: ${contact.email} is not ${productName}’s support address yet, so nobody reads it. Until it is, contact your ${productName} point of contact.`;
}
