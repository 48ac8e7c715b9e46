import { ApiProperty } from '@nestjs/swagger';
import { Permission, permissionsOf } from '../../common/access/permissions';
import { Role, ROLES } from '../../common/access/roles';
import type { ActiveSession } from './session.service';

export class SessionAccountView {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ type: String, nullable: true, description: 'The linked intellectual profile' })
  intellectualId: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'The organization an agency account acts for',
  })
  organizationId: string | null;
}

/** Who is signed in and what they may do: the web app gates its pages on `permissions`. */
export class SessionView {
  @ApiProperty({ type: SessionAccountView }) account: SessionAccountView;
  @ApiProperty({ enum: Permission, enumName: 'Permission', isArray: true })
  permissions: Permission[];
  @ApiProperty({ description: 'Send it as the X-CSRF-Token header on every POST, PUT, PATCH and DELETE' })
  csrfToken: string;
  @ApiProperty({
    format: 'date-time',
    description:
      'When the session ends at the latest; it ends earlier after idleTimeoutSeconds without a request',
  })
  expiresAt: string;
  @ApiProperty({ type: 'integer', description: 'Seconds without a request after which the session ends' })
  idleTimeoutSeconds: number;

  static of({ session, account }: ActiveSession, idleTimeoutSeconds: number): SessionView {
    return {
      account: {
        id: account.id,
        email: account.email,
        displayName: account.displayName,
        roles: account.roles,
        intellectualId: account.intellectualId,
        organizationId: account.organizationId,
      },
      permissions: [...permissionsOf(account.roles)].sort(),
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt.toISOString(),
      idleTimeoutSeconds,
    };
  }
}
