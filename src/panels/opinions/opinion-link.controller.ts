import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Put,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '../../common/access/allow.decorator';
import { EtagInterceptor, IfMatch } from '../../common/http/etag';
import { ApiIfMatch, ApiNoContent, ApiTagged, Endpoint, JSON_BODY } from '../../common/openapi/api-docs';
import { DocumentUpload, uploadedDocument } from '../documents';
import { ApiStoredFile } from '../../common/openapi/stored-file-docs';
import { fileResponse } from '../../common/http/file-response';
import { MyOpinionService, OpinionAuthor } from './my-opinion.service';
import { OpinionFilesService } from './opinion-files.service';
import { OPINION_TOKEN_HEADER, OpinionLinks } from './opinion-links';
import { SaveOpinionDto } from './opinions.dto';
import { OpinionsService } from './opinions.service';
import { MyOpinionView, OpinionFileView, RequestOpinionsView } from './opinions.views';
import { UuidParamPipe } from '../../common/validation/uuid-param.pipe';

const TOKEN_HEADER = () =>
  ApiHeader({
    name: 'X-Opinion-Token',
    required: true,
    description:
      'The token from the opinion link’s fragment (#token=…); it works until the deadline day ends',
    schema: { type: 'string' },
  });

/**
 * The member's opinion by the personal link mailed when the review starts: no account needed, the
 * token names the seat. The same services as /me/review-requests/{id}/opinion and, for the other
 * members' opinions, /review-requests/{id}/opinions do the work, so the link reads what its member
 * would signed in.
 */
@ApiTags('panels')
@Controller('opinion-link')
@Allow('public')
@UseInterceptors(EtagInterceptor)
export class OpinionLinkController {
  constructor(
    private readonly links: OpinionLinks,
    private readonly opinions: MyOpinionService,
    private readonly files: OpinionFilesService,
    private readonly panelOpinions: OpinionsService,
  ) {}

  @Get()
  @TOKEN_HEADER()
  @Endpoint({
    id: 'getOpinionByLink',
    summary: 'The opinion of the link’s member, with the request, its documents and the deadline',
    description:
      'ETag: the opinion’s version, "0" before it is first saved. 410 ACTION_TOKEN_EXPIRED after the deadline day',
    problems: [400, 404, 410],
  })
  @ApiTagged(MyOpinionView)
  async get(@Headers(OPINION_TOKEN_HEADER) token: string | undefined) {
    const { requestId, author } = await this.seat(token);
    return this.opinions.get(requestId, author);
  }

  @Put()
  @TOKEN_HEADER()
  @Endpoint({
    id: 'saveOpinionByLink',
    summary:
      'Write or edit the link’s member’s opinion while the review is in progress, before the deadline and the lock',
    description:
      '409 REVIEW_NOT_IN_PROGRESS, REQUEST_DEADLINE_PASSED or PANEL_LOCKED; 410 for an expired link',
    problems: [...JSON_BODY, 404, 409, 410],
  })
  @ApiIfMatch('The ETag of the opinion as you read it ("0" before the first save)')
  @ApiTagged(MyOpinionView)
  async save(
    @Headers(OPINION_TOKEN_HEADER) token: string | undefined,
    @IfMatch() version: number,
    @Body() input: SaveOpinionDto,
  ) {
    const { requestId, author } = await this.seat(token);
    return this.opinions.save(requestId, version, input, author);
  }

  @Post('files')
  @TOKEN_HEADER()
  @DocumentUpload()
  @Endpoint({
    id: 'uploadOpinionFileByLink',
    summary: 'Attach a file (PDF, DOCX, TXT) to the link’s member’s saved opinion while opinions are open',
    description:
      'As uploadMyOpinionFile: 415 UNSUPPORTED_FILE by the bytes, 409 OPINION_NOT_WRITTEN before the text',
    problems: [400, 404, 409, 410, 413, 415, 422],
  })
  @ApiCreatedResponse({ type: OpinionFileView })
  async upload(
    @Headers(OPINION_TOKEN_HEADER) token: string | undefined,
    @UploadedFile() file: { originalname: string; buffer: Buffer } | undefined,
  ): Promise<OpinionFileView> {
    const { requestId, author } = await this.seat(token);
    return this.files.upload(requestId, uploadedDocument(file), author);
  }

  @Delete('files/:fileId')
  @TOKEN_HEADER()
  @HttpCode(204)
  @Endpoint({
    id: 'deleteOpinionFileByLink',
    summary: 'Remove a file from the link’s member’s opinion while opinions are open',
    problems: [400, 404, 409, 410],
  })
  @ApiNoContent('Removed')
  async remove(
    @Headers(OPINION_TOKEN_HEADER) token: string | undefined,
    @Param('fileId', UuidParamPipe) fileId: string,
  ): Promise<void> {
    const { requestId, author } = await this.seat(token);
    return this.files.remove(requestId, fileId, author);
  }

  @Get('files/:fileId/content')
  @TOKEN_HEADER()
  @Endpoint({
    id: 'downloadOpinionFileByLink',
    summary: 'A file of the link’s member’s opinion',
    problems: [400, 404, 410],
  })
  @ApiStoredFile('The file, served as the media type its bytes show, with its name and SHA-256')
  async fileContent(
    @Headers(OPINION_TOKEN_HEADER) token: string | undefined,
    @Param('fileId', UuidParamPipe) fileId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { requestId, author } = await this.seat(token);
    const { file, stream } = await this.files.ownContent(requestId, fileId, author);
    return fileResponse(response, file, stream);
  }

  @Get('documents/:documentId/content')
  @TOKEN_HEADER()
  @Endpoint({
    id: 'downloadReviewRequestDocumentByLink',
    summary: 'A document of the request the link’s member reviews',
    problems: [400, 404, 410],
  })
  @ApiStoredFile('The document, served as the media type its bytes show, with its name and SHA-256')
  async documentContent(
    @Headers(OPINION_TOKEN_HEADER) token: string | undefined,
    @Param('documentId', UuidParamPipe) documentId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { requestId, author } = await this.seat(token);
    const { document, stream } = await this.opinions.documentContent(requestId, documentId, author);
    return fileResponse(response, document, stream);
  }

  @Get('opinions')
  @TOKEN_HEADER()
  @Endpoint({
    id: 'listReviewRequestOpinionsByLink',
    summary:
      'Every accepted member with their opinion, as listReviewRequestOpinions answers the link’s member',
    description:
      'Only when the request has opinionsVisibleToMembers (403 otherwise), or for the secretary’s link; 410 for an expired link',
    problems: [400, 403, 404, 410],
  })
  @ApiOkResponse({ type: RequestOpinionsView })
  async list(@Headers(OPINION_TOKEN_HEADER) token: string | undefined): Promise<RequestOpinionsView> {
    const { requestId, author } = await this.seat(token);
    return this.panelOpinions.list(requestId, author);
  }

  @Get('opinions/files/:fileId/content')
  @TOKEN_HEADER()
  @Endpoint({
    id: 'downloadReviewRequestOpinionFileByLink',
    summary: 'A file of any member’s opinion, when the link’s member may read the opinions',
    description: 'As downloadReviewRequestOpinionFile: 403 while members do not see each other’s opinions',
    problems: [400, 403, 404, 410],
  })
  @ApiStoredFile('The file, served as the media type its bytes show, with its name and SHA-256')
  async opinionFileContent(
    @Headers(OPINION_TOKEN_HEADER) token: string | undefined,
    @Param('fileId', UuidParamPipe) fileId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { requestId, author } = await this.seat(token);
    const { file, stream } = await this.files.content(requestId, fileId, author);
    return fileResponse(response, file, stream);
  }

  private async seat(token: string | undefined): Promise<{ requestId: string; author: OpinionAuthor }> {
    const { requestId, memberId } = await this.links.resolve(token);
    return { requestId, author: { linkMemberId: memberId } };
  }
}
