import { describe, expect, it } from 'vitest';
import { validateSenderList, type SenderEntry } from '../../../src/lib/allowlist/senders.ts';
import { entry, sampleEntries, sampleList } from './sample-list.ts';

const problemsWith = (...extra: SenderEntry[]) =>
  validateSenderList(sampleList([...sampleEntries(), ...extra])).map((p) => `${p.at} @ ${p.path.join('.')}: ${p.message}`);

describe('validateSenderList', () => {
  it('accepts a correct list', () => {
    expect(validateSenderList(sampleList())).toEqual([]);
  });

  it.each([
    ['a name without a dot', 'domain', 'localhost', 'is not a fully qualified name'],
    ['a label with an underscore', 'smtp-host', 'smtp_1.vendor.example', 'has an invalid label "smtp_1"'],
    ['a label starting with a hyphen', 'cdn-host', '-cdn.vendor.example', 'has an invalid label "-cdn"'],
    ['a numeric top-level label', 'domain', 'vendor.123', 'does not end in a valid top-level domain'],
    ['upper case', 'domain', 'Vendor.com', 'must be lowercase'],
    ['more than 253 characters', 'domain', `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(59)}.com`, 'is longer than 253 characters'],
  ] as const)('rejects a host name with %s', (_, kind, value, message) => {
    const problems = problemsWith(entry({ id: 'bad', kind, value, example: false }));
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^bad @ entries\\.7\\.value: .*${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))]);
  });

  it.each([
    ['an invalid IPv4 address', 'ipv4', '192.0.2.256', 'is not a valid IPv4 address'],
    ['a short IPv4 address', 'ipv4', '192.0.2', 'is not a valid IPv4 address'],
    ['host bits set', 'ipv4', '192.0.2.1/24', 'has host bits set; the range starts at 192.0.2.0/24'],
    ['a prefix out of range', 'ipv4', '192.0.2.0/33', 'prefix "/33" is out of range (0 to 32)'],
    ['an IPv6 prefix out of range', 'ipv6', '2001:db8::/129', 'prefix "/129" is out of range (0 to 128)'],
    ['IPv6 host bits set', 'ipv6', '2001:db8::1/32', 'has host bits set'],
    ['an IPv4 address in an IPv6 entry', 'ipv6', '192.0.2.10', 'is not a valid IPv6 address'],
  ] as const)('rejects %s', (_, kind, value, message) => {
    const problems = problemsWith(entry({ id: 'bad', kind, value }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('bad @ entries.7.value');
    expect(problems[0]).toContain(message);
  });

  it.each([
    ['a private range', '10.1.0.0/16', 'private range (10.0.0.0/8)'],
    ['a loopback address', '127.0.0.1', 'loopback range (127.0.0.0/8)'],
    ['a range that contains a private one', '10.0.0.0/7', 'private range (10.0.0.0/8)'],
  ])('rejects %s', (_, value, message) => {
    const problems = problemsWith(entry({ id: 'bad', kind: 'ipv4', value, example: false }));
    expect(problems.some((p) => p.includes(message))).toBe(true);
  });

  it('rejects a private IPv6 range', () => {
    expect(problemsWith(entry({ id: 'bad', kind: 'ipv6', value: 'fd00::/8', example: false }))[0]).toContain('unique local (private) range');
  });

  it('rejects a duplicate value and a duplicate id', () => {
    expect(problemsWith(entry({ id: 'again', kind: 'domain', value: 'vendor.com', example: false }))).toEqual([
      'again @ entries.7.value: "vendor.com" is already listed as entry "d1"',
    ]);
    expect(problemsWith(entry({ id: 'd1', kind: 'domain', value: 'other.com', example: false }))).toEqual(['d1 @ entries.7.id: entry id "d1" is used twice']);
  });

  it('rejects overlapping ranges, but not a removed entry overlapping a current one', () => {
    expect(problemsWith(entry({ id: 'inside', kind: 'ipv4', value: '192.0.2.128/25' }))).toEqual([
      'inside @ entries.7.value: "192.0.2.128/25" overlaps entry "v4-range" (192.0.2.0/24)',
    ]);
    expect(problemsWith(entry({ id: 'again', kind: 'ipv4', value: '203.0.113.9' }))).toEqual([]);
  });

  it('rejects a wide range listed after a narrow one it contains', () => {
    expect(problemsWith(entry({ id: 'wide', kind: 'ipv4', value: '198.51.100.0/24' }))).toEqual([
      'wide @ entries.7.value: "198.51.100.0/24" overlaps entry "v4-one" (198.51.100.7/32)',
    ]);
  });

  it('rejects an example that is not a documentation value', () => {
    expect(problemsWith(entry({ id: 'fake', kind: 'ipv4', value: '8.8.8.0/24', example: true }))[0]).toContain('is marked as an example but it is not in a documentation range');
    expect(problemsWith(entry({ id: 'fake', kind: 'smtp-host', value: 'smtp.realistic.com', example: true }))[0]).toContain('not under the reserved .example domain');
  });

  it('judges a range as documentation only when the whole range is inside one', () => {
    expect(problemsWith(entry({ id: 'wide', kind: 'ipv4', value: '192.0.2.0/23', example: true }))).toContainEqual(
      expect.stringContaining('wide @ entries.7.value: "192.0.2.0/23" is marked as an example but only part of it is in a documentation range'),
    );
    expect(problemsWith(entry({ id: 'wide6', kind: 'ipv6', value: '2001:db8::/31', example: true }))).toContainEqual(expect.stringContaining('only part of it is in a documentation range'));
  });

  it.each([
    ['ipv4', '203.0.113.64/26', 'is in a documentation range'],
    ['ipv4', '203.0.112.0/23', 'is partly in a documentation range'],
    ['ipv6', '2001:db8:20::/48', 'is in a documentation range'],
    ['smtp-host', 'smtp9.mail.vendor.example', 'is under the reserved .example domain'],
    ['domain', 'vendor.example', 'is under the reserved .example domain'],
  ] as const)('rejects documentation value %s %s published as a real sender', (kind, value, message) => {
    expect(problemsWith(entry({ id: 'fake', kind, value, example: false }))).toEqual([expect.stringMatching(new RegExp(`^fake @ entries\\.7\\.example: "${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" ${message}.*mark it example: true`))]);
  });

  it.each([
    ['ipv4', '0.1.2.3', '“this network” (unspecified) range (0.0.0.0/8)'],
    ['ipv4', '100.64.1.0/24', 'shared (carrier-grade NAT) range (100.64.0.0/10)'],
    ['ipv4', '169.254.10.0/24', 'link-local range (169.254.0.0/16)'],
    ['ipv4', '172.20.0.0/16', 'private range (172.16.0.0/12)'],
    ['ipv4', '192.0.0.8', 'IETF protocol assignment range (192.0.0.0/24)'],
    ['ipv4', '192.168.1.0/24', 'private range (192.168.0.0/16)'],
    ['ipv4', '224.0.0.251', 'multicast range (224.0.0.0/4)'],
    ['ipv6', '::', 'unspecified range (::/128)'],
    ['ipv6', '::1', 'loopback range (::1/128)'],
    ['ipv6', '100::/64', 'discard-only range (100::/64)'],
    ['ipv6', 'fe80::/64', 'link-local range (fe80::/10)'],
    ['ipv6', 'ff02::1', 'multicast range (ff00::/8)'],
    ['ipv6', '::fffe:0:0/95', 'contains the IPv4-mapped range ::ffff:0:0/96'],
    ['ipv4', '240.0.0.0/4', 'reserved range (240.0.0.0/4)'],
    ['ipv4', '255.255.255.255', 'reserved range (240.0.0.0/4)'],
    ['ipv4', '198.18.0.0/15', 'benchmarking range (198.18.0.0/15)'],
    ['ipv4', '0.0.0.0/0', 'contains a'],
    ['ipv6', '::ffff:a00:0/104', 'is the IPv4-mapped form of 10.0.0.0/8, and is in a private range (10.0.0.0/8)'],
    ['ipv6', '::ffff:7f00:1', 'is the IPv4-mapped form of 127.0.0.1/32, and is in a loopback range'],
    ['ipv6', '::ffff:808:808', 'is the IPv4-mapped form of 8.8.8.8/32; list IPv4 senders as ipv4 entries'],
  ] as const)('rejects %s %s, a range no mail server sends from', (kind, value, message) => {
    const problems = problemsWith(entry({ id: 'nowhere', kind, value, example: false }));
    expect(problems).toContainEqual(expect.stringContaining(`nowhere @ entries.7.value: "${value}" `));
    expect(problems.join('\n')).toContain(message);
  });

  it('rejects reserved names no mail server sends from', () => {
    expect(problemsWith(entry({ id: 'doc', kind: 'domain', value: 'mail.example.com', example: false }))).toEqual([
      'doc @ entries.7.value: "mail.example.com" is a reserved name (RFC 2606 example domain) that no mail server sends from',
    ]);
    for (const tld of ['test', 'invalid', 'localhost', 'local']) {
      expect(problemsWith(entry({ id: tld, kind: 'smtp-host', value: `smtp.vendor.${tld}`, example: false }))[0]).toContain(`is a reserved name (.${tld})`);
    }
  });

  it('checks versions: entries name known versions, removed after added, the current version last', () => {
    const list = sampleList([entry({ id: 'x', kind: 'domain', value: 'vendor.com', added: '3', example: false }), entry({ id: 'y', kind: 'domain', value: 'other.com', added: '2', removed: '1', example: false })]);
    list.version = '1';
    const problems = validateSenderList(list).map((p) => p.message);
    expect(problems).toEqual([
      'version "1" must be the last entry of versions',
      'added in version "3", which is not in versions',
      'removed in version "1", which is not after the version that added it',
    ]);
  });

  it('checks that versions are listed once each, oldest first by date', () => {
    const list = sampleList();
    list.versions = [list.versions[1]!, { ...list.versions[0]!, version: '3' }, list.versions[1]!];
    list.version = '2';
    expect(validateSenderList(list).filter((p) => p.path[0] === 'versions').map((p) => p.message)).toEqual(['a version is listed twice', 'version 3 is dated before version 2; list versions oldest first']);
  });
});
