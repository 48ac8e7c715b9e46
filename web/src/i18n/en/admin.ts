import type { Messages } from '../types';
import type vi from '../vi/admin';

export default {} satisfies Messages<typeof vi>;
