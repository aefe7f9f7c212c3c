// Writes every generated source file from its single definition: the builtin policies modules (their
// YAML, and the policies resolved from it) and the policy JSON Schema (from policies/*.yml and
// src/policy/policy-schema.ts) and docs/rules.md (from the rule registry). `--check` writes nothing and exits 1 when a committed copy is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BUILTIN_POLICIES_MODULE,
  POLICY_SCHEMA_FILE,
  readBuiltinPolicyTexts,
  renderBuiltinPoliciesModule,
  renderPolicySchemaJson,
  renderResolvedBuiltinPoliciesModule,
  RESOLVED_BUILTIN_POLICIES_MODULE,
} from '../src/policy/render-policy-artifacts';
import { renderRulesDoc } from '../src/rules/render-rules-doc';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');

const builtinTexts = await readBuiltinPolicyTexts(join(root, 'policies'));
const outputs: [file: string, content: string][] = [
  [BUILTIN_POLICIES_MODULE, renderBuiltinPoliciesModule(builtinTexts)],
  [RESOLVED_BUILTIN_POLICIES_MODULE, await renderResolvedBuiltinPoliciesModule(builtinTexts)],
  [POLICY_SCHEMA_FILE, renderPolicySchemaJson()],
  ['docs/rules.md', renderRulesDoc()],
];

let stale = 0;
for (const [file, content] of outputs) {
  const path = join(root, file);
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === content) continue;
  if (check) {
    console.error(`${file} is stale: run \`npm run generate\` and commit the result.`);
    stale++;
  } else {
    await writeFile(path, content);
    console.log(`wrote ${file}`);
  }
}
if (stale > 0) process.exit(1);
