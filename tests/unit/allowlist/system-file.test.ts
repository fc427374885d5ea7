import { describe, expect, it } from 'vitest';
import { panelData } from '../../../src/lib/allowlist/panel.ts';
import { readSystemFile } from '../../../src/lib/allowlist/system-file.ts';
import { sampleList } from './sample-list.ts';

const data = panelData(sampleList());
const mimecast = data.systems.find((s) => s.id === 'mimecast')!;
const expected = { id: 'mimecast', version: data.version };

describe('readSystemFile', () => {
  it('accepts the file the site builds for a system, whole', () => {
    // Through JSON, as it arrives over the network.
    const file = JSON.parse(JSON.stringify({ version: data.version, system: mimecast }));
    expect(readSystemFile(file, expected)).toEqual({ system: mimecast });
  });

  it('refuses a file for another version of the sender list, or another system', () => {
    expect(readSystemFile({ version: 'older', system: mimecast }, expected)).toEqual({ problem: `the file is for sender list version older, and this page shows version ${data.version}` });
    expect(readSystemFile({ version: data.version, system: data.systems[0] }, expected)).toEqual({ problem: 'the file is for another mail system' });
  });

  it('refuses anything not in the expected form', () => {
    for (const bad of [null, 'text', { version: data.version }, { version: data.version, system: { ...mimecast, values: { x: { text: 1 } } } }, { version: data.version, system: { ...mimecast, all: { ...mimecast.all, examples: 'none' } } }, { version: data.version, system: { ...mimecast, docs: { title: 'x', url: 'javascript:alert(1)' } } }, { version: data.version, system: { ...mimecast, groups: { ip: { ...mimecast.all, count: '3' } } } }]) {
      expect(readSystemFile(bad, expected)).toEqual({ problem: 'the file is not in the expected form' });
    }
  });
});
