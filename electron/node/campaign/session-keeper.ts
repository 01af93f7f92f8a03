import { createHash } from 'node:crypto';
import type { ProgressStep } from '../../common/checks/progress';
import { CampaignSession, type ConnectOptions } from './session';

/**
 * Where a network run gets its logged-on session. The CLI opens one per run and logs off at the end;
 * the desktop keeps one between test, check, compare and push (fewer round trips), logs on again when
 * the instance has expired it (session.ts), and logs off once it has been idle for a while.
 */

export interface SessionLease {
  session: CampaignSession;
  /** Done with it: a run that worked may leave it for the next one, a failed run always closes it. */
  end(worked: boolean): Promise<void>;
}

export interface SessionSource {
  /** `fresh`: log on anew even if a session is kept (a check reads what the logon reports, e.g. new packages). */
  lease(options: ConnectOptions, use?: { fresh?: boolean }): Promise<SessionLease>;
}

/** A session per run, logged off at its end. */
export const freshSessions: SessionSource = {
  async lease(options) {
    const session = await CampaignSession.open(options);
    return { session, end: () => session.close() };
  },
};

/**
 * Runs `work` on a leased session, saying 'logon' and 'logoff' as it goes: a session whose work threw is
 * closed, one whose work finished may be kept for the next run.
 */
export async function withSession<T>(
  source: SessionSource | undefined,
  options: ConnectOptions,
  progress: (step: ProgressStep) => void,
  work: (session: CampaignSession) => Promise<T>,
): Promise<T> {
  progress('logon');
  const lease = await (source ?? freshSessions).lease(options);
  let failed = false;
  try {
    return await work(lease.session);
  } catch (e) {
    failed = true;
    throw e;
  } finally {
    progress('logoff');
    await lease.end(!failed);
  }
}

/** Idle longer than this and the kept session is logged off (well inside Campaign's own session lifetime). */
export const KEEP_IDLE_MS = 5 * 60_000;

export interface SessionKeeper extends SessionSource {
  /** Logs off the kept session, if any (the app quits). */
  close(): Promise<void>;
}

export function createSessionKeeper(idleMs = KEEP_IDLE_MS): SessionKeeper {
  let kept: { key: string; session: CampaignSession; timer: NodeJS.Timeout } | null = null;

  const drop = async () => {
    const old = kept;
    kept = null;
    if (!old) return;
    clearTimeout(old.timer);
    await old.session.close();
  };

  return {
    async lease(options, use = {}) {
      const key = keyOf(options);
      let session: CampaignSession;
      if (kept?.key === key && !use.fresh) {
        clearTimeout(kept.timer);
        session = kept.session;
        kept = null;
        session.reuseFor(options.signal);
      } else {
        await drop();
        session = await CampaignSession.open(options);
      }
      return {
        session,
        async end(worked) {
          if (!worked) return session.close();
          await drop();
          // Unref'd: a kept session never holds the process open; the instance expires it if we never log off.
          kept = { key, session, timer: setTimeout(() => void drop(), idleMs).unref() };
        },
      };
    },
    close: drop,
  };
}

/** Same instance, same operator and password (by hash: the key is not a place to keep it), same CA. */
function keyOf(o: ConnectOptions): string {
  const c = o.credentials;
  const who = c.kind === 'password' ? `password:${c.login}:${c.password}` : `bearer:${c.token}`;
  return createHash('sha256')
    .update(JSON.stringify([o.url, who, o.caPem ?? '', o.cacheDir ?? '', o.wording ?? '']))
    .digest('hex');
}
