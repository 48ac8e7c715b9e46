import { ApiProperty } from '@nestjs/swagger';
import { ERROR_CODES, ErrorCode, FieldProblem } from '../errors/domain-error';
import type { ProblemDetails } from '../errors/problem-details.filter';

export class FieldProblemView implements FieldProblem {
  @ApiProperty({ example: 'fullName', description: 'The input field, as a dotted path for nested ones' })
  field: string;
  @ApiProperty() message: string;
  @ApiProperty({ description: 'The same message in Vietnamese' }) messageVi: string;
}

/** RFC 9457 problem details: the one error body of the API (see ProblemDetailsFilter). */
export class ProblemDetailsView implements ProblemDetails {
  @ApiProperty({ example: 'https://trithuc.khanhhoa.gov.vn/problems/validation-failed' }) type: string;
  @ApiProperty() title: string;
  @ApiProperty() titleVi: string;
  @ApiProperty({ example: 400 }) status: number;
  @ApiProperty() detail: string;
  @ApiProperty() detailVi: string;
  @ApiProperty({
    enum: Object.keys(ERROR_CODES),
    enumName: 'ErrorCode',
    description: 'Stable for clients: act on it rather than on the text',
  })
  code: ErrorCode;
  @ApiProperty({ example: '/api/v1/intellectuals' }) instance: string;
  @ApiProperty({ required: false, description: 'Quote it when reporting a problem' }) requestId?: string;
  @ApiProperty({ type: [FieldProblemView] }) errors: FieldProblemView[];
}
