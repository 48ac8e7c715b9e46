import type { Messages } from '../types';
import type vi from '../vi/public';

export default {} satisfies Messages<typeof vi>;
