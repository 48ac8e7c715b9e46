import type { Messages } from '../types';
import type vi from '../vi/me';

export default {} satisfies Messages<typeof vi>;
