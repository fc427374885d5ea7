import yaml from 'js-yaml';
import { describe, expect, it, vi } from 'vitest';
import { datesAsWritten, yamlOf } from '../../src/lib/dates-as-written.ts';

/** What Astro's loaders hand the schema: the YAML read with its date type, so `2026-02-30` is already March 2. */
const asLoaded = (text: string) => yaml.load(text) as Record<string, unknown>;

describe('datesAsWritten', () => {
  it('gives back the impossible date a writer typed, not the day YAML rolled it over to', () => {
    const text = 'title: A page\nupdated: 2026-02-30\npublished: 2026-01-05\n';
    const data = asLoaded(text);
    expect(data.updated).toBeInstanceOf(Date);
    expect(datesAsWritten(data, () => text)).toEqual({ title: 'A page', updated: '2026-02-30', published: '2026-01-05' });
  });

  it('leaves a comment after the date out of it', () => {
    const text = 'updated: 2026-11-28  # reviewed by support\n';
    expect(datesAsWritten(asLoaded(text), () => text)).toEqual({ updated: '2026-11-28' });
  });

  it('does not read the source at all when nothing in the entry is a date', () => {
    const read = vi.fn(() => 'title: x\n');
    const data = { title: 'x', related: ['a'], faq: [{ question: 'q?', answer: 'a.' }] };
    expect(datesAsWritten(data, read)).toBe(data);
    expect(read).not.toHaveBeenCalled();
  });

  it('finds dates inside lists and nested objects too', () => {
    const text = 'name: Senders\nchanges:\n  - date: 2026-04-31\n    note: moved\n  - date: 2026-05-01\n';
    expect(datesAsWritten(asLoaded(text), () => text)).toEqual({ name: 'Senders', changes: [{ date: '2026-04-31', note: 'moved' }, { date: '2026-05-01' }] });
  });

  it('reads a date written on the line after its key', () => {
    const text = 'updated:\n  2026-02-30\n';
    expect(datesAsWritten(asLoaded(text), () => text)).toEqual({ updated: '2026-02-30' });
  });

  it('is not misled by an indented line inside a longer text that looks like the key', () => {
    const text = 'summary: |\n  updated: 2026-01-01 was the old date\nupdated: 2026-02-30\n';
    const data = asLoaded(text);
    expect(datesAsWritten(data, () => text)).toEqual({ summary: data.summary, updated: '2026-02-30' });
  });

  it('keeps a date with its time as written', () => {
    const text = 'updated: 2026-11-28T09:30:00Z\n';
    expect(datesAsWritten(asLoaded(text), () => text)).toEqual({ updated: '2026-11-28T09:30:00Z' });
  });

  it('leaves the dates as they were when the source cannot be read as YAML again', () => {
    const data = { changes: [{ date: new Date('2026-05-01') }] };
    expect(datesAsWritten(data, () => 'changes: [unclosed')).toEqual(data);
  });
});

describe('yamlOf', () => {
  it("takes an MDX file's front matter, and a YAML file whole", () => {
    expect(yamlOf('---\ntitle: x\nupdated: 2026-02-30\n---\n\n# Body\n', true)).toBe('title: x\nupdated: 2026-02-30');
    expect(yamlOf('---\r\ntitle: x\r\n---\r\nBody', true)).toBe('title: x');
    expect(yamlOf('no front matter here', true)).toBe('');
    expect(yamlOf('name: Senders\n', false)).toBe('name: Senders\n');
  });
});
