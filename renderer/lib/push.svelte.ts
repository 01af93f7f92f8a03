import type { PushChoices, PushReport, RestoreReport } from '../../electron/common/ipc/contract';
import { wizard } from './ipc';
import { network, type Keyed } from './network.svelte';
import { stepError } from './step-error.svelte';
import { store } from './wizard.svelte';

const NO_CHOICES: PushChoices = { replaceSecret: false, updateExisting: false };

/**
 * The diff against the instance (Review) and the push (Output). Each answer belongs to the connection,
 * config and choices it was run with: any edit makes it stale, so a push always follows a fresh diff.
 */
class Push {
  /** The Review step's explicit choices; off unless the admin ticks them, never saved. */
  choices = $state<PushChoices>({ ...NO_CHOICES });
  /** When the last push answered, for "Pushed at" on the Output step. */
  pushedAt = $state<Date | null>(null);
  /** Main kept the account as this session's last push found it: "Undo the last push" can put it back. */
  undoable = $state(false);
  /** What the last undo wrote back, until the next push. */
  undone = $state<RestoreReport | null>(null);
  #planResult = $state<Keyed<PushReport> | null>(null);
  #pushResult = $state<Keyed<PushReport> | null>(null);
  #key = $derived(`${store.connectionKey}${JSON.stringify(store.config)}${JSON.stringify(this.choices)}`);

  plan: PushReport | null = $derived(this.#planResult?.key === this.#key ? this.#planResult.value : null);
  pushed: PushReport | null = $derived(this.#pushResult?.key === this.#key ? this.#pushResult.value : null);

  async runPlan(): Promise<void> {
    const key = this.#key;
    const report = await network.run('plan', (requestId) => wizard().campaign.plan(this.#request(requestId)));
    if (report) this.#planResult = { key, value: report };
  }

  async run(): Promise<void> {
    const key = this.#key;
    this.undone = null;
    const report = await network.run('push', (requestId) => wizard().campaign.push(this.#request(requestId)));
    if (report) {
      this.#pushResult = { key, value: report };
      this.pushedAt = new Date();
    }
    // Also after a push that stopped half-way: its error says the account was saved first.
    this.undoable ||= report?.restoreFile !== undefined || stepError.current?.message.code === 'restore.halfway';
  }

  /** Writes the account back as the last push found it; the old diff and push no longer describe the instance. */
  async undo(): Promise<void> {
    const report = await network.run('undo', (requestId) => wizard().campaign.undoPush({ requestId, connection: store.connection() }));
    if (!report) return;
    this.undone = report;
    this.undoable = false;
    this.#planResult = this.#pushResult = null;
    this.pushedAt = null;
  }

  /** Start over: no diff, no push, no choices ticked. */
  clear(): void {
    this.#planResult = this.#pushResult = null;
    this.choices = { ...NO_CHOICES };
    this.undoable = false;
    this.undone = null;
  }

  /** What a diff or push is run with; the choices as plain data (IPC cannot clone a state proxy). */
  #request(requestId: string) {
    return { requestId, connection: store.connection(), config: store.config, ...$state.snapshot(this.choices) };
  }
}

export const push = new Push();
