import { audienceIds, audienceLabel } from '../../src/lib/audience.ts';

describe('audiences', () => {
  it('are the four ids writers may put in frontmatter, everyone first', () => {
    expect(audienceIds).toEqual(['everyone', 'directory-admins', 'it-admins', 'collaborators']);
  });

  it('each show readers a title, not the id', () => {
    expect(audienceIds.map(audienceLabel)).toEqual(['Everyone', 'Directory admins', 'IT / mail admins', 'Collaborators']);
  });
});
