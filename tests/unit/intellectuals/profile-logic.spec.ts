import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AuditEvent } from '../../../src/audit/audit-event.entity';
import { PublicationDto } from '../../../src/intellectuals/dto/part.dto';
import { ProfileFactsDto } from '../../../src/intellectuals/dto/profile.dto';
import { Intellectual } from '../../../src/intellectuals/entities/intellectual.entity';
import { historyView } from '../../../src/intellectuals/history-view';
import { hashCode } from '../../../src/intellectuals/invitations.service';
import { ATTRIBUTE_CLASSES, visibleClasses } from '../../../src/intellectuals/privacy/attribute-classes';
import { DEGREE_LEVELS } from '../../../src/intellectuals/entities/education.entity';
import {
  ageBandLabel,
  ageBandOf,
  birthYearRange,
  currentYear,
} from '../../../src/intellectuals/summary/age-bands';
import { DEGREE_RANKING } from '../../../src/intellectuals/summary/profile-summary.entity';
import { toSummary } from '../../../src/intellectuals/summary/profile-summary';
import { applyFacts, factsAfter, planFacts } from '../../../src/intellectuals/profile-facts';
import { serializeProfile, serializeSummary } from '../../../src/intellectuals/profile-view';
import { isBirthDate } from '../../../src/common/validation/fields';
import { factProblems, partProblems } from '../../../src/intellectuals/validation/profile-rules';

const unverified = {
  source: 'officer' as const,
  verification: 'unverified' as const,
  verifiedBy: null,
  verifiedAt: null,
};

function profile(overrides: Partial<Intellectual> = {}): Intellectual {
  return Object.assign(new Intellectual(), {
    id: '11111111-1111-4111-8111-111111111111',
    fullName: 'Nguyễn Văn An',
    otherNames: [],
    gender: 'male',
    birthDate: '1970-03-04',
    ethnicGroupCode: '01',
    nationalId: '056070001234',
    hometown: null,
    disability: null,
    homeAddress: null,
    communeCode: '22366',
    provinceName: null,
    countryCode: 'VN',
    email: 'an@example.vn',
    phone: null,
    biography: null,
    expertise: [],
    languages: [],
    primaryFieldCode: null,
    fieldCodes: [],
    academicTitle: null,
    honoraryTitles: [],
    organizationId: null,
    organizationName: null,
    position: null,
    sector: null,
    civilService: null,
    status: 'active',
    overseasInfo: null,
    publicProfile: false,
    publicProfileConsentedAt: null,
    provenance: { identity: unverified },
    version: 3,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-02T00:00:00Z'),
    deletedAt: null,
    educations: [],
    employments: [],
    publications: [],
    intellectualProperties: [],
    researchProjects: [],
    awards: [],
    supervisions: [],
    memberships: [],
    relations: [],
    ...overrides,
  });
}

describe('derived facts', () => {
  it('ranks every degree level exactly once', () => {
    expect([...DEGREE_RANKING].sort()).toEqual([...DEGREE_LEVELS].sort());
    expect(DEGREE_RANKING.indexOf('engineer')).toBeLessThan(DEGREE_RANKING.indexOf('bachelor'));
  });

  it.each([
    [1992, 'under_35'],
    [1991, '35_44'],
    [1982, '35_44'],
    [1981, '45_54'],
    [1972, '45_54'],
    [1971, '55_64'],
    [1962, '55_64'],
    [1961, '65_plus'],
    [1930, '65_plus'],
  ])('puts someone born in %i in age band %s in 2026', (year, band) => {
    expect(ageBandOf(year, 2026)).toBe(band);
  });

  it('gives each band the birth years its filters use, and Vietnamese names', () => {
    expect(birthYearRange('under_35', 2026)).toEqual({ min: 1992, max: null });
    expect(birthYearRange('35_44', 2026)).toEqual({ min: 1982, max: 1991 });
    expect(birthYearRange('65_plus', 2026)).toEqual({ min: null, max: 1961 });
    expect(ageBandOf(null)).toBeNull();
    expect([ageBandLabel('under_35'), ageBandLabel('65_plus'), ageBandLabel(null)]).toEqual([
      'Dưới 35',
      'Từ 65 trở lên',
      '',
    ]);
  });

  it('counts the year in Viet Nam (UTC+7), whatever the server time zone', () => {
    expect(currentYear(new Date('2026-12-31T16:59:00Z'))).toBe(2026);
    expect(currentYear(new Date('2026-12-31T17:00:00Z'))).toBe(2027);
  });

  it('fills every publication index class, zero included, and derives the age band', () => {
    const summary = toSummary(
      {
        id: 'x',
        highestDegree: null,
        verified: false,
        birthYear: 1991,
        employerName: null,
        overseas: false,
        fieldTree: [],
        primaryFieldRoot: null,
        publicationCounts: { SCIE: 2, Scopus: 1 },
        ipCount: 0,
      },
      2026,
    );
    expect(summary.publicationCounts).toEqual({
      SCIE: 2,
      SSCI: 0,
      AHCI: 0,
      ESCI: 0,
      Scopus: 1,
      domestic_scored: 0,
      other: 0,
    });
    expect(summary.ageBand).toBe('35_44');
  });
});

describe('validation rules', () => {
  it('accepts birth dates at least 15 years ago from 1900, on real calendar days', () => {
    expect(isBirthDate('1980-02-29')).toBe(true);
    expect(isBirthDate('1981-02-29')).toBe(false);
    expect(isBirthDate('1899-12-31')).toBe(false);
    expect(isBirthDate(`${new Date().getUTCFullYear() - 14}-01-01`)).toBe(false);
    expect(isBirthDate('17/05/1980')).toBe(false);
  });

  it('checks DOI, ISSN and ISBN with their check digits', () => {
    const errorsOf = (body: object) =>
      validateSync(
        plainToInstance(PublicationDto, { title: 'Paper', year: 2020, indexClass: 'SCIE', ...body }),
      )
        .map((error) => error.property)
        .sort();
    expect(errorsOf({ doi: '10.1038/nature12373', issn: '0028-0836', isbn: '978-3-16-148410-0' })).toEqual(
      [],
    );
    expect(errorsOf({ doi: 'doi:10.1038/x', issn: '0028-0837', isbn: '0-306-40615-3' })).toEqual([
      'doi',
      'isbn',
      'issn',
    ]);
  });

  it('accepts Vietnamese and international phone numbers only', () => {
    const phoneErrors = (phone: string) =>
      validateSync(plainToInstance(ProfileFactsDto, { fullName: 'Lê An', phone })).map(
        (error) => error.property,
      );
    expect(phoneErrors('0912 345 678')).toEqual([]);
    expect(phoneErrors('0258.3822.222')).toEqual([]);
    expect(phoneErrors('+33 6 12 34 56 78')).toEqual([]);
    expect(phoneErrors('12345')).toEqual(['phone']);
    expect(phoneErrors('+999123')).toEqual(['phone']);
  });

  it('requires exactly one residence and one form of hometown', () => {
    const fields = (facts: object) => factProblems({ fullName: 'Lê An', ...facts }).map((p) => p.field);
    expect(fields({ communeCode: '22366', countryCode: 'VN' })).toEqual([]);
    expect(fields({ provinceName: 'Hà Nội' })).toEqual([]);
    expect(fields({ countryCode: 'US' })).toEqual([]);
    expect(fields({ communeCode: '22366', countryCode: 'US' })).toEqual(['communeCode']);
    expect(fields({})).toEqual(['communeCode']);
    expect(fields({ countryCode: 'US', hometown: { communeCode: '22366', text: 'Huế' } })).toEqual([
      'hometown',
    ]);
    expect(fields({ countryCode: 'US', organizationId: 'x', organizationName: 'y' })).toEqual([
      'organizationName',
    ]);
  });

  it('checks part items: degree after birth year + 15, periods in order, relations to others', () => {
    const context = { birthDate: '1980-01-01', selfId: 'me' };
    expect(partProblems('educations', { year: 1994 }, 'educations.0', context).map((p) => p.field)).toEqual([
      'educations.0.year',
    ]);
    expect(partProblems('educations', { year: 1995 }, 'educations.0', context)).toEqual([]);
    expect(
      partProblems(
        'employments',
        { organizationName: 'X', fromYear: 2010, toYear: 2005 },
        'employments.1',
        context,
      ).map((p) => p.field),
    ).toEqual(['employments.1.toYear']);
    expect(partProblems('employments', {}, 'employments.0', context).map((p) => p.field)).toEqual([
      'employments.0.organizationName',
    ]);
    expect(
      partProblems('relations', { relatedIntellectualId: 'me', kind: 'family' }, 'relations.0', context).map(
        (p) => p.field,
      ),
    ).toEqual(['relations.0.relatedIntellectualId']);
  });
});

describe('planning and applying facts', () => {
  it('keeps absent fields, clears nulls, replaces the residence as a whole and stamps changed groups', () => {
    const current = profile();
    const plan = planFacts(current, {
      countryCode: 'JP',
      biography: null,
      gender: 'male',
      expertise: ['AI'],
    });
    expect(plan.fields).toEqual(['communeCode', 'countryCode', 'expertise']);
    expect(plan.groups).toEqual(['residence', 'expertise']);
    expect(factsAfter(current, plan)).toEqual(
      expect.objectContaining({ communeCode: null, countryCode: 'JP', fullName: 'Nguyễn Văn An' }),
    );
    const self = {
      source: 'self_declared' as const,
      verification: 'unverified' as const,
      verifiedBy: null,
      verifiedAt: null,
    };
    expect(applyFacts(current, plan, self)).toEqual({
      communeCode: { before: '22366', after: null },
      countryCode: { before: 'VN', after: 'JP' },
      expertise: { before: [], after: ['AI'] },
    });
    expect(current.provenance).toEqual({ identity: unverified, residence: self, expertise: self });
  });
  it('replaces the employer as a whole: a listed organization clears free text, and the other way round', () => {
    const organizationId = '5f0e8a4c-1111-4a6b-9c53-0d6f3c7a2b10';
    const freeText = profile({ organizationName: 'Công ty Hải sản Biển Đông' });
    const listed = planFacts(freeText, { organizationId });
    expect(listed.values).toEqual({ organizationId, organizationName: null });
    expect(factProblems(factsAfter(freeText, listed))).toEqual([]);
    const named = planFacts(profile({ organizationId }), { organizationName: 'Trạm nghiên cứu Hòn Tre' });
    expect(named.values).toEqual({ organizationId: null, organizationName: 'Trạm nghiên cứu Hòn Tre' });
    expect(planFacts(freeText, { position: 'Kỹ sư' }).fields).toEqual(['position']);
  });
});

describe('the one serializer', () => {
  const loaded = {
    profile: profile({ publicProfile: true }),
    summary: toSummary({
      id: '11111111-1111-4111-8111-111111111111',
      highestDegree: null,
      verified: false,
      birthYear: 1970,
      employerName: null,
      overseas: false,
      fieldTree: [],
      primaryFieldRoot: null,
      publicationCounts: {},
      ipCount: 0,
    }),
  };

  it('builds every attribute the privacy table declares, and no other', () => {
    const all = serializeProfile(loaded, new Set(['public', 'internal', 'restricted'] as const));
    expect(Object.keys(all).sort()).toEqual(Object.keys(ATTRIBUTE_CLASSES).sort());
  });

  it('projects by the caller: association staff see no restricted attributes, the public no internal ones', () => {
    const association = serializeProfile(
      loaded,
      visibleClasses(
        {
          accountId: 'a',
          email: 'a',
          roles: ['association_staff'],
          intellectualId: null,
          organizationId: null,
        },
        false,
      ),
    );
    expect(association).toEqual(
      expect.objectContaining({ gender: 'male', email: 'an@example.vn', birthYear: 1970 }),
    );
    expect(association).not.toHaveProperty('nationalId');
    expect(association).not.toHaveProperty('birthDate');
    const anyone = serializeProfile(loaded, visibleClasses(undefined, false));
    expect(anyone).toEqual(expect.objectContaining({ fullName: 'Nguyễn Văn An', overseas: false }));
    for (const hidden of [
      'gender',
      'email',
      'phone',
      'provenance',
      'relations',
      'employments',
      'birthYear',
    ]) {
      expect(anyone).not.toHaveProperty(hidden);
    }
    const owner = serializeProfile(
      loaded,
      visibleClasses(
        { accountId: 'o', email: 'o', roles: ['intellectual'], intellectualId: 'x', organizationId: null },
        true,
      ),
    );
    expect(owner.nationalId).toBe('056070001234');
  });

  it('lists summaries without parts or restricted attributes even for officers', () => {
    const summary = serializeSummary(loaded, new Set(['public', 'internal', 'restricted'] as const));
    expect(summary).not.toHaveProperty('nationalId');
    expect(summary).not.toHaveProperty('educations');
    expect(summary).toEqual(expect.objectContaining({ ipCount: 0, highestDegree: null, version: 3 }));
  });

  it('hides values of changes the caller may not see in the history', () => {
    const event = Object.assign(new AuditEvent(), {
      id: '1',
      at: new Date('2026-01-01T00:00:00Z'),
      action: 'intellectual.update',
      actorAccountId: null,
      actorEmail: null,
      changes: { nationalId: { before: 'a', after: 'b' }, position: { before: 'x', after: 'y' } },
      purpose: null,
    });
    expect(historyView(event, new Set(['public', 'internal'] as const)).changes).toEqual({
      nationalId: { before: '(hidden)', after: '(hidden)' },
      position: { before: 'x', after: 'y' },
    });
  });
});

describe('invitation codes', () => {
  it('compare without case or separators', () => {
    expect(hashCode('abcd-efgh-jkmn-pqrs')).toBe(hashCode('ABCDEFGHJKMNPQRS'));
    expect(hashCode('ABCD-EFGH-JKMN-PQRS')).not.toBe(hashCode('ABCD-EFGH-JKMN-PQRT'));
  });
});
