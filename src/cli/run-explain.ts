import { explainUser, findUserRow } from '../explain/explain-user';
import { renderExplanation } from '../explain/render-explanation';
import { runGate, type GateDependencies } from '../run/run-gate';
import type { GateSettings } from '../settings/settings';
import { UserError } from '../user-error';
import { EXPLAIN_OPTIONS } from './cli-options';
import { parseCommandArgs } from './parse-flags';

/** What `explain` needs from the CLI; given by runCli, so this file does not import it back. */
export interface ExplainContext {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  settingsOf: (values: Record<string, string | boolean | undefined>) => Promise<GateSettings>;
  dependencies: () => GateDependencies;
}

/**
 * `explain --user NAME | --arn ARN`: gets the report as `check` does (a saved file or AWS), then
 * prints every enabled rule's outcome for that user. Exit 0 when the user's findings pass
 * `--fail-on`, 1 when they fail it, 2 for any error (an unknown user included).
 */
export async function runExplain(args: string[], context: ExplainContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('explain', EXPLAIN_OPTIONS, args);
  if (positionals.length > 0) {
    throw new UserError(`Unexpected argument '${positionals[0]}' for 'explain'; name the user with --user NAME or --arn ARN.`);
  }
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UserError(`--format is '${format}'; use table or json.`);
  const { user, arn } = values;
  if ((user === undefined) === (arn === undefined)) {
    throw new UserError('explain needs exactly one of --user NAME or --arn ARN (the root account is --user "<root_account>").');
  }
  const settings = await context.settingsOf(values);
  const run = await runGate(settings, context.dependencies());
  const [report] = run.reports;
  if (run.document.errors.length > 0 || run.policy === null || report === undefined) {
    for (const message of run.document.errors) context.stderr(`error: ${message}\n`);
    return 2;
  }
  const row = findUserRow(report.input.rows, user === undefined ? { arn: arn ?? '' } : { user });
  const explanation = explainUser({
    report: report.input,
    row,
    policy: run.policy,
    now: settings.now,
    failOn: settings.failOn,
  });
  context.stdout(format === 'json' ? `${JSON.stringify(explanation, null, 2)}\n` : `${renderExplanation(explanation)}\n`);
  return explanation.verdict === 'fail' ? 1 : 0;
}
