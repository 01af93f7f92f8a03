import { validateConfig } from '../../common/config/validate';
import type { AccImsConfig } from '../../common/config/schema';
import { WizardError } from '../../common/errors';
import { msg, type Message } from '../../common/messages/message';
import type { Problem } from '../../common/problems';
import { encodeBundlePayload } from '../../common/handover/bundle-format';
import { buildAccountPackage } from '../../common/handover/package-xml';
import { redactor } from '../../common/redact';
import { serializeConfig } from '../files/config-file';
import { writeFileAtomic } from '../files/atomic-write';
import { checksumBundle, sealBundle } from './crypto';

/**
 * Writes a hand-over file: the config (json), a Campaign data package (package) or a bundle that
 * carries the secret only under a passphrase. Shared by `acc-ims export` and the desktop app.
 */
export type HandoverFormat = 'json' | 'package' | 'bundle';

/** Short passphrases fall to offline guessing whatever the KDF cost; several words are better. */
export const MIN_PASSPHRASE_LENGTH = 12;

export interface RenderRequest {
  /** The config as read (validated here again: nothing invalid is ever handed over). */
  config: unknown;
  format: HandoverFormat;
  /** The client secret itself; only a bundle carries it, and only with a passphrase. */
  secret?: string;
  passphrase?: string;
  /** Package author, e.g. "acc-ims-wizard 0.1.0". */
  generator?: string;
}

export interface ExportRequest extends RenderRequest {
  outPath: string;
}

export interface RenderedHandover {
  format: HandoverFormat;
  bytes: Uint8Array;
  /** The file mode to write it with: owner-only for a bundle. */
  mode: number;
  secretIncluded: boolean;
  encrypted: boolean;
  /** What the admin should know, e.g. that the secret was left out. */
  notes: Message[];
}

export interface ExportOutcome {
  path: string;
  format: HandoverFormat;
  secretIncluded: boolean;
  encrypted: boolean;
  /** What the admin should know, e.g. that the secret was left out. */
  notes: Message[];
}

/** The hand-over file's bytes and notes, written nowhere: the desktop asks where to save them only after this. */
export async function renderHandover(request: RenderRequest): Promise<RenderedHandover> {
  const { format } = request;
  const secret = nonEmpty(request.secret);
  const passphrase = nonEmpty(request.passphrase);
  redactor.add(secret);
  redactor.add(passphrase);
  const config = validOrThrow(request.config);
  const notes: Message[] = [];

  if (format === 'json' || format === 'package') {
    if (secret !== undefined) notes.push(secretLeftOutNote(format));
    if (passphrase !== undefined) notes.push(msg('handover.export.passphraseUnused', { format }));
    const text = format === 'json' ? serializeConfig(config) : renderPackage(config, request.generator);
    if (format === 'package') notes.push(msg('handover.export.packageNextStep'));
    return { format, bytes: new TextEncoder().encode(text), mode: 0o644, secretIncluded: false, encrypted: false, notes };
  }

  const bytes = await renderBundle(config, secret, passphrase);
  if (secret === undefined) notes.push(msg('handover.export.bundleNoSecret'));
  // Owner-only even when encrypted: the file is a target for offline passphrase guessing.
  return { format, bytes, mode: 0o600, secretIncluded: secret !== undefined, encrypted: passphrase !== undefined, notes };
}

/** Renders the hand-over file and writes it atomically to `outPath` (acc-ims export). */
export async function exportConfig(request: ExportRequest): Promise<ExportOutcome> {
  const { bytes, mode, format, secretIncluded, encrypted, notes } = await renderHandover(request);
  await writeFileAtomic(request.outPath, bytes, { mode });
  return { path: request.outPath, format, secretIncluded, encrypted, notes };
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
    throw new WizardError('usage', msg('handover.export.secretNeedsPassphrase'));
  }
  if (passphrase !== undefined) {
    if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
      throw new WizardError('usage', msg('handover.export.passphraseTooShort', { min: MIN_PASSPHRASE_LENGTH }));
    }
    if (secret !== undefined && passphrase === secret) {
      throw new WizardError('usage', msg('handover.export.passphraseIsSecret'));
    }
  }
  const payload = encodeBundlePayload(secret === undefined ? { config } : { config, clientSecret: secret });
  return passphrase === undefined ? checksumBundle(payload) : sealBundle(payload, passphrase);
}

function validOrThrow(input: unknown): AccImsConfig {
  const result = validateConfig(input);
  if (!result.valid || !result.config) {
    throw new WizardError('invalid', msg('handover.export.invalidConfig', { problems: summarizeProblems(result.errors) }));
  }
  return result.config;
}

/** The note for a json or package export asked to carry the secret (the desktop uses it too). */
export function secretLeftOutNote(format: 'json' | 'package'): Message {
  return msg('handover.export.secretLeftOut', { format });
}

/** The first few problems as a list param of one error message, each with its path. */
export function summarizeProblems(problems: readonly Problem[]): Message[] {
  const shown = problems.slice(0, 3).map(problemMessage);
  return problems.length > 3 ? [...shown, msg('handover.moreProblems', { count: problems.length - 3 })] : shown;
}

/** A problem as a plain message that names its field: `account.imsOrgId: …`. */
export function problemMessage({ code, params, path }: Problem): Message {
  const problem: Message = params === undefined ? { code } : { code, params };
  return path ? msg('handover.problemAt', { path, problem }) : problem;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.length === 0 ? undefined : value;
}
