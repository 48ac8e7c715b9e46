import { Injectable } from '@nestjs/common';
import { isNominator } from '../../common/access/access';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { staleVersion, Tagged } from '../../common/http/etag';
import { effectiveCriteria, isEligible } from './nomination-rules';
import { nominationsClosed, notEditable } from './nomination-problems';
import { NominationStore, nominationTargetOf } from './nomination-store';
import { STANDING_STATES } from './nomination-states';
import { OverrideCriterionDto, SignDeclarationDto } from './nomination.dto';
import type { CriterionOverride, HonorNomination, SignedDeclaration } from './nomination.entity';
import { NominationView } from './nomination.views';

/** Eligible after a change of overrides or signatures, when the nomination was evaluated. */
function eligibleWith(
  nomination: HonorNomination,
  overrides: CriterionOverride[],
  declarations: SignedDeclaration[],
): boolean | null {
  if (!nomination.eligibility) return null;
  return isEligible(effectiveCriteria(nomination.eligibility, overrides, declarations));
}

/** What people do to single criteria of a nomination: sign a declaration; staff override a result. */
@Injectable()
export class NominationCriteriaService {
  constructor(private readonly store: NominationStore) {}

  /**
   * The nominator or the nominee signs one of the campaign's declarations, sending its text as shown.
   * Only who signed, the text and when are kept (issue 13: never criminal-record content).
   */
  async sign(
    id: string,
    version: number,
    input: SignDeclarationDto,
    principal: Principal,
  ): Promise<Tagged<NominationView>> {
    return this.store.write(
      id,
      version,
      principal,
      Permission.NominationsRead,
      async (manager, nomination, campaign) => {
        const nominee = !!principal.intellectualId && principal.intellectualId === nomination.nomineeId;
        if (!nominee && !isNominator(principal, nominationTargetOf(nomination))) {
          throw new DomainError('FORBIDDEN', {
            en: 'Only the nominator or the nominee signs a nomination’s declarations',
            vi: 'Chỉ bên đề cử hoặc người được đề cử mới ký cam kết của hồ sơ đề cử',
          });
        }
        if (!['draft', ...STANDING_STATES].includes(nomination.state)) throw notEditable(nomination.state);
        if (campaign.state !== 'open') throw nominationsClosed(campaign);
        const criterion = campaign.criteria[input.criterionIndex];
        if (criterion?.kind !== 'declaration') {
          throw DomainError.invalidField(
            'criterionIndex',
            `Criterion ${input.criterionIndex} of the campaign is not a declaration`,
            `Tiêu chí ${input.criterionIndex} của đợt xét chọn không phải một cam kết`,
          );
        }
        if (input.declarationText !== criterion.declarationText) {
          throw DomainError.invalidField(
            'declarationText',
            'Sign the declaration exactly as the campaign states it',
            'Cần ký đúng nguyên văn lời cam kết của đợt xét chọn',
          );
        }
        const signature: SignedDeclaration = {
          criterionIndex: input.criterionIndex,
          text: criterion.declarationText,
          signedAs: nominee ? 'nominee' : 'nominator',
          signedByAccountId: principal.accountId,
          signedAt: new Date().toISOString(),
        };
        const previous = nomination.declarations.find((d) => d.criterionIndex === input.criterionIndex);
        const declarations = [
          ...nomination.declarations.filter((d) => d.criterionIndex !== input.criterionIndex),
          signature,
        ].sort((a, b) => a.criterionIndex - b.criterionIndex);
        const eligible = eligibleWith(nomination, nomination.overrides, declarations);
        const saved = await this.store.save(
          manager,
          nomination,
          { declarations, eligible },
          {
            actor: principal,
            action: 'honor_nomination.sign_declaration',
            changes: {
              [`declarations[${input.criterionIndex}]`]: { before: previous ?? null, after: signature },
              ...(eligible !== nomination.eligible
                ? { eligible: { before: nomination.eligible, after: eligible } }
                : {}),
            },
          },
        );
        if (!saved) throw staleVersion();
      },
    );
  }

  /** Staff replace one automatic criterion's outcome, with a reason; audited before → after. */
  async override(
    id: string,
    index: number,
    version: number,
    input: OverrideCriterionDto,
    principal: Principal,
  ): Promise<Tagged<NominationView>> {
    return this.store.write(id, version, principal, Permission.HonorsManage, async (manager, nomination) => {
      if (!STANDING_STATES.includes(nomination.state) || !nomination.eligibility) {
        throw new DomainError('NOMINATION_NOT_EDITABLE', {
          en: 'Only the criteria of a submitted or accepted nomination are overridden',
          vi: 'Chỉ điều chỉnh kết quả tiêu chí của hồ sơ đề cử đã gửi hoặc đã được đồng ý',
        });
      }
      const result = nomination.eligibility[index];
      if (!result || result.mode !== 'automatic') {
        throw DomainError.invalidField(
          'index',
          result ? 'A declaration is signed, not overridden' : `The campaign has no criterion ${index}`,
          result
            ? 'Cam kết phải được ký, không điều chỉnh kết quả'
            : `Đợt xét chọn không có tiêu chí ${index}`,
        );
      }
      const before = effectiveCriteria(nomination.eligibility, nomination.overrides, nomination.declarations)[
        index
      ];
      const override: CriterionOverride = {
        criterionIndex: index,
        outcome: input.outcome,
        reason: input.reason,
        byAccountId: principal.accountId,
        at: new Date().toISOString(),
      };
      const overrides = [...nomination.overrides.filter((o) => o.criterionIndex !== index), override].sort(
        (a, b) => a.criterionIndex - b.criterionIndex,
      );
      const eligible = eligibleWith(nomination, overrides, nomination.declarations);
      const saved = await this.store.save(
        manager,
        nomination,
        { overrides, eligible },
        {
          actor: principal,
          action: 'honor_nomination.override_criterion',
          changes: {
            [`criteria[${index}].outcome`]: { before: before.effectiveOutcome, after: input.outcome },
            [`criteria[${index}].overrideReason`]: {
              before: before.override?.reason ?? null,
              after: input.reason,
            },
            ...(eligible !== nomination.eligible
              ? { eligible: { before: nomination.eligible, after: eligible } }
              : {}),
          },
        },
      );
      if (!saved) throw staleVersion();
    });
  }
}
