import type { ExportFormat } from '../../electron/common/ipc/contract';
import type { Message } from '../../electron/common/messages/message';
import { configToForm } from '../../electron/common/wizard/form';
import { call, wizard } from './ipc';
import { secretStatus } from './secret';
import { attempt } from './step-error.svelte';
import { store } from './wizard.svelte';

/** Hand-over files: a config, bundle or package brought in on Start, or written out on Output. */
class Handover {
  /** File > Import… asked for the import dialog; the Start step opens it. */
  importRequested = $state(false);
  /** What the last imported file said about itself (e.g. a field it did not know), shown on Start. */
  importWarnings = $state<Message[]>([]);

  /** Loads a hand-over file; 'needsPassphrase' means an encrypted bundle was picked and needs one. */
  async importFile(
    passphrase?: string,
    pickedFileId?: string,
  ): Promise<{ needsPassphrase: string; fileName: string } | 'done' | 'cancelled' | 'failed'> {
    this.importWarnings = [];
    const outcome = await attempt(async () => {
      const result = await call(
        wizard().files.import({ ...(passphrase ? { passphrase } : {}), ...(pickedFileId ? { pickedFileId } : {}) }),
      );
      if ('cancelled' in result) return 'cancelled' as const;
      if ('needsPassphrase' in result) return { needsPassphrase: result.pickedFileId, fileName: result.fileName };
      const form = configToForm(result.config);
      store.form = form;
      store.setProfile(form.instance.name || store.profile || 'imported');
      store.secretStored = result.secretStored || (form.secretName !== '' && (await secretStatus(form.secretName)));
      store.mode ??= 'offline';
      store.answers.importedFrom = result.path;
      this.importWarnings = result.warnings;
      return 'done' as const;
    });
    return outcome.ok ? outcome.value : 'failed';
  }

  /** Writes the config in `format` where the admin picks; null when cancelled or failed (shown on the step). */
  async exportAs(
    format: ExportFormat,
    options: { includeSecret: boolean; passphrase: string },
  ): Promise<{ path: string; notes: Message[] } | null> {
    const outcome = await attempt(async () => {
      const result = await call(
        wizard().files.export({
          format,
          config: store.config,
          includeSecret: format === 'bundle' && options.includeSecret,
          ...(format === 'bundle' && options.passphrase ? { passphrase: options.passphrase } : {}),
          suggestedName: `${store.profile || 'acc-ims'}${format === 'json' ? '.acc-ims.json' : format === 'package' ? '.package.xml' : ''}`,
        }),
      );
      if ('cancelled' in result) return null;
      store.answers.exportedTo = result.path;
      return result;
    });
    return outcome.ok ? outcome.value : null;
  }
}

export const handover = new Handover();
