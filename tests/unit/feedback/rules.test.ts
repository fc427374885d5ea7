import { cleanQuery, daysBetween, newClientId, readRememberedVote, rememberVote, reportRange, votedToday } from '../../../src/lib/feedback/rules.ts';

describe('feedback rules', () => {
  it('reports the last 30 days by default, today included', () => {
    expect(reportRange('2026-11-28')).toEqual({ from: '2026-10-30', to: '2026-11-28' });
    expect(daysBetween('2026-10-30', '2026-11-28')).toHaveLength(30);
    expect(reportRange('2026-11-28', '2026-11-01', '2026-11-07')).toEqual({ from: '2026-11-01', to: '2026-11-07' });
  });

  it('counts days across month ends', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(daysBetween('2026-03-02', '2026-03-01')).toEqual([]);
  });

  it('remembers a vote for the rest of the UTC day only', () => {
    expect(votedToday(rememberVote({ day: '2026-11-28' }), '2026-11-28')).toBe(true);
    expect(votedToday(rememberVote({ day: '2026-11-27' }), '2026-11-28')).toBe(false);
    expect(votedToday(null, '2026-11-28')).toBe(false);
    // As remembered before a comment could follow a later visit: the bare day still counts.
    expect(votedToday('2026-11-28', '2026-11-28')).toBe(true);
  });

  it('remembers a “No” with its id until its comment is sent, and reads damaged storage as nothing', () => {
    const no = { day: '2026-11-28', no: { clientId: 'c-1', commented: false } };
    expect(readRememberedVote(rememberVote(no))).toEqual(no);
    expect(readRememberedVote(rememberVote({ ...no, no: { clientId: 'c-1', commented: true } }))?.no?.commented).toBe(true);
    expect(readRememberedVote('2026-11-28')).toEqual({ day: '2026-11-28' });
    for (const damaged of ['{', '{"no":{}}', '"2026-11-28"', 'null', '']) expect(readRememberedVote(damaged)).toBeUndefined();
    expect(readRememberedVote('{"day":"2026-11-28","no":{"clientId":7}}')).toEqual({ day: '2026-11-28' });
  });

  it('keeps no email address or long number from a search query', () => {
    expect(cleanQuery('  Email for  Jane.Doe@Example.com ')).toBe('email for [email]');
    expect(cleanQuery('call me +1 (555) 010-9999 please')).toBe('call me [number] please');
    expect(cleanQuery('project 12 reminders')).toBe('project 12 reminders');
    expect(cleanQuery('   ')).toBe('');
  });

  it('makes a version-4 UUID even where randomUUID is missing', () => {
    const bytes = { getRandomValues: (a: Uint8Array) => a.fill(0xff) } as unknown as Pick<Crypto, 'getRandomValues'>;
    const id = newClientId(bytes);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
