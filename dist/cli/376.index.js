export const id = 376;
export const ids = [376];
export const modules = {

/***/ 5462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ leanCredentialReportBodies)
/* harmony export */ });
/* harmony import */ var _aws_report_size_cap__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9988);

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
    // Over the size cap: refused as announced, or as soon as it has sent more (see report-size-cap.ts).
    const refuse = (size) => {
        body.destroy?.();
        return (0,_aws_report_size_cap__WEBPACK_IMPORTED_MODULE_0__/* .reportTooLarge */ .CP)((0,_aws_report_size_cap__WEBPACK_IMPORTED_MODULE_0__/* .reportBytesOfBody */ .fG)(size), true);
    };
    if (length !== null && length > _aws_report_size_cap__WEBPACK_IMPORTED_MODULE_0__/* .MAX_REPORT_RESPONSE_BYTES */ .Q8)
        throw refuse(length);
    let whole = length === null ? null : Buffer.allocUnsafe(length);
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        const bytes = asBuffer(chunk);
        if (size + bytes.length > _aws_report_size_cap__WEBPACK_IMPORTED_MODULE_0__/* .MAX_REPORT_RESPONSE_BYTES */ .Q8)
            throw refuse(size + bytes.length);
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


/***/ }),

/***/ 1513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createIamClient),
/* harmony export */   u: () => (/* binding */ createStsClient)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6764);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1695);


/** A connection that cannot be opened in this time is as good as refused: retry. */
const CONNECTION_TIMEOUT_MS = 5_000;
/** Per-request ceiling; each call also carries an abort signal bounded by the time left. */
const REQUEST_TIMEOUT_MS = 30_000;
/**
 * Shared client settings. The SDK's own retries are off (one attempt) because the fetch state
 * machine retries with its own backoff inside `max-wait-seconds`; two layers of retries would
 * make the limit impossible to honour. Endpoints are left to the SDK, which reads
 * AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_IAM and AWS_ENDPOINT_URL_STS (and `endpoint_url` in the
 * profile) by itself, so the gate runs unchanged against a local emulator.
 */
function baseConfig(settings, credentials) {
    return {
        region: settings.region,
        customUserAgent: settings.userAgent,
        maxAttempts: 1,
        requestHandler: {
            connectionTimeout: CONNECTION_TIMEOUT_MS,
            requestTimeout: REQUEST_TIMEOUT_MS,
            throwOnRequestTimeout: true,
        },
        ...(settings.profile === null ? {} : { profile: settings.profile }),
        ...(credentials === undefined ? {} : { credentials }),
    };
}
function createIamClient(settings, credentials) {
    return new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .IAMClient */ .h8v(baseConfig(settings, credentials));
}
/** Without credentials for AssumeRoleWithWebIdentity, which is an unsigned call. */
function createStsClient(settings, credentials) {
    return new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__/* .STSClient */ .iM(baseConfig(settings, credentials));
}


/***/ }),

/***/ 6867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ chainAssumeRole),
  O: () => (/* binding */ resolveGateCredentials)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-providers/dist-cjs/index.js
var credential_providers_dist_cjs = __webpack_require__(9719);
// EXTERNAL MODULE: ./src/settings/input-label.ts
var input_label = __webpack_require__(3282);
// EXTERNAL MODULE: ./src/user-error.ts
var user_error = __webpack_require__(7495);
// EXTERNAL MODULE: ./src/aws/aws-error.ts
var aws_error = __webpack_require__(4931);
// EXTERNAL MODULE: ./src/aws/parse-arn.ts
var parse_arn = __webpack_require__(2756);
;// CONCATENATED MODULE: ./src/aws/web-identity-token.ts
function decodeWebIdentityClaims(token) {
    const payload = token.split('.')[1];
    if (payload === undefined || payload === '')
        return null;
    let value;
    try {
        value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    }
    catch {
        return null;
    }
    if (typeof value !== 'object' || value === null)
        return null;
    const claims = value;
    const aud = claims.aud;
    return {
        sub: typeof claims.sub === 'string' ? claims.sub : null,
        aud: typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud.filter((a) => typeof a === 'string') : [],
        iss: typeof claims.iss === 'string' ? claims.iss : null,
    };
}
function describeClaims(claims) {
    if (claims === null)
        return 'the token could not be decoded';
    const aud = claims.aud.length === 0 ? '(none)' : claims.aud.map((a) => `'${a}'`).join(', ');
    return `its sub is '${claims.sub ?? '(none)'}' and its aud is ${aud}`;
}

;// CONCATENATED MODULE: ./src/aws/aws-credentials.ts
/**
 * Where the gate's AWS identity comes from: a GitHub OIDC token exchanged with
 * sts:AssumeRoleWithWebIdentity (`role-to-assume`), or the SDK's default credential chain
 * (after aws-actions/configure-aws-credentials, a profile, SSO, instance roles…), optionally
 * followed by sts:AssumeRole (`--role-arn`). Credentials are masked the moment they exist and
 * live only in memory: they are handed to the IAM client as a provider, never put in the
 * environment.
 */







const OIDC_VARIABLES = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
/**
 * Renew temporary credentials this long before they expire (a report fetch can outlast them).
 * The SDK asks for new ones 5 minutes before expiry; answering with the old set then would only
 * make it ask again on every request.
 */
const REFRESH_MARGIN_MS = 5 * 60_000;
const NO_OIDC_MESSAGE = '`role-to-assume` is set, but this job cannot request a GitHub OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL and ' +
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set). Give the job `permissions: id-token: write` (and `contents: read`) in the ' +
    'workflow. Pull requests from forks and Dependabot runs never get an OIDC token, whatever the permissions say: skip the ' +
    'gate for them (e.g. `if: github.event.pull_request.head.repo.full_name == github.repository`), or evaluate a saved ' +
    'report with `report-file`.';
/** Outside a GitHub Actions job (the CLI) there is no OIDC token: advise what works there, in flags. */
function cliCredentialsAdvice(label) {
    return ('Provide credentials in one of these ways: ' +
        `(1) ${label('profile')} NAME or AWS_PROFILE (after \`aws sso login\` for SSO profiles); ` +
        '(2) set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary keys) in the environment; ' +
        `(3) add ${label('role-arn')} ARN to assume a role from those credentials; or run where an instance or container ` +
        `role is available. To evaluate a saved report without AWS, use ${label('report-file')}.`);
}
const NO_CREDENTIALS_ADVICE = 'Provide credentials in one of these ways: ' +
    '(1) set `role-to-assume` to an IAM role that trusts GitHub OIDC, and give the job `permissions: id-token: write`; ' +
    '(2) run aws-actions/configure-aws-credentials in an earlier step; ' +
    '(3) set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary keys) in the environment; ' +
    '(4) on the command line, use `--profile NAME` or AWS_PROFILE (after `aws sso login` for SSO profiles), or run where an ' +
    'instance or container role is available. To evaluate a saved report without AWS, use `report-file` (`--report-file`).';
function oidcVariablesMissing() {
    return OIDC_VARIABLES.some((name) => (process.env[name] ?? '') === '');
}
function maskCredentials(credentials, mask) {
    mask(credentials.accessKeyId);
    mask(credentials.secretAccessKey);
    if (credentials.sessionToken !== undefined && credentials.sessionToken !== '')
        mask(credentials.sessionToken);
}
function fromStsCredentials(credentials, what) {
    if (credentials?.AccessKeyId === undefined || credentials.SecretAccessKey === undefined) {
        throw new user_error/* UserError */.yo(`${what} returned no credentials. The STS endpoint answered without a Credentials element; check AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL if you use an emulator.`);
    }
    return {
        accessKeyId: credentials.AccessKeyId,
        secretAccessKey: credentials.SecretAccessKey,
        ...(credentials.SessionToken === undefined ? {} : { sessionToken: credentials.SessionToken }),
        ...(credentials.Expiration === undefined ? {} : { expiration: credentials.Expiration }),
    };
}
/** Bounds a promise we cannot abort (a token request, a credential chain) by the time left. */
async function withinBudget(budget, work, what) {
    const remaining = budget.remainingMs();
    // The work is aborted, not just outraced: a request left open would keep the process running.
    const controller = new AbortController();
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => {
            const error = new user_error/* UserError */.yo(`${what} did not finish within ${budget.describeLimit()}. Raise ${budget.limitName()} or check the network.`);
            reject(error);
            controller.abort(error);
        }, Math.max(1, remaining));
    });
    try {
        return await Promise.race([work(controller.signal), timeout]);
    }
    finally {
        if (timer !== undefined)
            clearTimeout(timer);
    }
}
/**
 * Caches one set of credentials and obtains a new one shortly before it expires, so a long
 * poll never signs with expired keys. Concurrent callers share one refresh.
 */
function refreshing(obtain, now) {
    let current = null;
    let pending = null;
    return async () => {
        const fresh = current !== null && (current.expiration === undefined || current.expiration.getTime() - REFRESH_MARGIN_MS > now());
        if (fresh && current !== null)
            return current;
        pending ??= obtain().then((credentials) => {
            current = credentials;
            pending = null;
            return credentials;
        }, (error) => {
            pending = null;
            throw error;
        });
        return pending;
    };
}
function assumeTimedOut(roleArn, budget, attempts, lastFailure) {
    const last = lastFailure === null ? '' : `, the last answered ${(0,aws_error/* describeFailure */.I)(lastFailure)}`;
    return new user_error/* UserError */.yo(`Could not assume role ${roleArn} within ${budget.describeLimit()}: ${attempts === 1 ? '1 attempt' : `${attempts} attempts`}${last}. Run again later or raise ${budget.limitName()}.`);
}
function retryableWebIdentityFailure(failure) {
    // A fresh token is requested for every attempt, so an expired one is worth one more try.
    return failure.kind === 'transient' || failure.code === 'ExpiredTokenException' || failure.code === 'ExpiredToken';
}
function webIdentityFailure(roleArn, audience, failure, claims) {
    const prefix = `Could not assume role ${roleArn} with the GitHub OIDC token: sts:AssumeRoleWithWebIdentity answered ${(0,aws_error/* describeFailure */.I)(failure)}.`;
    const token = `The token presented to AWS: ${describeClaims(claims)}.`;
    if (failure.kind === 'access-denied') {
        return new user_error/* UserError */.yo(`${prefix} ${token} Check the role's trust policy: its Principal must be {"Federated": "arn:aws:iam::ACCOUNT:oidc-provider/token.actions.githubusercontent.com"} ` +
            `with Action sts:AssumeRoleWithWebIdentity, the condition on token.actions.githubusercontent.com:aud must allow '${audience}' (the \`audience\` input), ` +
            'and the condition on token.actions.githubusercontent.com:sub must match the sub above (a branch, an environment, `pull_request`…). ' +
            'See "OIDC trust policy" in the README.');
    }
    if (failure.code === 'InvalidIdentityToken' || failure.code === 'InvalidIdentityTokenException' || failure.code === 'IDPRejectedClaim' || failure.code === 'IDPRejectedClaimException') {
        return new user_error/* UserError */.yo(`${prefix} ${token} The account of the role needs an IAM OIDC identity provider for https://token.actions.githubusercontent.com ` +
            `whose audience list includes '${audience}'; create it (IAM → Identity providers) or fix the \`audience\` input. See "OIDC trust policy" in the README.`);
    }
    if (/DurationSeconds|MaxSessionDuration/i.test(failure.message)) {
        return new user_error/* UserError */.yo(`${prefix} Lower \`role-duration-seconds\` to at most the role's maximum session duration, or raise that maximum on the role.`);
    }
    return new user_error/* UserError */.yo(`${prefix} ${token} Check \`role-to-assume\`, \`aws-region\` and the role's trust policy.`);
}
function oidcTokenFailure(audience, error) {
    const message = error instanceof Error ? error.message : String(error);
    if (oidcVariablesMissing() || /ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(message))
        return new user_error/* UserError */.yo(NO_OIDC_MESSAGE);
    // The token service's own message never contains the token (only status and reason).
    const reason = message.replace(/\s+/g, ' ').trim();
    return new user_error/* UserError */.yo(`Could not get a GitHub OIDC token for audience '${audience}' from the Actions token service: ${reason}. ` +
        'Check that the job has `permissions: id-token: write`, that the runner can reach the token service ' +
        '(ACTIONS_ID_TOKEN_REQUEST_URL), and run the job again; GitHub outages show on githubstatus.com.');
}
async function assumeRoleWithWebIdentity(request, deps, sts) {
    const roleArn = request.roleToAssume ?? '';
    const getIdToken = request.getIdToken;
    if (getIdToken === null) {
        const label = request.label ?? input_label/* ACTION_INPUT */.ED;
        throw new user_error/* UserError */.yo(`${(0,input_label/* subject */.bc)(label, 'role-to-assume')} needs a GitHub OIDC token, which only exists inside a GitHub Actions job. ` +
            `On the command line, use ${label('role-arn')} (sts:AssumeRole from your own credentials) or ${label('profile')}.`);
    }
    const { budget } = deps;
    let attempts = 0;
    let lastFailure = null;
    for (;;) {
        if (budget.expired())
            throw assumeTimedOut(roleArn, budget, attempts, lastFailure);
        attempts += 1;
        let token;
        try {
            // A fresh token per attempt: tokens are short-lived and STS rejects reused expired ones.
            token = await withinBudget(budget, (signal) => getIdToken(request.audience, signal), 'Requesting the GitHub OIDC token');
        }
        catch (error) {
            if (error instanceof user_error/* UserError */.yo)
                throw error;
            throw oidcTokenFailure(request.audience, error);
        }
        request.mask(token);
        const claims = decodeWebIdentityClaims(token);
        try {
            const out = await sts.send(new dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({
                RoleArn: roleArn,
                RoleSessionName: request.roleSessionName,
                WebIdentityToken: token,
                DurationSeconds: request.roleDurationSeconds,
            }), { abortSignal: AbortSignal.timeout(Math.max(1, budget.remainingMs())) });
            const credentials = fromStsCredentials(out.Credentials, 'sts:AssumeRoleWithWebIdentity');
            maskCredentials(credentials, request.mask);
            return { credentials, assumedArn: out.AssumedRoleUser?.Arn ?? null };
        }
        catch (error) {
            if (error instanceof user_error/* UserError */.yo)
                throw error;
            const failure = (0,aws_error/* classifyAwsError */.u)(error);
            lastFailure = failure;
            if (!retryableWebIdentityFailure(failure))
                throw webIdentityFailure(roleArn, request.audience, failure, claims);
            request.log.debug(`AssumeRoleWithWebIdentity attempt ${attempts} failed: ${(0,aws_error/* describeFailure */.I)(failure)}`);
            await budget.backoff();
        }
    }
}
function noCredentials(request, failure) {
    const where = request.profile === null ? 'the default AWS credential chain' : `the AWS profile '${request.profile}'`;
    // No token request means no Actions job (the CLI): OIDC and workflow steps are no advice there.
    const advice = request.getIdToken === null ? cliCredentialsAdvice(request.label ?? input_label/* ACTION_INPUT */.ED) : NO_CREDENTIALS_ADVICE;
    return new user_error/* UserError */.yo(`No AWS credentials found in ${where} (${failure.message}). ${advice}`);
}
async function assumeRole(request, deps, sts, source) {
    const roleArn = request.roleArn ?? '';
    const { budget } = deps;
    let attempts = 0;
    let lastFailure = null;
    for (;;) {
        if (budget.expired())
            throw assumeTimedOut(roleArn, budget, attempts, lastFailure);
        attempts += 1;
        try {
            const out = await sts.send(new dist_cjs/* AssumeRoleCommand */.QL({ RoleArn: roleArn, RoleSessionName: request.roleSessionName, DurationSeconds: request.roleDurationSeconds }), { abortSignal: AbortSignal.timeout(Math.max(1, budget.remainingMs())) });
            const credentials = fromStsCredentials(out.Credentials, 'sts:AssumeRole');
            maskCredentials(credentials, request.mask);
            return { credentials, assumedArn: out.AssumedRoleUser?.Arn ?? null };
        }
        catch (error) {
            if (error instanceof user_error/* UserError */.yo)
                throw error;
            const failure = (0,aws_error/* classifyAwsError */.u)(error);
            lastFailure = failure;
            if (failure.kind === 'transient') {
                request.log.debug(`AssumeRole attempt ${attempts} failed: ${(0,aws_error/* describeFailure */.I)(failure)}`);
                await budget.backoff();
                continue;
            }
            if (failure.kind === 'no-credentials')
                throw noCredentials(request, failure);
            if (failure.kind === 'access-denied') {
                throw new user_error/* UserError */.yo(`Could not assume role ${roleArn} from ${source}: sts:AssumeRole answered ${(0,aws_error/* describeFailure */.I)(failure)}. ` +
                    "The role's trust policy must allow the calling identity (named in AWS's message) to call sts:AssumeRole, " +
                    'and that identity needs sts:AssumeRole on the role in its own policy.');
            }
            throw new user_error/* UserError */.yo(`Could not assume role ${roleArn} from ${source}: sts:AssumeRole answered ${(0,aws_error/* describeFailure */.I)(failure)}. Check the role ARN, the region and your credentials.`);
        }
    }
}
async function resolveGateCredentials(request, deps) {
    const { budget } = deps;
    const now = () => budget.clock.now();
    if (request.roleToAssume !== null) {
        if (request.oidcAvailable === false)
            throw new user_error/* UserError */.yo(NO_OIDC_MESSAGE);
        const sts = deps.createStsClient();
        const first = await assumeRoleWithWebIdentity(request, deps, sts);
        request.log.info(`Assumed role ${request.roleToAssume} with the GitHub OIDC token (audience '${request.audience}').`);
        let initial = first.credentials;
        const webIdentity = refreshing(async () => {
            if (initial !== null) {
                const credentials = initial;
                initial = null;
                return credentials;
            }
            return (await assumeRoleWithWebIdentity(request, deps, sts)).credentials;
        }, now);
        const baseAccount = (0,parse_arn/* accountIdFromArn */._)(first.assumedArn) ?? (0,parse_arn/* accountIdFromArn */._)(request.roleToAssume);
        if (request.roleArn === null) {
            return { provider: webIdentity, accountId: baseAccount, identity: `role ${request.roleToAssume}` };
        }
        return chainAssumeRole(request, deps, webIdentity, `role ${request.roleToAssume}`);
    }
    const chain = (deps.defaultChain ?? defaultChain)(request.profile);
    const masked = async (props) => {
        const credentials = await chain(props);
        maskCredentials(credentials, request.mask);
        return credentials;
    };
    const source = request.profile === null ? 'the default AWS credential chain' : `the AWS profile '${request.profile}'`;
    let first;
    try {
        // Resolve once now, so missing credentials fail here with advice instead of inside a report call.
        first = await withinBudget(budget, () => masked(), `Looking up AWS credentials in ${source}`);
    }
    catch (error) {
        if (error instanceof user_error/* UserError */.yo)
            throw error;
        throw noCredentials(request, (0,aws_error/* classifyAwsError */.u)(error));
    }
    if (request.roleArn !== null)
        return chainAssumeRole(request, deps, masked, source);
    const accountId = typeof first.accountId === 'string' && /^\d{12}$/.test(first.accountId) ? first.accountId : null;
    return { provider: masked, accountId, identity: source };
}
/**
 * sts:AssumeRole on top of `base` credentials (CLI `--role-arn`, or a member account of a
 * multi-account run), refreshed like the others. `source` names `base` in messages.
 */
async function chainAssumeRole(request, deps, base, source) {
    const sts = deps.createStsClient(base);
    const first = await assumeRole(request, deps, sts, source);
    request.log.info(`Assumed role ${request.roleArn ?? ''} with sts:AssumeRole from ${source}.`);
    let initial = first.credentials;
    const provider = refreshing(async () => {
        if (initial !== null) {
            const credentials = initial;
            initial = null;
            return credentials;
        }
        return (await assumeRole(request, deps, sts, source)).credentials;
    }, () => deps.budget.clock.now());
    return {
        provider,
        accountId: (0,parse_arn/* accountIdFromArn */._)(first.assumedArn) ?? (0,parse_arn/* accountIdFromArn */._)(request.roleArn),
        identity: `role ${request.roleArn ?? ''}`,
    };
}
function defaultChain(profile) {
    return (0,credential_providers_dist_cjs/* fromNodeProviderChain */.br)(profile === null ? {} : { profile });
}


/***/ }),

/***/ 4931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ describeFailure),
/* harmony export */   u: () => (/* binding */ classifyAwsError)
/* harmony export */ });
/**
 * Turns whatever the SDK throws into what the gate needs to decide: retry, regenerate, or stop
 * with a message that names the cause. Works on the shape of SDK errors (name, Code, status),
 * so it does not depend on which client class threw.
 */
const BY_CODE = {
    ReportNotPresent: 'report-not-present',
    CredentialReportNotPresentException: 'report-not-present',
    ReportExpired: 'report-expired',
    CredentialReportExpiredException: 'report-expired',
    ReportInProgress: 'report-in-progress',
    CredentialReportNotReadyException: 'report-in-progress',
    LimitExceeded: 'transient',
    LimitExceededException: 'transient',
    Throttling: 'transient',
    ThrottlingException: 'transient',
    ThrottledException: 'transient',
    RequestLimitExceeded: 'transient',
    TooManyRequestsException: 'transient',
    RequestThrottled: 'transient',
    RequestThrottledException: 'transient',
    ServiceFailure: 'transient',
    ServiceFailureException: 'transient',
    ServiceUnavailable: 'transient',
    ServiceUnavailableException: 'transient',
    InternalFailure: 'transient',
    InternalError: 'transient',
    IDPCommunicationError: 'transient',
    IDPCommunicationErrorException: 'transient',
    RequestTimeout: 'transient',
    RequestTimeoutException: 'transient',
    TimeoutError: 'transient',
    AbortError: 'transient',
    AccessDenied: 'access-denied',
    AccessDeniedException: 'access-denied',
    UnauthorizedOperation: 'access-denied',
    InvalidClientTokenId: 'invalid-credentials',
    InvalidClientTokenIdException: 'invalid-credentials',
    SignatureDoesNotMatch: 'invalid-credentials',
    IncompleteSignature: 'invalid-credentials',
    ExpiredToken: 'invalid-credentials',
    ExpiredTokenException: 'invalid-credentials',
    UnrecognizedClientException: 'invalid-credentials',
    InvalidAccessKeyId: 'invalid-credentials',
    MissingAuthenticationToken: 'invalid-credentials',
    AuthFailure: 'invalid-credentials',
    CredentialsProviderError: 'no-credentials',
};
/** Node socket errors: the request may not have reached AWS, so retrying is safe. */
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'ETIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
    'ENOTFOUND',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'ENETDOWN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
]);
function field(error, key) {
    return error[key];
}
function text(value) {
    return typeof value === 'string' && value !== '' ? value : null;
}
function classifyAwsError(error) {
    if (typeof error !== 'object' || error === null) {
        return { kind: 'other', code: 'Unknown', message: String(error), httpStatus: null };
    }
    const metadata = field(error, '$metadata');
    const statusValue = typeof metadata === 'object' && metadata !== null ? field(metadata, 'httpStatusCode') : undefined;
    const httpStatus = typeof statusValue === 'number' ? statusValue : null;
    const awsCode = text(field(error, 'Code'));
    const name = text(field(error, 'name'));
    const nodeCode = text(field(error, 'code'));
    const message = text(field(error, 'message')) ?? 'no message';
    for (const candidate of [awsCode, name]) {
        if (candidate === null)
            continue;
        const kind = BY_CODE[candidate];
        if (kind !== undefined) {
            return { kind, code: awsCode ?? candidate, message, httpStatus };
        }
    }
    if (nodeCode !== null && NETWORK_CODES.has(nodeCode)) {
        return { kind: 'transient', code: nodeCode, message, httpStatus };
    }
    const code = awsCode ?? name ?? nodeCode ?? 'Unknown';
    if (httpStatus !== null && (httpStatus >= 500 || httpStatus === 429)) {
        return { kind: 'transient', code, message, httpStatus };
    }
    // No HTTP response at all means the failure happened on the way (DNS, socket, TLS).
    if (httpStatus === null && metadata !== undefined) {
        return { kind: 'transient', code, message, httpStatus };
    }
    return { kind: 'other', code, message, httpStatus };
}
function describeFailure(failure) {
    const status = failure.httpStatus === null ? '' : ` (HTTP ${failure.httpStatus})`;
    return `${failure.code}${status}: ${failure.message}`;
}


/***/ }),

/***/ 3790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ createCredentialReportApi)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6764);
/* harmony import */ var _report_size_cap__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9988);


function createCredentialReportApi(client) {
    return {
        async generate(timeoutMs) {
            const out = await client.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_1__/* .GenerateCredentialReportCommand */ .seh({}), { abortSignal: AbortSignal.timeout(timeoutMs) });
            const state = out.State;
            // An unknown or missing state is treated as still running: polling again is safe.
            return state === 'COMPLETE' || state === 'STARTED' ? state : 'INPROGRESS';
        },
        async get(timeoutMs) {
            const out = await client.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_1__/* .GetCredentialReportCommand */ .DBo({}), { abortSignal: AbortSignal.timeout(timeoutMs) });
            if (out.Content !== undefined)
                (0,_report_size_cap__WEBPACK_IMPORTED_MODULE_0__/* .checkReportSize */ .m6)(out.Content.byteLength);
            const content = out.Content === undefined ? '' : new TextDecoder('utf-8').decode(out.Content);
            const generatedAt = out.GeneratedTime instanceof Date && !Number.isNaN(out.GeneratedTime.getTime()) ? out.GeneratedTime.getTime() : null;
            return { content, generatedAt };
        },
    };
}


/***/ }),

/***/ 1466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qq: () => (/* binding */ fetchCredentialReport)
/* harmony export */ });
/* unused harmony exports reportAgeMs, formatAge */
/* harmony import */ var _user_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7495);
/* harmony import */ var _aws_error__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4931);
/* harmony import */ var _retry_budget__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9181);
/**
 * The fetch state machine: use a fresh enough existing report, otherwise generate one, poll
 * until AWS says COMPLETE, and read it. Everything transient is retried with backoff inside
 * one time budget; past it, the fetch fails closed and says what it tried. It never passes
 * silently and never loops without waiting.
 *
 * Two kinds of wait (see retry-budget.ts). An answer saying our generation is under way
 * (Generate: STARTED / INPROGRESS; Get after a Generate: ReportInProgress) is progress, not
 * trouble: `budget.poll()`, 300 ms ±20 % for the first 6 s, then growing. Failures (throttling,
 * LimitExceeded, 5xx, network errors, and a ReportInProgress before this run asked for a
 * report) use `budget.backoff()`, exponential with full jitter. A failure in the middle of
 * polling takes the failure backoff, since it may be throttling and polling at 300 ms would
 * feed it; the next in-progress answer goes back to the polling schedule, which keeps its
 * place (it is measured from the generation's first in-progress answer), so a flaky API
 * neither resets a long generation to fast polling nor keeps it on the slow failure schedule.
 */



/** Upper bound of one HTTP request, so a single hung call cannot eat the whole budget silently. */
const MAX_REQUEST_MS = 30_000;
const PERMISSION = {
    GetCredentialReport: 'iam:GetCredentialReport',
    GenerateCredentialReport: 'iam:GenerateCredentialReport',
};
function reportAgeMs(generatedAt, now) {
    return generatedAt === null ? null : Math.max(0, now - generatedAt);
}
/** "12 minutes", "3 hours 5 minutes", "2 days 4 hours": for humans, in the log and summary. */
function formatAge(ms) {
    const minutes = Math.floor(ms / 60_000);
    const plural = (n, unit) => `${n} ${unit}${n === 1 ? '' : 's'}`;
    if (minutes < 60)
        return plural(minutes, 'minute');
    const hours = Math.floor(minutes / 60);
    if (hours < 48)
        return minutes % 60 === 0 ? plural(hours, 'hour') : `${plural(hours, 'hour')} ${plural(minutes % 60, 'minute')}`;
    const days = Math.floor(hours / 24);
    return hours % 24 === 0 ? plural(days, 'day') : `${plural(days, 'day')} ${plural(hours % 24, 'hour')}`;
}
async function fetchCredentialReport(options) {
    const { api, budget, log, identity } = options;
    const maxAgeMs = options.maxReportAgeHours * 3_600_000;
    const calls = { GetCredentialReport: 0, GenerateCredentialReport: 0 };
    let lastFailure = null;
    let lastState = null;
    let generated = false;
    let step = 'get-existing';
    const apiCalls = () => calls.GetCredentialReport + calls.GenerateCredentialReport;
    const timeoutMs = () => Math.max(1, Math.min(MAX_REQUEST_MS, budget.remainingMs()));
    const giveUp = () => {
        const tried = [
            `${calls.GetCredentialReport} GetCredentialReport`,
            `${calls.GenerateCredentialReport} GenerateCredentialReport`,
        ].join(' and ');
        const waited = (0,_retry_budget__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(budget.elapsedMs());
        let why;
        let advice;
        if (lastFailure !== null && lastFailure.kind === 'transient') {
            why = `the last answer was ${(0,_aws_error__WEBPACK_IMPORTED_MODULE_1__/* .describeFailure */ .I)(lastFailure)}`;
            advice =
                lastFailure.code === 'LimitExceeded' || /throttl|rate exceeded/i.test(`${lastFailure.code} ${lastFailure.message}`)
                    ? `IAM is throttling report generation (often many accounts or jobs generating at once): lower \`concurrency\`, stagger scheduled runs, or raise ${budget.limitName()}.`
                    : `AWS or the network kept failing: check the status of IAM and the runner’s connectivity, then run again or raise ${budget.limitName()}.`;
        }
        else if (lastState !== null && lastState !== 'COMPLETE') {
            why = `AWS was still generating the report (state ${lastState})`;
            advice = `Large accounts take longer to generate: raise ${budget.limitName()}, or run again in a few minutes (the report is kept by AWS).`;
        }
        else if (lastFailure !== null) {
            why = `the last answer was ${(0,_aws_error__WEBPACK_IMPORTED_MODULE_1__/* .describeFailure */ .I)(lastFailure)}`;
            advice = `Run again later or raise ${budget.limitName()}.`;
        }
        else {
            why = 'no time was left to ask AWS';
            advice = `Raise ${budget.limitName()}.`;
        }
        return new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Could not get the IAM credential report within ${budget.describeLimit()} for ${identity}: ` +
            `made ${tried} calls over ${waited}; ${why}. ${advice} ` +
            'The gate fails closed: no report, no verdict.');
    };
    const denied = (action, failure) => new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`AWS denied ${PERMISSION[action]} to ${identity}: ${failure.message} ` +
        'The gate needs exactly two IAM permissions on resource "*": iam:GenerateCredentialReport and iam:GetCredentialReport. ' +
        'Add them to the policy of that role or user (see "Minimal IAM policy" in the README); also check that no permissions boundary, ' +
        'SCP or session policy denies them.');
    const fatal = (action, failure) => {
        if (failure.kind === 'access-denied')
            return denied(action, failure);
        if (failure.kind === 'invalid-credentials') {
            return new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`AWS rejected the credentials of ${identity} on ${action}: ${(0,_aws_error__WEBPACK_IMPORTED_MODULE_1__/* .describeFailure */ .I)(failure)}. ` +
                'The access key is invalid, expired or belongs to another partition: refresh the credentials (or set `role-to-assume`), ' +
                'and check that `aws-region` is in the same partition as the account.');
        }
        if (failure.kind === 'no-credentials') {
            return new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`No AWS credentials were available for ${action}: ${failure.message}`);
        }
        return new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`IAM ${action} failed for ${identity}: ${(0,_aws_error__WEBPACK_IMPORTED_MODULE_1__/* .describeFailure */ .I)(failure)}. The gate fails closed; run again, or report this if it persists.`);
    };
    const call = async (action, run) => {
        calls[action] += 1;
        try {
            return { ok: true, value: await run() };
        }
        catch (error) {
            // Our own messages (e.g. from a credentials refresh) are already actionable.
            if (error instanceof _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
                throw error;
            const failure = (0,_aws_error__WEBPACK_IMPORTED_MODULE_1__/* .classifyAwsError */ .u)(error);
            log.debug(`${action} failed: ${(0,_aws_error__WEBPACK_IMPORTED_MODULE_1__/* .describeFailure */ .I)(failure)}`);
            return { ok: false, failure };
        }
    };
    const accept = (report) => ({ ...report, apiCalls: apiCalls(), generated });
    for (;;) {
        if (budget.expired())
            throw giveUp();
        if (step === 'get-existing' || step === 'get-generated') {
            const result = await call('GetCredentialReport', () => api.get(timeoutMs()));
            if (result.ok) {
                const report = result.value;
                const age = reportAgeMs(report.generatedAt, budget.clock.now());
                if (step === 'get-existing') {
                    if (age !== null && age <= maxAgeMs) {
                        log.info(`Using the credential report AWS generated ${formatAge(age)} ago (${new Date(report.generatedAt ?? 0).toISOString()}).`);
                        return accept(report);
                    }
                    log.info(age === null
                        ? 'The existing credential report has no generation time: asking AWS for a new one.'
                        : `The existing credential report is ${formatAge(age)} old (limit ${options.maxReportAgeHours} h): asking AWS for a new one.`);
                    step = 'generate';
                    continue;
                }
                if (age !== null && age > maxAgeMs) {
                    log.warning(`AWS reports the credential report as COMPLETE but it was generated ${formatAge(age)} ago, older than settings.max_report_age_hours (${options.maxReportAgeHours} h). ` +
                        'IAM reuses a report for up to 4 hours, so recent changes may not show yet. Evaluating it anyway.');
                }
                else if (age !== null) {
                    log.info(`Using the credential report AWS generated ${formatAge(age)} ago.`);
                }
                return accept(report);
            }
            const failure = result.failure;
            lastFailure = failure;
            switch (failure.kind) {
                case 'report-not-present':
                case 'report-expired':
                    log.info(failure.kind === 'report-not-present'
                        ? 'No credential report exists yet: asking AWS to generate one.'
                        : 'The credential report has expired: asking AWS to generate a new one.');
                    // Right after our own COMPLETE this is a race with AWS: wait before asking again.
                    if (step === 'get-generated' && !(await budget.backoff()))
                        throw giveUp();
                    step = 'generate';
                    continue;
                case 'report-in-progress':
                    lastState = 'INPROGRESS';
                    // After our Generate this is our generation still running: poll it. Before it, someone
                    // else's generation is running and nothing is known of it yet: a failure backoff, then
                    // Generate, whose INPROGRESS answers are polled.
                    if (!(await (step === 'get-generated' ? budget.poll() : budget.backoff())))
                        throw giveUp();
                    step = 'generate';
                    continue;
                case 'transient':
                    if (!(await budget.backoff()))
                        throw giveUp();
                    continue;
                default:
                    throw fatal('GetCredentialReport', failure);
            }
        }
        // step === 'generate'
        const result = await call('GenerateCredentialReport', () => api.generate(timeoutMs()));
        if (result.ok) {
            lastFailure = null;
            lastState = result.value;
            if (result.value === 'COMPLETE') {
                step = 'get-generated';
                continue;
            }
            if (result.value === 'STARTED') {
                generated = true;
                budget.restartPolling();
                log.info('AWS started generating the credential report; waiting for it.');
            }
            if (!(await budget.poll()))
                throw giveUp();
            continue;
        }
        lastFailure = result.failure;
        if (result.failure.kind === 'report-in-progress') {
            // Generate itself answering ReportInProgress: a generation is in flight, so poll it.
            lastState = 'INPROGRESS';
            if (!(await budget.poll()))
                throw giveUp();
            continue;
        }
        if (result.failure.kind === 'transient') {
            if (!(await budget.backoff()))
                throw giveUp();
            continue;
        }
        throw fatal('GenerateCredentialReport', result.failure);
    }
}


/***/ }),

/***/ 7376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  credentialRequestOf: () => (/* binding */ credentialRequestOf),
  fetchReportFromAws: () => (/* binding */ fetchReportFromAws),
  lookUpsOf: () => (/* binding */ lookUpsOf)
});

// EXTERNAL MODULE: ./src/accounts/lean-report-body.ts
var lean_report_body = __webpack_require__(5462);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./src/aws/aws-error.ts
var aws_error = __webpack_require__(4931);
// EXTERNAL MODULE: ./src/aws/retry-budget.ts
var retry_budget = __webpack_require__(9181);
// EXTERNAL MODULE: ./src/report/parse-report.ts + 14 modules
var parse_report = __webpack_require__(5688);
// EXTERNAL MODULE: ./src/user-error.ts
var user_error = __webpack_require__(7495);
// EXTERNAL MODULE: ./src/enrich/look-up-plan.ts
var look_up_plan = __webpack_require__(4992);
;// CONCATENATED MODULE: ./src/enrich/look-up-account.ts
/**
 * The AWS side of the look-ups beyond the report, for one account, through the IAM client that
 * fetched its report (loaded only with the AWS adapters: the offline path never imports it).
 *
 * Every listing is read to its last page (Marker / IsTruncated). Calls run at most
 * LOOK_UP_CONCURRENCY at once; a throttled or failing call backs off like the report's calls do,
 * for up to `max-wait-seconds` of its own (a budget per call, since an account of 5 000 users
 * makes thousands of calls and a budget for all of them would fail a large account that is merely
 * slow). A denied permission, or a call that keeps failing, ends the look-ups with a UserError that
 * names the permission and the `enrich` value: never a silent pass.
 */







/** IAM answers a few dozen read calls a second per account before it throttles; 8 stays well inside. */
const LOOK_UP_CONCURRENCY = 8;
/** Upper bound of one request, like the report's. */
const MAX_REQUEST_MS = 30_000;
/** IAM's largest page: fewer round trips for the account-wide listings. */
const PAGE_SIZE = 1_000;
function epoch(date) {
    return date instanceof Date && !Number.isNaN(date.getTime()) ? date.getTime() : null;
}
function describeLimit(maxWaitMs) {
    return `max-wait-seconds (${Math.round(maxWaitMs / 1000)} s)`;
}
/** The calls of one account's look-ups: bounded, retried, stopped at the first failure. */
function caller(session) {
    const limit = (0,p_limit/* default */.A)(LOOK_UP_CONCURRENCY);
    const calls = {};
    let failed = null;
    const denied = (value, message) => new user_error/* UserError */.yo(`AWS denied ${look_up_plan/* LOOK_UP_PERMISSIONS */.r[value]} to ${session.identity}, which enrich: ${value} needs: ${message} ` +
        `Allow ${look_up_plan/* LOOK_UP_PERMISSIONS */.r[value]} on resource "*" to that role (see "Look-ups beyond the report (enrich)" in the README; ` +
        'in a multi-account run, to every member role), or remove ' +
        `${value} from enrich. The gate fails closed: a look-up that was asked for is never skipped.`);
    /** One request and its retries, within `max-wait-seconds` of its own. */
    async function call(value, send) {
        const budget = new retry_budget/* RetryBudget */.Km(session.clock, session.maxWaitMs);
        let attempts = 0;
        for (;;) {
            if (failed !== null)
                throw failed;
            attempts += 1;
            calls[value] = (calls[value] ?? 0) + 1;
            try {
                return await send(AbortSignal.timeout(Math.max(1, Math.min(MAX_REQUEST_MS, budget.remainingMs()))));
            }
            catch (error) {
                if (error instanceof user_error/* UserError */.yo)
                    throw error;
                const failure = (0,aws_error/* classifyAwsError */.u)(error);
                // A user deleted since the report: nothing of it is left to list.
                if (failure.code === 'NoSuchEntity' || failure.code === 'NoSuchEntityException')
                    return 'no-such-entity';
                if (failure.kind === 'access-denied')
                    throw denied(value, failure.message);
                session.log.debug(`${look_up_plan/* LOOK_UP_PERMISSIONS */.r[value]} failed: ${(0,aws_error/* describeFailure */.I)(failure)}`);
                if (failure.kind === 'transient' && (await budget.backoff()))
                    continue;
                throw new user_error/* UserError */.yo(`Could not make the look-up ${value} (${look_up_plan/* LOOK_UP_PERMISSIONS */.r[value]}) for ${session.identity}: ` +
                    `${attempts} attempt${attempts === 1 ? '' : 's'} over ${(0,retry_budget/* formatDuration */.a3)(budget.elapsedMs())}, the last answered ${(0,aws_error/* describeFailure */.I)(failure)}. ` +
                    (failure.kind === 'transient'
                        ? `IAM kept failing or throttling within ${describeLimit(session.maxWaitMs)}: run again later, lower \`concurrency\`, or raise \`max-wait-seconds\`.`
                        : 'Run again, or report this if it persists.') +
                    ' The gate fails closed: a look-up that was asked for is never skipped.');
            }
        }
    }
    /** Every page of a listing, one after the other (each page needs the marker of the one before). */
    async function listAll(value, page) {
        const items = [];
        let marker;
        do {
            const result = await call(value, (signal) => page(marker, signal));
            if (result === 'no-such-entity')
                return items;
            items.push(...result.items);
            marker = result.marker;
        } while (marker !== undefined);
        return items;
    }
    /** Runs `work` under the concurrency limit; the first failure stops everything still queued. */
    function bounded(work) {
        return limit(async () => {
            if (failed !== null)
                throw failed;
            try {
                return await work();
            }
            catch (error) {
                if (error instanceof user_error/* UserError */.yo) {
                    failed ??= error;
                    limit.clearQueue();
                }
                throw error;
            }
        });
    }
    return { calls, listAll, bounded };
}
const nextMarker = (out) => out.IsTruncated === true && out.Marker ? out.Marker : undefined;
/** Per user, in parallel under the limit, each listing read to its end. */
async function perUser(users, run, list) {
    const entries = await Promise.all(users.map((user) => run.bounded(async () => [user, await list(user)])));
    return new Map(entries);
}
/**
 * Makes the planned look-ups for one account whose report (the CSV `content`) was just fetched,
 * and returns what they found.
 */
async function lookUpAccount(session, content, plan) {
    const { iam } = session;
    const run = caller(session);
    const asked = new Set(plan.lookUps);
    // The adapter hands over the CSV, not rows: parsing it again here keeps the adapters' interface as it was.
    const report = (0,parse_report/* parseCredentialReport */.t)(content, 'credential report');
    const users = report.rows.filter((row) => !row.isRoot).map((row) => row.user);
    const root = report.rows.find((row) => row.isRoot);
    const lookups = {};
    const serviceCredentials = async () => {
        // One account-wide listing (AllUsers) instead of one call per user.
        const all = await run.bounded(() => run.listAll('service-credentials', async (marker, signal) => {
            const out = await iam.send(new dist_cjs/* ListServiceSpecificCredentialsCommand */.HsU({ AllUsers: true, Marker: marker, MaxItems: PAGE_SIZE }), { abortSignal: signal });
            const items = (out.ServiceSpecificCredentials ?? []).flatMap((item) => {
                const created = epoch(item.CreateDate);
                if (item.UserName === undefined || item.ServiceSpecificCredentialId === undefined || created === null)
                    return [];
                return [{
                        user: item.UserName,
                        credential: {
                            id: item.ServiceSpecificCredentialId,
                            service: item.ServiceName ?? 'unknown',
                            active: item.Status === 'Active',
                            created,
                            expires: epoch(item.ExpirationDate),
                        },
                    }];
            });
            return { items, marker: nextMarker(out) };
        }));
        const byUser = new Map();
        for (const { user, credential } of all)
            byUser.set(user, [...(byUser.get(user) ?? []), credential]);
        lookups.serviceCredentials = byUser;
    };
    const sshKeys = async () => {
        lookups.sshKeys = await perUser(users, run, (user) => run.listAll('ssh-keys', async (marker, signal) => {
            const out = await iam.send(new dist_cjs/* ListSSHPublicKeysCommand */.pmF({ UserName: user, Marker: marker }), { abortSignal: signal });
            const items = (out.SSHPublicKeys ?? []).flatMap((key) => {
                const uploaded = epoch(key.UploadDate);
                return key.SSHPublicKeyId === undefined || uploaded === null ? [] : [{ id: key.SSHPublicKeyId, active: key.Status === 'Active', uploaded }];
            });
            return { items, marker: nextMarker(out) };
        }));
    };
    const mfaDevices = async () => {
        // Without MFA on root there is no device to tell apart (root-mfa reports that), so no call.
        if (root === undefined || !root.mfaActive) {
            lookups.rootVirtualMfa = null;
            return;
        }
        const devices = await run.bounded(() => run.listAll('mfa-devices', async (marker, signal) => {
            const out = await iam.send(new dist_cjs/* ListVirtualMFADevicesCommand */.oQ_({ AssignmentStatus: 'Assigned', Marker: marker, MaxItems: PAGE_SIZE }), { abortSignal: signal });
            const items = (out.VirtualMFADevices ?? []).flatMap((device) => device.SerialNumber === undefined ? [] : [{ serial: device.SerialNumber, user: device.User?.Arn }]);
            return { items, marker: nextMarker(out) };
        }));
        lookups.rootVirtualMfa = devices.find((device) => device.user === root.arn)?.serial ?? null;
    };
    const ruleLookUps = [];
    if (asked.has('service-credentials'))
        ruleLookUps.push(serviceCredentials());
    if (asked.has('ssh-keys'))
        ruleLookUps.push(sshKeys());
    if (asked.has('mfa-devices'))
        ruleLookUps.push(mfaDevices());
    await Promise.all(ruleLookUps);
    if (asked.has('access-key-ids') || asked.has('user-tags')) {
        const { keyUsers, findingUsers } = plan.usersToLookUp({ account: report.accountId, rows: report.rows, lookups });
        const findingLookUps = [];
        if (asked.has('access-key-ids')) {
            findingLookUps.push(perUser(keyUsers, run, (user) => run.listAll('access-key-ids', async (marker, signal) => {
                const out = await iam.send(new dist_cjs/* ListAccessKeysCommand */.Qxm({ UserName: user, Marker: marker }), { abortSignal: signal });
                const items = (out.AccessKeyMetadata ?? []).flatMap((key) => {
                    const created = epoch(key.CreateDate);
                    return key.AccessKeyId === undefined || created === null ? [] : [{ id: key.AccessKeyId, active: key.Status === 'Active', created }];
                });
                return { items, marker: nextMarker(out) };
            })).then((keys) => {
                lookups.accessKeys = keys;
            }));
        }
        if (asked.has('user-tags')) {
            findingLookUps.push(perUser(findingUsers, run, (user) => run.listAll('user-tags', async (marker, signal) => {
                const out = await iam.send(new dist_cjs/* ListUserTagsCommand */.K8S({ UserName: user, Marker: marker }), { abortSignal: signal });
                const items = (out.Tags ?? []).flatMap((tag) => (tag.Key === undefined ? [] : [{ key: tag.Key, value: tag.Value ?? '' }]));
                return { items, marker: nextMarker(out) };
            })).then((tags) => {
                // IAM tag keys are unique regardless of case, so `Owner` is the owner tag too.
                const wanted = plan.ownerTag.toLowerCase();
                lookups.owners = new Map([...tags].map(([user, list]) => [user, list.find((tag) => tag.key.toLowerCase() === wanted)?.value ?? null]));
            }));
        }
        await Promise.all(findingLookUps);
    }
    return { lookups, calls: run.calls };
}

// EXTERNAL MODULE: ./src/aws/aws-clients.ts
var aws_clients = __webpack_require__(1513);
// EXTERNAL MODULE: ./src/aws/aws-credentials.ts + 1 modules
var aws_credentials = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/aws/credential-report-api.ts
var credential_report_api = __webpack_require__(3790);
// EXTERNAL MODULE: ./src/aws/fetch-credential-report.ts
var fetch_credential_report = __webpack_require__(1466);
// EXTERNAL MODULE: ./src/aws/parse-arn.ts
var parse_arn = __webpack_require__(2756);
;// CONCATENATED MODULE: ./src/aws/fetch-report-from-aws.ts
/**
 * The AWS adapter the orchestration loads on demand (the offline path never loads the SDK):
 * credentials, then the credential report, inside one time budget. Every AWS-side failure
 * becomes a UserError that says what failed, what was tried for how long, and what to do.
 */









const MAX_ROLE_DURATION_SECONDS = 43_200;
const MIN_ROLE_DURATION_SECONDS = 900;
function validate(request) {
    if (!Number.isFinite(request.maxWaitSeconds) || request.maxWaitSeconds <= 0) {
        throw new user_error/* UserError */.yo(`max-wait-seconds must be a positive number of seconds, got ${String(request.maxWaitSeconds)}.`);
    }
    if (!Number.isFinite(request.maxReportAgeHours) || request.maxReportAgeHours < 0) {
        throw new user_error/* UserError */.yo(`settings.max_report_age_hours must be zero or more hours, got ${String(request.maxReportAgeHours)}.`);
    }
    for (const [input, value] of [
        ['role-to-assume', request.roleToAssume],
        ['role-arn', request.roleArn],
    ]) {
        if (value !== null && !(0,parse_arn/* isRoleArn */.G)(value)) {
            throw new user_error/* UserError */.yo(`${input} must be an IAM role ARN like arn:aws:iam::123456789012:role/iam-credential-gate, got '${value}'.`);
        }
    }
    if ((request.roleToAssume !== null || request.roleArn !== null) &&
        (!Number.isInteger(request.roleDurationSeconds) ||
            request.roleDurationSeconds < MIN_ROLE_DURATION_SECONDS ||
            request.roleDurationSeconds > MAX_ROLE_DURATION_SECONDS)) {
        throw new user_error/* UserError */.yo(`role-duration-seconds must be a whole number from ${MIN_ROLE_DURATION_SECONDS} to ${MAX_ROLE_DURATION_SECONDS} (STS limits), got ${String(request.roleDurationSeconds)}.`);
    }
}
/** The credential side of a report request, logging to `log` (the fan-out prefixes each account's lines). */
function credentialRequestOf(request, log) {
    return { ...request, region: request.region === '' ? 'us-east-1' : request.region, log };
}
/** The planned look-ups of one account, logged with what they cost; shared by the multi-account adapter. */
async function lookUpsOf(request, iam, clock, log, identity, content) {
    const plan = request.lookUps;
    if (plan === undefined)
        return undefined;
    const { lookups, calls } = await lookUpAccount({ iam, clock, maxWaitMs: request.maxWaitSeconds * 1000, log, identity }, content, plan);
    const made = plan.lookUps.map((value) => `${value} ${calls[value] ?? 0}`).join(', ');
    log.info(`Look-ups beyond the report (IAM calls): ${made === '' ? 'none' : made}.`);
    return lookups;
}
async function fetchReportFromAws(request) {
    validate(request);
    const clock = request.clock ?? retry_budget/* systemClock */.ml;
    const budget = new retry_budget/* RetryBudget */.Km(clock, request.maxWaitSeconds * 1000, request.label ?? null);
    const settings = {
        region: request.region === '' ? 'us-east-1' : request.region,
        userAgent: request.userAgent,
        profile: request.profile,
    };
    const log = request.log;
    const stsClients = [];
    let iam = null;
    try {
        const credentials = await (0,aws_credentials/* resolveGateCredentials */.O)(credentialRequestOf(request, log), {
            budget,
            createStsClient: (provider) => {
                const client = (0,aws_clients/* createStsClient */.u)(settings, provider);
                stsClients.push(client);
                return client;
            },
        });
        const client = (0,aws_clients/* createIamClient */.L)(settings, credentials.provider);
        iam = client;
        // The SDK's XML parser leaves ~45 bytes of garbage per report byte; this reads Content itself
        // (and enforces the size cap before the body is read whole).
        (0,lean_report_body/* leanCredentialReportBodies */.M)(client);
        const report = await (0,fetch_credential_report/* fetchCredentialReport */.qq)({
            api: (0,credential_report_api/* createCredentialReportApi */.K)(client),
            budget,
            maxReportAgeHours: request.maxReportAgeHours,
            log,
            identity: credentials.identity,
        });
        const found = request.lookUps && (await lookUpsOf(request, client, clock, log, credentials.identity, report.content));
        return {
            content: report.content,
            generatedAt: report.generatedAt === null ? null : new Date(report.generatedAt).toISOString(),
            accountId: credentials.accountId,
            apiCalls: report.apiCalls,
            ...(found ? { lookups: found } : {}),
        };
    }
    finally {
        // Keep-alive sockets would otherwise hold the process open after the verdict.
        iam?.destroy();
        for (const sts of stsClients)
            sts.destroy();
    }
}


/***/ }),

/***/ 2756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ isRoleArn),
/* harmony export */   _: () => (/* binding */ accountIdFromArn)
/* harmony export */ });
/** The account id inside an IAM or STS ARN (`arn:aws:sts::123456789012:assumed-role/…`). */
function accountIdFromArn(arn) {
    if (typeof arn !== 'string')
        return null;
    return /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/.exec(arn)?.[1] ?? null;
}
/** A role ARN as `role-to-assume` / `--role-arn` expect it. */
function isRoleArn(value) {
    return /^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(value);
}


/***/ }),

/***/ 9988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CP: () => (/* binding */ reportTooLarge),
/* harmony export */   Q8: () => (/* binding */ MAX_REPORT_RESPONSE_BYTES),
/* harmony export */   fG: () => (/* binding */ reportBytesOfBody),
/* harmony export */   m6: () => (/* binding */ checkReportSize)
/* harmony export */ });
/* harmony import */ var _files_limits__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9507);
/* harmony import */ var _user_error__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7495);
/**
 * The fetched report's size cap, the same as a saved report's (MAX_REPORT_BYTES): a report AWS
 * sends is refused before it is read whole, so a forged or absurd answer can never be read until
 * the runner runs out of memory. IAM sends `Content` base64 in XML, so the body may be up to 4/3 of
 * the report plus the envelope.
 */


const MiB = 1024 * 1024;
/** The XML around `Content` (request id, GeneratedTime, format): a few hundred bytes; generous. */
const ENVELOPE_BYTES = 64 * 1024;
/** The largest GetCredentialReport response body that can hold a report within the cap. */
const MAX_REPORT_RESPONSE_BYTES = Math.ceil(_files_limits__WEBPACK_IMPORTED_MODULE_0__/* .MAX_REPORT_BYTES */ .WA / 3) * 4 + ENVELOPE_BYTES;
function mib(bytes) {
    return `${(bytes / MiB).toFixed(bytes < 10 * MiB ? 1 : 0)} MiB`;
}
/**
 * `bytes` is what is known of the report's size: the decoded report, or an estimate from the
 * response body (`estimated`), which is all there is when the body is refused unread.
 */
function reportTooLarge(bytes, estimated) {
    return new _user_error__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The credential report AWS sent is ${estimated ? 'about ' : ''}${mib(bytes)}, more than the gate's cap of ` +
        `${mib(_files_limits__WEBPACK_IMPORTED_MODULE_0__/* .MAX_REPORT_BYTES */ .WA)} (about 200 000 users); it was refused${estimated ? ' before it was read' : ''}. ` +
        'Split the account or evaluate a saved report of a part of it (report-file); see "Troubleshooting" in the README.');
}
/** The report size a response body of `bodyBytes` stands for (base64 is 4 bytes for 3). */
function reportBytesOfBody(bodyBytes) {
    return Math.max(0, Math.floor(((bodyBytes - ENVELOPE_BYTES) * 3) / 4));
}
/** Throws when a decoded report is over the cap (for clients without the lean body middleware). */
function checkReportSize(bytes) {
    if (bytes > _files_limits__WEBPACK_IMPORTED_MODULE_0__/* .MAX_REPORT_BYTES */ .WA)
        throw reportTooLarge(bytes, false);
}


/***/ }),

/***/ 9181:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ RetryBudget),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   ml: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony exports FIRST_BACKOFF_CEILING_MS, MAX_BACKOFF_MS, MIN_BACKOFF_MS, backoffDelayMs, POLL_INTERVAL_MS, POLL_JITTER, STEADY_POLLING_MS, steadyPollDelayMs, slowPollDelayMs, pollDelayMs */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: () => Math.random(),
};
const FIRST_BACKOFF_CEILING_MS = 1_000;
const MAX_BACKOFF_MS = 10_000;
/** A floor so that an unlucky draw near zero never turns polling into a tight loop. */
const MIN_BACKOFF_MS = 50;
/**
 * Full jitter: a uniform draw below min(cap, base × 2^attempt). Attempt 0 waits under 1 s,
 * and no wait exceeds 10 s.
 */
function backoffDelayMs(attempt, random) {
    const ceiling = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_CEILING_MS * 2 ** Math.max(0, attempt));
    const drawn = Math.floor(Math.min(Math.max(random, 0), 1) * ceiling);
    return Math.min(ceiling - 1, Math.max(MIN_BACKOFF_MS, drawn));
}
/**
 * The steady poll interval while a generation is young; ±20 % jitter keeps accounts from polling
 * in step. Short because the gate notices a finished generation half an interval late on average,
 * and with many accounts that pick-up delay is most of the time spent beyond the generation itself.
 */
const POLL_INTERVAL_MS = 300;
const POLL_JITTER = 0.2;
/**
 * How long a generation is polled at the steady interval before polls grow apart. Sized in calls,
 * not time: 20 steady polls, as many as the steady phase has always made, so the short interval
 * does not make a generation that runs long cost more calls before its polls spread out.
 */
const STEADY_POLLING_MS = 6_000;
/** A steady poll: POLL_INTERVAL_MS ± 20 %, uniform (240–360 ms). */
function steadyPollDelayMs(random) {
    const unit = Math.min(Math.max(random, 0), 1);
    return Math.round(POLL_INTERVAL_MS * (1 - POLL_JITTER + 2 * POLL_JITTER * unit));
}
/**
 * A poll after the steady phase: full jitter below a ceiling that starts at twice the steady
 * interval and doubles per poll (0.6, 1.2, 2.4, 4.8, 9.6 s), capped at 10 s. Floored like the
 * failure backoff so a draw near zero is still a wait.
 */
function slowPollDelayMs(slowPolls, random) {
    const ceiling = Math.min(MAX_BACKOFF_MS, POLL_INTERVAL_MS * 2 ** (Math.max(0, slowPolls) + 1));
    const drawn = Math.floor(Math.min(Math.max(random, 0), 1) * ceiling);
    return Math.min(ceiling - 1, Math.max(MIN_BACKOFF_MS, drawn));
}
/**
 * The wait before the next poll of a generation that has been waited on for `waitedMs`, of which
 * `slowPolls` polls were already past the steady phase.
 */
function pollDelayMs(waitedMs, slowPolls, random) {
    return waitedMs < STEADY_POLLING_MS ? steadyPollDelayMs(random) : slowPollDelayMs(slowPolls, random);
}
class RetryBudget {
    clock;
    maxWaitMs;
    label;
    startedAt;
    deadline;
    /** Failure backoffs so far in this budget: the exponent of the next one. */
    failures = 0;
    /** When the wait on the current generation began (its first in-progress answer); null before one. */
    pollingSince = null;
    slowPolls = 0;
    constructor(clock, maxWaitMs, 
    /** How messages name the limit: the action's `max-wait-seconds` (default), the CLI's `--max-wait-seconds`. */
    label = null) {
        this.clock = clock;
        this.maxWaitMs = maxWaitMs;
        this.label = label;
        this.startedAt = clock.now();
        this.deadline = this.startedAt + Math.max(0, maxWaitMs);
    }
    remainingMs() {
        return Math.max(0, this.deadline - this.clock.now());
    }
    elapsedMs() {
        return Math.max(0, this.clock.now() - this.startedAt);
    }
    /** "max-wait-seconds (120 s)": the limit as the user set it, for messages. */
    describeLimit() {
        return `${this.label === null ? 'max-wait-seconds' : this.label('max-wait-seconds')} (${Math.round(this.maxWaitMs / 1000)} s)`;
    }
    /** The setting to raise, for advice: `` `max-wait-seconds` `` or `--max-wait-seconds`. */
    limitName() {
        return this.label === null ? '`max-wait-seconds`' : this.label('max-wait-seconds');
    }
    expired() {
        return this.remainingMs() <= 0;
    }
    /**
     * After a failure: sleeps the next exponential backoff delay, cut to the time left. Returns
     * false when no time is left afterwards, so the caller fails closed instead of trying again
     * past the deadline. The exponent counts every failure of this budget and is never reset by
     * polls or successes, so a throttled account keeps backing off further.
     */
    async backoff() {
        const delay = backoffDelayMs(this.failures, this.clock.random());
        this.failures += 1;
        return this.sleepWithinDeadline(delay);
    }
    /**
     * After an in-progress answer: sleeps until the next poll of the generation (steady 300 ms ±20 %
     * for its first 6 s, then growing), cut to the time left; returns false when no time is left.
     * The first call starts the generation's clock; failures in between do not stop it, so polling
     * resumes where the elapsed time puts it.
     */
    async poll() {
        const now = this.clock.now();
        this.pollingSince ??= now;
        const waited = now - this.pollingSince;
        const delay = pollDelayMs(waited, this.slowPolls, this.clock.random());
        if (waited >= STEADY_POLLING_MS)
            this.slowPolls += 1;
        return this.sleepWithinDeadline(delay);
    }
    /** AWS started a new generation: poll it from the steady interval again. */
    restartPolling() {
        this.pollingSince = null;
        this.slowPolls = 0;
    }
    async sleepWithinDeadline(delay) {
        const remaining = this.remainingMs();
        if (remaining <= 0)
            return false;
        await this.clock.sleep(Math.min(delay, remaining));
        return !this.expired();
    }
}
function formatDuration(ms) {
    const seconds = Math.round(ms / 1000);
    if (seconds < 120)
        return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}


/***/ })

};
