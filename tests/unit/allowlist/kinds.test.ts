import { describe, expect, it } from 'vitest';
import { groups, kinds, kindsOf, senderKinds } from '../../../src/lib/allowlist/kinds.ts';

describe('one record per sender kind', () => {
  it('names every kind once, in the panel’s order, each in a group the panel shows', () => {
    expect(kinds).toEqual(['domain', 'cdn-host', 'smtp-host', 'ipv4', 'ipv6']);
    for (const k of kinds) expect(groups.map((g) => g.id), k).toContain(senderKinds[k].group);
  });

  it('puts both IP families in the IP addresses group and every other kind in its own', () => {
    expect(kindsOf('ip-addresses')).toEqual(['ipv4', 'ipv6']);
    expect(kindsOf('domains')).toEqual(['domain']);
    expect(kinds.filter((k) => senderKinds[k].ip)).toEqual(['ipv4', 'ipv6']);
  });
});
