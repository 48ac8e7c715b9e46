export { ActionToken } from './action-token.entity';
export { ActionTokensModule } from './action-tokens.module';
export { ActionTokens } from './action-tokens.service';
export type { ActionTokenGrant } from './action-tokens.service';
