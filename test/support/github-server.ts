/**
 * A loopback stand-in for the part of the GitHub REST API the PR comment uses: list (paginated
 * with `Link` headers, as GitHub does), create and update issue comments, and who the token is
 * (`GET /user`, GraphQL `viewer`). Point `GITHUB_API_URL` at `url`. `failWrites` / `failReads`
 * answer with a status instead (403 is what a fork's read-only token gets), so tests can check
 * the gate degrades instead of failing.
 *
 * `identity` is who the token writes as: an installation token (`app`: `GET /user` answers 403
 * "Resource not accessible by integration", as GitHub does, and GraphQL names the bot) or a
 * user's token (`user`: `GET /user` names the user). Comments the server creates are theirs.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string; id: number; type: string };
  html_url: string;
  created_at: string;
  updated_at: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export type TokenIdentity =
  | { kind: 'app'; login: string; /** What GraphQL's viewer answers (GitHub may leave out `[bot]`). */ viewerLogin?: string; graphqlFails?: boolean }
  | { kind: 'user'; login: string };

export interface GitHubServer {
  /** Who the token is; an installation token as `github-actions[bot]` by default. */
  identity: TokenIdentity;
  /** The account id the server gives `login` (stable per login). */
  userId(login: string): number;
  /** Base URL for `GITHUB_API_URL`. */
  url: string;
  requests: RecordedRequest[];
  /** Comments of `owner/repo#issue`, oldest first. */
  comments(owner: string, repo: string, issue: number): StoredComment[];
  /** Puts a comment in place, as if someone had written it earlier. */
  seed(owner: string, repo: string, issue: number, body: string, login?: string): StoredComment;
  /** Status for POST/PATCH (e.g. 403), or null to serve them. */
  failWrites: number | null;
  /** Status for GET, or null to serve it. */
  failReads: number | null;
  close(): Promise<void>;
}

const TIMESTAMP = '2026-11-20T12:00:00Z';

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? null : (JSON.parse(text) as unknown);
}

function bodyOf(json: unknown): string | null {
  const body = (json as { body?: unknown } | null)?.body;
  return typeof body === 'string' ? body : null;
}

export async function startGitHubServer(): Promise<GitHubServer> {
  const threads = new Map<string, StoredComment[]>();
  const userIds = new Map<string, number>();
  const userId = (login: string): number => {
    let id = userIds.get(login);
    if (id === undefined) {
      id = 40_000_000 + userIds.size;
      userIds.set(login, id);
    }
    return id;
  };
  let nextId = 1000;
  let baseUrl = '';

  const threadOf = (owner: string, repo: string, issue: number): StoredComment[] => {
    const key = `${owner}/${repo}#${issue}`;
    let thread = threads.get(key);
    if (thread === undefined) {
      thread = [];
      threads.set(key, thread);
    }
    return thread;
  };

  const newComment = (owner: string, repo: string, issue: number, body: string, login: string): StoredComment => {
    nextId += 1;
    const comment: StoredComment = {
      id: nextId,
      body,
      user: { login, id: userId(login), type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${nextId}`,
      created_at: TIMESTAMP,
      updated_at: TIMESTAMP,
    };
    threadOf(owner, repo, issue).push(comment);
    return comment;
  };

  const findComment = (owner: string, repo: string, id: number): StoredComment | undefined => {
    for (const [key, thread] of threads) {
      if (!key.startsWith(`${owner}/${repo}#`)) continue;
      const found = thread.find((comment) => comment.id === id);
      if (found) return found;
    }
    return undefined;
  };

  const server: GitHubServer = {
    identity: { kind: 'app', login: 'github-actions[bot]' },
    userId,
    url: '',
    requests: [],
    comments: (owner, repo, issue) => [...threadOf(owner, repo, issue)],
    seed: (owner, repo, issue, body, login = 'someone') => newComment(owner, repo, issue, body, login),
    failWrites: null,
    failReads: null,
    close: async () => {
      // The client keeps connections alive; close would otherwise wait for them.
      http.closeAllConnections();
      await new Promise<void>((resolve, reject) => http.close((error) => (error ? reject(error) : resolve())));
    },
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', baseUrl);
    const method = request.method ?? 'GET';
    const json = method === 'GET' ? null : await readJson(request);
    server.requests.push({ method, path: url.pathname + url.search, authorization: request.headers.authorization, body: json });

    if (!request.headers.authorization) {
      send(response, 401, { message: 'Requires authentication' });
      return;
    }
    const failure = method === 'GET' ? server.failReads : server.failWrites;
    if (failure !== null) {
      send(response, failure, {
        message: failure === 403 ? 'Resource not accessible by integration' : 'Not Found',
        documentation_url: 'https://docs.github.com/rest/issues/comments',
      });
      return;
    }

    if (url.pathname === '/user' && method === 'GET') {
      const { identity } = server;
      if (identity.kind === 'app') {
        send(response, 403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
        });
        return;
      }
      send(response, 200, { login: identity.login, id: userId(identity.login), type: 'User' });
      return;
    }
    if (url.pathname === '/graphql' && method === 'POST') {
      const { identity } = server;
      if (identity.kind === 'app' && identity.graphqlFails === true) {
        send(response, 403, { message: 'Resource not accessible by integration' });
        return;
      }
      const login = identity.kind === 'app' ? (identity.viewerLogin ?? identity.login) : identity.login;
      send(response, 200, { data: { viewer: { login } } });
      return;
    }

    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (list) {
      const [, owner = '', repo = '', issue = '0'] = list;
      if (method === 'GET') {
        const all = threadOf(owner, repo, Number(issue));
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
        const page = Number(url.searchParams.get('page') ?? 1);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const headers: Record<string, string> = {};
        if (page < last) {
          const at = (n: number) => `<${baseUrl}${url.pathname}?per_page=${perPage}&page=${n}>`;
          headers.link = `${at(page + 1)}; rel="next", ${at(last)}; rel="last"`;
        }
        send(response, 200, all.slice((page - 1) * perPage, page * perPage), headers);
        return;
      }
      if (method === 'POST') {
        const body = bodyOf(json);
        if (body === null) return send(response, 422, { message: 'Invalid request: body is required' });
        send(response, 201, newComment(owner, repo, Number(issue), body, server.identity.login));
        return;
      }
    }

    const single = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (single && method === 'PATCH') {
      const [, owner = '', repo = '', id = '0'] = single;
      const comment = findComment(owner, repo, Number(id));
      const body = bodyOf(json);
      if (comment === undefined) return send(response, 404, { message: 'Not Found' });
      if (body === null) return send(response, 422, { message: 'Invalid request: body is required' });
      comment.body = body;
      comment.updated_at = '2026-11-20T12:05:00Z';
      send(response, 200, comment);
      return;
    }

    send(response, 404, { message: 'Not Found' });
  };

  const http = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => send(response, 500, { message: String(error) }));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  server.url = baseUrl;
  return server;
}
