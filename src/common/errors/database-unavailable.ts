import { QueryFailedError } from 'typeorm';
import { DomainError } from './domain-error';

/** SQLSTATEs of a server that cannot serve now: cancelled by statement_timeout, lock_timeout, shutting down, full. */
const UNAVAILABLE_STATES = new Set([
  '57014',
  '55P03',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);
/** Socket errors of an unreachable or vanished server. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** node-postgres's own messages: connect timeout, pool wait timeout, dropped connection, query_timeout. */
const DRIVER_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|Connection ended/i;

/**
 * The problem to answer when PostgreSQL could not be reached or did not answer in time, or undefined
 * for any other error. Saying "nothing was changed" must be true: when the COMMIT itself failed (the
 * server may have got it and the answer was lost), or the request had already committed a change
 * before failing (`committed`, e.g. reading the result back), the answer is OUTCOME_UNKNOWN, for the
 * client to read the record back or retry with the same Idempotency-Key. Any earlier failure rolled
 * the transaction back.
 */
export function databaseUnavailable(error: unknown, committed: boolean): DomainError | undefined {
  const cause = error instanceof QueryFailedError ? (error.driverError as unknown) : error;
  // duck-typed: socket errors may come from another realm (Jest's sandbox) and fail instanceof Error
  if (typeof cause !== 'object' || cause === null) return undefined;
  const { code, message } = cause as { code?: unknown; message?: unknown };
  const unavailable =
    (typeof code === 'string' && (UNAVAILABLE_STATES.has(code) || NETWORK_CODES.has(code))) ||
    (typeof message === 'string' && DRIVER_MESSAGES.test(message));
  if (!unavailable) return undefined;
  if (committed || (error instanceof QueryFailedError && /^\s*COMMIT\b/i.test(error.query))) {
    return new DomainError('OUTCOME_UNKNOWN', {
      en: 'The database stopped answering while saving: the change may have been saved. Read the record back, or send the request again with the same Idempotency-Key',
      vi: 'Cơ sở dữ liệu ngừng phản hồi khi đang lưu nên thay đổi có thể đã được lưu. Vui lòng đọc lại hồ sơ, hoặc gửi lại yêu cầu với cùng Idempotency-Key',
    });
  }
  return new DomainError('DATABASE_UNAVAILABLE', {
    en: 'The database is not answering; nothing was changed, please try again shortly',
    vi: 'Cơ sở dữ liệu không phản hồi; chưa có gì thay đổi, vui lòng thử lại sau ít phút',
  });
}
