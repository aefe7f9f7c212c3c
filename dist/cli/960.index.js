export const id = 960;
export const ids = [960];
export const modules = {

/***/ 6960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openAwsAccounts: () => (/* binding */ openAwsAccounts)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var dist_cjs = __webpack_require__(2503);
// EXTERNAL MODULE: ./src/aws/aws-clients.ts
var aws_clients = __webpack_require__(1513);
// EXTERNAL MODULE: ./src/aws/aws-credentials.ts + 1 modules
var aws_credentials = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/aws/aws-error.ts
var aws_error = __webpack_require__(4931);
// EXTERNAL MODULE: ./src/aws/credential-report-api.ts
var credential_report_api = __webpack_require__(3790);
// EXTERNAL MODULE: ./src/aws/fetch-credential-report.ts
var fetch_credential_report = __webpack_require__(1466);
// EXTERNAL MODULE: ./src/aws/retry-budget.ts
var retry_budget = __webpack_require__(9181);
// EXTERNAL MODULE: ./src/user-error.ts
var user_error = __webpack_require__(7495);
;// CONCATENATED MODULE: ./src/accounts/lean-report-body.ts
const OPEN = Buffer.from('<Content>');
const CLOSE = Buffer.from('</Content>');
const COMMAND = 'GetCredentialReportCommand';
function isRawResponse(value) {
    return typeof value === 'object' && value !== null && typeof value.statusCode === 'number';
}
function asBuffer(chunk) {
    return typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}
/**
 * The whole body in one buffer. With a Content-Length (IAM sends one) the chunks are copied into a
 * buffer of that size as they arrive, so a report never exists twice in memory while it is read.
 */
async function readBody(body, length) {
    if (body instanceof Uint8Array)
        return asBuffer(body);
    if (typeof body !== 'object' || body === null || !(Symbol.asyncIterator in body))
        return null;
    let whole = length === null ? null : Buffer.allocUnsafe(length);
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        const bytes = asBuffer(chunk);
        if (whole !== null && size + bytes.length <= whole.length) {
            bytes.copy(whole, size);
        }
        else {
            // More than announced: fall back to collecting the pieces.
            if (whole !== null)
                chunks.push(whole.subarray(0, size));
            whole = null;
            chunks.push(bytes);
        }
        size += bytes.length;
    }
    return whole === null ? Buffer.concat(chunks, size) : whole.subarray(0, size);
}
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const SEXTETS = new Int8Array(256).fill(-1);
for (let i = 0; i < BASE64.length; i += 1)
    SEXTETS[BASE64.charCodeAt(i)] = i;
/**
 * Decodes the base64 text in `bytes[from, to)` into the same bytes, starting at `from` (the output
 * is shorter than the input and never overtakes it), and returns the decoded length. Padding and
 * whitespace are skipped. No copy of the report is made, neither as bytes nor as a string.
 */
function decodeBase64InPlace(bytes, from, to) {
    let write = from;
    let bits = 0;
    let buffer = 0;
    for (let read = from; read < to; read += 1) {
        const sextet = SEXTETS[bytes[read] ?? 0] ?? -1;
        if (sextet < 0)
            continue;
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
function leanCredentialReportBodies(client) {
    const contents = new WeakMap();
    // Innermost: sees the raw HTTP response before the SDK's deserializer does.
    client.middlewareStack.add((next, context) => async (args) => {
        const result = await next(args);
        const response = result.response;
        if (context.commandName !== COMMAND || !isRawResponse(response) || response.statusCode !== 200)
            return result;
        const announced = Number(response.headers?.['content-length'] ?? Number.NaN);
        const body = await readBody(response.body, Number.isSafeInteger(announced) ? announced : null);
        if (body === null)
            return result;
        const start = body.indexOf(OPEN);
        const end = start < 0 ? -1 : body.indexOf(CLOSE, start);
        if (start >= 0 && end >= 0) {
            // The rest of the XML goes to the SDK first: the decoding below overwrites the base64 text.
            response.body = Buffer.concat([body.subarray(0, start + OPEN.length), body.subarray(end)]);
            const from = start + OPEN.length;
            contents.set(context, body.subarray(from, from + decodeBase64InPlace(body, from, end)));
        }
        else {
            response.body = body;
        }
        return result;
    }, { step: 'deserialize', priority: 'low', name: 'iamCredentialGateLeanReportBody' });
    // Outermost: puts the report back once the SDK has built the output.
    client.middlewareStack.add((next, context) => async (args) => {
        const result = await next(args);
        const content = contents.get(context);
        if (content !== undefined)
            result.output.Content = content;
        return result;
    }, { step: 'initialize', priority: 'high', name: 'iamCredentialGateLeanReportContent' });
}

;// CONCATENATED MODULE: ./src/accounts/aws-accounts.ts
/**
 * The AWS side of a multi-account run, loaded on demand like the single-account adapter (the
 * offline path never loads the SDK): the hub identity, the organization's account list, and each
 * member account's report through its member role. Every failure is a UserError naming what failed.
 */









/** Organizations throttles ListAccounts at a few calls per second; the SDK's own retries suffice for one listing. */
const ORGANIZATIONS_ATTEMPTS = 5;
const ORGANIZATIONS_PAGE_SIZE = 20;
/** STS caps a session assumed from another role's session (role chaining) at one hour. */
const MAX_CHAINED_SESSION_SECONDS = 3_600;
function credentialRequest(request, log) {
    return {
        region: request.region,
        roleToAssume: request.roleToAssume,
        audience: request.audience,
        roleSessionName: request.roleSessionName,
        roleDurationSeconds: request.roleDurationSeconds,
        roleArn: request.roleArn,
        profile: request.profile,
        getIdToken: request.getIdToken,
        ...(request.oidcAvailable === undefined ? {} : { oidcAvailable: request.oidcAvailable }),
        mask: request.mask,
        log,
    };
}
/** Destroys every client it made: keep-alive sockets would otherwise hold the process open. */
function clientPool() {
    const clients = [];
    return {
        track(client) {
            clients.push(client);
            return client;
        },
        destroy() {
            for (const client of clients.splice(0))
                client.destroy();
        },
    };
}
async function listActiveAccounts(client, identity, timeoutMs) {
    const signal = AbortSignal.timeout(timeoutMs);
    const ids = [];
    let nextToken;
    try {
        do {
            const page = await client.send(new dist_cjs/* ListAccountsCommand */.Q0l({ MaxResults: ORGANIZATIONS_PAGE_SIZE, NextToken: nextToken }), { abortSignal: signal });
            for (const account of page.Accounts ?? []) {
                // `Status` is retired in favour of `State` (September 2026); older responses only have Status.
                const state = account.State ?? account.Status;
                if (state === 'ACTIVE' && account.Id !== undefined)
                    ids.push(account.Id);
            }
            nextToken = page.NextToken || undefined;
        } while (nextToken !== undefined);
    }
    catch (error) {
        const failure = (0,aws_error/* classifyAwsError */.u)(error);
        const advice = failure.code === 'AWSOrganizationsNotInUseException'
            ? 'The hub account is not in an organization: list the accounts in `accounts` instead of `organization`.'
            : failure.kind === 'access-denied'
                ? 'Run the gate with an identity of the management account or of a delegated administrator for AWS Organizations, ' +
                    'allowed organizations:ListAccounts; or list the accounts in `accounts`.'
                : 'Run again later, or list the accounts in `accounts`.';
        throw new user_error/* UserError */.yo(`Could not list the accounts of the organization as ${identity}: organizations:ListAccounts answered ${(0,aws_error/* describeFailure */.I)(failure)}. ${advice}`);
    }
    return ids;
}
/**
 * Resolves the hub identity at once (so a hub that cannot sign in fails the run with one message,
 * not once per account) and returns the adapter. The hub's temporary credentials are renewed with a
 * fresh time budget once half their lifetime has passed, so a run over many accounts can outlast
 * `role-duration-seconds`.
 */
async function openAwsAccounts(request) {
    const clock = request.clock ?? retry_budget/* systemClock */.ml;
    const maxWaitMs = request.maxWaitSeconds * 1000;
    const settings = {
        region: request.region === '' ? 'us-east-1' : request.region,
        userAgent: request.userAgent,
        profile: request.profile,
    };
    const temporary = request.roleToAssume !== null || request.roleArn !== null;
    const renewAfterMs = Math.max(60_000, (request.roleDurationSeconds * 1000) / 2);
    // The hub's STS clients serve its credential refreshes, so they stay open until close().
    const hubClients = clientPool();
    const resolveHub = async () => {
        const at = clock.now();
        const credentials = await (0,aws_credentials/* resolveGateCredentials */.O)(credentialRequest(request, request.log), {
            budget: new retry_budget/* RetryBudget */.Km(clock, maxWaitMs),
            createStsClient: (provider) => hubClients.track((0,aws_clients/* createStsClient */.u)(settings, provider)),
        });
        return { credentials, at };
    };
    let hub;
    try {
        hub = await resolveHub();
    }
    catch (error) {
        hubClients.destroy();
        throw error;
    }
    let renewing = null;
    const currentHub = async () => {
        if (temporary && clock.now() - hub.at > renewAfterMs) {
            renewing ??= resolveHub().finally(() => {
                renewing = null;
            });
            hub = await renewing;
        }
        return hub.credentials;
    };
    const identity = hub.credentials.identity;
    return {
        identity,
        async listOrganizationAccounts() {
            const credentials = await currentHub();
            const client = new dist_cjs/* OrganizationsClient */.gnq({
                region: settings.region,
                customUserAgent: settings.userAgent,
                maxAttempts: ORGANIZATIONS_ATTEMPTS,
                credentials: credentials.provider,
                ...(settings.profile === null ? {} : { profile: settings.profile }),
            });
            try {
                return await listActiveAccounts(client, identity, maxWaitMs);
            }
            finally {
                client.destroy();
            }
        },
        async fetchAccount(target, log) {
            const budget = new retry_budget/* RetryBudget */.Km(clock, maxWaitMs);
            const pool = clientPool();
            try {
                const source = await currentHub();
                const member = await (0,aws_credentials/* chainAssumeRole */.G)({
                    ...credentialRequest(request, log),
                    roleArn: target.roleArn,
                    roleDurationSeconds: Math.min(request.roleDurationSeconds, MAX_CHAINED_SESSION_SECONDS),
                }, { budget, createStsClient: (provider) => pool.track((0,aws_clients/* createStsClient */.u)(settings, provider)) }, source.provider, source.identity);
                const iam = pool.track((0,aws_clients/* createIamClient */.L)(settings, member.provider));
                leanCredentialReportBodies(iam);
                const report = await (0,fetch_credential_report/* fetchCredentialReport */.qq)({
                    api: (0,credential_report_api/* createCredentialReportApi */.K)(iam),
                    budget,
                    maxReportAgeHours: request.maxReportAgeHours,
                    log,
                    identity: `role ${target.roleArn}`,
                });
                return {
                    content: report.content,
                    generatedAt: report.generatedAt === null ? null : new Date(report.generatedAt).toISOString(),
                    accountId: member.accountId ?? target.accountId,
                    apiCalls: report.apiCalls,
                };
            }
            finally {
                pool.destroy();
            }
        },
        close() {
            hubClients.destroy();
        },
    };
}


/***/ })

};
