import { describe, expect, it } from 'vitest';
import { chooseSystem } from '../../../src/lib/allowlist/choice.ts';

describe('which mail system the panel shows', () => {
  const known = [
    { id: 'plain', name: 'Plain list' },
    { id: 'mimecast', name: 'Mimecast' },
  ];

  it('prefers the system in the link, then the remembered one, then the default', () => {
    expect(chooseSystem({ fromUrl: 'mimecast', remembered: 'plain', known, fallback: 'plain' })).toEqual({ id: 'mimecast' });
    expect(chooseSystem({ fromUrl: null, remembered: 'mimecast', known, fallback: 'plain' })).toEqual({ id: 'mimecast' });
    expect(chooseSystem({ fromUrl: null, remembered: 'gone', known, fallback: 'plain' })).toEqual({ id: 'plain' });
  });

  it('explains a link that names an unknown system', () => {
    const choice = chooseSystem({ fromUrl: 'lotus-notes', remembered: 'mimecast', known, fallback: 'plain' });
    expect(choice.id).toBe('mimecast');
    expect(choice.notice).toContain('“\u2068lotus-notes\u2069”');
    expect(choice.notice).toContain('shows Mimecast instead');
  });
});
