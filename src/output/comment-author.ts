import type * as github from '@actions/github';
import type { GateLogger } from '../logger';

/**
 * Who the token writes comments as. The marker that finds our comment is in every copy of it, so
 * anyone can plant a comment that carries it: only a comment written by the token's own identity
 * is ours to update.
 *
 * - A personal access token (or an OAuth token): `GET /user` names the user, with its id.
 * - An installation token (the workflow's GITHUB_TOKEN, a GitHub App's): `GET /user` answers 403
 *   "Resource not accessible by integration". GraphQL's `viewer` still names the app's bot (as
 *   marocchino/sticky-pull-request-comment does it); its login may come without the `[bot]` that
 *   REST puts on a bot's comments, so the suffix is added.
 * - When neither says, the token is taken to be the workflow's: `github-actions[bot]`. That is
 *   what `github-token` defaults to; a wrong guess only means a new comment instead of an update.
 */
export interface CommentAuthor {
  login: string;
  /** `User` or `Bot`, as REST writes `comment.user.type`. */
  type: 'User' | 'Bot';
  /** The account id when the API said it; null when only the login is known. */
  id: number | null;
  /** How it was found, for the debug log. */
  source: 'GET /user' | 'GraphQL viewer' | 'the workflow token (assumed)';
}

type Octokit = ReturnType<typeof github.getOctokit>;

export const WORKFLOW_TOKEN_AUTHOR: CommentAuthor = {
  login: 'github-actions[bot]',
  type: 'Bot',
  id: null,
  source: 'the workflow token (assumed)',
};

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function asBotLogin(login: string): string {
  return login.endsWith('[bot]') ? login : `${login}[bot]`;
}

export async function resolveCommentAuthor(octokit: Octokit, log: GateLogger): Promise<CommentAuthor> {
  let integration = false;
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    const type = data.type === 'Bot' ? 'Bot' : 'User';
    return { login: data.login, type, id: data.id, source: 'GET /user' };
  } catch (error) {
    // 403 is the installation token's answer; anything else (a network fault) says nothing.
    integration = statusOf(error) === 403;
    log.debug(`comment: GET /user did not name the token's user (${statusOf(error) ?? String(error)}).`);
  }
  try {
    const { viewer } = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    if (typeof viewer.login === 'string' && viewer.login !== '') {
      // Only an installation token gets here by a 403, and its identity is always a bot.
      return integration
        ? { login: asBotLogin(viewer.login), type: 'Bot', id: null, source: 'GraphQL viewer' }
        : { login: viewer.login, type: viewer.login.endsWith('[bot]') ? 'Bot' : 'User', id: null, source: 'GraphQL viewer' };
    }
  } catch (error) {
    log.debug(`comment: the GraphQL viewer did not name the token's identity (${statusOf(error) ?? String(error)}).`);
  }
  return WORKFLOW_TOKEN_AUTHOR;
}

export interface CommentUser {
  login?: string | null;
  id?: number | null;
  type?: string | null;
}

/** Whether `user` (a comment's author, as REST gives it) is the token's own identity. */
export function writtenBy(author: CommentAuthor, user: CommentUser | null | undefined): boolean {
  if (user === null || user === undefined) return false;
  if (author.id !== null && typeof user.id === 'number') return user.id === author.id;
  if (typeof user.login !== 'string' || user.login.toLowerCase() !== author.login.toLowerCase()) return false;
  // A user cannot be named `x[bot]`, but check the type where REST gives it anyway.
  return typeof user.type !== 'string' || user.type === author.type;
}
