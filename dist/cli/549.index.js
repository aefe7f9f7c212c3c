export const id = 549;
export const ids = [549];
export const modules = {

/***/ 1549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchReportFromAws: () => (/* binding */ fetchReportFromAws)
/* harmony export */ });
/* harmony import */ var _user_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7495);
/* harmony import */ var _aws_clients__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1513);
/* harmony import */ var _aws_credentials__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6867);
/* harmony import */ var _credential_report_api__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3790);
/* harmony import */ var _fetch_credential_report__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1466);
/* harmony import */ var _parse_arn__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2756);
/* harmony import */ var _retry_budget__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9181);







const MAX_ROLE_DURATION_SECONDS = 43_200;
const MIN_ROLE_DURATION_SECONDS = 900;
function validate(request) {
    if (!Number.isFinite(request.maxWaitSeconds) || request.maxWaitSeconds <= 0) {
        throw new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`max-wait-seconds must be a positive number of seconds, got ${String(request.maxWaitSeconds)}.`);
    }
    if (!Number.isFinite(request.maxReportAgeHours) || request.maxReportAgeHours < 0) {
        throw new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`settings.max_report_age_hours must be zero or more hours, got ${String(request.maxReportAgeHours)}.`);
    }
    for (const [input, value] of [
        ['role-to-assume', request.roleToAssume],
        ['role-arn', request.roleArn],
    ]) {
        if (value !== null && !(0,_parse_arn__WEBPACK_IMPORTED_MODULE_4__/* .isRoleArn */ .G)(value)) {
            throw new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${input} must be an IAM role ARN like arn:aws:iam::123456789012:role/iam-credential-gate, got '${value}'.`);
        }
    }
    if ((request.roleToAssume !== null || request.roleArn !== null) &&
        (!Number.isInteger(request.roleDurationSeconds) ||
            request.roleDurationSeconds < MIN_ROLE_DURATION_SECONDS ||
            request.roleDurationSeconds > MAX_ROLE_DURATION_SECONDS)) {
        throw new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`role-duration-seconds must be a whole number from ${MIN_ROLE_DURATION_SECONDS} to ${MAX_ROLE_DURATION_SECONDS} (STS limits), got ${String(request.roleDurationSeconds)}.`);
    }
}
async function fetchReportFromAws(request) {
    validate(request);
    const clock = request.clock ?? _retry_budget__WEBPACK_IMPORTED_MODULE_3__/* .systemClock */ .ml;
    const budget = new _retry_budget__WEBPACK_IMPORTED_MODULE_3__/* .RetryBudget */ .Km(clock, request.maxWaitSeconds * 1000);
    const settings = {
        region: request.region === '' ? 'us-east-1' : request.region,
        userAgent: request.userAgent,
        profile: request.profile,
    };
    const log = request.log;
    const stsClients = [];
    let iam = null;
    try {
        const credentials = await (0,_aws_credentials__WEBPACK_IMPORTED_MODULE_1__/* .resolveGateCredentials */ .O)({
            region: settings.region,
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
        }, {
            budget,
            createStsClient: (provider) => {
                const client = (0,_aws_clients__WEBPACK_IMPORTED_MODULE_5__/* .createStsClient */ .u)(settings, provider);
                stsClients.push(client);
                return client;
            },
        });
        const client = (0,_aws_clients__WEBPACK_IMPORTED_MODULE_5__/* .createIamClient */ .L)(settings, credentials.provider);
        iam = client;
        const report = await (0,_fetch_credential_report__WEBPACK_IMPORTED_MODULE_2__/* .fetchCredentialReport */ .qq)({
            api: (0,_credential_report_api__WEBPACK_IMPORTED_MODULE_6__/* .createCredentialReportApi */ .K)(client),
            budget,
            maxReportAgeHours: request.maxReportAgeHours,
            log,
            identity: credentials.identity,
        });
        return {
            content: report.content,
            generatedAt: report.generatedAt === null ? null : new Date(report.generatedAt).toISOString(),
            accountId: credentials.accountId,
            apiCalls: report.apiCalls,
        };
    }
    finally {
        // Keep-alive sockets would otherwise hold the process open after the verdict.
        iam?.destroy();
        for (const sts of stsClients)
            sts.destroy();
    }
}


/***/ })

};
