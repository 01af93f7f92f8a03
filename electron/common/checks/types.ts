import type { Message } from '../messages/message';

/** The prerequisite checks against a live instance, in the order they run and print (README, "The command line"). */
export const CHECK_IDS = ['reachable', 'server-build', 'console-build', 'logon', 'package', 'account'] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  /** What was found and, when it is not a pass, what to do. */
  message: Message;
}

/** What `check --json` prints and what the desktop shows: plain data, safe to send over IPC. */
export interface ChecksReport {
  ok: boolean;
  checks: CheckResult[];
  /** True when the instance could not be reached at all (CLI exit 2). */
  connectionFailed: boolean;
}

/** `ok` is true when no check failed; warn and skip are allowed. */
export function makeReport(checks: CheckResult[], connectionFailed = false): ChecksReport {
  const ordered = CHECK_IDS.map((id) => checks.find((c) => c.id === id)).filter((c): c is CheckResult => c !== undefined);
  return { ok: !connectionFailed && ordered.every((c) => c.status !== 'fail'), checks: ordered, connectionFailed };
}

export const skip = (id: CheckId, message: Message): CheckResult => ({ id, status: 'skip', message });
