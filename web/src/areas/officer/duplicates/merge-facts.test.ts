import type { Schemas } from '../../../api/client';
import { factsDiffer, factsNeedingChoice } from './merge-facts';

const profile = (values: Partial<Schemas['IntellectualView']>) => values as Schemas['IntellectualView'];

describe('factsNeedingChoice', () => {
  it('reads the facts MERGE_CHOICE_REQUIRED names and ignores anything else', () => {
    expect(
      factsNeedingChoice(['choices.nationalId', 'choices.residence', 'otherId', 'choices.unknownFact']),
    ).toEqual(['nationalId', 'residence']);
  });
});

describe('factsDiffer', () => {
  it('marks a fact both records hold with different values', () => {
    expect(
      factsDiffer(profile({ position: 'Kỹ sư' }), profile({ position: 'Trưởng phòng' }), 'position'),
    ).toBe(true);
  });

  it('does not mark a fact only one record has: the merge takes it over without asking', () => {
    expect(factsDiffer(profile({ phone: null }), profile({ phone: '0901234567' }), 'phone')).toBe(false);
    expect(factsDiffer(profile({ phone: '0901234567' }), profile({}), 'phone')).toBe(false);
  });

  it('compares residence as a whole', () => {
    const inCommune = profile({ communeCode: '22333', provinceName: null, countryCode: 'VN' });
    const abroad = profile({ communeCode: null, provinceName: null, countryCode: 'JP' });
    expect(factsDiffer(inCommune, abroad, 'residence')).toBe(true);
    expect(factsDiffer(inCommune, profile({ ...inCommune }), 'residence')).toBe(false);
  });
});
