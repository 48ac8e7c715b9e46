import { ApiProperty } from '@nestjs/swagger';
import { MEMBER_STATUSES, PANEL_ROLES } from '../panel/panel-rules';
import type { PanelRole } from '../panel/panel-rules';
import { OPINIONS_CLOSED_REASONS } from './opinion-window';
import type { OpinionsClosedReason } from './opinion-window';
import type { PanelOpinionFile } from './panel-opinion-file.entity';
import type { PanelOpinion } from './panel-opinion.entity';

export class OpinionFileView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Nhận xét chi tiết.pdf' }) fileName: string;
  @ApiProperty({ description: 'Detected from the bytes', example: 'application/pdf' }) mediaType: string;
  @ApiProperty({ type: 'integer' }) sizeBytes: number;
  @ApiProperty({ description: 'Hex SHA-256 of the bytes' }) sha256: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;

  static of(file: PanelOpinionFile): OpinionFileView {
    const { id, fileName, mediaType, sizeBytes, sha256, createdAt } = file;
    return { id, fileName, mediaType, sizeBytes, sha256, createdAt };
  }
}

/** An opinion's text and files. */
export class OpinionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: 'integer', description: 'The ETag of the text' }) version: number;
  @ApiProperty({ type: String, format: 'date-time', description: 'First submitted' }) submittedAt: Date;
  @ApiProperty({ type: String, format: 'date-time', description: 'Last edited' }) updatedAt: Date;
  @ApiProperty({ type: [OpinionFileView] }) files: OpinionFileView[];

  static of(opinion: PanelOpinion, files: PanelOpinionFile[]): OpinionView {
    const { id, text, version, submittedAt, updatedAt } = opinion;
    return {
      id,
      text,
      version,
      submittedAt,
      updatedAt,
      files: files.map((file) => OpinionFileView.of(file)),
    };
  }
}

/** Whether opinions can be written now, and why not. */
export class OpinionWindowView {
  @ApiProperty({ description: 'YYYY-MM-DD: opinions are due by the end of this day (Vietnam time)' })
  deadline: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lockedAt: Date | null;
  @ApiProperty({
    enum: OPINIONS_CLOSED_REASONS,
    enumName: 'OpinionsClosedReason',
    type: String,
    nullable: true,
    description: 'null: open; otherwise why opinions can no longer be written',
  })
  closedReason: OpinionsClosedReason | null;
}

export class MemberRequestDocumentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fileName: string;
  @ApiProperty() mediaType: string;
  @ApiProperty({ type: 'integer' }) sizeBytes: number;
}

/** What a panel member reads of the request they review. */
export class MemberRequestView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() kind: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ description: 'The requesting organization' }) agency: string;
  @ApiProperty() state: string;
  @ApiProperty({ description: 'Whether the panel’s members may read each other’s opinions' })
  opinionsVisibleToMembers: boolean;
  @ApiProperty({ type: [MemberRequestDocumentView] }) documents: MemberRequestDocumentView[];
}

/** The signed-in member's own opinion on a request (ETag: its version, 0 before the first save). */
export class MyOpinionView {
  @ApiProperty({ type: MemberRequestView }) request: MemberRequestView;
  @ApiProperty({ format: 'uuid', description: 'The member’s seat: their panelMemberId in the opinions list' })
  panelMemberId: string;
  @ApiProperty({ enum: PANEL_ROLES }) role: PanelRole;
  @ApiProperty({ type: OpinionWindowView }) window: OpinionWindowView;
  @ApiProperty({ type: OpinionView, nullable: true, description: 'null until first saved' })
  opinion: OpinionView | null;
}

/** One accepted member and their opinion, as staff and the secretary read it. */
export class MemberOpinionView {
  @ApiProperty({ format: 'uuid' }) panelMemberId: string;
  @ApiProperty({ format: 'uuid' }) intellectualId: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: PANEL_ROLES }) role: PanelRole;
  @ApiProperty({ enum: MEMBER_STATUSES }) status: string;
  @ApiProperty({ type: String, nullable: true }) organizationName: string | null;
  @ApiProperty({ type: OpinionView, nullable: true, description: 'null: not submitted yet' })
  opinion: OpinionView | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description:
      'When the member was reminded to send their opinion (PANEL_OPINION_REMINDER_DAYS before the deadline)',
  })
  opinionReminderSentAt: Date | null;
}

export class RequestOpinionsView {
  @ApiProperty({ format: 'uuid' }) reviewRequestId: string;
  @ApiProperty() state: string;
  @ApiProperty({ type: OpinionWindowView }) window: OpinionWindowView;
  @ApiProperty({ description: 'Whether the report names who wrote each opinion' }) attributed: boolean;
  @ApiProperty({ type: [MemberOpinionView], description: 'Accepted members in role order' })
  members: MemberOpinionView[];
}

/** Where a request's review stands after start-review or the lock. */
export class ReviewStatusView {
  @ApiProperty({ format: 'uuid' }) reviewRequestId: string;
  @ApiProperty() state: string;
  @ApiProperty({ type: OpinionWindowView }) window: OpinionWindowView;
}
