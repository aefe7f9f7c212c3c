import type { Severity } from '../rules/types';
import type { SourcePosition } from '../user-error';

/** One rule as the resolved policy configures it (after `extends` and defaults). */
export interface ConfiguredRule {
  id: string;
  enabled: boolean;
  severity: Severity;
  /** Complete params: the rule's defaults with the policy's values merged in. */
  params: Record<string, unknown>;
  /** Where the rule's entry stands in the policy (the last file in the extends chain that set it). */
  position: SourcePosition | null;
}

export interface Exemption {
  /** Globs on user name: `*` any run of characters (including `/`), `?` one character. */
  users: string[];
  /** Globs on the ARN, same syntax. */
  arns: string[];
  /** Account ids; null = any account. */
  accounts: string[] | null;
  /** Rule ids, or `*`. */
  rules: string[];
  reason: string;
  /** `YYYY-MM-DD`; the exemption is valid through the end of that day (UTC). null = no expiry. */
  expires: string | null;
  owner: string | null;
  position: SourcePosition | null;
}

export interface PolicySettings {
  /** A report older than this is regenerated before evaluation. */
  max_report_age_hours: number;
}

export interface Policy {
  /** As the user named it: `builtin:recommended` or the path given. */
  source: string;
  /** The workspace file (path as given) when the policy is a file; null for builtins. */
  file: string | null;
  settings: PolicySettings;
  /** Every registered rule, in registry order, enabled or not. */
  rules: ConfiguredRule[];
  exemptions: Exemption[];
}

/** One rule entry exactly as one policy file states it (before `extends` and defaults). */
export interface PolicyFileRule {
  id: string;
  /** `on`/`true`/an object enable the rule; `off`/`false`/`enabled: false` disable it. */
  enabled: boolean;
  /** null: the file leaves the severity as it was. */
  severity: Severity | null;
  /** Only the params the file sets. */
  params: Record<string, unknown>;
  /** The rule's key in the file. */
  position: SourcePosition;
}

/** One validated policy file, not yet merged with what it extends. */
export interface PolicyFile {
  /** The name used in messages: the path (relative to the working directory) or `builtin:NAME`. */
  file: string;
  extends: { ref: string; position: SourcePosition } | null;
  /** Only the settings the file sets. */
  settings: Partial<PolicySettings>;
  /** In file order. */
  rules: PolicyFileRule[];
  exemptions: Exemption[];
}
