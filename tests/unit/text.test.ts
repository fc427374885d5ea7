import { describe, expect, it } from 'vitest';
import { csvCell, escapeXml, isoDay, longDate } from '../../src/lib/text.ts';

describe('text helpers', () => {
  it('writes dates as the UTC day, whatever the time of day', () => {
    const lateEvening = new Date('2026-11-28T23:30:00Z');
    expect(isoDay(lateEvening)).toBe('2026-11-28');
    expect(longDate(lateEvening)).toBe('November 28, 2026');
  });

  it('escapes the characters XML reserves', () => {
    expect(escapeXml('<a href="x">Q&A</a>')).toBe('&lt;a href=&quot;x&quot;&gt;Q&amp;A&lt;/a&gt;');
  });

  it('quotes a CSV cell only when it holds a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });
});
