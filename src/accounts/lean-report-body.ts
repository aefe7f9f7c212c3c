/**
 * The SDK's XML parser (@aws-sdk/xml-builder, parseTag) builds every text node one character at a
 * time, so the base64 `Content` of a 1 MiB credential report leaves about 45 MB of garbage behind.
 * One account does not mind; a run over 100 accounts of 5 000 users made the heap balloon past
 * 450 MiB before a collection caught up. These two middlewares take `Content` out of the XML before
 * the SDK parses it (the rest of the response still goes through the SDK's deserializer, errors
 * included) and put the decoded bytes back into the command's output.
 */
import type { GetCredentialReportCommandOutput, IAMClient } from '@aws-sdk/client-iam';
import type { HandlerExecutionContext } from '@smithy/types';
import { MAX_REPORT_RESPONSE_BYTES, reportBytesOfBody, reportTooLarge } from '../aws/report-size-cap';

const OPEN = Buffer.from('<Content>');
const CLOSE = Buffer.from('</Content>');
const COMMAND = 'GetCredentialReportCommand';

interface RawResponse {
  statusCode: number;
  headers?: Record<string, string | undefined>;
  body?: unknown;
}

function isRawResponse(value: unknown): value is RawResponse {
  return typeof value === 'object' && value !== null && typeof (value as RawResponse).statusCode === 'number';
}

function asBuffer(chunk: Uint8Array | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * The whole body in one buffer. With a Content-Length (IAM sends one) the chunks are copied into a
 * buffer of that size as they arrive, so a report never exists twice in memory while it is read.
 */
async function readBody(body: unknown, length: number | null): Promise<Buffer | null> {
  if (body instanceof Uint8Array) return asBuffer(body);
  if (typeof body !== 'object' || body === null || !(Symbol.asyncIterator in body)) return null;
  // Over the size cap: refused as announced, or as soon as it has sent more (see report-size-cap.ts).
  const refuse = (size: number) => {
    (body as { destroy?: () => void }).destroy?.();
    return reportTooLarge(reportBytesOfBody(size), true);
  };
  if (length !== null && length > MAX_REPORT_RESPONSE_BYTES) throw refuse(length);
  let whole = length === null ? null : Buffer.allocUnsafe(length);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) {
    const bytes = asBuffer(chunk);
    if (size + bytes.length > MAX_REPORT_RESPONSE_BYTES) throw refuse(size + bytes.length);
    if (whole !== null && size + bytes.length <= whole.length) {
      bytes.copy(whole, size);
    } else {
      // More than announced: fall back to collecting the pieces.
      if (whole !== null) chunks.push(whole.subarray(0, size));
      whole = null;
      chunks.push(bytes);
    }
    size += bytes.length;
  }
  return whole === null ? Buffer.concat(chunks, size) : whole.subarray(0, size);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const SEXTETS = new Int8Array(256).fill(-1);
for (let i = 0; i < BASE64.length; i += 1) SEXTETS[BASE64.charCodeAt(i)] = i;

/**
 * Decodes the base64 text in `bytes[from, to)` into the same bytes, starting at `from` (the output
 * is shorter than the input and never overtakes it), and returns the decoded length. Padding and
 * whitespace are skipped. No copy of the report is made, neither as bytes nor as a string.
 */
function decodeBase64InPlace(bytes: Buffer, from: number, to: number): number {
  let write = from;
  let bits = 0;
  let buffer = 0;
  for (let read = from; read < to; read += 1) {
    const sextet = SEXTETS[bytes[read] ?? 0] ?? -1;
    if (sextet < 0) continue;
    buffer = ((buffer << 6) | sextet) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[write] = (buffer >> bits) & 0xff;
      write += 1;
    }
  }
  return write - from;
}

/** Installs the two middlewares on a client; other commands pass through untouched. */
export function leanCredentialReportBodies(client: IAMClient): void {
  const contents = new WeakMap<HandlerExecutionContext, Uint8Array>();

  // Innermost: sees the raw HTTP response before the SDK's deserializer does.
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const response: unknown = result.response;
      if (context.commandName !== COMMAND || !isRawResponse(response) || response.statusCode !== 200) return result;
      const announced = Number(response.headers?.['content-length'] ?? Number.NaN);
      const body = await readBody(response.body, Number.isSafeInteger(announced) ? announced : null);
      if (body === null) return result;
      const start = body.indexOf(OPEN);
      const end = start < 0 ? -1 : body.indexOf(CLOSE, start);
      if (start >= 0 && end >= 0) {
        // The rest of the XML goes to the SDK first: the decoding below overwrites the base64 text.
        response.body = Buffer.concat([body.subarray(0, start + OPEN.length), body.subarray(end)]);
        const from = start + OPEN.length;
        contents.set(context, body.subarray(from, from + decodeBase64InPlace(body, from, end)));
      } else {
        response.body = body;
      }
      return result;
    },
    { step: 'deserialize', priority: 'low', name: 'iamCredentialGateLeanReportBody' },
  );

  // Outermost: puts the report back once the SDK has built the output.
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const content = contents.get(context);
      if (content !== undefined) (result.output as GetCredentialReportCommandOutput).Content = content;
      return result;
    },
    { step: 'initialize', priority: 'high', name: 'iamCredentialGateLeanReportContent' },
  );
}
