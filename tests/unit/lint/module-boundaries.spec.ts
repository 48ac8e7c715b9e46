import { resolve } from 'node:path';
import { RuleTester } from 'eslint';

// The rule is plain ESM JavaScript; Node 20 loads it with require().
// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require('../../../eslint/module-boundaries.mjs') as {
  default: { rules: Record<string, import('eslint').Rule.RuleModule> };
};
const rule = plugin.default.rules['module-boundaries'];
const root = resolve(__dirname, '../../..');
const at = (path: string) => resolve(root, path);

new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } }).run(
  'module-boundaries',
  rule,
  {
    valid: [
      {
        filename: at('src/search/query/search.service.ts'),
        code: "import { X } from '../../intellectuals';",
      },
      {
        filename: at('src/search/query/search.service.ts'),
        code: "import { X } from '../document/mapping';",
      },
      {
        filename: at('src/imports/imports.module.ts'),
        code: "import { X } from '../common/errors/domain-error';",
      },
      { filename: at('src/platform/outbox/outbox.ts'), code: "import { X } from '../../config/app-config';" },
      { filename: at('src/app.module.ts'), code: "import { X } from './intellectuals';" },
    ],
    invalid: [
      {
        filename: at('src/search/query/search.service.ts'),
        code: "import { X } from '../../intellectuals/entities/intellectual.entity';",
        errors: [{ messageId: 'deep' }],
      },
      {
        filename: at('src/app.module.ts'),
        code: "export { X } from './imports/jobs/import-job.entity';",
        errors: [{ messageId: 'deep' }],
      },
      {
        filename: at('src/platform/outbox/outbox.ts'),
        code: "import { X } from '../../search';",
        errors: [{ messageId: 'layer' }],
      },
      {
        filename: at('src/common/pagination/page.ts'),
        code: "import { X } from '../../platform/database/insert-many';",
        errors: [{ messageId: 'layer' }],
      },
    ],
  },
);
