import packageJson from '../package.json';

export const TOOL_NAME = 'iam-credential-gate';
export const TOOL_VERSION: string = packageJson.version;
export const USER_AGENT = `${TOOL_NAME}/${TOOL_VERSION}`;
