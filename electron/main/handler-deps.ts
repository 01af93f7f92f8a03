import type { RenderedHandover, RenderRequest } from '../node/handover/export';
import type { HandoverInfo, ImportOutcome, ImportRequest } from '../node/handover/import';
import type { Keychain } from '../node/keychain/keychain';

/**
 * What the handlers need from the Node services, as narrow interfaces: handlers.ts stays testable with
 * the real services under plain Node, and node-adapters.ts adapts the actual modules to these shapes.
 */
export type KeychainService = Keychain;

export type { CampaignService, NetworkContext } from '../common/campaign/service';

/** The hand-over jobs of node/handover, the same functions `acc-ims export` and `acc-ims import` run. */
export interface HandoverService {
  /** What a file is (reads it); lets the desktop ask for a passphrase only when the file needs one. */
  inspect(path: string): Promise<HandoverInfo>;
  /** The file's bytes and notes, written nowhere yet. */
  render(request: RenderRequest): Promise<RenderedHandover>;
  /** Reads the file, stores a carried secret (reporting a replaced one, restoring it on failure). */
  import(request: ImportRequest): Promise<ImportOutcome>;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Native dialogs (Electron's in the app, scripted ones in tests). null = the user cancelled. */
export interface Dialogs {
  save(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  open(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /** A question only main may ask (the renderer cannot answer it for the admin); true = the first choice. */
  confirm(options: { title: string; message: string; detail: string; confirm: string; cancel: string }): Promise<boolean>;
}

/** Taskbar/dock progress while network work runs. */
export interface ActivityIndicator {
  begin(): void;
  progress(fraction: number | undefined): void;
  end(): void;
}
