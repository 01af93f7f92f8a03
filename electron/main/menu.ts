import type { MenuItemConstructorOptions } from 'electron';
import type { EventPayloadOf } from '../common/ipc/contract';
import { render } from '../common/messages/catalogs';
import type { Locale } from '../common/messages/locale';
import type { MessageCode } from '../common/messages/message';

export interface MenuActions {
  /** The admin's language (the saved choice, else the OS's). */
  locale: Locale;
  isMac: boolean;
  /** Dev tools only in development builds. */
  allowDevTools: boolean;
  sendCommand(command: EventPayloadOf<'app.command'>['command']): void;
  openDataFolder(): void;
  openLogsFolder(): void;
  openAdobeDocs(): void;
}

/** The native menu bar: what a desktop user expects, plus where the wizard keeps its data and logs. */
export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const label = (code: MessageCode) => render(actions.locale, { code });
  const file: MenuItemConstructorOptions = {
    id: 'file',
    label: label('menu.file'),
    submenu: [
      { id: 'new', label: label('menu.file.new'), accelerator: 'CmdOrCtrl+N', click: () => actions.sendCommand('new') },
      { id: 'import', label: label('menu.file.import'), accelerator: 'CmdOrCtrl+O', click: () => actions.sendCommand('import') },
      { id: 'export', label: label('menu.file.export'), accelerator: 'CmdOrCtrl+E', click: () => actions.sendCommand('export') },
      { type: 'separator' },
      actions.isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    id: 'view',
    label: label('menu.view'),
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(actions.allowDevTools ? [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }] : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    id: 'help',
    role: 'help',
    label: label('menu.help'),
    submenu: [
      { id: 'adobeDocs', label: label('menu.help.adobeDocs'), click: () => actions.openAdobeDocs() },
      { type: 'separator' },
      { id: 'dataFolder', label: label('menu.help.dataFolder'), click: () => actions.openDataFolder() },
      { id: 'logsFolder', label: label('menu.help.logsFolder'), click: () => actions.openLogsFolder() },
      ...(actions.isMac ? [] : [{ type: 'separator' as const }, { role: 'about' as const }]),
    ],
  };
  return [...(actions.isMac ? [{ role: 'appMenu' as const }] : []), file, { role: 'editMenu' }, view, { role: 'windowMenu' }, help];
}
