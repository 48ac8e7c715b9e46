import { ApiProperty } from '@nestjs/swagger';
import { Email, Text } from '../common/validation/fields';

export class LoginDto {
  @Email({ example: 'admin@trithuc.khanhhoa.local' }) email: string;
  @Text(1, 200) password: string;
}

export class AccessTokenView {
  @ApiProperty() accessToken: string;
  @ApiProperty({ description: 'Seconds until the token expires' }) expiresIn: number;
}
