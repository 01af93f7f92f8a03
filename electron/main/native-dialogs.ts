import { app, dialog, type BrowserWindow } from 'electron';
import { basename, join } from 'node:path';
import type { Dialogs } from './handler-deps';

/**
 * The OS's own open and save dialogs, attached to the wizard's window. The suggested name comes from
 * the renderer, so only its last segment is used: it can never point the dialog outside Documents.
 */
export function nativeDialogs(window: () => BrowserWindow | null): Dialogs {
  return {
    async save({ title, defaultName, filters }) {
      const options = { title, defaultPath: join(app.getPath('documents'), safeFileName(defaultName)), filters };
      const win = window();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async open({ title, filters }) {
      const options = { title, filters, properties: ['openFile' as const] };
      const win = window();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async confirm({ title, message, detail, confirm, cancel }) {
      // Cancel is the default and what Escape chooses: sending needs a deliberate click.
      const options = {
        type: 'warning' as const,
        title,
        message,
        detail,
        buttons: [cancel, confirm],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      };
      const win = window();
      const result = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
      return result.response === 1;
    },
  };
}

function safeFileName(name: string): string {
  const last = basename(name.replace(/\\/g, '/'));
  return last === '' || last === '.' || last === '..' ? 'acc-ims-config' : last;
}
