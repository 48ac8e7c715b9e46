import { Transform } from 'class-transformer';

/**
 * Query strings and multipart fields arrive as text: 'true' and 'false' become booleans, anything
 * else stays as sent so that the boolean validator rejects it by name.
 */
export const QueryBoolean = () =>
  Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));
