/**
 * A large, realistic credential report for the benchmarks: deterministic (a seeded generator), in
 * the exact format AWS returns (LF, no trailing newline), with the mix a big account has: most
 * users fine, some with old or unused keys, console users without MFA, a few with two keys.
 */

const HEADER =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,' +
  'mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,' +
  'access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,' +
  'access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,' +
  'cert_2_last_rotated';

const DAY = 86_400_000;

/** Park–Miller: the same report on every machine and every run. */
function generator(seed: number): () => number {
  let state = seed % 2_147_483_647 || 1;
  return () => {
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

const REGIONS = ['us-east-1', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'N/A'];
const SERVICES = ['s3', 'sts', 'ec2', 'dynamodb', 'lambda'];

export interface BenchReportOptions {
  account: string;
  users: number;
  /** Epoch ms the report is "generated" at; ages are relative to it. */
  now: number;
  seed?: number;
}

/** A credential report CSV of `users` IAM users plus the root row. */
export function benchReportCsv(options: BenchReportOptions): string {
  const { account, users, now } = options;
  const random = generator(options.seed ?? Number(account.slice(-6)) + users);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const daysAgo = (min: number, max: number) => now - Math.floor(min + random() * (max - min)) * DAY;

  const lines = [
    HEADER,
    `<root_account>,arn:aws:iam::${account}:root,${iso(now - 2000 * DAY)},true,${iso(daysAgo(30, 300))},` +
      `${iso(now - 1500 * DAY)},N/A,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
  ];

  const key = (active: boolean, created: number, usedOrNull: number | null) => {
    if (!active && random() < 0.7) return 'false,N/A,N/A,N/A,N/A';
    const used = usedOrNull === null ? 'N/A,N/A,N/A' : `${iso(usedOrNull)},${pick(REGIONS)},${pick(SERVICES)}`;
    return `${active},${iso(created)},${used}`;
  };

  for (let i = 0; i < users; i += 1) {
    const path = pick(['', '', '', 'ci/', 'teams/data/', 'vendors/']);
    const name = `${pick(['svc', 'user', 'app', 'ops', 'dev'])}-${i.toString(36).padStart(4, '0')}`;
    const created = daysAgo(20, 2500);
    // A reasonably kept account: most keys rotated and used, most console users with MFA; the
    // rest gives about one finding per five users.
    const console = random() < 0.3;
    const stalePassword = random() < 0.1;
    const password = console
      ? `true,${random() < 0.03 ? 'no_information' : iso(stalePassword ? daysAgo(46, 200) : daysAgo(0, 40))},${iso(daysAgo(0, 80))},N/A`
      : 'false,N/A,N/A,N/A';
    const mfa = console ? random() < 0.92 : random() < 0.2;
    const hasKey = random() < 0.6;
    const key1Created = Math.max(created, random() < 0.12 ? daysAgo(91, 700) : daysAgo(1, 85));
    const unused = random() < 0.06;
    const key1 = key(hasKey, key1Created, unused ? null : Math.max(key1Created, daysAgo(0, 30)));
    const twoKeys = hasKey && random() < 0.04;
    const key2Created = Math.max(created, daysAgo(0, 20));
    const key2 = twoKeys ? key(true, key2Created, Math.max(key2Created, daysAgo(0, 10))) : 'false,N/A,N/A,N/A,N/A';
    const cert = random() < 0.01 ? `true,${iso(daysAgo(10, 300))}` : 'false,N/A';
    lines.push(
      `${name},arn:aws:iam::${account}:user/${path}${name},${iso(created)},${password},${mfa},${key1},${key2},${cert},false,N/A`,
    );
  }
  return lines.join('\n');
}
