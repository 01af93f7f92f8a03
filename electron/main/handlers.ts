import { validateConfig } from '../common/config/validate';
import type { AccImsConfig } from '../common/config/schema';
import { WizardError } from '../common/errors';
import { BUNDLE_EXTENSION } from '../common/handover/bundle-format';
import type { EventName } from '../common/ipc/channels';
import type { CampaignConnection, EventPayloadOf, ExportFormat, ResponseOf, Settings } from '../common/ipc/contract';
import { isAllowedExternalUrl } from '../common/ipc/external-links';
import { redactor } from '../common/redact';
import { writeFileAtomic } from '../node/fs/atomic-write';
import { readFileCapped } from '../node/files/read-file';
import { serializeConfig } from '../node/files/config-file';
import type { AppStore } from '../node/profiles/app-store';
import type { Handlers } from './dispatch';
import type { ActivityIndicator, CampaignService, Dialogs, FileFilter, HandoverService, KeychainService, NetworkContext } from './services';

/**
 * The main process's behaviour, channel by channel, as plain functions over injected services. No
 * 'electron' import: the app wires Electron's dialogs and shell in (index.ts); the e2e stand-in bridge
 * wires scripted dialogs and runs these same functions under plain Node.
 */
export interface HandlerDeps {
  info: ResponseOf<'app.info'>;
  store: AppStore;
  keychain: KeychainService;
  /** null when this build has no Campaign client: the channels answer with a clear error. */
  campaign: CampaignService | null;
  /** null when this build has no hand-over codec: json export/import still work. */
  handover: HandoverService | null;
  dialogs: Dialogs;
  openPath(path: string): Promise<void>;
  openExternal(url: string): Promise<void>;
  emit<K extends EventName>(name: K, payload: EventPayloadOf<K>): void;
  activity?: ActivityIndicator;
  /** Called after settings are saved (the app applies the theme to native UI). */
  onSettingsChanged?(settings: Settings): void;
}

/** A hand-over file is a few KB; a bundle with scrypt header a little more. */
const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

const EXPORT_FILES: Record<ExportFormat, { extension: string; filter: FileFilter; mode: number }> = {
  json: { extension: '.json', filter: { name: 'acc-ims config (JSON)', extensions: ['json'] }, mode: 0o644 },
  package: { extension: '.xml', filter: { name: 'Campaign data package (XML)', extensions: ['xml'] }, mode: 0o644 },
  bundle: { extension: BUNDLE_EXTENSION, filter: { name: 'acc-ims hand-over bundle', extensions: [BUNDLE_EXTENSION.slice(1)] }, mode: 0o600 },
};

export function createHandlers(deps: HandlerDeps): Handlers {
  const running = new Map<string, AbortController>();
  const pickedFiles = new Map<string, string>();

  /** Runs one network call: registered for cancel, progress to the renderer and the taskbar. */
  async function network<T>(requestId: string, what: string, work: (ctx: NetworkContext) => Promise<T>): Promise<T> {
    if (running.has(requestId)) throw new WizardError('usage', `A request with id "${requestId}" is already running; use a new id for each call.`);
    const controller = new AbortController();
    running.set(requestId, controller);
    deps.activity?.begin();
    const ctx: NetworkContext = {
      signal: controller.signal,
      progress(stage, message, fraction) {
        if (controller.signal.aborted) return;
        deps.emit('campaign.progress', { requestId, stage, message: redactor.redact(message), ...(fraction !== undefined ? { fraction: clamp01(fraction) } : {}) });
        deps.activity?.progress(fraction);
      },
    };
    // Cancel answers at once even if the service is slow to notice the abort signal.
    const cancelled = new Promise<never>((_, reject) =>
      controller.signal.addEventListener('abort', () => reject(new WizardError('cancelled', `${what} was cancelled.`)), { once: true }),
    );
    const job = work(ctx);
    job.catch(() => undefined); // a late failure after cancel is not an unhandled rejection
    try {
      return await Promise.race([job, cancelled]);
    } finally {
      running.delete(requestId);
      deps.activity?.end();
      deps.emit('campaign.progress', { requestId, stage: 'finished', message: `${what} finished.`, fraction: 1, done: true });
    }
  }

  function campaign(): CampaignService {
    if (!deps.campaign) throw new WizardError('connection', 'Connecting to an instance is not available in this build. Prepare the configuration offline and export it instead.');
    return deps.campaign;
  }

  function handover(format: string): HandoverService {
    if (!deps.handover) throw new WizardError('io', `The ${format} hand-over format is not available in this build. Use the json format instead.`);
    return deps.handover;
  }

  async function secretFor(config: AccImsConfig, purpose: string): Promise<string> {
    const name = config.account.clientSecret?.keychain;
    if (!name) throw new WizardError('invalid', `The configuration has no keychain reference for the client secret, so none can be ${purpose}. Enter the secret in the External account step first.`);
    const secret = await deps.keychain.getSecret(name);
    if (secret === null) throw new WizardError('keychain', `No client secret is stored in the keychain under "${name}". Enter it in the External account step, then try again.`);
    redactor.add(secret);
    return secret;
  }

  return {
    async 'app.info'() {
      return deps.info;
    },

    async 'app.openPath'({ target }) {
      await deps.openPath(target === 'data' ? deps.info.dataDir : deps.info.logsDir);
      return { opened: true as const };
    },

    async 'app.openExternal'({ url }) {
      if (!isAllowedExternalUrl(url)) {
        throw new WizardError('refused', `Not opened: the app only opens Adobe documentation and consoles over https, and "${shorten(url)}" is not one of them.`);
      }
      await deps.openExternal(url);
      return { opened: true as const };
    },

    async 'settings.load'() {
      return deps.store.loadSettings();
    },

    async 'settings.save'({ settings }) {
      const saved = await deps.store.saveSettings(settings);
      deps.onSettingsChanged?.(saved);
      return { settings: saved };
    },

    'profiles.list': () => deps.store.listProfiles(),
    'profiles.load': ({ name }) => deps.store.loadProfile(name),
    'profiles.save': async ({ profile }) => ({ profile: await deps.store.saveProfile(profile) }),
    'profiles.delete': async ({ name }) => ({ deleted: await deps.store.deleteProfile(name) }),

    'draft.load': () => deps.store.loadDraft(),
    'draft.save': async ({ draft }) => {
      const saved = await deps.store.saveDraft(draft);
      return { updatedAt: saved.updatedAt ?? new Date().toISOString() };
    },
    'draft.clear': async () => ({ cleared: await deps.store.clearDraft() }),

    async 'secret.status'({ name }) {
      const value = await deps.keychain.getSecret(name);
      redactor.add(value);
      return { stored: value !== null };
    },

    async 'secret.set'({ name, value }) {
      redactor.add(value);
      await deps.keychain.setSecret(name, value);
      return { stored: true as const };
    },

    'secret.delete': async ({ name }) => ({ deleted: await deps.keychain.deleteSecret(name) }),

    'campaign.testConnection': ({ requestId, connection }) =>
      network(requestId, 'The connection test', (ctx) => campaign().testConnection(checkedConnection(connection), ctx)),

    'campaign.check': ({ requestId, connection }) =>
      network(requestId, 'The instance check', (ctx) => campaign().check(checkedConnection(connection), ctx)),

    'campaign.plan': ({ requestId, connection, config, replaceSecret, updateExisting }) => {
      const valid = requireValidConfig(config);
      return network(requestId, 'The comparison with the instance', (ctx) => campaign().plan(checkedConnection(connection), valid, ctx, { replaceSecret, updateExisting }));
    },

    async 'campaign.push'({ requestId, connection, config, replaceSecret, updateExisting }) {
      const valid = requireValidConfig(config);
      const service = campaign();
      const secret = valid.account.clientSecret ? await secretFor(valid, 'pushed') : undefined;
      try {
        return await network(requestId, 'The push', (ctx) => service.push(checkedConnection(connection), valid, secret, ctx, { replaceSecret, updateExisting }));
      } catch (e) {
        if (e instanceof WizardError && e.kind === 'cancelled') {
          throw new WizardError('cancelled', 'The push was cancelled. A write already on its way may still reach the instance: compare again in the Review step before pushing once more.');
        }
        throw e;
      }
    },

    async 'campaign.cancel'({ requestId }) {
      const controller = running.get(requestId);
      if (!controller) return { cancelled: false };
      controller.abort();
      return { cancelled: true };
    },

    async 'files.export'({ format, config, passphrase, includeSecret, suggestedName }) {
      const valid = requireValidConfig(config);
      const notes: string[] = [];
      let bytes: Uint8Array;
      if (format === 'json') {
        bytes = new TextEncoder().encode(serializeConfig(valid));
        if (includeSecret) notes.push('The secret was left out: a json config never carries it, only its keychain reference.');
      } else {
        let secret: string | undefined;
        if (format === 'bundle' && includeSecret) {
          if (!passphrase) throw new WizardError('usage', 'Enter a passphrase to protect the client secret in the bundle, and give it to the recipient by another channel.');
          secret = await secretFor(valid, 'put in the bundle');
        } else if (includeSecret) {
          notes.push('The secret was left out: a Campaign package made offline cannot carry it. Enter it in the console after the import.');
        }
        const encoded = await handover(format).encode(format, valid, {
          ...(secret !== undefined ? { secret } : {}),
          ...(passphrase ? { passphrase } : {}),
        });
        bytes = encoded.bytes;
        notes.push(...encoded.notes.map((n) => redactor.redact(n)));
      }
      const file = EXPORT_FILES[format];
      const path = await deps.dialogs.save({
        title: 'Export the configuration',
        defaultName: suggestedName ?? `${valid.instance?.name ?? 'acc-ims'}${file.extension}`,
        filters: [file.filter],
      });
      if (path === null) return { cancelled: true as const };
      await writeFileAtomic(path, bytes, { mode: file.mode });
      return { path, notes: [...new Set(notes)] };
    },

    async 'files.import'({ passphrase, pickedFileId, secretName }) {
      let path: string | null;
      if (pickedFileId !== undefined) {
        path = pickedFiles.get(pickedFileId) ?? null;
        if (path === null) throw new WizardError('usage', 'The file picked earlier is no longer known. Choose it again with Import.');
      } else {
        path = await deps.dialogs.open({
          title: 'Import a configuration or hand-over file',
          filters: [{ name: 'acc-ims config or bundle', extensions: ['json', BUNDLE_EXTENSION.slice(1)] }, EXPORT_FILES.package.filter],
        });
        if (path === null) return { cancelled: true as const };
      }
      const bytes = await readFileCapped(path, MAX_IMPORT_BYTES, 'hand-over file');
      const fileLabel = baseName(path);
      if (!passphrase && deps.handover?.needsPassphrase(bytes)) {
        const id = pickedFileId ?? randomId();
        pickedFiles.set(id, path);
        return { needsPassphrase: true as const, pickedFileId: id, fileName: fileLabel };
      }
      const decoded = deps.handover
        ? await deps.handover.decode(bytes, { fileLabel, ...(passphrase ? { passphrase } : {}) })
        : { config: requireValidConfig(parseJsonFile(bytes, fileLabel)), warnings: [] as string[] };
      const config = requireValidConfig(decoded.config);
      let secretStored = false;
      if ('secret' in decoded && decoded.secret) {
        redactor.add(decoded.secret);
        const name = secretName ?? config.account.clientSecret?.keychain ?? `acc-ims-wizard/${config.instance?.name ?? 'default'}`;
        await deps.keychain.setSecret(name, decoded.secret);
        config.account.clientSecret = { keychain: name };
        secretStored = true;
      }
      if (pickedFileId !== undefined) pickedFiles.delete(pickedFileId);
      return { config, secretStored, path, warnings: decoded.warnings.map((w) => redactor.redact(w)) };
    },
  };
}

/** The config must pass every error rule before it is pushed, compared or exported. */
function requireValidConfig(input: unknown): AccImsConfig {
  const result = validateConfig(input);
  if (result.valid && result.config) return result.config;
  const [first, ...rest] = result.errors;
  const where = first?.path ? `${first.path}: ` : '';
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  throw new WizardError('invalid', `The configuration is not valid yet. ${where}${first?.message ?? 'unknown problem'}${more}`);
}

function checkedConnection(connection: CampaignConnection): CampaignConnection {
  let url: URL | null = null;
  try {
    url = new URL(connection.url);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new WizardError('usage', `"${shorten(connection.url)}" is not an instance URL. Enter it as https://campaign.example.com (http:// only for a lab instance).`);
  }
  return connection;
}

function parseJsonFile(bytes: Uint8Array, fileLabel: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    throw new WizardError('invalid', `${fileLabel} is not a JSON config. Pick a file exported by the wizard or by "acc-ims export".`);
  }
}

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));
const shorten = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}...` : s);
const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;
const randomId = () => globalThis.crypto.randomUUID();
