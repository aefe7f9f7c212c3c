import { GenerateCredentialReportCommand, GetCredentialReportCommand, type IAMClient } from '@aws-sdk/client-iam';
import { checkReportSize } from './report-size-cap';

export type GenerationState = 'STARTED' | 'INPROGRESS' | 'COMPLETE';

export interface RawCredentialReport {
  /** The CSV text exactly as AWS sent it (UTF-8). */
  content: string;
  /** Epoch ms of GeneratedTime; null when AWS did not say. */
  generatedAt: number | null;
}

/**
 * The two IAM calls the gate needs, each bounded by a per-request timeout so a stuck
 * connection cannot outlive the overall budget. Errors are thrown as the SDK raised them.
 */
export interface CredentialReportApi {
  generate(timeoutMs: number): Promise<GenerationState>;
  get(timeoutMs: number): Promise<RawCredentialReport>;
}

export function createCredentialReportApi(client: IAMClient): CredentialReportApi {
  return {
    async generate(timeoutMs) {
      const out = await client.send(new GenerateCredentialReportCommand({}), { abortSignal: AbortSignal.timeout(timeoutMs) });
      const state = out.State;
      // An unknown or missing state is treated as still running: polling again is safe.
      return state === 'COMPLETE' || state === 'STARTED' ? state : 'INPROGRESS';
    },
    async get(timeoutMs) {
      const out = await client.send(new GetCredentialReportCommand({}), { abortSignal: AbortSignal.timeout(timeoutMs) });
      if (out.Content !== undefined) checkReportSize(out.Content.byteLength);
      const content = out.Content === undefined ? '' : new TextDecoder('utf-8').decode(out.Content);
      const generatedAt = out.GeneratedTime instanceof Date && !Number.isNaN(out.GeneratedTime.getTime()) ? out.GeneratedTime.getTime() : null;
      return { content, generatedAt };
    },
  };
}
