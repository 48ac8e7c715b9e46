export { AuthModule } from './auth.module';
export { Session } from './sessions/session.entity';
export { CSRF_HEADER, SESSION_COOKIE } from './sessions/session-request';
