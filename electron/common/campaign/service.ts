import type { ProgressStep } from '../checks/progress';
import type { AccImsConfig } from '../config/schema';
import type { CampaignConnection, CheckReport, PushChoices, PushReport, RestoreReport } from '../ipc/contract';

/**
 * The Campaign service as the desktop shell calls it. Declared here, below both main (the caller) and
 * node (the implementation), so the two agree by type rather than by copy.
 */

/** Passed to every network call: abort on cancel, report progress as it goes. */
export interface NetworkContext {
  signal: AbortSignal;
  progress(stage: ProgressStep, fraction?: number): void;
}

export interface CampaignService {
  testConnection(connection: CampaignConnection, ctx: NetworkContext): Promise<CheckReport>;
  check(connection: CampaignConnection, ctx: NetworkContext): Promise<CheckReport>;
  /** Dry run: the diff against the account on the instance; writes nothing. */
  plan(connection: CampaignConnection, config: AccImsConfig, ctx: NetworkContext, choices?: PushChoices): Promise<PushReport>;
  /** `secret` is the client secret read from the keychain (undefined: leave the instance's as is). */
  push(
    connection: CampaignConnection,
    config: AccImsConfig,
    secret: string | undefined,
    ctx: NetworkContext,
    choices?: PushChoices,
  ): Promise<PushReport>;
  /**
   * Writes back the account as this service's last push found it (its restore file, even when that push
   * failed half-way), then reads it back. Only that file: the renderer never names a path to write from.
   */
  undoLastPush(connection: CampaignConnection, ctx: NetworkContext): Promise<RestoreReport>;
}
