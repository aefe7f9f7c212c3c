/**
 * Size caps for everything the gate reads, stated in the README. A larger input is refused with a
 * message naming it, never read until memory runs out (a symlink to /dev/zero, a forged report).
 */
const MiB = 1024 * 1024;

/** A policy file (each file of an `extends` chain). Real policies are a few KiB. */
export const MAX_POLICY_BYTES = 1 * MiB;
/** A credential report, saved or fetched: about 200 000 users. */
export const MAX_REPORT_BYTES = 64 * MiB;
/** A findings document (`baseline`, merge inputs): about 500 000 findings. */
export const MAX_FINDINGS_DOCUMENT_BYTES = 256 * MiB;
