import { ManifestIndex } from '../../../src/lib/feedback/manifest.ts';
import { manifest } from '../server/fixture.ts';

const index = new ManifestIndex(manifest);

describe('the feedback manifest', () => {
  it('knows the site’s articles and nothing else', () => {
    expect(index.hasArticle('missing-email')).toBe(true);
    expect(index.hasArticle('missing')).toBe(false);
  });

  it('accepts an outcome vote only with a path that leads to that outcome', () => {
    expect(index.outcomeProblem('no-email', 'turn-on', 'yes,off')).toBeUndefined();
    expect(index.outcomeProblem('no-email', 'check-spam', 'no')).toBeUndefined();
    // Through an outcome's "not solved" on the way.
    expect(index.outcomeProblem('no-email', 'turn-on', 'no,not-solved,off')).toBeUndefined();
    expect(index.outcomeProblem('no-email', 'turn-on', 'no')?.[0]).toBe('path');
    expect(index.outcomeProblem('no-email', 'turn-on', '')?.[0]).toBe('path');
    expect(index.outcomeProblem('no-email', 'contact', 'yes,on')?.[0]).toBe('node');
    expect(index.outcomeProblem('other', 'turn-on', 'yes,off')?.[0]).toBe('tree');
  });

  it('describes a path with the answers’ labels', () => {
    expect(index.describePath('no-email', 'no,not-solved,off')).toEqual(['No', 'No, still not working', 'Off']);
  });

  it('knows which outcomes escalate to support when not solved', () => {
    expect(index.escalates('no-email', 'turn-on')).toBe(true);
    expect(index.escalates('no-email', 'check-spam')).toBe(false);
  });
});
