/**
 * The names of every IPC channel, without their schemas: the sandboxed preload builds `window.wizard`
 * from this list alone, so it stays tiny and cannot expose anything the contract does not declare.
 * contract.ts proves at compile time that it declares exactly these names.
 */
export const CHANNEL_NAMES = [
  'app.info',
  'app.openPath',
  'app.openExternal',
  'app.logError',
  'settings.load',
  'settings.save',
  'profiles.list',
  'profiles.load',
  'profiles.save',
  'profiles.delete',
  'draft.load',
  'draft.save',
  'draft.clear',
  'secret.status',
  'secret.set',
  'secret.delete',
  'campaign.testConnection',
  'campaign.check',
  'campaign.plan',
  'campaign.push',
  'campaign.undoPush',
  'campaign.readiness',
  'campaign.cancel',
  'ims.check',
  'files.export',
  'files.import',
  'files.saveCsv',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** Events main pushes to the renderer; the preload exposes each as `window.wizard.<area>.on<Name>(listener)`. */
export const EVENT_NAMES = ['campaign.progress', 'app.command'] as const;

export type EventName = (typeof EVENT_NAMES)[number];

/** Electron channel strings, namespaced so nothing else on ipcMain can collide with the contract. */
export const invokeChannel = (name: ChannelName): string => `wizard:${name}`;
export const eventChannel = (name: EventName): string => `wizard-event:${name}`;

/** `campaign.progress` → `{ area: 'campaign', member: 'onProgress' }`. */
export function eventMember(name: EventName): { area: string; member: string } {
  const [area, event] = name.split('.') as [string, string];
  return { area, member: `on${event.charAt(0).toUpperCase()}${event.slice(1)}` };
}
