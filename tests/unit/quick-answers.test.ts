import { describe, expect, it } from 'vitest';
import { isQuickAnswerId, quickAnswerId } from '../../src/lib/quick-answers.ts';

describe('quick answers', () => {
  it('gives each question an id a link can name, whatever quotes and punctuation it has', () => {
    expect(quickAnswerId('Is an allowlist the same as a whitelist?')).toBe('faq-is-an-allowlist-the-same-as-a-whitelist');
    expect(quickAnswerId('Does turning ‘Send This User Messages’ off also stop password reset emails?')).toBe('faq-does-turning-send-this-user-messages-off-also-stop-password-reset-emails');
  });

  it('tells a quick answer’s id from a heading’s', () => {
    expect(isQuickAnswerId(quickAnswerId('Who can change it?'))).toBe(true);
    expect(isQuickAnswerId('who-can-change-it')).toBe(false);
    expect(isQuickAnswerId('quick-answers')).toBe(false);
  });
});
