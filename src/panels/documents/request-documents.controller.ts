import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
} from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../common/access/allow.decorator';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { fileResponse } from '../../common/http/file-response';
import { ApiStoredFile } from '../../common/openapi/stored-file-docs';
import { ApiNoContent, Endpoint } from '../../common/openapi/api-docs';
import { Page, PageQuery } from '../../common/pagination/page';
import { RequestDocumentPage, RequestDocumentView } from './request-document.views';
import { RequestDocumentsService } from './request-documents.service';
import { uploadedDocument } from './uploaded-document';
import { DocumentUpload } from './document-upload.decorator';
import { UuidParamPipe } from '../../common/validation/uuid-param.pipe';

@ApiTags('review-requests')
@Controller('review-requests/:id/documents')
export class RequestDocumentsController {
  constructor(private readonly documents: RequestDocumentsService) {}

  @Post()
  @Allow(Permission.RequestsSubmit)
  @DocumentUpload()
  @Endpoint({
    id: 'uploadReviewRequestDocument',
    summary:
      'Attach a document (PDF, DOCX, TXT) to a draft or submitted request; its text is read for matching',
    description:
      'A file whose bytes are not PDF, DOCX or UTF-8 text answers 415 `UNSUPPORTED_FILE` whatever its name; a damaged or password-protected one 422; a scanned PDF is kept with `textStatus: no_text`.',
    problems: [400, 404, 409, 413, 415, 422],
  })
  @ApiCreatedResponse({ type: RequestDocumentView })
  upload(
    @Param('id', UuidParamPipe) id: string,
    @UploadedFile() file: { originalname: string; buffer: Buffer } | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RequestDocumentView> {
    return this.documents.upload(id, uploadedDocument(file), principal);
  }

  @Get()
  @Allow(Permission.RequestsRead)
  @Endpoint({
    id: 'listReviewRequestDocuments',
    summary: 'A request’s documents in upload order, with their text status and a preview of the text',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: RequestDocumentPage })
  list(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: PageQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<RequestDocumentView>> {
    return this.documents.list(id, query, principal);
  }

  @Get(':documentId/content')
  @Allow(Permission.RequestsRead)
  @Endpoint({
    id: 'downloadReviewRequestDocument',
    summary: 'The document’s bytes as uploaded',
    problems: [400, 404],
  })
  @ApiStoredFile('The file, served as the media type its bytes show, with its name and SHA-256')
  async content(
    @Param('id', UuidParamPipe) id: string,
    @Param('documentId', UuidParamPipe) documentId: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { document, stream } = await this.documents.content(id, documentId, principal);
    return fileResponse(response, document, stream);
  }

  @Delete(':documentId')
  @HttpCode(204)
  @Allow(Permission.RequestsSubmit)
  @Endpoint({
    id: 'deleteReviewRequestDocument',
    summary: 'Remove a document from a draft or submitted request',
    problems: [400, 404, 409],
  })
  @ApiNoContent('Removed')
  remove(
    @Param('id', UuidParamPipe) id: string,
    @Param('documentId', UuidParamPipe) documentId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    return this.documents.remove(id, documentId, principal);
  }
}
