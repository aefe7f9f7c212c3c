/**
 * Issue 10 item 4: a fetched report of 1 000 000 rows (about 250 MB of CSV, 333 MB of base64 in
 * the XML) is refused by the size cap with a clear error and `result: error`, never read until the
 * runner runs out of memory. The loopback IAM endpoint streams the report as it is written, with
 * and without a Content-Length, and counts what the gate took before it hung up.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { benchReportCsv } from '../../scripts/bench-report';
import { runActionBundle } from '../support/run-bundle';

const ROWS = 1_000_000;
const NOW = '2026-11-20T12:00:00Z';

interface StreamingIam {
  url: string;
  sent: () => number;
  close: () => Promise<void>;
}

let server: Server | null = null;

afterEach(async () => {
  server?.closeAllConnections();
  if (server) await new Promise((resolve) => server?.close(resolve));
  server = null;
});

async function startStreamingIam(announceLength: boolean): Promise<StreamingIam> {
  // A block of rows three times over: its length is a multiple of 3, so blocks concatenate as base64.
  const sample = benchReportCsv({ account: '123456789012', users: 1_000, now: Date.parse(NOW) });
  const [header = '', ...rows] = sample.split('\n');
  const block = Buffer.from(`${rows.join('\n')}\n`.repeat(3));
  const blockRows = rows.length * 3;
  const blocks = Math.ceil(ROWS / blockRows);
  const first = Buffer.from(`${header}\n`.padEnd(Math.ceil((header.length + 1) / 3) * 3, ' '));
  const open = '<GetCredentialReportResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><GetCredentialReportResult><Content>';
  const close = '</Content><ReportFormat>text/csv</ReportFormat><GeneratedTime>2026-11-20T11:00:00Z</GeneratedTime></GetCredentialReportResult><ResponseMetadata><RequestId>x</RequestId></ResponseMetadata></GetCredentialReportResponse>';
  const base64Block = block.toString('base64');
  const length = open.length + first.toString('base64').length + base64Block.length * blocks + close.length;
  let sent = 0;
  server = createServer((req, res) => {
    req.resume();
    req.on('end', async () => {
      res.writeHead(200, { 'content-type': 'text/xml', ...(announceLength ? { 'content-length': String(length) } : {}) });
      const write = async (text: string) => {
        if (res.destroyed) return false;
        sent += text.length;
        if (!res.write(text)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
        return !res.destroyed;
      };
      if (!(await write(open)) || !(await write(first.toString('base64')))) return;
      for (let i = 0; i < blocks; i += 1) if (!(await write(base64Block))) return;
      await write(close);
      res.end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, sent: () => sent, close: async () => undefined };
}

function env(iam: StreamingIam): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: iam.url,
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_CONFIG_FILE: '/nonexistent/aws/config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws/credentials',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}

describe('a fetched report over the size cap', () => {
  it.each([
    ['announced with a Content-Length', true],
    ['streamed without one', false],
  ])('of 1 000 000 rows, %s, is refused with result error', async (_, announce) => {
    const iam = await startStreamingIam(announce);
    const run = await runActionBundle({ now: NOW, 'max-wait-seconds': '60' }, { env: env(iam) });
    expect(run.outputs.result).toBe('error');
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors[0]).toContain("more than the gate's cap of 64 MiB");
    expect(errors[0]).toContain('The credential report AWS sent is about');
    // Refused at the header, or once past the cap: never the whole 333 MB.
    expect(iam.sent()).toBeLessThan(announce ? 50_000_000 : 150_000_000);
    expect(run.summary).toContain('64 MiB');
  }, 120_000);
});
