import type { Messages } from '../types';
import type vi from '../vi/association';

export default {} satisfies Messages<typeof vi>;
