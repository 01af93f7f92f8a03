import type { MenuItemConstructorOptions } from 'electron';
import type { EventPayloadOf } from '../common/ipc/contract';

export interface MenuActions {
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
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Configuration', accelerator: 'CmdOrCtrl+N', click: () => actions.sendCommand('new') },
      { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => actions.sendCommand('import') },
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => actions.sendCommand('export') },
      { type: 'separator' },
      actions.isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
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
    role: 'help',
    label: '&Help',
    submenu: [
      { label: 'Adobe Documentation: Connecting Campaign to IMS', click: () => actions.openAdobeDocs() },
      { type: 'separator' },
      { label: 'Open Data Folder', click: () => actions.openDataFolder() },
      { label: 'Open Logs Folder', click: () => actions.openLogsFolder() },
      ...(actions.isMac ? [] : [{ type: 'separator' as const }, { role: 'about' as const }]),
    ],
  };
  return [
    ...(actions.isMac ? [{ role: 'appMenu' as const }] : []),
    file,
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
    help,
  ];
}
