import { ApiProperty } from '@nestjs/swagger';
import { Bool, Email, OneOfList, Text, Uuid } from '../common/validation/fields';
import { Role, ROLES } from '../common/access/roles';
import { PageOf } from '../common/openapi/api-docs';
import { Account } from './account.entity';

export class CreateAccountDto {
  @Email({ example: 'nguyen.van.a@khanhhoa.gov.vn' }) email: string;
  @Text(10, 200) password: string;
  @Text(1, 200, { example: 'Nguyễn Văn An' }) displayName: string;
  @OneOfList(ROLES, ROLES.length, { minItems: 1 }) roles: Role[];
  @Uuid({ optional: true, description: 'Links the account to its intellectual' }) intellectualId?:
    string | null;
  @Uuid({
    optional: true,
    description: 'The catalog organization an agency account acts for (required for agency)',
  })
  organizationId?: string | null;
}

export class UpdateAccountDto {
  @Text(1, 200, { optional: true }) displayName?: string;
  @OneOfList(ROLES, ROLES.length, { optional: true, minItems: 1 }) roles?: Role[];
  @Text(10, 200, { optional: true }) password?: string;
  @Bool({ optional: true, description: 'true disables the account and revokes its tokens' })
  disabled?: boolean;
  @Uuid({ optional: true }) intellectualId?: string | null;
  @Uuid({ optional: true, description: 'The catalog organization an agency account acts for' })
  organizationId?: string | null;
}

export class AccountView {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ type: String, nullable: true }) intellectualId: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) organizationId: string | null;
  @ApiProperty() disabled: boolean;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;

  static of(account: Account): AccountView {
    return {
      id: account.id,
      email: account.email,
      displayName: account.displayName,
      roles: account.roles,
      intellectualId: account.intellectualId,
      organizationId: account.organizationId,
      disabled: account.disabledAt !== null,
      createdAt: account.createdAt.toISOString(),
      updatedAt: account.updatedAt.toISOString(),
    };
  }
}

export const AccountPage = PageOf(AccountView);
