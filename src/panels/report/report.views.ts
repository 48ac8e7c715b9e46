import { ApiProperty } from '@nestjs/swagger';
import { ANSWER_DECISIONS, type AnswerDecision } from './entities/review-recommendation-answer.entity';

export class RecommendationAnswerView {
  @ApiProperty({ enum: ANSWER_DECISIONS }) decision: AnswerDecision;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ format: 'uuid' }) answeredBy: string;
  @ApiProperty({ type: String, format: 'date-time' }) answeredAt: Date;
}

export class RecommendationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'integer', description: '1, 2, 3… as printed' }) position: number;
  @ApiProperty() text: string;
  @ApiProperty({ type: RecommendationAnswerView, nullable: true }) answer: RecommendationAnswerView | null;
}

export class ReportFileView {
  @ApiProperty({ description: 'Hex SHA-256 of the file' }) sha256: string;
  @ApiProperty({ type: 'integer' }) sizeBytes: number;
}

export class ReportView {
  @ApiProperty({ format: 'uuid' }) reviewRequestId: string;
  @ApiProperty({ type: 'integer', description: 'The ETag (0: nothing saved yet)' }) version: number;
  @ApiProperty() conclusion: string;
  @ApiProperty({ type: [RecommendationView] }) recommendations: RecommendationView[];
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'null: not generated since the last change',
  })
  generatedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt: Date | null;
  @ApiProperty({ type: ReportFileView, nullable: true }) pdf: ReportFileView | null;
  @ApiProperty({ type: ReportFileView, nullable: true }) docx: ReportFileView | null;
  @ApiProperty({ description: 'Whether the caller may edit, generate and send it' }) editable: boolean;
}
