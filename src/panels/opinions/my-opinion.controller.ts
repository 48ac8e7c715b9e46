import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '../../common/access/allow.decorator';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { EtagInterceptor, IfMatch } from '../../common/http/etag';
import { ApiIfMatch, ApiNoContent, ApiTagged, Endpoint, JSON_BODY } from '../../common/openapi/api-docs';
import { DocumentUpload, uploadedDocument } from '../documents';
import { ApiStoredFile } from '../../common/openapi/stored-file-docs';
import { fileResponse } from '../../common/http/file-response';
import { MyOpinionService } from './my-opinion.service';
import { OpinionFilesService } from './opinion-files.service';
import { SaveOpinionDto } from './opinions.dto';
import { MyOpinionView, OpinionFileView } from './opinions.views';
import { UuidParamPipe } from '../../common/validation/uuid-param.pipe';

/** A panel member's own opinion on a request they review (accepted members only; others 404). */
@ApiTags('me')
@Controller('me/review-requests/:id')
@Allow(Permission.OwnProfileEdit)
@UseInterceptors(EtagInterceptor)
export class MyOpinionController {
  constructor(
    private readonly opinions: MyOpinionService,
    private readonly files: OpinionFilesService,
  ) {}

  @Get('opinion')
  @Endpoint({
    id: 'getMyReviewOpinion',
    summary: 'Your opinion on a request you review, with the request, its documents and the deadline',
    description: 'ETag: the opinion’s version, "0" before it is first saved',
    problems: [400, 404],
  })
  @ApiTagged(MyOpinionView)
  get(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.opinions.get(id, { principal });
  }

  @Put('opinion')
  @Endpoint({
    id: 'saveMyReviewOpinion',
    summary: 'Write or edit your opinion while the review is in progress, before the deadline and the lock',
    description:
      '409 REVIEW_NOT_IN_PROGRESS, REQUEST_DEADLINE_PASSED (after the deadline day, Vietnam time) or PANEL_LOCKED',
    problems: [...JSON_BODY, 404, 409],
  })
  @ApiIfMatch('The ETag of your opinion as you read it ("0" before the first save)')
  @ApiTagged(MyOpinionView)
  save(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @Body() input: SaveOpinionDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.opinions.save(id, version, input, { principal });
  }

  @Post('opinion/files')
  @DocumentUpload()
  @Endpoint({
    id: 'uploadMyOpinionFile',
    summary: 'Attach a file (PDF, DOCX, TXT) to your saved opinion while opinions are open',
    description:
      'Checked like request documents: bytes that are not PDF, DOCX or UTF-8 text answer 415 `UNSUPPORTED_FILE` whatever the name; 409 OPINION_NOT_WRITTEN before the text is saved',
    problems: [400, 404, 409, 413, 415, 422],
  })
  @ApiCreatedResponse({ type: OpinionFileView })
  upload(
    @Param('id', UuidParamPipe) id: string,
    @UploadedFile() file: { originalname: string; buffer: Buffer } | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OpinionFileView> {
    return this.files.upload(id, uploadedDocument(file), { principal });
  }

  @Delete('opinion/files/:fileId')
  @HttpCode(204)
  @Endpoint({
    id: 'deleteMyOpinionFile',
    summary: 'Remove a file from your opinion while opinions are open',
    problems: [400, 404, 409],
  })
  @ApiNoContent('Removed')
  remove(
    @Param('id', UuidParamPipe) id: string,
    @Param('fileId', UuidParamPipe) fileId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    return this.files.remove(id, fileId, { principal });
  }

  @Get('opinion/files/:fileId/content')
  @Endpoint({ id: 'downloadMyOpinionFile', summary: 'A file of your opinion', problems: [400, 404] })
  @ApiStoredFile('The file, served as the media type its bytes show, with its name and SHA-256')
  async fileContent(
    @Param('id', UuidParamPipe) id: string,
    @Param('fileId', UuidParamPipe) fileId: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { file, stream } = await this.files.ownContent(id, fileId, { principal });
    return fileResponse(response, file, stream);
  }

  @Get('documents/:documentId/content')
  @Endpoint({
    id: 'downloadMyReviewRequestDocument',
    summary: 'A document of the request you review',
    problems: [400, 404],
  })
  @ApiStoredFile('The document, served as the media type its bytes show, with its name and SHA-256')
  async documentContent(
    @Param('id', UuidParamPipe) id: string,
    @Param('documentId', UuidParamPipe) documentId: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { document, stream } = await this.opinions.documentContent(id, documentId, { principal });
    return fileResponse(response, document, stream);
  }
}
