import type { CampaignProgress, IpcResult } from '../../electron/common/ipc/contract';
import { call, newRequestId, wizard } from './ipc';
import { attempt } from './step-error.svelte';

/** A network call in flight: what it is, for the progress bar (its title is `busy.<kind>`) and Cancel. */
export interface Busy {
  requestId: string;
  kind: 'test' | 'check' | 'plan' | 'push' | 'undo';
  stage: string;
  fraction: number | null;
}

/** A result tied to the inputs it was computed for, so a later edit makes it stale without any effect. */
export interface Keyed<T> {
  key: string;
  value: T;
}

/** One network call at a time: it shows its progress, can be cancelled, and its failure is the step's error. */
class Network {
  busy = $state<Busy | null>(null);

  /** Starts the call unless one is running; its answer, or null when it failed (shown) or did not start. */
  async run<T>(kind: Busy['kind'], start: (requestId: string) => Promise<IpcResult<T>>): Promise<T | null> {
    if (this.busy) return null;
    const requestId = newRequestId();
    this.busy = { requestId, kind, stage: 'start', fraction: null };
    try {
      const result = await attempt(() => call(start(requestId)));
      return result.ok ? result.value : null;
    } finally {
      this.busy = null;
    }
  }

  async cancel(): Promise<void> {
    if (this.busy) await wizard().campaign.cancel({ requestId: this.busy.requestId });
  }

  onProgress(progress: CampaignProgress): void {
    if (!this.busy || progress.requestId !== this.busy.requestId || progress.done) return;
    this.busy = { ...this.busy, stage: progress.stage, fraction: progress.fraction ?? this.busy.fraction };
  }
}

export const network = new Network();
