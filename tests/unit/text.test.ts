import { describe, expect, it } from 'vitest';
import { bidiSafe, counted, csvCell, escapeXml, isolate, isoDay, longDate, parseIsoDay, possessive, smartQuotes, wrapPoints } from '../../src/lib/text.ts';

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

describe('wrapPoints', () => {
  it('cuts an email address and a host name before their separators, so a line never ends on a dot', () => {
    expect(wrapPoints('felix.andersson@northgate-pm.example')).toEqual(['felix', '.andersson', '@northgate', '-pm', '.example']);
    expect(wrapPoints('smtp1.mail.procore.example')).toEqual(['smtp1', '.mail', '.procore', '.example']);
  });
  it('cuts an IPv6 range after each colon and before the slash, and leaves a short word whole', () => {
    expect(wrapPoints('2001:db8:4a0::/48')).toEqual(['2001:', 'db8:', '4a0:', ':', '/48']);
    expect(wrapPoints('192.0.2.0/24')).toEqual(['192', '.0', '.2', '.0', '/24']);
    expect(wrapPoints('Procore')).toEqual(['Procore']);
  });
  it('keeps a URL’s double slash together', () => {
    expect(wrapPoints('https://x.example/a')).toEqual(['https:', '//x', '.example', '/a']);
  });
  it('never leaves a separator alone at either end', () => {
    expect(wrapPoints('a.')).toEqual(['a.']);
    expect(wrapPoints('.a')).toEqual(['.a']);
  });
});

describe('counted and possessive', () => {
  it('says "1 change" and "2 changes", never "change(s)"', () => {
    expect(counted(1, 'change')).toBe('1 change');
    expect(counted(2, 'change')).toBe('2 changes');
    expect(counted(0, 'entry', 'entries')).toBe('0 entries');
  });
  it('does not add ’s to a name that ends in s', () => {
    expect(possessive('Summit Steel Erectors')).toBe('Summit Steel Erectors’');
    expect(possessive('Harborline Builders')).toBe('Harborline Builders’');
    expect(possessive('Dana')).toBe('Dana’s');
  });
});

describe('smartQuotes', () => {
  it('curls apostrophes and quotations the way Markdown bodies already are', () => {
    expect(smartQuotes("Why can't I receive email?")).toBe('Why can’t I receive email?');
    expect(smartQuotes("Check the 'Send This User Messages' setting")).toBe('Check the ‘Send This User Messages’ setting');
    expect(smartQuotes('Click "Save" now')).toBe('Click “Save” now');
    expect(smartQuotes("Procore's senders")).toBe('Procore’s senders');
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

  it('isolates, through bidiSafe, only text that could change direction: right-to-left letters or direction controls', () => {
    expect(bidiSafe('spam folder')).toBe('spam folder');
    expect(bidiSafe('\u202Etxt.exe')).toBe('\u2068txt.exe\u2069');
    expect(bidiSafe('\u05e9\u05dc\u05d5\u05dd spam')).toBe('\u2068\u05e9\u05dc\u05d5\u05dd spam\u2069');
    expect(bidiSafe('\u0645\u0631\u062d\u0628\u0627')).toBe('\u2068\u0645\u0631\u062d\u0628\u0627\u2069');
  });
});
