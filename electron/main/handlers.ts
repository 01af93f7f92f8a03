import { validateConfig } from '../common/config/validate';
import type { AccImsConfig } from '../common/config/schema';
import { WizardError } from '../common/errors';
import { BUNDLE_EXTENSION } from '../common/handover/bundle-format';
import { render } from '../common/messages/catalogs';
import { pickLocale, type Locale } from '../common/messages/locale';
import { msg, type Message, type MessageCode } from '../common/messages/message';
import type { EventName } from '../common/ipc/channels';
import type { CampaignConnection, EventPayloadOf, ExportFormat, ResponseOf, Settings } from '../common/ipc/contract';
import { isAllowedExternalUrl } from '../common/ipc/external-links';
import { redactMessage, redactor } from '../common/redact';
import { imsCheckInputs } from '../common/ims/inputs';
import { writeFileAtomic } from '../node/files/atomic-write';
import { readinessJob, saveUsersCsv } from '../node/readiness/desktop';
import { checkImsClient } from '../node/ims/check-client';
import { problemMessage, secretLeftOutNote, summarizeProblems } from '../node/handover/export';
import type { AppStore } from '../node/app-data/app-store';
import type { Handlers } from './dispatch';
import type { ActivityIndicator, CampaignService, Dialogs, HandoverService, KeychainService, NetworkContext } from './handler-deps';
import { guardSecretForInstance } from '../node/keychain/instance-binding';
import { parseUrl } from '../common/config/urls';

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
  /** The hand-over jobs the CLI runs too (node/handover). */
  handover: HandoverService;
  dialogs: Dialogs;
  openPath(path: string): Promise<void>;
  openExternal(url: string): Promise<void>;
  emit<K extends EventName>(name: K, payload: EventPayloadOf<K>): void;
  activity?: ActivityIndicator;
  /** Where the renderer's own bugs are written (main.log); the line is redacted before it gets here. */
  logRendererError?(line: string): void;
  /** Called after settings are saved (the app applies the theme to native UI). */
  onSettingsChanged?(settings: Settings): void;
  /** Tests only (the e2e bridge): a stand-in IMS base URL in place of the config's IMS server. Never set by the app. */
  imsUrlForTests?: string;
}

const EXPORT_FILES: Record<ExportFormat, { extension: string; filter: MessageCode; extensions: string[] }> = {
  json: { extension: '.json', filter: 'file.filter.json', extensions: ['json'] },
  package: { extension: '.xml', filter: 'file.filter.package', extensions: ['xml'] },
  bundle: { extension: BUNDLE_EXTENSION, filter: 'file.filter.bundle', extensions: [BUNDLE_EXTENSION.slice(1)] },
};

const MAX_RENDERER_ERRORS = 100;

export function createHandlers(deps: HandlerDeps): Handlers {
  const running = new Map<string, AbortController>();
  const pickedFiles = new Map<string, string>();

  /** Runs one network call: registered for cancel, progress to the renderer and the taskbar. */
  async function networkJob<T>(requestId: string, what: Message, work: (ctx: NetworkContext) => Promise<T>): Promise<T> {
    if (running.has(requestId)) throw new WizardError('usage', msg('ipc.duplicateRequest', { id: requestId }));
    const controller = new AbortController();
    running.set(requestId, controller);
    deps.activity?.begin();
    const ctx: NetworkContext = {
      signal: controller.signal,
      progress(stage, fraction) {
        if (controller.signal.aborted) return;
        deps.emit('campaign.progress', { requestId, stage, ...(fraction !== undefined ? { fraction: clamp01(fraction) } : {}) });
        deps.activity?.progress(fraction);
      },
    };
    // Cancel answers at once even if the service is slow to notice the abort signal.
    const cancelled = new Promise<never>((_, reject) =>
      controller.signal.addEventListener('abort', () => reject(new WizardError('cancelled', msg('ipc.job.cancelled', { job: what }))), {
        once: true,
      }),
    );
    const job = work(ctx);
    job.catch(() => undefined); // a late failure after cancel is not an unhandled rejection
    try {
      return await Promise.race([job, cancelled]);
    } finally {
      running.delete(requestId);
      deps.activity?.end();
      deps.emit('campaign.progress', {
        requestId,
        stage: 'finished',
        message: msg('ipc.job.finished', { job: what }),
        fraction: 1,
        done: true,
      });
    }
  }

  function campaign(): CampaignService {
    if (!deps.campaign) throw new WizardError('connection', msg('ipc.noCampaign'));
    return deps.campaign;
  }

  async function secretFor(config: AccImsConfig, purpose: 'push' | 'bundle'): Promise<string> {
    const name = config.account.clientSecret?.keychain;
    if (!name) throw new WizardError('invalid', msg(`ipc.secret.noReference.${purpose}`));
    const secret = await deps.keychain.getSecret(name);
    if (secret === null) throw new WizardError('keychain', msg('ipc.secret.notStored', { name }));
    redactor.add(secret);
    return secret;
  }

  /** A secret bound to another instance leaves only after the admin says yes in main's own dialog. */
  async function guardPushSecret(name: string, url: string): Promise<void> {
    const host = new URL(url).hostname;
    await guardSecretForInstance({
      keychain: deps.keychain,
      name,
      host,
      allowOther: async (bound) => {
        const language = await locale();
        return deps.dialogs.confirm({
          title: render(language, msg('binding.confirm.title')),
          message: render(language, msg('binding.confirm.message', { name, bound, host })),
          detail: render(language, msg('binding.confirm.detail', { host })),
          confirm: render(language, msg('binding.confirm.send', { host })),
          cancel: render(language, msg('binding.confirm.cancel')),
        });
      },
      refusal: (bound) => msg('binding.refused', { name, bound, host }),
    });
  }

  /** The admin's language for native dialogs: the saved choice, else the OS's. */
  async function locale(): Promise<Locale> {
    const { settings } = await deps.store.loadSettings().catch(() => ({ settings: { language: 'system' as const } }));
    return settings.language === 'system' ? pickLocale(deps.info.locale) : settings.language;
  }

  // A renderer stuck in an error loop must not fill the log: the first ones are what a bug report needs.
  let rendererErrors = 0;

  return {
    async 'app.info'() {
      return deps.info;
    },

    async 'app.logError'({ kind, message, stack }) {
      if (!deps.logRendererError || ++rendererErrors > MAX_RENDERER_ERRORS) return { logged: false };
      deps.logRendererError(redactor.redact(`renderer ${kind}: ${message}${stack ? `\n${stack}` : ''}`));
      return { logged: true };
    },

    async 'app.openPath'({ target }) {
      await deps.openPath(target === 'data' ? deps.info.dataDir : deps.info.logsDir);
      return { opened: true as const };
    },

    async 'app.openExternal'({ url }) {
      if (!isAllowedExternalUrl(url)) {
        throw new WizardError('refused', msg('ipc.externalRefused', { url: shorten(url) }));
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

    async 'secret.set'({ name, value, instanceUrl }) {
      redactor.add(value);
      await deps.keychain.setSecret(name, value);
      const host = instanceUrl === undefined ? '' : (parseUrl(instanceUrl)?.hostname ?? '');
      if (host) await deps.keychain.setSecretHost(name, host);
      return { stored: true as const };
    },

    'secret.delete': async ({ name }) => ({ deleted: await deps.keychain.deleteSecret(name) }),

    'campaign.testConnection': ({ requestId, connection }) =>
      networkJob(requestId, msg('ipc.job.testConnection'), (ctx) => campaign().testConnection(checkedConnection(connection), ctx)),

    'campaign.check': ({ requestId, connection }) =>
      networkJob(requestId, msg('ipc.job.check'), (ctx) => campaign().check(checkedConnection(connection), ctx)),

    'campaign.plan': ({ requestId, connection, config, replaceSecret, updateExisting }) => {
      const valid = requireValidConfig(config);
      return networkJob(requestId, msg('ipc.job.plan'), (ctx) =>
        campaign().plan(checkedConnection(connection), valid, ctx, { replaceSecret, updateExisting }),
      );
    },

    async 'campaign.push'({ requestId, connection, config, replaceSecret, updateExisting }) {
      const valid = requireValidConfig(config);
      const service = campaign();
      const target = checkedConnection(connection);
      const secret = valid.account.clientSecret ? await secretFor(valid, 'push') : undefined;
      if (secret !== undefined) await guardPushSecret(valid.account.clientSecret!.keychain, target.url);
      try {
        return await networkJob(requestId, msg('ipc.job.push'), (ctx) =>
          service.push(target, valid, secret, ctx, { replaceSecret, updateExisting }),
        );
      } catch (e) {
        if (e instanceof WizardError && e.kind === 'cancelled') {
          throw new WizardError('cancelled', msg('ipc.pushCancelled'));
        }
        throw e;
      }
    },

    'campaign.undoPush': ({ requestId, connection }) =>
      networkJob(requestId, msg('ipc.job.undoPush'), (ctx) => campaign().undoLastPush(checkedConnection(connection), ctx)),

    async 'ims.check'({ requestId, config }) {
      const picked = imsCheckInputs(config);
      if (!picked.ok) throw new WizardError('invalid', picked.message);
      const { imsServer, clientId, secretRef } = picked.inputs;
      const secret = secretRef ? await deps.keychain.getSecret(secretRef) : null;
      if (secret === null) throw new WizardError('keychain', msg('ims.desktop.noSecret'));
      redactor.add(secret);
      const outcome = await networkJob(requestId, msg('ims.job'), (ctx) =>
        checkImsClient({
          imsServer,
          clientId,
          secret,
          signal: ctx.signal,
          ...(deps.imsUrlForTests ? { imsUrl: deps.imsUrlForTests } : {}),
        }),
      );
      return { result: outcome.result, status: outcome.status, message: outcome.message, host: outcome.host };
    },

    'campaign.readiness': ({ requestId, connection, mask }) => {
      const job = readinessJob(checkedConnection(connection), mask);
      return networkJob(requestId, msg('readiness.job'), job);
    },

    async 'files.saveCsv'({ report, identityType, separator, suggestedName }) {
      const language = await locale();
      return saveUsersCsv({ report, identityType, separator }, () =>
        deps.dialogs.save({
          title: render(language, msg('readiness.dialog.saveCsv')),
          defaultName: suggestedName ?? 'admin-console-users.csv',
          filters: [{ name: render(language, msg('readiness.dialog.csvFilter')), extensions: ['csv'] }],
        }),
      );
    },

    async 'campaign.cancel'({ requestId }) {
      const controller = running.get(requestId);
      if (!controller) return { cancelled: false };
      controller.abort();
      return { cancelled: true };
    },

    async 'files.export'({ format, config, passphrase, includeSecret, suggestedName }) {
      const valid = requireValidConfig(config);
      const withSecret = format === 'bundle' && includeSecret;
      if (withSecret && !passphrase) throw new WizardError('usage', msg('ipc.export.needsPassphrase'));
      const secret = withSecret ? await secretFor(valid, 'bundle') : undefined;
      // Rendered before the dialog, so a refusal (a short passphrase…) comes before the admin picks a place.
      const rendered = await deps.handover.render({
        config: valid,
        format,
        ...(secret !== undefined ? { secret } : {}),
        ...(passphrase ? { passphrase } : {}),
      });
      const notes = includeSecret && format !== 'bundle' ? [secretLeftOutNote(format), ...rendered.notes] : rendered.notes;
      const file = EXPORT_FILES[format];
      const language = await locale();
      const path = await deps.dialogs.save({
        title: render(language, msg('file.dialog.exportTitle')),
        defaultName: suggestedName ?? `${valid.instance?.name ?? 'acc-ims'}${file.extension}`,
        filters: [{ name: render(language, { code: file.filter }), extensions: file.extensions }],
      });
      if (path === null) return { cancelled: true as const };
      await writeFileAtomic(path, rendered.bytes, { mode: rendered.mode });
      return { path, notes: notes.map(redactMessage) };
    },

    async 'files.import'({ passphrase, pickedFileId, secretName }) {
      let path: string | null;
      if (pickedFileId !== undefined) {
        path = pickedFiles.get(pickedFileId) ?? null;
        if (path === null) throw new WizardError('usage', msg('ipc.import.pickedFileUnknown'));
      } else {
        const language = await locale();
        path = await deps.dialogs.open({
          title: render(language, msg('file.dialog.importTitle')),
          filters: [
            { name: render(language, msg('file.filter.importable')), extensions: ['json', ...EXPORT_FILES.bundle.extensions] },
            { name: render(language, { code: EXPORT_FILES.package.filter }), extensions: EXPORT_FILES.package.extensions },
          ],
        });
        if (path === null) return { cancelled: true as const };
      }
      if (!passphrase && (await deps.handover.inspect(path)).encrypted) {
        const id = pickedFileId ?? randomId();
        pickedFiles.set(id, path);
        return { needsPassphrase: true as const, pickedFileId: id, fileName: baseName(path) };
      }
      // The same job as acc-ims import, minus the config file: the wizard keeps the config in its draft.
      const outcome = await deps.handover.import({
        path,
        outPath: null,
        keychain: deps.keychain,
        ...(passphrase ? { passphrase } : {}),
        ...(secretName !== undefined ? { secretName } : {}),
      });
      if (pickedFileId !== undefined) pickedFiles.delete(pickedFileId);
      // The two notices have their own fields; the rest of the notes follow the rule warnings.
      const notes = outcome.notes.filter((n) => n !== outcome.secretReplaced && n !== outcome.unprotected);
      const warnings: Message[] = [...outcome.warnings.map(problemMessage), ...notes];
      return {
        config: outcome.config,
        secretStored: outcome.secretStored,
        path,
        warnings: warnings.map(redactMessage),
        ...(outcome.secretReplaced ? { secretReplaced: redactMessage(outcome.secretReplaced) } : {}),
        ...(outcome.unprotected ? { unprotected: redactMessage(outcome.unprotected) } : {}),
      };
    },
  };
}

/** The config must pass every error rule before it is pushed, compared or exported. */
function requireValidConfig(input: unknown): AccImsConfig {
  const result = validateConfig(input);
  if (result.valid && result.config) return result.config;
  throw new WizardError('invalid', msg('ipc.configInvalid', { problems: summarizeProblems(result.errors) }));
}

function checkedConnection(connection: CampaignConnection): CampaignConnection {
  let url: URL | null;
  try {
    url = new URL(connection.url);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new WizardError('usage', msg('ipc.notInstanceUrl', { url: shorten(connection.url) }));
  }
  return connection;
}

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));
const shorten = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}...` : s);
const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;
const randomId = () => globalThis.crypto.randomUUID();
