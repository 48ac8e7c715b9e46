import { Module } from '@nestjs/common';
import { ActionTokens } from './action-tokens.service';

/** Single-use, expiring tokens for links in mail; no routes of its own (the issuing module has them). */
@Module({ providers: [ActionTokens], exports: [ActionTokens] })
export class ActionTokensModule {}
