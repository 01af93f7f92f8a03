import type { Draft } from '../../electron/common/ipc/contract';
import type { Message } from '../../electron/common/messages/message';
import { call, failureOf, wizard } from './ipc';
import { store } from './wizard.svelte';

/**
 * The draft is written on every change: main writes atomically, and while one save runs only the latest
 * draft waits. What is on disk already (the draft just opened, or a change undone) is not written again.
 */
class Autosave {
  error = $state<Message | null>(null);
  /** When main last wrote the draft, for "Saved at" in the navigation bar. */
  lastSaved = $state<string | null>(null);
  #saving = false;
  #pending: Draft | null = null;
  #written = '';

  /** The draft as read from disk at start-up. */
  opened(draft: Draft): void {
    this.#written = JSON.stringify(draft);
  }

  /** Offers every change of the draft once the wizard has loaded; returns the stop. */
  follow(): () => void {
    return $effect.root(() => {
      $effect(() => {
        const draft = $state.snapshot(store.draft) as Draft;
        if (store.loaded) this.#offer(draft);
      });
    });
  }

  #offer(draft: Draft): void {
    const text = JSON.stringify(draft);
    if (text === this.#written) return;
    this.#written = text;
    this.#pending = draft;
    if (!this.#saving) void this.#flush();
  }

  async #flush(): Promise<void> {
    this.#saving = true;
    while (this.#pending) {
      const draft = this.#pending;
      this.#pending = null;
      try {
        this.lastSaved = (await call(wizard().draft.save({ draft }))).updatedAt;
        this.error = null;
      } catch (e) {
        this.error = failureOf(e).message;
      }
    }
    this.#saving = false;
  }
}

export const autosave = new Autosave();
