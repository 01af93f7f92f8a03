import { handover } from './handover.svelte';
import { wizard } from './ipc';
import { nav } from './navigation.svelte';
import { network } from './network.svelte';
import { session } from './session.svelte';

/** What main sends unasked: a network call's progress, and the File menu (New, Import…, Export…). Returns the unsubscribe. */
export function listenToMain(): () => void {
  const offProgress = wizard().campaign.onProgress((p) => network.onProgress(p));
  const offCommand = wizard().app.onCommand(({ command }) => {
    if (command === 'new') void session.startOver();
    else if (command === 'import') {
      nav.goto('start');
      handover.importRequested = true;
    } else if (nav.canOpen('output')) nav.goto('output');
  });
  return () => {
    offProgress();
    offCommand();
  };
}
