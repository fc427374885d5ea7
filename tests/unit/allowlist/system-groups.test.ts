import { describe, expect, it } from 'vitest';
import { panelData, panelView } from '../../../src/lib/allowlist/panel.ts';
import { groupCount, systemGroups } from '../../../src/lib/allowlist/system-groups.ts';
import { sampleList } from './sample-list.ts';

describe('the allowlist panel’s system groups', () => {
  const view = panelView(panelData(sampleList()));

  it('lists the mail systems (those with a vendor’s page) before the generic formats, each once', () => {
    const groups = systemGroups(view.systems);
    expect(groups.map((g) => g.label)).toEqual(['Mail systems', 'Generic formats, for any system']);
    expect(groups[0]!.systems.map((s) => s.id)).toContain('mimecast');
    expect(groups[1]!.systems.map((s) => s.id)).toEqual(['plain', 'comma', 'csv', 'json']);
    expect(groups.flatMap((g) => g.systems).map((s) => s.id).sort()).toEqual(view.systems.map((s) => s.id).sort());
  });

  it('still opens on the first format as before (the plain list), whatever the order shown', () => {
    expect(view.first.id).toBe('plain');
  });

  it('leaves out a group with nothing in it', () => {
    expect(systemGroups(view.systems.filter((s) => !s.generic)).map((g) => g.label)).toEqual(['Mail systems']);
  });
});

describe('a group heading’s count', () => {
  it('says how many this system uses when it takes only some', () => {
    expect(groupCount(4, 3)).toBe('(4, 3 used here)');
  });
  it('is the plain count when it takes all of them, or none (the group then says it is not used)', () => {
    expect(groupCount(4, 4)).toBe('(4)');
    expect(groupCount(2, 0)).toBe('(2)');
  });
});
