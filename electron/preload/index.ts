import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildWizardApi } from './build-api';

// Sandboxed preload: the renderer gets exactly the contract's channels as window.wizard, nothing else
// (no ipcRenderer, no Node), and each listener sees only the payload, never the IpcRendererEvent.
contextBridge.exposeInMainWorld(
  'wizard',
  buildWizardApi({
    invoke: (channel, req) => ipcRenderer.invoke(channel, req),
    subscribe: (channel, listener) => {
      const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => void ipcRenderer.removeListener(channel, wrapped);
    },
  }),
);
