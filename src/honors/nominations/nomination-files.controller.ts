import { Controller, Delete, Get, HttpCode, Param, Post, Res, UploadedFile } from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../common/access/allow.decorator';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { fileResponse } from '../../common/http/file-response';
import { ApiNoContent, Endpoint } from '../../common/openapi/api-docs';
import { ApiStoredFile } from '../../common/openapi/stored-file-docs';
import { UuidParamPipe } from '../../common/validation/uuid-param.pipe';
import { DocumentUpload, uploadedDocument } from '../../panels';
import { NominationFileView } from './nomination-file.view';
import { NominationFilesService } from './nomination-files.service';

@ApiTags('nominations')
@Controller('nominations/:id/attachments')
export class NominationFilesController {
  constructor(private readonly files: NominationFilesService) {}

  @Post()
  @Allow(Permission.NominationsSubmit)
  @DocumentUpload()
  @Endpoint({
    id: 'uploadNominationAttachment',
    summary:
      'Attach a file (PDF, DOCX, TXT) to a nomination: a draft, or a standing one while the campaign takes nominations',
    description:
      'A file whose bytes are not PDF, DOCX or UTF-8 text answers 415 `UNSUPPORTED_FILE` whatever its name; a damaged one 422.',
    problems: [400, 404, 409, 413, 415, 422],
  })
  @ApiCreatedResponse({ type: NominationFileView })
  upload(
    @Param('id', UuidParamPipe) id: string,
    @UploadedFile() file: { originalname: string; buffer: Buffer } | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<NominationFileView> {
    return this.files.upload(id, uploadedDocument(file), principal);
  }

  @Get()
  @Allow(Permission.NominationsRead)
  @Endpoint({
    id: 'listNominationAttachments',
    summary: 'A nomination’s attached files in upload order',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: [NominationFileView] })
  list(
    @Param('id', UuidParamPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<NominationFileView[]> {
    return this.files.list(id, principal);
  }

  @Get(':fileId/content')
  @Allow(Permission.NominationsRead)
  @Endpoint({ id: 'downloadNominationAttachment', summary: 'The file as uploaded', problems: [400, 404] })
  @ApiStoredFile('The file, served as the media type its bytes show, with its name and SHA-256')
  async content(
    @Param('id', UuidParamPipe) id: string,
    @Param('fileId', UuidParamPipe) fileId: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { file, stream } = await this.files.content(id, fileId, principal);
    return fileResponse(response, file, stream);
  }

  @Delete(':fileId')
  @HttpCode(204)
  @Allow(Permission.NominationsSubmit)
  @Endpoint({
    id: 'deleteNominationAttachment',
    summary: 'Remove a file from a nomination while it can still change',
    problems: [400, 404, 409],
  })
  @ApiNoContent('Removed')
  remove(
    @Param('id', UuidParamPipe) id: string,
    @Param('fileId', UuidParamPipe) fileId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    return this.files.remove(id, fileId, principal);
  }
}
