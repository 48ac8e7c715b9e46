import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { bilingual } from '../common/validation/bilingual-message';
import { Role, ROLES } from '../auth/roles';
import { Account } from './account.entity';

const rolesMessage = bilingual(
  `roles must be some of: ${ROLES.join(', ')}`,
  `roles chỉ gồm các giá trị: ${ROLES.join(', ')}`,
);
/** For the per-element check only: `each` on the array-size checks would apply them to every role. */
const eachRoleMessage = { ...rolesMessage, each: true };
const passwordRule = bilingual(
  'password must be 10 to 200 characters',
  'mật khẩu phải dài từ 10 đến 200 ký tự',
);

export class CreateAccountDto {
  @ApiProperty({ example: 'nguyen.van.a@khanhhoa.gov.vn' })
  @IsEmail({}, bilingual('email must be a valid email address', 'email phải là địa chỉ email hợp lệ'))
  @MaxLength(254, bilingual('email is too long', 'email quá dài'))
  email: string;

  @ApiProperty({ minLength: 10 })
  @IsString(passwordRule)
  @MinLength(10, passwordRule)
  @MaxLength(200, passwordRule)
  password: string;

  @ApiProperty({ example: 'Nguyễn Văn An' })
  @IsString(bilingual('displayName must be text', 'displayName phải là chuỗi ký tự'))
  @MinLength(1, bilingual('displayName must not be empty', 'displayName không được để trống'))
  @MaxLength(200, bilingual('displayName is too long (200 max)', 'displayName quá dài (tối đa 200)'))
  displayName: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @ArrayMinSize(1, bilingual('roles must name at least one role', 'roles phải có ít nhất một vai trò'))
  @ArrayMaxSize(ROLES.length, rolesMessage)
  @IsIn(ROLES, eachRoleMessage)
  roles: Role[];

  @ApiProperty({
    required: false,
    nullable: true,
    format: 'uuid',
    description: 'Links the account to its intellectual',
  })
  @IsOptional()
  @IsUUID('all', bilingual('intellectualId must be a UUID', 'intellectualId phải là mã UUID'))
  intellectualId?: string | null;
}

export class UpdateAccountDto {
  @ApiProperty({ required: false })
  @IsOptional()
  @IsString(bilingual('displayName must be text', 'displayName phải là chuỗi ký tự'))
  @MinLength(1, bilingual('displayName must not be empty', 'displayName không được để trống'))
  @MaxLength(200, bilingual('displayName is too long (200 max)', 'displayName quá dài (tối đa 200)'))
  displayName?: string;

  @ApiProperty({ required: false, enum: ROLES, isArray: true })
  @IsOptional()
  @ArrayMinSize(1, bilingual('roles must name at least one role', 'roles phải có ít nhất một vai trò'))
  @ArrayMaxSize(ROLES.length, rolesMessage)
  @IsIn(ROLES, eachRoleMessage)
  roles?: Role[];

  @ApiProperty({ required: false })
  @IsOptional()
  @IsString(passwordRule)
  @MinLength(10, passwordRule)
  @MaxLength(200, passwordRule)
  password?: string;

  @ApiProperty({ required: false, description: 'true disables the account and revokes its tokens' })
  @IsOptional()
  @IsBoolean(bilingual('disabled must be true or false', 'disabled phải là true hoặc false'))
  disabled?: boolean;

  @ApiProperty({ required: false, nullable: true, format: 'uuid' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', bilingual('intellectualId must be a UUID', 'intellectualId phải là mã UUID'))
  intellectualId?: string | null;
}

export class AccountView {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ nullable: true }) intellectualId: string | null;
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
      disabled: account.disabledAt !== null,
      createdAt: account.createdAt.toISOString(),
      updatedAt: account.updatedAt.toISOString(),
    };
  }
}
