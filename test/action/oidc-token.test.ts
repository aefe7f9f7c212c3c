import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { requestIdToken } from '../../src/action/oidc-token';
import { decodeJwtClaims, jsonReply, startAwsServer, type AwsServer } from '../support/aws-server';

let server: AwsServer;

beforeAll(async () => {
  server = await startAwsServer();
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => server.reset());

const env = (): NodeJS.ProcessEnv => ({
  ACTIONS_ID_TOKEN_REQUEST_URL: server.oidcUrl,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: server.oidcRequestToken,
});

describe('requestIdToken', () => {
  it('asks the token service for the audience with the request token, and returns the token', async () => {
    const token = await requestIdToken('sts.amazonaws.com', undefined, env());
    expect(decodeJwtClaims(token)?.aud).toBe('sts.amazonaws.com');
    const [call] = server.callsTo('GetIdToken');
    expect(call?.params.audience).toBe('sts.amazonaws.com');
    expect(call?.params['api-version']).toBe('2.0');
    expect(call?.headers.authorization).toBe(`Bearer ${server.oidcRequestToken}`);
  });

  it('retries a 503 and fails on a 401 at once, with the status and the message', async () => {
    server.script('oidc', 'GetIdToken', jsonReply(503, { message: 'busy' }));
    await expect(requestIdToken('aud', undefined, env())).resolves.toMatch(/\./);
    server.reset();
    server.script('oidc', 'GetIdToken', jsonReply(401, { message: 'Bad credentials' }));
    await expect(requestIdToken('aud', undefined, env())).rejects.toThrow(/Error Code : 401 .*Bad credentials/);
    expect(server.callsTo('GetIdToken')).toHaveLength(1);
  });

  it('refuses an answer without a token', async () => {
    server.script('oidc', 'GetIdToken', jsonReply(200, { count: 0 }));
    await expect(requestIdToken('aud', undefined, env())).rejects.toThrow('do not have ID Token field');
  });

  it('names the missing variables', async () => {
    await expect(requestIdToken('aud', undefined, {})).rejects.toThrow('ACTIONS_ID_TOKEN_REQUEST_URL');
    await expect(requestIdToken('aud', undefined, { ACTIONS_ID_TOKEN_REQUEST_URL: server.oidcUrl })).rejects.toThrow(
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    );
  });

  it('is aborted by its signal while the service does not answer', async () => {
    server.handle('oidc', () => ({ type: 'hang' }));
    const controller = new AbortController();
    const pending = requestIdToken('aud', controller.signal, env());
    setTimeout(() => controller.abort(new Error('deadline')), 100);
    await expect(pending).rejects.toThrow('deadline');
  });
});
