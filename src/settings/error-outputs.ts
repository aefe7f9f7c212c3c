import type { FailOn } from '../evaluate/types';
import { isUserError } from '../user-error';
import { checkOutputPaths, runPaths } from './output-paths';
import { bool, choice, parseInstant, text, type RawInputs } from './settings';

/**
 * What a run whose inputs were refused can still report: the outputs whose own inputs parse. The
 * error must reach the job summary and the findings document (a later step, or a merge of shards,
 * reads that file), so each of these is parsed on its own and a bad one falls back to a safe default.
 */
export interface ErrorOutputs {
  /** null when `json-file` is empty, or when writing it would hit another output or an input file. */
  jsonFile: string | null;
  summary: boolean;
  /** A `redact` that does not parse redacts: names never leak because of a typo. */
  redact: boolean;
  failOn: FailOn;
  policy: string;
  now: number;
}

function tolerant<T>(parse: () => T, fallback: T): T {
  try {
    return parse();
  } catch (error) {
    if (isUserError(error)) return fallback;
    throw error;
  }
}

export function parseErrorOutputs(raw: RawInputs, clockNow: number, cwd: string): ErrorOutputs {
  const jsonFile = text(raw, 'json-file');
  // Only json-file is written here, so only its own collisions matter.
  const { outputs, inputs } = runPaths(raw);
  const json = outputs.filter((entry) => entry.input === 'json-file');
  const others = outputs.filter((entry) => entry.input !== 'json-file');
  const safeJson =
    jsonFile !== null &&
    tolerant(() => {
      checkOutputPaths({ outputs: json, inputs: [...inputs, ...others] }, cwd);
      return true;
    }, false);
  const nowText = text(raw, 'now');
  return {
    jsonFile: safeJson ? jsonFile : null,
    summary: tolerant(() => bool(raw, 'summary', true), true),
    redact: tolerant(() => bool(raw, 'redact', false), true),
    failOn: tolerant(() => choice(raw, 'fail-on', ['error', 'warning', 'never'] as const, 'error'), 'error'),
    policy: text(raw, 'policy') ?? 'builtin:recommended',
    now: nowText === null ? clockNow : tolerant(() => parseInstant(nowText, 'now'), clockNow),
  };
}
