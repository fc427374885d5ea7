import { describe, expect, it } from 'vitest';
import { csvCell, escapeXml, isolate, isoDay, longDate, parseIsoDay } from '../../src/lib/text.ts';

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

describe('parseIsoDay', () => {
  it('reads a real day written YYYY-MM-DD as UTC midnight', () => {
    expect(parseIsoDay('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it.each(['2026-02-30', '2026-13-45', '2025-02-29', '2026-00-10', '2026-1-5', 'last week', '28/11/2026', '2026-11-28T10:00'])('refuses %s instead of moving it to another day', (text) => {
    expect(parseIsoDay(text)).toBeUndefined();
  });
});

describe('isolate', () => {
  it('wraps outside text in Unicode isolates and removes its own direction controls', () => {
    expect(isolate('\u202Eexe.txt\u2069\u202C')).toBe('\u2068exe.txt\u2069');
  });
});
