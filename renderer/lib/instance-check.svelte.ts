import type { CheckReport } from '../../electron/common/ipc/contract';
import { wizard } from './ipc';
import { network, type Keyed } from './network.svelte';
import { store } from './wizard.svelte';

/** The Instance step's answers: a quick connection test and the full check, each for the connection it was run on. */
class InstanceCheck {
  /** The last connection test, shown until a full check answers. */
  connectionTest = $state<Keyed<CheckReport> | null>(null);
  #result = $state<Keyed<CheckReport> | null>(null);

  /** The full check, while URL, user and console build are still the ones it was run on. */
  report: CheckReport | null = $derived(this.#result?.key === store.connectionKey ? this.#result.value : null);

  async testConnection(): Promise<void> {
    const key = store.connectionKey;
    const report = await network.run('test', (requestId) =>
      wizard().campaign.testConnection({ requestId, connection: store.connection() }),
    );
    if (report) this.connectionTest = { key, value: report };
  }

  async run(): Promise<void> {
    const key = store.connectionKey;
    const report = await network.run('check', (requestId) => wizard().campaign.check({ requestId, connection: store.connection() }));
    if (report) this.#result = { key, value: report };
  }

  clear(): void {
    this.#result = this.connectionTest = null;
  }
}

export const instanceCheck = new InstanceCheck();
