/**
 * An environment in which the AWS SDK can only reach the loopback server: every ambient AWS
 * and OIDC variable removed, shared config files pointed at nothing, instance metadata off.
 */
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const AMBIENT = /^(AWS_|ACTIONS_ID_TOKEN_|AMAZON_)/;

export function isolatedAwsEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!AMBIENT.test(key)) env[key] = value;
  }
  const nowhere = join(tmpdir(), 'iam-credential-gate-no-aws-config');
  Object.assign(env, {
    AWS_CONFIG_FILE: join(nowhere, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(nowhere, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
  });
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** Replaces process.env for an in-process test; returns the function that restores it. */
export function useEnv(env: NodeJS.ProcessEnv): () => void {
  const saved = { ...process.env };
  for (const key of Object.keys(process.env)) delete process.env[key];
  Object.assign(process.env, env);
  return () => {
    for (const key of Object.keys(process.env)) delete process.env[key];
    Object.assign(process.env, saved);
  };
}
