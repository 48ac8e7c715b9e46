import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/openapi/api-docs';
import type { TextStatus } from './extraction/text-extraction';
import type { ReviewRequestDocument } from './review-request-document.entity';

const PREVIEW_LENGTH = 300;

const TEXT_STATUSES: TextStatus[] = ['extracted', 'no_text'];

/** What to tell a person about a document whose text could not be read. */
const NO_TEXT_NOTICE = {
  en: 'No text found: the file looks scanned (images only). Matching uses the proposal text and the other documents; attach a PDF with a text layer, a DOCX or a TXT to include it.',
  vi: 'Không đọc được chữ: tệp có vẻ là bản quét (chỉ có hình ảnh). Việc tìm chuyên gia dùng nội dung đề án và các tài liệu khác; hãy đính kèm bản PDF có lớp chữ, DOCX hoặc TXT để dùng tài liệu này.',
};

export class TextNoticeView {
  @ApiProperty() en: string;
  @ApiProperty() vi: string;
}

export class RequestDocumentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) reviewRequestId: string;
  @ApiProperty({ example: 'Đề án nuôi biển Vân Phong.pdf' }) fileName: string;
  @ApiProperty({ description: 'Detected from the bytes', example: 'application/pdf' }) mediaType: string;
  @ApiProperty({ type: 'integer' }) sizeBytes: number;
  @ApiProperty({ description: 'Hex SHA-256 of the bytes', example: 'a3f1…' }) sha256: string;
  @ApiProperty({
    enum: TEXT_STATUSES,
    enumName: 'DocumentTextStatus',
    description: '`extracted`: text read and used for matching; `no_text`: none found (a scanned PDF)',
  })
  textStatus: TextStatus;
  @ApiProperty({ type: 'integer', description: 'Characters of extracted text' }) textLength: number;
  @ApiProperty({
    type: String,
    nullable: true,
    description: `The first ${PREVIEW_LENGTH} characters of the text`,
  })
  preview: string | null;
  @ApiProperty({
    type: TextNoticeView,
    nullable: true,
    description: 'Why no text was found, for the uploader',
  })
  notice: TextNoticeView | null;
  @ApiProperty({ format: 'uuid' }) createdBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static of(document: ReviewRequestDocument): RequestDocumentView {
    const text = document.extractedText;
    return {
      id: document.id,
      reviewRequestId: document.reviewRequestId,
      fileName: document.fileName,
      mediaType: document.mediaType,
      sizeBytes: document.sizeBytes,
      sha256: document.sha256,
      textStatus: document.textStatus,
      textLength: text?.length ?? 0,
      preview: text === null ? null : preview(text),
      notice: document.textStatus === 'no_text' ? NO_TEXT_NOTICE : null,
      createdBy: document.createdBy,
      createdAt: document.createdAt.toISOString(),
    };
  }
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const chars = [...flat];
  return chars.length <= PREVIEW_LENGTH ? flat : `${chars.slice(0, PREVIEW_LENGTH).join('')}…`;
}

export const RequestDocumentPage = PageOf(RequestDocumentView);
