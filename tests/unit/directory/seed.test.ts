import { describe, expect, it } from 'vitest';
import { companies, seedPeople } from '../../../src/lib/directory/seed.ts';

const people = seedPeople();

describe('the seed Directory', () => {
  it('has 15 to 25 made-up people across the owner and collaborator companies, addresses under .example (or, for the broken-address exercise, no ending)', () => {
    expect(people.length).toBeGreaterThanOrEqual(15);
    expect(people.length).toBeLessThanOrEqual(25);
    expect(new Set(people.map((p) => p.companyId)).size).toBe(companies.length);
    expect(companies.filter((c) => c.owner)).toHaveLength(1);
    for (const p of people) expect(p.email, p.id).toMatch(/@[a-z-]+(\.example)?$/);
    for (const p of people) expect(p.login, p.id).toMatch(/@[a-z-]+\.example$/);
  });

  it('uses only the fictional 555-0100 to 555-0199 phone numbers', () => {
    for (const p of people) {
      for (const phone of [p.businessPhone, p.businessFax, p.cellPhone].filter(Boolean)) expect(phone, p.id).toMatch(/^555-01\d\d$/);
    }
  });
});
