import type { Messages } from '../types';
import type vi from '../vi/officer';

export default {} satisfies Messages<typeof vi>;
