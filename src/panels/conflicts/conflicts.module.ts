import { Module } from '@nestjs/common';
import { ConflictsService } from './conflicts.service';

/** Conflict-of-interest rules between a review request's drafters and candidate experts. */
@Module({ providers: [ConflictsService], exports: [ConflictsService] })
export class ConflictsModule {}
