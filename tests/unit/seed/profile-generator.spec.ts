import { isEmail, isPhoneNumber } from 'class-validator';
import { readCatalogCsv } from '../../../migrations/catalog-csv';
import { DEGREE_LEVELS } from '../../../src/intellectuals/entities/education.entity';
import {
  generateProfile,
  generateProfiles,
  MAX_PROFILES,
  nicheOf,
} from '../../../src/seed/profile-generator';
import { ORGANIZATIONS } from '../../../src/seed/vocabulary/organizations';
import { OVERSEAS_COUNTRIES } from '../../../src/seed/vocabulary/overseas';

const options = { seed: 'unit-test', asOfYear: 2026 };
const profiles = generateProfiles(options, 2000);

const codes = (file: string, column: string, where: (row: Record<string, string>) => boolean = () => true) =>
  new Set(
    readCatalogCsv(file)
      .filter(where)
      .map((row) => row[column]),
  );

describe('profile generator', () => {
  it('gives the same profiles for the same seed, and others for another seed', () => {
    expect(generateProfiles(options, 200)).toEqual(profiles.slice(0, 200));
    expect(generateProfile(options, 1234)).toEqual(profiles[1234]);
    const other = generateProfiles({ ...options, seed: 'another' }, 200);
    expect(other.map((p) => p.fullName)).not.toEqual(profiles.slice(0, 200).map((p) => p.fullName));
  });

  it('writes Vietnamese names in NFC with their diacritics, following surname frequencies', () => {
    for (const { fullName } of profiles) {
      expect(fullName).toBe(fullName.normalize('NFC'));
      expect(fullName).toMatch(/^\S+( \S+){1,5}$/);
    }
    const withMarks = profiles.filter((p) => /[^\u0020-\u007e]/.test(p.fullName)).length;
    expect(withMarks / profiles.length).toBeGreaterThan(0.9);
    const nguyen = profiles.filter((p) => p.fullName.startsWith('Nguyễn ')).length / profiles.length;
    expect(nguyen).toBeGreaterThan(0.32);
    expect(nguyen).toBeLessThan(0.44);
    const minorities = profiles.filter((p) => !['01', '04'].includes(p.ethnicGroupCode));
    expect(minorities.length).toBeGreaterThan(20);
    expect(new Set(minorities.map((p) => p.ethnicGroupCode))).toEqual(new Set(['12', '16', '17', '21']));
  });

  it('gives unique 12-digit national ids, up to the largest set size', () => {
    const ids = profiles.map((p) => p.nationalId);
    for (const id of ids) expect(id).toMatch(/^\d{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    const tail = [MAX_PROFILES - 2, MAX_PROFILES - 1].map((i) =>
      generateProfile(options, i).nationalId.slice(6),
    );
    expect(new Set([...ids.map((id) => id.slice(6)), ...tail]).size).toBe(ids.length + 2);
    expect(() => generateProfile(options, MAX_PROFILES)).toThrow(RangeError);
  });

  it('puts about 5% overseas, in several countries, with what they offer', () => {
    const overseas = profiles.filter((p) => p.countryCode !== 'VN');
    expect(overseas.length / profiles.length).toBeGreaterThan(0.035);
    expect(overseas.length / profiles.length).toBeLessThan(0.065);
    expect(new Set(overseas.map((p) => p.countryCode)).size).toBeGreaterThanOrEqual(6);
    for (const person of overseas) {
      expect(person).toMatchObject({
        sector: 'overseas',
        overseasInfo: { willingToContribute: expect.any(Boolean) },
      });
      expect(person.communeCode).toBeUndefined();
    }
    const residents = profiles.filter((p) => p.countryCode === 'VN');
    for (const person of residents) expect(person.communeCode ?? person.provinceName).toBeDefined();
  });

  it('uses only codes that exist in the catalog CSVs', () => {
    const fields = codes('fields.csv', 'code', (row) => row.level === '2');
    const communes = codes('khanh-hoa-units.csv', 'code');
    const ethnicGroups = codes('ethnic-groups.csv', 'code');
    const countries = codes('countries.csv', 'code');
    const honorary = codes(
      'degrees-titles.csv',
      'code_suggested',
      (row) => row.category === 'danh_hieu_vinh_du',
    );
    const prizes = codes('degrees-titles.csv', 'code_suggested', (row) => row.category === 'giai_thuong');
    const ranks = codes('public-service-ranks.csv', 'code');
    for (const p of profiles) {
      expect(fields).toContain(p.primaryFieldCode);
      expect(p.fieldCodes[0]).toBe(p.primaryFieldCode);
      p.fieldCodes.forEach((code) => expect(fields).toContain(code));
      if (p.communeCode) expect(communes).toContain(p.communeCode);
      if (p.hometown.communeCode) expect(communes).toContain(p.hometown.communeCode);
      expect(ethnicGroups).toContain(p.ethnicGroupCode);
      expect(countries).toContain(p.countryCode);
      p.honoraryTitles.forEach((title) => expect(honorary).toContain(title.code));
      p.awards.forEach((award) => award.prizeCode && expect(prizes).toContain(award.prizeCode));
      if (p.civilService) expect(ranks).toContain(p.civilService.rankCode);
      for (const education of p.educations) {
        expect(DEGREE_LEVELS).toContain(education.level);
        expect(fields).toContain(education.fieldCode);
        expect(countries).toContain(education.countryCode);
      }
    }
  });

  it('places people in catalog organizations with the sector of that organization', () => {
    const catalog = new Map(readCatalogCsv('organizations.csv').map((row) => [row.short_name, row]));
    for (const [shortName, organization] of Object.entries(ORGANIZATIONS)) {
      expect(catalog.get(shortName)).toMatchObject({
        name_vi: organization.name,
        sector: organization.sector,
        commune_code: organization.communeCode,
      });
    }
    for (const p of profiles.filter((profile) => profile.organizationShortName)) {
      expect(p.sector).toBe(ORGANIZATIONS[p.organizationShortName!].sector);
    }
    for (const employment of profiles.flatMap((p) => p.employments)) {
      expect(employment.organizationShortName ?? employment.organizationName).toBeDefined();
    }
    const used = new Set(profiles.map((p) => p.organizationShortName).filter(Boolean));
    expect(used.size).toBeGreaterThan(25);
  });

  it('keeps years consistent with the birth year and the reference year', () => {
    for (const p of profiles) {
      const birthYear = Number(p.birthDate.slice(0, 4));
      expect(options.asOfYear - birthYear).toBeGreaterThanOrEqual(22);
      for (const education of p.educations) {
        expect(education.year).toBeGreaterThanOrEqual(birthYear + 15);
        expect(education.year).toBeLessThanOrEqual(options.asOfYear);
      }
      const years = [
        ...p.publications.map((x) => x.year),
        ...p.intellectualProperties.map((x) => x.year),
        ...p.awards.map((x) => x.year),
        ...p.employments.map((x) => x.fromYear),
        ...(p.academicTitle ? [p.academicTitle.year] : []),
      ];
      years.forEach((year) => expect(year).toBeLessThanOrEqual(options.asOfYear));
      years.forEach((year) => expect(year).toBeGreaterThan(birthYear + 15));
    }
  });

  it('gives realistic proportions of titles, degrees, consent and publications', () => {
    const share = (predicate: (p: (typeof profiles)[number]) => boolean) =>
      profiles.filter(predicate).length / profiles.length;
    expect(share((p) => p.academicTitle?.code === 'associate_professor')).toBeGreaterThan(0.04);
    expect(share((p) => p.academicTitle?.code === 'associate_professor')).toBeLessThan(0.08);
    expect(share((p) => p.academicTitle?.code === 'professor')).toBeGreaterThan(0.007);
    expect(share((p) => p.academicTitle?.code === 'professor')).toBeLessThan(0.025);
    for (const p of profiles.filter((profile) => profile.academicTitle)) {
      expect(p.educations.map((e) => e.level)).toContain('doctorate');
    }
    expect(share((p) => p.publicProfile)).toBeGreaterThan(0.55);
    expect(share((p) => p.publicProfile)).toBeLessThan(0.65);
    expect(share((p) => p.publications.length <= 5)).toBeGreaterThan(0.75);
    expect(Math.max(...profiles.map((p) => p.publications.length))).toBeGreaterThan(100);
    expect(share((p) => p.intellectualProperties.length > 0)).toBeLessThan(0.05);
    expect(share((p) => p.primaryFieldCode === '405')).toBeGreaterThan(0.08);
  });

  it('gives each author a niche that most of their titles and their expertise name, and few others share', () => {
    const authors = profiles
      .map((profile, index) => ({ profile, niche: nicheOf(options, index) }))
      .filter(({ profile }) => profile.publications.length > 0);
    let titles = 0;
    let onNiche = 0;
    for (const { profile, niche } of authors) {
      const forms = Object.values(niche.specifics).flat();
      expect(profile.expertise).toContain(niche.specifics.subjects[0]);
      for (const { title } of profile.publications) {
        expect(title).toBe(title.normalize('NFC'));
        titles += 1;
        if (forms.some((form) => title.includes(form))) onNiche += 1;
      }
    }
    // about three titles in four are on the niche, the others on the field at large
    expect(onNiche / titles).toBeGreaterThan(0.65);
    expect(onNiche / titles).toBeLessThan(0.85);
    const key = ({ profile, niche }: (typeof authors)[number]) =>
      [profile.primaryFieldCode, ...Object.values(niche.specifics).map(([vi]) => vi)].join('|');
    const holders = new Map<string, number>();
    for (const author of authors) holders.set(key(author), (holders.get(key(author)) ?? 0) + 1);
    const shared = authors.filter((author) => holders.get(key(author))! > 1).length;
    expect(shared / authors.length).toBeLessThan(0.05);
  });

  it('writes contacts and identifiers the profile API accepts', () => {
    for (const p of profiles) {
      expect(isEmail(p.email)).toBe(true);
      expect(p.phone.startsWith('+') ? isPhoneNumber(p.phone) : isPhoneNumber(p.phone, 'VN')).toBe(true);
      p.publications.forEach((pub) => pub.doi && expect(pub.doi).toMatch(/^10\.\d{4,9}\/\S{1,200}$/));
    }
    expect(new Set(profiles.map((p) => p.email)).size).toBe(profiles.length);
  });

  it('draws overseas phone numbers only from allocated ranges (any first digit, any tail)', () => {
    for (const { code, phone } of OVERSEAS_COUNTRIES) {
      for (let first = 2; first <= 9; first += 1) {
        for (const digits of ['31415926535', '27182818284', '16180339887', '99999999999']) {
          const number = `${phone.prefix}${first}${digits.slice(0, phone.digits - 1)}`;
          expect([code, number, isPhoneNumber(number)]).toEqual([code, number, true]);
        }
      }
    }
  });
});
