import admin from './admin';
import association from './association';
import common from './common';
import imports from './imports';
import me from './me';
import officer from './officer';
import publicPages from './public';

const en = { common, public: publicPages, officer, imports, association, me, admin } as const;
export default en;
