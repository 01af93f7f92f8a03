import { CHANNEL_NAMES, EVENT_NAMES, eventChannel, eventMember, invokeChannel } from '../common/ipc/channels';

/** The two primitives the bridge needs; the preload passes ipcRenderer's, tests pass their own. */
export interface BridgeTransport {
  invoke(channel: string, req: unknown): Promise<unknown>;
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
}

/**
 * Builds the window.wizard object from the channel list alone (no schemas: main validates), so the
 * exposure cannot drift from the contract. Plain data and functions only, as contextBridge requires.
 */
export function buildWizardApi(transport: BridgeTransport): Record<string, Record<string, unknown>> {
  const api: Record<string, Record<string, unknown>> = {};
  const area = (name: string) => (api[name] ??= {});
  for (const name of CHANNEL_NAMES) {
    const [areaName, verb] = name.split('.') as [string, string];
    const channel = invokeChannel(name);
    area(areaName)[verb] = (req?: unknown) => transport.invoke(channel, req ?? {});
  }
  for (const name of EVENT_NAMES) {
    const { area: areaName, member } = eventMember(name);
    const channel = eventChannel(name);
    area(areaName)[member] = (listener: unknown) => {
      if (typeof listener !== 'function') throw new TypeError(`${areaName}.${member} needs a listener function`);
      return transport.subscribe(channel, (payload) => (listener as (p: unknown) => void)(payload));
    };
  }
  for (const members of Object.values(api)) Object.freeze(members);
  return Object.freeze(api);
}
