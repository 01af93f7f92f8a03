import type { Wording } from '../../common/campaign/wording';
import { decideAccount } from '../../common/checks/account';
import { findAccountType } from '../../common/checks/account-type';
import { decideConsoleBuild, type ConsoleBuildFacts } from '../../common/checks/console-build';
import { serverMajor, toBuild, type LogonOutcome, type ReachProbe } from '../../common/checks/facts';
import { decideLogon } from '../../common/checks/logon';
import { decidePackage, type PackageEvidence } from '../../common/checks/package';
import type { ProgressStep } from '../../common/checks/progress';
import { decideReachable } from '../../common/checks/reachable';
import { decideServerBuild } from '../../common/checks/server-build';
import { makeReport, skip, type CheckResult, type ChecksReport } from '../../common/checks/types';
import { isWizardError } from '../../common/errors';
import { msg, type Message } from '../../common/messages/message';
import { READ_ATTRIBUTES, TYPE_ATTRIBUTE } from '../../common/push/account-mapping';
import { probeHealth } from './health-probe';
import { readPackageFacts } from './package-evidence';
import type { CampaignSession, Credentials } from './session';
import { freshSessions, type SessionLease, type SessionSource } from './session-keeper';
import { createNodeTransport, tlsEnvironmentWarning } from './transport';

/**
 * Gathers the facts for `acc-ims check` (and the desktop's check and connection test) from a live
 * instance, and hands each to its pure decider in common/checks. The instance is only read.
 */

export interface NetworkOptions {
  /** Instance base URL (normalizeInstanceUrl). */
  url: string;
  timeoutMs: number;
  signal?: AbortSignal;
  caPem?: string;
  /** How messages tell the admin to act (CLI flags unless the desktop says otherwise). */
  wording?: Wording;
  /** Folder for the schema cache (schema-cache.ts); none: schemas are read from the instance every time. */
  cacheDir?: string;
  /** Each network step as it starts (the UI words it: stage.<step>). */
  onProgress?: (step: ProgressStep) => void;
  /** Where the logged-on session comes from: a fresh one per run unless the desktop keeps one (session-keeper.ts). */
  sessions?: SessionSource;
}

export interface CheckRequest extends NetworkOptions {
  credentials?: Credentials;
  console?: Omit<ConsoleBuildFacts, 'serverBuild' | 'serverMajor'>;
  /** The account type number, when the admin overrides the label lookup. */
  accountType?: number;
  /** 'connection': reachable, server build and logon only (the desktop's "Test connection"). */
  scope: 'full' | 'connection';
}

export interface CheckOutcome extends ChecksReport {
  server?: { build?: number; version?: string; instanceName?: string };
  /** What the package check rests on (workflows, a candidate id, or nothing) and the installed list. */
  packages?: PackageEvidence;
  /** Notes that are not a check's verdict (the environment asking to skip certificate checks). */
  warnings: Message[];
}

export async function runChecks(req: CheckRequest): Promise<CheckOutcome> {
  const progress = req.onProgress ?? (() => undefined);
  const checks: CheckResult[] = [];
  const full = req.scope === 'full';
  const tlsWarning = tlsEnvironmentWarning(req.url, req.wording);
  const warnings: Message[] = tlsWarning ? [tlsWarning] : [];

  progress('reachable');
  const probe = await probeInstance(req);
  checks.push(decideReachable(req.url, probe));
  if (probe.kind === 'unreachable') {
    const notChecked = msg('check.notChecked.unreachable');
    checks.push(skip('server-build', notChecked), skip('logon', notChecked));
    if (full) checks.push(skip('console-build', notChecked), skip('package', notChecked), skip('account', notChecked));
    return { ...makeReport(checks, true), warnings };
  }
  const redir = probe.kind === 'ok' ? probe.redir : undefined;

  let lease: SessionLease | null = null;
  let logon: LogonOutcome = { kind: 'not-attempted' };
  let connectionFailed = false;
  if (req.credentials) {
    progress('logon');
    try {
      // Always a new logon: testing it is the point, and it reports what is installed now.
      lease = await (req.sessions ?? freshSessions).lease({ ...transportOptions(req), credentials: req.credentials }, { fresh: true });
      const session = lease.session;
      const { login, rights } = session.facts;
      logon = { kind: 'ok', login, method: req.credentials.kind === 'bearer' ? 'bearer' : 'password', rights };
    } catch (e) {
      if (!isWizardError(e) || e.kind === 'cancelled') throw e;
      logon = { kind: 'failed', message: e.userMessage };
      connectionFailed = e.kind === 'connection';
    }
  }

  const session = lease?.session ?? null;
  let worked = false;
  try {
    const info = session?.facts.serverInfo;
    const major = serverMajor(redir, info);
    const fromTest = toBuild(redir?.build);
    const fromLogon = toBuild(info?.buildNumber);
    checks.push(
      decideServerBuild(
        { ...(fromTest ? { fromTest } : {}), ...(fromLogon ? { fromLogon } : {}), ...(major ? { major } : {}), loggedOn: session !== null },
        req.wording,
      ),
    );
    checks.push(decideLogon(logon, req.wording));
    const server = serverSummary(fromTest ?? fromLogon, redir?.version, info, redir?.instance);
    let packages: CheckOutcome['packages'];
    if (full) {
      const serverBuild = fromTest ?? fromLogon;
      checks.push(
        decideConsoleBuild({ ...req.console, ...(serverBuild ? { serverBuild } : {}), ...(major ? { serverMajor: major } : {}) }),
      );
      if (session) progress('read-packages');
      const pkg = decidePackage(session ? await readPackageFacts(session, req.credentials) : null);
      checks.push({ id: pkg.id, status: pkg.status, message: pkg.message });
      if (pkg.packages) packages = pkg.packages;
      if (session) {
        const account = await accountCheck(session, req, progress);
        checks.push(account.check);
        connectionFailed ||= account.connectionFailed;
      } else {
        checks.push(skip('account', msg('check.account.needsLogon')));
      }
    }
    worked = !connectionFailed;
    return { ...makeReport(checks, connectionFailed), server, ...(packages ? { packages } : {}), warnings };
  } finally {
    if (lease) {
      progress('logoff');
      await lease.end(worked);
    }
  }
}

async function accountCheck(
  session: CampaignSession,
  req: CheckRequest,
  progress: (s: ProgressStep) => void,
): Promise<{ check: CheckResult; connectionFailed: boolean }> {
  try {
    progress('read-account-type');
    const lookup = findAccountType(await session.accountTypes(), req.accountType);
    if (!lookup.found)
      return { check: decideAccount({ lookup, accounts: [], instanceUrl: req.url }, req.wording), connectionFailed: false };
    progress('read-accounts');
    const declared = new Set(await session.extAccountAttributes());
    const attributes = READ_ATTRIBUTES.filter((a) => declared.has(a) || a === 'id');
    const accounts = await session.queryAccounts(`@${TYPE_ATTRIBUTE} = ${lookup.value}`, attributes, 'readAccounts');
    return { check: decideAccount({ lookup, accounts, instanceUrl: req.url }, req.wording), connectionFailed: false };
  } catch (e) {
    if (!isWizardError(e) || e.kind === 'cancelled') throw e;
    return { check: { id: 'account', status: 'fail', message: e.userMessage }, connectionFailed: e.kind === 'connection' };
  }
}

async function probeInstance(req: NetworkOptions): Promise<ReachProbe> {
  const transport = createNodeTransport(transportOptions(req));
  try {
    return await probeHealth(req.url, transport.transport, req.wording);
  } finally {
    transport.dispose();
  }
}

export function transportOptions(req: NetworkOptions): {
  url: string;
  timeoutMs: number;
  signal?: AbortSignal;
  caPem?: string;
  wording?: Wording;
  cacheDir?: string;
} {
  return {
    url: req.url,
    timeoutMs: req.timeoutMs,
    ...(req.signal ? { signal: req.signal } : {}),
    ...(req.caPem ? { caPem: req.caPem } : {}),
    ...(req.wording ? { wording: req.wording } : {}),
    ...(req.cacheDir ? { cacheDir: req.cacheDir } : {}),
  };
}

function serverSummary(
  build: number | undefined,
  testVersion: string | undefined,
  info: CampaignSession['facts']['serverInfo'] | undefined,
  instance: string | undefined,
): CheckOutcome['server'] {
  const version =
    testVersion ??
    (info?.majNumber ? [info.majNumber, info.minNumber, info.servicePack].filter((p) => p !== undefined).join('.') : undefined);
  const instanceName = info?.instanceName ?? instance;
  return { ...(build ? { build } : {}), ...(version ? { version } : {}), ...(instanceName ? { instanceName } : {}) };
}
