import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The bundler puts a module reached only through `import()` into a chunk evaluated on demand. So
 * the action's default path (a report file, a builtin policy) leaves zod (~75 ms to evaluate) and
 * yaml (~30 ms) unloaded exactly when no module it imports statically, as a value, imports them.
 */

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const LAZY_PACKAGES = ['zod', 'yaml'];

interface Edge {
  target: string;
  dynamic: boolean;
}

/** The value imports of one source file: `import type` and type-only specifiers are erased. */
function importsOf(file: string): Edge[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const edges: Edge[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      if (!typeOnly) edges.push({ target: node.moduleSpecifier.text, dynamic: false });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) edges.push({ target: node.moduleSpecifier.text, dynamic: false });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      edges.push({ target: node.arguments[0].text, dynamic: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

function resolveImport(from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, `${base}/index.ts`].find((candidate) => existsSync(candidate)) ?? base;
}

/** Every module `entry` reaches, each with the chain that reaches it first. */
function reachable(entry: string, options: { dynamic: boolean }): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue: [string, string[]][] = [[resolve(repoRoot, entry), []]];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const [module, chain] = next;
    if (seen.has(module)) continue;
    const here = [...chain, module.startsWith('/') ? relative(repoRoot, module) : module];
    seen.set(module, here);
    if (!module.endsWith('.ts')) continue;
    for (const edge of importsOf(module)) {
      if (edge.dynamic && !options.dynamic) continue;
      queue.push([resolveImport(module, edge.target), here]);
    }
  }
  return seen;
}

function lazyPackagesReached(entry: string, options: { dynamic: boolean }): string[] {
  const modules = reachable(entry, options);
  return LAZY_PACKAGES.flatMap((name) => {
    const chain = modules.get(name);
    return chain === undefined ? [] : [chain.join(' → ')];
  });
}

describe('the default path', () => {
  it.each(['src/action/main.ts', 'src/run/run-gate.ts', 'src/policy/load-policy.ts', 'src/evaluate/evaluate.ts'])(
    '%s does not statically import zod or yaml',
    (entry) => {
      expect(lazyPackagesReached(entry, { dynamic: false })).toEqual([]);
    },
  );

  it('reaches both through the policy file loader, imported on demand', () => {
    expect(lazyPackagesReached('src/policy/load-policy.ts', { dynamic: true })).toHaveLength(2);
    expect(lazyPackagesReached('src/policy/load-policy-file.ts', { dynamic: false })).toHaveLength(2);
  });
});
