import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

/**
 * Feature modules under src/ are reached only through their public surface, `src/<module>/index.ts`.
 * Shared layers may be imported anywhere; each depends only on itself and the layers listed for it.
 */
const LAYERS = { config: [], common: ['config'], platform: ['config'] };
const SHARED = new Set(Object.keys(LAYERS));

function moduleOf(srcDir, file) {
  const path = relative(srcDir, file);
  if (path.startsWith('..')) return null;
  const parts = path.split(sep);
  if (parts.length === 1 && existsSync(file) && statSync(file).isDirectory())
    return { name: parts[0], rest: '' };
  return parts.length > 1 ? { name: parts[0], rest: parts.slice(1).join('/') } : { name: '', rest: parts[0] };
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Import other feature modules only through their index.ts' },
    schema: [],
    messages: {
      deep: "Import '{{module}}' through its public surface ('{{suggested}}'), not its internal file '{{file}}'.",
      layer: "The shared layer '{{from}}' must not depend on '{{module}}'.",
    },
  },
  create(context) {
    const srcDir = resolve(context.cwd, 'src');
    const importer = moduleOf(srcDir, context.filename);
    if (!importer) return {};
    function check(node) {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = moduleOf(srcDir, resolve(dirname(context.filename), source));
      if (!target || !target.name || target.name === importer.name) return;
      if (SHARED.has(importer.name)) {
        if (LAYERS[importer.name].includes(target.name)) return;
        context.report({
          node: node.source,
          messageId: 'layer',
          data: { from: importer.name, module: target.name },
        });
        return;
      }
      if (SHARED.has(target.name)) return;
      if (target.rest === '' || target.rest === 'index') return;
      const suggested = relative(dirname(context.filename), resolve(srcDir, target.name)) || '.';
      context.report({
        node: node.source,
        messageId: 'deep',
        data: {
          module: target.name,
          file: source,
          suggested: suggested.startsWith('.') ? suggested : `./${suggested}`,
        },
      });
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export default { rules: { 'module-boundaries': rule } };
