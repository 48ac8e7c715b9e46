import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { bilingual } from '../../common/validation/bilingual-message';
import { OneOf, Text } from '../../common/validation/fields';
import { MAX_PANEL_MEMBERS } from '../panel/panel.dto';

export class SendInvitationsDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    required: false,
    description: 'The proposed members to invite (intellectual ids); default: every proposed member',
  })
  @IsOptional()
  @IsArray(bilingual('intellectualIds must be a list of UUIDs', 'intellectualIds phải là danh sách mã UUID'))
  @ArrayMaxSize(
    MAX_PANEL_MEMBERS,
    bilingual(
      `intellectualIds has at most ${MAX_PANEL_MEMBERS} items`,
      `intellectualIds có tối đa ${MAX_PANEL_MEMBERS} phần tử`,
    ),
  )
  @IsUUID(
    'all',
    bilingual('each intellectualIds item must be a UUID', 'mỗi phần tử của intellectualIds phải là mã UUID', {
      each: true,
    }),
  )
  intellectualIds?: string[];
}

export const DECLARATIONS = ['no_conflict', 'conflict'] as const;
export type Declaration = (typeof DECLARATIONS)[number];

/** Accepting: confirm the no-conflict declaration as shown, or declare a conflict instead. */
export class AcceptPanelInvitationDto {
  @OneOf(DECLARATIONS, {
    description:
      'no_conflict: confirm the declaration (declarationText); conflict: declare one (conflictDescription)',
  })
  declaration: Declaration;

  @Text(1, 4000, {
    optional: true,
    description:
      'no_conflict: the declaration exactly as the page showed it (one of `declaration.vi`, `declaration.en`)',
  })
  declarationText?: string;

  @Text(3, 2000, { optional: true, description: 'conflict: what the conflict of interest is' })
  conflictDescription?: string;
}

export class DeclinePanelInvitationDto {
  @Text(1, 2000, { optional: true, description: 'Why (optional; staff read it)' })
  reason?: string;
}

const tokenField = () => Text(1, 200, { description: 'The token from the link’s fragment (#token=…)' });

export class PanelInvitationTokenDto {
  @tokenField()
  token: string;

  @OneOf(['accept', 'decline'], { description: 'Which link was opened' })
  action: 'accept' | 'decline';
}

export class AcceptPanelInvitationByTokenDto extends AcceptPanelInvitationDto {
  @tokenField()
  token: string;
}

export class DeclinePanelInvitationByTokenDto extends DeclinePanelInvitationDto {
  @tokenField()
  token: string;
}
