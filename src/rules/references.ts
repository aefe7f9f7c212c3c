import type { RuleReference } from './types';

const CIS_URL = 'https://www.cisecurity.org/benchmark/amazon_web_services';
const SECURITY_HUB_URL = 'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html';

export function cis(item: string): RuleReference {
  return { label: `CIS AWS Foundations v3.0 ${item}`, url: CIS_URL };
}

export function securityHub(control: string): RuleReference {
  return { label: `Security Hub ${control}`, url: `${SECURITY_HUB_URL}#${control.toLowerCase().replace('.', '-')}` };
}
