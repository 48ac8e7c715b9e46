import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SRC = resolve(__dirname, '../../../src');
const SHARED = new Set(['common', 'config', 'platform']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

const moduleOf = (file: string) => relative(SRC, file).split(sep)[0];

/** Which feature module imports which at run time (type-only imports leave no trace in the output). */
function runtimeDependencies(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const declaration = /^(?:import|export)\s+(type\s+)?(?:\{([^}]*)\}|\*)\s+from\s+'(\.[^']*)'/gm;
  for (const file of sourceFiles(SRC)) {
    if (dirname(file) === SRC) continue; // the composition root imports everything
    const from = moduleOf(file);
    for (const [, typeOnly, names, specifier] of readFileSync(file, 'utf8').matchAll(declaration)) {
      const specifiers = (names ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean);
      if (typeOnly || (specifiers.length > 0 && specifiers.every((name) => name.startsWith('type '))))
        continue;
      const to = moduleOf(resolve(dirname(file), specifier));
      if (to === from || to.startsWith('..') || SHARED.has(to)) continue;
      graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('module dependencies', () => {
  // Modules are imported through their index.ts; a cycle between two of them leaves one index half
  // loaded while the other evaluates, and a class used in a decorator is then undefined.
  it('form no cycle at run time', () => {
    expect(findCycle(runtimeDependencies())).toBeNull();
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(findCycle(graph)).toEqual(['a', 'b', 'c', 'a']);
  });
});
