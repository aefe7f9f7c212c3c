import type { BaselineSummary, Evaluation, ReportFacts } from '../evaluate/types';
import type { GateLogger } from '../logger';
import type { GateSettings } from '../settings/settings';
import { isUserError } from '../user-error';

export interface BaselineStageResult {
  /** The evaluation with its findings marked; the one given when there is no baseline or it failed. */
  evaluation: Evaluation;
  /** The document's `baseline`: null without one, or when it could not be used. */
  baseline: BaselineSummary | null;
  /** The reason a baseline could not be used, as a message of the run (empty otherwise). */
  errors: string[];
}

/**
 * The run's baseline stage, called once after evaluation: nothing without `baseline` (or outside
 * `check`); otherwise the findings marked against it. A baseline that cannot be used is an error
 * of the run (fail closed); our own bugs are thrown.
 */
export async function baselineStage(
  settings: GateSettings,
  evaluation: Evaluation,
  reports: readonly ReportFacts[],
  log: GateLogger,
): Promise<BaselineStageResult> {
  if (settings.baseline === null || settings.mode !== 'check') return { evaluation, baseline: null, errors: [] };
  try {
    // Imported here: the document reader needs zod, which a run without a baseline never loads.
    const { applyBaseline } = await import('./apply-baseline');
    const compared = await applyBaseline({ settings, path: settings.baseline, findings: evaluation.findings, reports, log });
    return { evaluation: { ...evaluation, findings: compared.findings }, baseline: compared.summary, errors: [] };
  } catch (error) {
    if (!isUserError(error)) throw error;
    return { evaluation, baseline: null, errors: [error.message] };
  }
}
