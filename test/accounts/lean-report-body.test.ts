import { Readable } from 'node:stream';
import { GetCredentialReportCommand, IAMClient } from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { leanCredentialReportBodies } from '../../src/accounts/lean-report-body';

const CSV = 'user,arn\n"josé,ops",arn:aws:iam::111111111111:user/josé\n<root_account>,arn:aws:iam::111111111111:root';

function responseXml(base64: string): string {
  return [
    '<GetCredentialReportResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">',
    '  <GetCredentialReportResult>',
    `    <Content>${base64}</Content>`,
    '    <ReportFormat>text/csv</ReportFormat>',
    '    <GeneratedTime>2026-11-20T11:58:02Z</GeneratedTime>',
    '  </GetCredentialReportResult>',
    '  <ResponseMetadata><RequestId>8e6a5e3f-0000-4000-8000-000000000000</RequestId></ResponseMetadata>',
    '</GetCredentialReportResponse>',
  ].join('\n');
}

/** An IAM client whose transport answers with `xml`, cut into `pieces`, announcing `length`. */
function clientAnswering(xml: string, pieces: number, length: number | null, status = 200): IAMClient {
  const bytes = Buffer.from(xml);
  const size = Math.ceil(bytes.length / pieces);
  const chunks = Array.from({ length: pieces }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
  const client = new IAMClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret' },
    requestHandler: {
      handle: async () => ({
        response: {
          statusCode: status,
          headers: { 'content-type': 'text/xml', ...(length === null ? {} : { 'content-length': String(length) }) },
          body: Readable.from(chunks),
        },
      }),
    },
  });
  leanCredentialReportBodies(client);
  return client;
}

describe('leanCredentialReportBodies', () => {
  const base64 = Buffer.from(CSV).toString('base64');

  it.each([
    ['one piece, with Content-Length', responseXml(base64), 1, 'exact'],
    ['base64 split across pieces', responseXml(base64), 7, 'exact'],
    ['no Content-Length', responseXml(base64), 5, null],
    ['more bytes than announced', responseXml(base64), 3, 'short'],
    ['base64 wrapped over lines', responseXml(base64.replace(/(.{16})/g, '$1\n')), 4, 'exact'],
  ])('hands over the report byte for byte: %s', async (_, xml, pieces, length) => {
    const announced = length === 'exact' ? Buffer.byteLength(xml) : length === 'short' ? 40 : null;
    const out = await clientAnswering(xml, pieces, announced).send(new GetCredentialReportCommand({}));
    expect(new TextDecoder().decode(out.Content)).toBe(CSV);
    expect(out.ReportFormat).toBe('text/csv');
    expect(out.GeneratedTime?.toISOString()).toBe('2026-11-20T11:58:02.000Z');
  });

  it('takes Content out before the SDK parses the XML', async () => {
    const client = clientAnswering(responseXml(base64), 3, null);
    const seen: string[] = [];
    // Outside the SDK's deserializer: sees the body it was given.
    client.middlewareStack.add(
      (next) => async (args) => {
        const result = await next(args);
        seen.push(Buffer.from((result.response as { body: Uint8Array }).body).toString());
        return result;
      },
      { step: 'deserialize', priority: 'high', name: 'spy' },
    );
    const out = await client.send(new GetCredentialReportCommand({}));
    expect(new TextDecoder().decode(out.Content)).toBe(CSV);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain('<Content></Content>');
    expect(seen[0]).not.toContain(base64);
  });

  it('leaves errors to the SDK', async () => {
    const error = [
      '<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">',
      '  <Error><Type>Sender</Type><Code>ReportNotPresent</Code><Message>The credential report does not exist.</Message></Error>',
      '  <RequestId>8e6a5e3f-0000-4000-8000-000000000001</RequestId>',
      '</ErrorResponse>',
    ].join('\n');
    await expect(clientAnswering(error, 2, null, 410).send(new GetCredentialReportCommand({}))).rejects.toMatchObject({
      name: 'CredentialReportNotPresentException',
    });
  });
});
