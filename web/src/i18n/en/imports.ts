import type { Messages } from '../types';
import type vi from '../vi/imports';

export default {} satisfies Messages<typeof vi>;
