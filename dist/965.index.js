export const id = 965;
export const ids = [965];
export const modules = {

/***/ 2965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   requestIdToken: () => (/* binding */ requestIdToken)
/* harmony export */ });
/**
 * The workflow's OIDC token, requested from the Actions token service with `fetch` and an abort
 * signal. Why not `@actions/core`'s getIDToken: it cannot be aborted, so a token service that
 * never answers kept the process (and the job) running long after the gate had written its
 * `error` at `max-wait-seconds`; it also loaded the toolkit's HTTP client for one request.
 */
/** The service is a GitHub endpoint: a 5xx or a dropped connection is worth a few quick retries. */
const ATTEMPTS = 3;
const RETRY_DELAY_MS = 500;
const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);
class TokenServiceError extends Error {
    retryable;
    constructor(message, retryable) {
        super(message);
        this.retryable = retryable;
    }
}
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(signal.reason);
            return;
        }
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
function tokenUrl(env, audience) {
    const base = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    if (!base)
        throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
    // As the toolkit does: the runner's URL already has a query (api-version).
    return audience ? `${base}&audience=${encodeURIComponent(audience)}` : base;
}
async function requestOnce(url, bearer, signal) {
    let response;
    try {
        response = await fetch(url, {
            headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json', 'User-Agent': 'actions/oidc-client' },
            ...(signal === undefined ? {} : { signal }),
        });
    }
    catch (error) {
        if (signal?.aborted)
            throw error;
        const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
        throw new TokenServiceError(`${error instanceof Error ? error.message : String(error)}${cause}`, true);
    }
    const text = await response.text();
    if (!response.ok) {
        // Status and the service's message only: an error answer never carries a token.
        throw new TokenServiceError(`Error Code : ${response.status} Error Message: ${text.slice(0, 500)}`, RETRYABLE_STATUS.has(response.status));
    }
    let value;
    try {
        value = JSON.parse(text).value;
    }
    catch {
        value = undefined;
    }
    if (typeof value !== 'string' || value === '')
        throw new TokenServiceError('Response json body do not have ID Token field', false);
    return value;
}
/**
 * The token for `audience`. `signal` aborts the request (and any retry wait) at once, which
 * closes its socket: nothing is left to keep the process running.
 */
async function requestIdToken(audience, signal, env = process.env) {
    const url = tokenUrl(env, audience);
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!bearer)
        throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
    for (let attempt = 1;; attempt += 1) {
        try {
            return await requestOnce(url, bearer, signal);
        }
        catch (error) {
            if (!(error instanceof TokenServiceError) || !error.retryable || attempt >= ATTEMPTS) {
                throw new Error(`Failed to get ID Token. ${error instanceof Error ? error.message : String(error)}`);
            }
            await sleep(RETRY_DELAY_MS * attempt, signal);
        }
    }
}


/***/ })

};
