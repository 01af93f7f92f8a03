import type { AccImsConfig } from '../common/config/schema';
import type { ExportFormat } from '../common/ipc/contract';

/**
 * What the handlers need from the Node services, as narrow interfaces: handlers.ts stays testable with
 * the real services under plain Node, and node-services.ts adapts the actual modules to these shapes.
 */
export interface KeychainService {
  /** null when there is no entry; throws WizardError('keychain') when the keychain itself fails. */
  getSecret(name: string): Promise<string | null>;
  setSecret(name: string, value: string): Promise<void>;
  /** false when there was nothing to delete. */
  deleteSecret(name: string): Promise<boolean>;
}

export type { CampaignService, NetworkContext } from '../common/campaign/service';

export interface EncodedHandover {
  bytes: Uint8Array;
  /** Notes for the admin, e.g. that the secret was left out. */
  notes: string[];
}

export interface DecodedHandover {
  config: AccImsConfig;
  /** The client secret carried by a bundle, if any. */
  secret?: string;
  warnings: string[];
}

export interface HandoverService {
  encode(format: ExportFormat, config: AccImsConfig, options: { secret?: string; passphrase?: string }): Promise<EncodedHandover>;
  /** Throws WizardError('invalid') on a wrong passphrase or a tampered file. */
  decode(bytes: Uint8Array, options: { passphrase?: string; fileLabel: string }): Promise<DecodedHandover>;
  /** True when the file is an encrypted bundle, which needs a passphrase to open. */
  needsPassphrase(bytes: Uint8Array): boolean;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Native dialogs (Electron's in the app, scripted ones in tests). null = the user cancelled. */
export interface Dialogs {
  save(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  open(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
}

/** Taskbar/dock progress while network work runs. */
export interface ActivityIndicator {
  begin(): void;
  progress(fraction: number | undefined): void;
  end(): void;
}
