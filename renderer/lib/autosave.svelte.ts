import type { Draft } from '../../electron/common/ipc/contract';
import type { Message } from '../../electron/common/messages/message';
import { wizard } from './ipc';
import { store } from './wizard.svelte';

/**
 * The draft is written on every change: main writes atomically, and while one save runs only the latest
 * draft waits. What is on disk already (the draft just opened, or a change undone) is not written again.
 */
class Autosave {
  error = $state<Message | null>(null);
  #saving = false;
  #pending: Draft | null = null;
  #written = '';

  /** The draft as read from disk at start-up. */
  opened(draft: Draft): void {
    this.#written = JSON.stringify(draft);
  }

  offer(draft: Draft): void {
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
      const result = await wizard().draft.save({ draft });
      if (result.ok) {
        store.lastSaved = result.value.updatedAt;
        this.error = null;
      } else this.error = result.error.message;
    }
    this.#saving = false;
  }
}

export const autosave = new Autosave();
