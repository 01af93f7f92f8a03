import { validateConfig } from '../../common/config/validate';
import type { AccImsConfig } from '../../common/config/schema';
import { WizardError } from '../../common/errors';
import { encodeBundlePayload } from '../../common/handover/bundle-format';
import { buildAccountPackage } from '../../common/handover/package-xml';
import { redactor } from '../../common/redact';
import { serializeConfig } from '../files/config-file';
import { writeFileAtomic } from '../fs/atomic-write';
import { checksumBundle, sealBundle } from './crypto';

/**
 * Writes a hand-over file: the config (json), a Campaign data package (package) or a bundle that
 * carries the secret only under a passphrase. Shared by `acc-ims export` and the desktop app.
 */
export type HandoverFormat = 'json' | 'package' | 'bundle';

/** Short passphrases fall to offline guessing whatever the KDF cost; several words are better. */
export const MIN_PASSPHRASE_LENGTH = 12;

export interface ExportRequest {
  /** The config as read (validated here again: nothing invalid is ever handed over). */
  config: unknown;
  format: HandoverFormat;
  outPath: string;
  /** The client secret itself; only a bundle carries it, and only with a passphrase. */
  secret?: string;
  passphrase?: string;
  /** Package author, e.g. "acc-ims-wizard 0.1.0". */
  generator?: string;
}

export interface ExportOutcome {
  path: string;
  format: HandoverFormat;
  secretIncluded: boolean;
  encrypted: boolean;
  /** What the admin should know, e.g. that the secret was left out. One line each. */
  notes: string[];
}

export async function exportConfig(request: ExportRequest): Promise<ExportOutcome> {
  const { format, outPath } = request;
  const secret = nonEmpty(request.secret);
  const passphrase = nonEmpty(request.passphrase);
  redactor.add(secret);
  redactor.add(passphrase);
  const config = validOrThrow(request.config);
  const notes: string[] = [];

  if (format === 'json' || format === 'package') {
    if (secret !== undefined) notes.push(`The client secret was left out: a ${format} file never carries it. Use --format bundle to hand it over encrypted.`);
    if (passphrase !== undefined) notes.push(`The passphrase was not used: a ${format} file is not encrypted.`);
    if (format === 'json') {
      await writeFileAtomic(outPath, serializeConfig(config), { mode: 0o644 });
    } else {
      await writeFileAtomic(outPath, renderPackage(config, request.generator), { mode: 0o644 });
      notes.push('After importing the package in the console, type the IMS client secret in the external account, save, and restart the Campaign server.');
    }
    return { path: outPath, format, secretIncluded: false, encrypted: false, notes };
  }

  const bytes = await renderBundle(config, secret, passphrase);
  // Owner-only even when encrypted: the file is a target for offline passphrase guessing.
  await writeFileAtomic(outPath, bytes, { mode: 0o600 });
  if (secret === undefined) notes.push(`The bundle carries no client secret: the receiver stores it with "acc-ims secret set" before pushing.`);
  return { path: outPath, format, secretIncluded: secret !== undefined, encrypted: passphrase !== undefined, notes };
}

/** The package text for a validated config (also used by the desktop preview). */
export function renderPackage(config: AccImsConfig, generator?: string): string {
  return buildAccountPackage(config, generator ? { generator } : {});
}

/**
 * The bundle bytes: encrypted whenever a passphrase is given, and a secret is never accepted without
 * one. Without a passphrase the config travels in clear (it holds no secret) under a checksum.
 */
export async function renderBundle(config: AccImsConfig, secret: string | undefined, passphrase: string | undefined): Promise<Uint8Array> {
  if (secret !== undefined && passphrase === undefined) {
    throw new WizardError(
      'usage',
      'The bundle would carry the client secret, so it needs a passphrase: put one in an environment variable and name it with --passphrase-env (or leave the secret out with --no-secret).',
    );
  }
  if (passphrase !== undefined) {
    if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
      throw new WizardError('usage', `The passphrase is too short: use at least ${MIN_PASSPHRASE_LENGTH} characters (a few random words are easy to pass on and hard to guess).`);
    }
    if (secret !== undefined && passphrase === secret) {
      throw new WizardError('usage', 'The passphrase is the client secret itself. Choose a different passphrase.');
    }
  }
  const payload = encodeBundlePayload(secret === undefined ? { config } : { config, clientSecret: secret });
  return passphrase === undefined ? checksumBundle(payload) : sealBundle(payload, passphrase);
}

function validOrThrow(input: unknown): AccImsConfig {
  const result = validateConfig(input);
  if (!result.valid || !result.config) {
    throw new WizardError('invalid', `The config is invalid, nothing was exported: ${summarizeErrors(result.errors)}`);
  }
  return result.config;
}

/** The first few errors on one line, for a WizardError message. */
export function summarizeErrors(errors: readonly { path: string; message: string }[]): string {
  const shown = errors.slice(0, 3).map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
  const more = errors.length > 3 ? ` (and ${errors.length - 3} more; run "acc-ims validate" for all)` : '';
  return `${shown.join(' ')}${more}`;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.length === 0 ? undefined : value;
}
