/**
 * The practice Directory's starting data. Every person, company, address and number is made up:
 * email domains are under the reserved .example domain and phone numbers use the fictional
 * 555-0100 to 555-0199 range.
 */
import type { Company, Person } from './model.ts';

export const companies: Company[] = [
  { id: 'harborline', name: 'Harborline Builders', owner: true },
  { id: 'ridgeway', name: 'Ridgeway Electric', owner: false },
  { id: 'summit', name: 'Summit Steel Erectors', owner: false },
  { id: 'northgate', name: 'Northgate Plumbing & Mechanical', owner: false },
];

/** Whether each company's mail server allowlists the vendor's senders, at the start. */
export const seedAllowlists: Record<string, boolean> = { harborline: true, ridgeway: true, summit: false, northgate: true };

type Seed = Pick<Person, 'id' | 'companyId' | 'firstName' | 'lastName' | 'jobTitle'> & Partial<Person>;

const domains: Record<string, string> = {
  harborline: 'harborline.example',
  ridgeway: 'ridgeway-electric.example',
  summit: 'summitsteel.example',
  northgate: 'northgate-pm.example',
};

const seeds: Seed[] = [
  { id: 'p01', companyId: 'harborline', firstName: 'Avery', lastName: 'Collins', jobTitle: 'Project Executive', classification: 'Office' },
  { id: 'p02', companyId: 'harborline', firstName: 'Dana', lastName: 'Whitfield', jobTitle: 'Project Engineer', sendMessages: 'not-at-all' },
  { id: 'p03', companyId: 'harborline', firstName: 'Priya', lastName: 'Natarajan', jobTitle: 'Assistant Project Manager', email: 'priya.natarajan@harborline', login: 'priya.natarajan@harborline.example' },
  { id: 'p04', companyId: 'harborline', firstName: 'Jonah', lastName: 'Mercer', jobTitle: 'Superintendent', classification: 'Field' },
  { id: 'p05', companyId: 'harborline', firstName: 'Lucia', lastName: 'Fernandes', jobTitle: 'Project Manager' },
  { id: 'p06', companyId: 'harborline', firstName: 'Theo', lastName: 'Brandt', jobTitle: 'Estimator' },
  { id: 'p07', companyId: 'harborline', firstName: 'Grace', lastName: 'Okafor', jobTitle: 'Safety Manager', classification: 'Field' },
  { id: 'p08', companyId: 'harborline', firstName: 'Samuel', lastName: 'Reyes', jobTitle: 'Field Engineer', active: false },
  { id: 'p09', companyId: 'harborline', firstName: 'Hannah', lastName: 'Lindqvist', jobTitle: 'Document Controller' },
  { id: 'p10', companyId: 'ridgeway', firstName: 'Marco', lastName: 'Ruiz', jobTitle: 'Electrical Foreman', sendMessages: 'not-at-all' },
  { id: 'p11', companyId: 'ridgeway', firstName: 'Nadia', lastName: 'Haddad', jobTitle: 'Project Manager' },
  { id: 'p12', companyId: 'ridgeway', firstName: 'Owen', lastName: 'Pritchard', jobTitle: 'Estimator' },
  { id: 'p13', companyId: 'summit', firstName: 'Keiko', lastName: 'Tanaka', jobTitle: 'Detailing Manager' },
  { id: 'p14', companyId: 'summit', firstName: 'Victor', lastName: 'Osei', jobTitle: 'Erection Superintendent' },
  { id: 'p15', companyId: 'summit', firstName: 'Ellen', lastName: 'Marsh', jobTitle: 'Project Coordinator' },
  { id: 'p16', companyId: 'northgate', firstName: 'Ravi', lastName: 'Kapoor', jobTitle: 'Mechanical Project Manager' },
  { id: 'p17', companyId: 'northgate', firstName: 'Bianca', lastName: 'Moretti', jobTitle: 'Plumbing Foreman' },
  { id: 'p18', companyId: 'northgate', firstName: 'Felix', lastName: 'Andersson', jobTitle: 'Service Coordinator' },
  { id: 'p19', companyId: 'harborline', firstName: 'Chloe', lastName: 'Dubois', jobTitle: 'Accountant' },
  { id: 'p20', companyId: 'ridgeway', firstName: 'Isaac', lastName: 'Boateng', jobTitle: 'Apprentice Electrician' },
];

export function seedPeople(): Person[] {
  return seeds.map((s, i) => {
    const email = `${s.firstName}.${s.lastName}`.toLowerCase() + `@${domains[s.companyId]}`;
    const n = String(i + 1).padStart(2, '0');
    return {
      initials: `${s.firstName[0]}${s.lastName[0]}`,
      email,
      login: email,
      businessPhone: `555-01${n}`,
      businessFax: '',
      cellPhone: '',
      address: '',
      city: '',
      countryState: '',
      zip: '',
      tags: '',
      active: true,
      classification: '',
      sendMessages: 'via-email',
      ...s,
    };
  });
}
