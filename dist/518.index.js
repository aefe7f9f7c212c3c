export const id = 518;
export const ids = [518];
export const modules = {

/***/ 8518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openAwsAccounts: () => (/* binding */ openAwsAccounts)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2503);
/* harmony import */ var _aws_aws_clients__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1513);
/* harmony import */ var _aws_aws_credentials__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6867);
/* harmony import */ var _aws_aws_error__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4931);
/* harmony import */ var _aws_credential_report_api__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3790);
/* harmony import */ var _aws_fetch_credential_report__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1466);
/* harmony import */ var _aws_fetch_report_from_aws__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7376);
/* harmony import */ var _aws_retry_budget__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9181);
/* harmony import */ var _user_error__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7495);
/* harmony import */ var _lean_report_body__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5462);
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
            const page = await client.send(new _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_8__/* .ListAccountsCommand */ .Q0l({ MaxResults: ORGANIZATIONS_PAGE_SIZE, NextToken: nextToken }), { abortSignal: signal });
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
        const failure = (0,_aws_aws_error__WEBPACK_IMPORTED_MODULE_1__/* .classifyAwsError */ .u)(error);
        const advice = failure.code === 'AWSOrganizationsNotInUseException'
            ? 'The hub account is not in an organization: list the accounts in `accounts` instead of `organization`.'
            : failure.kind === 'access-denied'
                ? 'Run the gate with an identity of the management account or of a delegated administrator for AWS Organizations, ' +
                    'allowed organizations:ListAccounts; or list the accounts in `accounts`.'
                : 'Run again later, or list the accounts in `accounts`.';
        throw new _user_error__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`Could not list the accounts of the organization as ${identity}: organizations:ListAccounts answered ${(0,_aws_aws_error__WEBPACK_IMPORTED_MODULE_1__/* .describeFailure */ .I)(failure)}. ${advice}`);
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
    const clock = request.clock ?? _aws_retry_budget__WEBPACK_IMPORTED_MODULE_5__/* .systemClock */ .ml;
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
        const credentials = await (0,_aws_aws_credentials__WEBPACK_IMPORTED_MODULE_0__/* .resolveGateCredentials */ .O)((0,_aws_fetch_report_from_aws__WEBPACK_IMPORTED_MODULE_4__.credentialRequestOf)(request, request.log), {
            budget: new _aws_retry_budget__WEBPACK_IMPORTED_MODULE_5__/* .RetryBudget */ .Km(clock, maxWaitMs, request.label ?? null),
            createStsClient: (provider) => hubClients.track((0,_aws_aws_clients__WEBPACK_IMPORTED_MODULE_9__/* .createStsClient */ .u)(settings, provider)),
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
            const client = new _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_8__/* .OrganizationsClient */ .gnq({
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
            const budget = new _aws_retry_budget__WEBPACK_IMPORTED_MODULE_5__/* .RetryBudget */ .Km(clock, maxWaitMs, request.label ?? null);
            const pool = clientPool();
            try {
                const source = await currentHub();
                const member = await (0,_aws_aws_credentials__WEBPACK_IMPORTED_MODULE_0__/* .chainAssumeRole */ .G)({
                    ...(0,_aws_fetch_report_from_aws__WEBPACK_IMPORTED_MODULE_4__.credentialRequestOf)(request, log),
                    roleArn: target.roleArn,
                    roleDurationSeconds: Math.min(request.roleDurationSeconds, MAX_CHAINED_SESSION_SECONDS),
                }, { budget, createStsClient: (provider) => pool.track((0,_aws_aws_clients__WEBPACK_IMPORTED_MODULE_9__/* .createStsClient */ .u)(settings, provider)) }, source.provider, source.identity);
                const iam = pool.track((0,_aws_aws_clients__WEBPACK_IMPORTED_MODULE_9__/* .createIamClient */ .L)(settings, member.provider));
                (0,_lean_report_body__WEBPACK_IMPORTED_MODULE_7__/* .leanCredentialReportBodies */ .M)(iam);
                const report = await (0,_aws_fetch_credential_report__WEBPACK_IMPORTED_MODULE_3__/* .fetchCredentialReport */ .qq)({
                    api: (0,_aws_credential_report_api__WEBPACK_IMPORTED_MODULE_2__/* .createCredentialReportApi */ .K)(iam),
                    budget,
                    maxReportAgeHours: request.maxReportAgeHours,
                    log,
                    identity: `role ${target.roleArn}`,
                });
                // Look-ups run in the member account with its role, so every member role needs their permissions.
                const lookups = await (0,_aws_fetch_report_from_aws__WEBPACK_IMPORTED_MODULE_4__.lookUpsOf)(request, iam, clock, log, `role ${target.roleArn}`, report.content);
                return {
                    content: report.content,
                    generatedAt: report.generatedAt === null ? null : new Date(report.generatedAt).toISOString(),
                    accountId: member.accountId ?? target.accountId,
                    apiCalls: report.apiCalls,
                    ...(lookups === undefined ? {} : { lookups }),
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
