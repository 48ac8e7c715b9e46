import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { bilingual } from '../common/validation/bilingual-message';

export class LoginDto {
  @ApiProperty({ example: 'admin@trithuc.khanhhoa.local' })
  @IsEmail({}, bilingual('email must be a valid email address', 'email phải là địa chỉ email hợp lệ'))
  @MaxLength(254, bilingual('email is too long', 'email quá dài'))
  email: string;

  @ApiProperty()
  @IsString(bilingual('password must be text', 'mật khẩu phải là chuỗi ký tự'))
  @MaxLength(200, bilingual('password is too long', 'mật khẩu quá dài'))
  password: string;
}

export class AccessTokenView {
  @ApiProperty() accessToken: string;
  @ApiProperty({ description: 'Seconds until the token expires' }) expiresIn: number;
}
