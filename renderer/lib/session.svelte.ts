import type { Draft } from '../../electron/common/ipc/contract';
import type { Message } from '../../electron/common/messages/message';
import { readAnswers } from '../../electron/common/wizard/answers';
import { configToForm } from '../../electron/common/wizard/form';
import { stepIndex } from '../../electron/common/wizard/steps';
import { autosave } from './autosave.svelte';
import { instanceCheck } from './instance-check.svelte';
import { call, failureOf, wizard } from './ipc';
import { nav } from './navigation.svelte';
import { prefs } from './prefs.svelte';
import { push } from './push.svelte';
import { refreshSecret } from './secret';
import { attempt, stepError } from './step-error.svelte';
import { store } from './wizard.svelte';

/** The wizard's session: on launch the autosaved draft comes back; Start over empties it. */
class Session {
  /** What the stored files said about themselves on launch (e.g. a damaged draft set aside). */
  storageWarnings = $state<Message[]>([]);
  /** Launch could not read what it needs: the wizard starts empty and says why. */
  startupError = $state<Message | null>(null);

  async launch(): Promise<void> {
    try {
      // Independent reads in parallel: each is an IPC round trip before the first step can show.
      const [info, { draft, warnings }] = await Promise.all([call(wizard().app.info()), call(wizard().draft.load()), prefs.load()]);
      prefs.osLocale = info.locale;
      await prefs.apply();
      this.storageWarnings = warnings.map((w) => w.message);
      this.#restore(draft);
      autosave.opened($state.snapshot(store.draft) as Draft);
      await refreshSecret();
    } catch (e) {
      this.startupError = failureOf(e).message;
      this.#restore(null);
      if (!prefs.catalog) await prefs.apply();
    }
  }

  /** Deletes the autosaved draft and empties every field; saved profiles, the keychain and exported files stay. */
  async startOver(): Promise<void> {
    await attempt(async () => {
      await call(wizard().draft.clear());
      store.clear();
      instanceCheck.clear();
      push.clear();
      stepError.current = null;
      nav.showAllErrors = false;
    });
  }

  /** The draft comes back where it was (or at the furthest step still open). */
  #restore(draft: Draft | null): void {
    if (draft) {
      store.form = configToForm(draft.config);
      store.mode = draft.mode ?? null;
      store.user = draft.connection?.user ?? '';
      store.answers = readAnswers(draft.answers);
      store.profile = store.answers.profileText || draft.profile || store.form.instance.name;
      store.secretStored = store.form.secretName !== '';
      store.step = stepIndex(draft.step) <= stepIndex(nav.furthest) ? draft.step : nav.furthest;
    }
    store.loaded = true;
  }
}

export const session = new Session();
