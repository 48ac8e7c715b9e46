import type { CriterionResult } from '../../../src/honors/campaigns';
import {
  effectiveCriteria,
  inNominationWindow,
  isEligible,
  resultsDiffer,
  vietnamToday,
  workTitleKey,
} from '../../../src/honors/nominations/nomination-rules';
import { mayMoveNomination } from '../../../src/honors/nominations/nomination-states';

const result = (index: number, kind: CriterionResult['kind'], outcome: CriterionResult['outcome']) =>
  ({
    index,
    kind,
    mode: kind === 'declaration' ? 'declared' : 'automatic',
    outcome,
    count: null,
    required: null,
    fromYear: null,
    toYear: null,
    facts: [],
    declarationText: kind === 'declaration' ? 'Tôi cam đoan.' : null,
  }) as CriterionResult;

describe('nomination rules', () => {
  it('folds a work title: NFC, case, marks, đ and punctuation', () => {
    const composed = 'Vắc-xin phòng bệnh cho cá chẽm, nuôi lồng.';
    const decomposed = composed.normalize('NFD');
    expect(workTitleKey(composed)).toBe('vac xin phong benh cho ca chem nuoi long');
    expect(workTitleKey(decomposed)).toBe(workTitleKey(composed));
    expect(workTitleKey('  ĐÁNH GIÁ   đa dạng  ')).toBe('danh gia da dang');
  });

  it('takes nominations from the opening day to the closing day, both included, on Vietnam’s calendar', () => {
    const campaign = { nominationsOpen: '2026-03-01', nominationsClose: '2026-06-30' };
    expect(inNominationWindow(campaign, '2026-02-28')).toBe(false);
    expect(inNominationWindow(campaign, '2026-03-01')).toBe(true);
    expect(inNominationWindow(campaign, '2026-06-30')).toBe(true);
    expect(inNominationWindow(campaign, '2026-07-01')).toBe(false);
    // 17:30 UTC on 30 June is already 1 July in Khánh Hòa
    expect(vietnamToday(new Date('2026-06-30T17:30:00Z'))).toBe('2026-07-01');
    expect(vietnamToday(new Date('2026-06-30T16:59:59Z'))).toBe('2026-06-30');
  });

  it('counts an override over the computed outcome, and a signed declaration as passed', () => {
    const results = [result(0, 'active', 'fail'), result(1, 'declaration', 'needs_declaration')];
    const unsigned = effectiveCriteria(results, [], []);
    expect(unsigned.map((c) => c.effectiveOutcome)).toEqual(['fail', 'needs_declaration']);
    expect(isEligible(unsigned)).toBe(false);
    const override = { criterionIndex: 0, outcome: 'pass' as const, reason: 'r', byAccountId: 'a', at: 't' };
    const signature = {
      criterionIndex: 1,
      text: 'Tôi cam đoan.',
      signedAs: 'nominee' as const,
      signedByAccountId: 'a',
      signedAt: 't',
    };
    const decided = effectiveCriteria(results, [override], [signature]);
    expect(decided.map((c) => [c.outcome, c.effectiveOutcome])).toEqual([
      ['fail', 'pass'],
      ['needs_declaration', 'pass'],
    ]);
    expect(isEligible(decided)).toBe(true);
    // a signature for an automatic criterion's index means nothing
    expect(effectiveCriteria(results, [], [{ ...signature, criterionIndex: 0 }])[0].effectiveOutcome).toBe(
      'fail',
    );
  });

  it('compares stored results whatever order jsonb gives the keys in', () => {
    const fresh = [result(0, 'active', 'pass')];
    const stored = JSON.parse(JSON.stringify(fresh, Object.keys(fresh[0]).sort())) as CriterionResult[];
    expect(resultsDiffer(stored, fresh)).toBe(false);
    expect(resultsDiffer(null, fresh)).toBe(true);
    expect(resultsDiffer(stored, [result(0, 'active', 'fail')])).toBe(true);
  });

  it('lets a nomination move only forward', () => {
    expect(mayMoveNomination('draft', 'submitted')).toBe(true);
    expect(mayMoveNomination('submitted', 'declined')).toBe(true);
    expect(mayMoveNomination('accepted', 'withdrawn')).toBe(true);
    expect(mayMoveNomination('declined', 'accepted')).toBe(false);
    expect(mayMoveNomination('withdrawn', 'submitted')).toBe(false);
  });
});
