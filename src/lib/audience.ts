/** Who an article is written for. The ids are what authors put in frontmatter. */
const audiences = {
  everyone: 'Everyone',
  'directory-admins': 'Directory admins',
  'it-admins': 'IT / mail admins',
  collaborators: 'Collaborators',
} as const;

export type Audience = keyof typeof audiences;
export const audienceIds = Object.keys(audiences) as [Audience, ...Audience[]];

export function audienceLabel(id: Audience): string {
  return audiences[id];
}
