import type { Finding } from '../evaluate/types';
import type { Severity } from '../rules/types';
import type { GateOutcome } from '../run/types';
import { coversSeveralAccounts, byImportance } from './finding-groups';
import { locateFinding } from './finding-location';
import type { Redactor } from './redact';
import { ruleInfo } from './rule-metadata';
import { formatCount } from './time-text';

/** One workflow annotation, shaped for `core.error/warning/notice(message, properties)`. */
export interface Annotation {
  level: Severity;
  message: string;
  title: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export interface AnnotationOptions {
  redact: Redactor;
  /** Named in the closing notice when set. */
  jsonFile?: string | null;
}

/** GitHub shows at most 10 errors, 10 warnings and 10 notices of a step; more are dropped unseen. */
export const ANNOTATIONS_PER_LEVEL = 10;

function placeOf(outcome: GateOutcome, finding: Finding): Pick<Annotation, 'file' | 'startLine' | 'startColumn'> {
  const location = locateFinding(outcome, finding);
  if (location === null) return {};
  return {
    file: location.file,
    ...(location.line === undefined ? {} : { startLine: location.line }),
    ...(location.column === undefined ? {} : { startColumn: location.column }),
  };
}

/**
 * The first ANNOTATIONS_PER_LEVEL findings of each level that are not exempted, in byImportance
 * order (ties in document order), as sorting them all would give, and how many others there are.
 * One pass that keeps ten per level: a large account has thousands of findings and shows 30.
 */
function mostImportant(findings: readonly Finding[]): { chosen: Finding[]; rest: number } {
  const levels: Record<Severity, Finding[]> = { error: [], warning: [], notice: [] };
  let candidates = 0;
  // An index loop: for-of allocates per step until V8 has optimised this, and it runs once.
  for (let i = 0; i < findings.length; i += 1) {
    const finding = findings[i] as Finding;
    if (finding.exempted) continue;
    candidates += 1;
    const kept = levels[finding.severity];
    const last = kept[kept.length - 1];
    // Full and not before the last one kept: a later equal finding stays behind it. This is
    // byImportance(finding, last) >= 0 written out for two findings of one level, neither exempted
    // (upcoming after violations, then the older credential first): it runs for nearly every
    // finding, and thousands of calls cost ms before V8 has optimised them.
    if (kept.length === ANNOTATIONS_PER_LEVEL && last !== undefined) {
      const upcoming = finding.status === 'upcoming';
      const lastUpcoming = last.status === 'upcoming';
      if (upcoming !== lastUpcoming ? upcoming : (last.ageDays ?? -1) >= (finding.ageDays ?? -1)) continue;
    }
    let at = kept.length;
    while (at > 0 && byImportance(finding, kept[at - 1] as Finding) < 0) at -= 1;
    kept.splice(at, 0, finding);
    if (kept.length > ANNOTATIONS_PER_LEVEL) kept.pop();
  }
  const chosen = [...levels.error, ...levels.warning, ...levels.notice];
  return { chosen, rest: candidates - chosen.length };
}

/**
 * The annotations of a run: the most important findings that are not exempted (by severity, then
 * the oldest credential), up to GitHub's 10 per level, then one notice that counts the rest.
 * Exempted findings get none: they are in the summary.
 */
export function buildAnnotations(outcome: GateOutcome, options: AnnotationOptions): Annotation[] {
  const { document } = outcome;
  const { redact } = options;
  redact.learn(outcome);
  const { chosen, rest: left } = mostImportant(document.findings);
  let rest = left;
  const perLevel: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of chosen) perLevel[finding.severity] += 1;
  // The closing notice needs one of the 10 notice places.
  if (rest > 0 && perLevel.notice === ANNOTATIONS_PER_LEVEL) {
    const lastNotice = chosen.findLastIndex((finding) => finding.severity === 'notice');
    chosen.splice(lastNotice, 1);
    rest += 1;
  }

  const multiAccount = coversSeveralAccounts(document);
  const annotations: Annotation[] = chosen.map((finding) => {
    const account = multiAccount && finding.account !== null ? `[${redact.account(finding.account)}] ` : '';
    return {
      level: finding.severity,
      title: `${finding.rule}: ${ruleInfo(finding.rule).title}`,
      message: `${account}${redact.text(finding.message)}`,
      ...placeOf(outcome, finding),
    };
  });
  if (rest > 0) {
    const where = options.jsonFile ? `the job summary, or every finding in ${options.jsonFile}` : 'the job summary';
    annotations.push({
      level: 'notice',
      title: 'iam-credential-gate: more findings',
      message:
        `… and ${formatCount(rest)} more ${rest === 1 ? 'finding' : 'findings'} without an annotation ` +
        `(GitHub shows ${ANNOTATIONS_PER_LEVEL} per level): see ${where}.`,
    });
  }
  return annotations;
}
