import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, invokeChannel } from '../common/ipc/channels';
import { msg } from '../common/messages/message';
import { dispatch, failure, type Handlers } from './dispatch';

export interface IpcOptions {
  /** True only for the app's own renderer page (trusted-origin.ts). */
  isAppUrl(url: string): boolean;
  logError(line: string): void;
}

/**
 * Registers every contract channel on ipcMain. A request is served only when it comes from the main
 * frame of a page that is the app's own renderer; anything else (an iframe, a page navigated
 * elsewhere, another window) gets a refusal, and the attempt is logged.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers, options: IpcOptions): void {
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(invokeChannel(name), async (event: IpcMainInvokeEvent, raw: unknown) => {
      if (!isTrustedSender(event, options)) {
        options.logError(`Refused ${name} from a foreign sender: ${event.senderFrame?.url ?? 'unknown frame'}`);
        return failure('refused', msg('ipc.foreignSender', { channel: name }));
      }
      return dispatch(handlers, name, raw, { logError: options.logError });
    });
  }
}

function isTrustedSender(event: IpcMainInvokeEvent, options: IpcOptions): boolean {
  const frame = event.senderFrame;
  if (!frame) return false; // the frame navigated away or was destroyed mid-call
  if (frame !== event.sender.mainFrame) return false;
  return options.isAppUrl(frame.url);
}
