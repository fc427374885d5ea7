import { describe, expect, it } from 'vitest';
import { placeholderNote } from '../../src/lib/support.ts';
import { site } from '../../src/site.config.ts';

describe('the support address placeholder label', () => {
  const contact = { email: 'support@help-center.example', label: 'Support', placeholder: true };

  it('labels a placeholder address as one, names it, and offers the point of contact instead', () => {
    const note = placeholderNote(contact, 'Acme');
    expect(note).toMatch(/^Placeholder address: support@help-center\.example /);
    expect(note).toContain('Acme point of contact');
  });

  it('says nothing once the operator sets the real address', () => {
    expect(placeholderNote({ ...contact, placeholder: false }, 'Acme')).toBeUndefined();
  });

  it('keeps the site’s address labelled while it is the reserved stand-in', () => {
    if (site.support.email.endsWith('.example')) expect(site.support.placeholder).toBe(true);
  });
});
