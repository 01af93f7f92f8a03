// Namespace import: lets bundlers drop the parts of zod we never use (450 KB → 85 KB in the CLI).
import * as z from 'zod';
import type { AccImsConfig } from '../config/schema';
import type { WizardErrorKind } from '../errors';
import { keychainNameProblem } from '../keychain-name';
import type { Message, MessageCode } from '../messages/message';
import type { ChannelName, EventName } from './channels';
import { WIZARD_STEP_IDS } from '../wizard/step-ids';

/**
 * The one IPC contract between the renderer and the main process (docs/ARCHITECTURE.md, "The IPC contract").
 * Every channel has a zod request and response schema; main parses each request and validates each
 * response; the preload exposes exactly these channels as `window.wizard.<area>.<verb>(req)`.
 * Every call resolves to an envelope (`IpcResult`): handlers never throw across IPC, and error messages
 * are redacted before they leave main. Secrets cross only in the request fields that need them
 * (`connection.password`, `secret.set.value`, `files.*.passphrase`) and never come back.
 *
 * Stability rule: channels and fields are only ever added, never renamed or removed.
 */

// ---------------------------------------------------------------------------------------------------
// Shared pieces

/** Error kinds: WizardError's, plus `internal` for a bug (the message then says to report it). */
export const IPC_ERROR_KINDS = [
  'usage',
  'io',
  'invalid',
  'keychain',
  'connection',
  'refused',
  'cancelled',
  'internal',
] as const satisfies readonly (WizardErrorKind | 'internal')[];
export type IpcErrorKind = (typeof IPC_ERROR_KINDS)[number];

/** A message as data (common/messages): a code and its params, rendered by the renderer in the admin's language. */
export const messageSchema: z.ZodType<Message> = z.lazy(() =>
  z.strictObject({
    code: z.string().regex(/^[\w.-]+$/) as unknown as z.ZodType<MessageCode>,
    params: z.record(z.string(), z.union([paramScalar, messageSchema, z.array(z.union([paramScalar, messageSchema]))])).optional(),
  }),
);
const paramScalar = z.union([z.string(), z.number()]);

export const ipcErrorSchema = z.strictObject({
  kind: z.enum(IPC_ERROR_KINDS),
  /** What went wrong and what to do. Params already redacted. */
  message: messageSchema,
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

const empty = z.strictObject({});
/** A JSON object: a config being edited (may be partial or invalid; main validates it where it matters). */
const jsonObject = z.record(z.string(), z.unknown());
/** A config main has validated (`validateConfig(...).config`). */
const validConfig = z.custom<AccImsConfig>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), {
  message: 'expected a config object',
});

/** Profile names become file names: letters, digits, dot, dash, underscore; no leading dot. */
export const PROFILE_NAME_PATTERN = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}$/;
export const profileNameSchema = z.string().regex(PROFILE_NAME_PATTERN, 'storage.profileName.invalid' satisfies MessageCode);

/**
 * A keychain reference name, e.g. `acc-ims-wizard/prod` (the config's `clientSecret.keychain`), by the
 * one rule in common/keychain-name.ts. A refused name's issue carries the Message in `params.message`.
 */
export const keychainNameSchema = z.string().superRefine((name, ctx) => {
  const problem = keychainNameProblem(name);
  if (problem) ctx.addIssue({ code: 'custom', message: problem.code, params: { message: problem } });
});

/** Where to connect, without credentials: what profiles and drafts may keep on disk. */
export const instanceConnectionSchema = z.strictObject({
  url: z.string().default(''),
  user: z.string().optional(),
  /** The build of the admin's client console (Help > About), for the console rule. */
  consoleBuild: z.number().int().positive().optional(),
});
export type InstanceConnection = z.infer<typeof instanceConnectionSchema>;

/** Where to connect, with the operator password: only in campaign.* requests, never stored. */
export const campaignConnectionSchema = z.strictObject({
  url: z.string().min(1, 'ipc.field.instanceUrl' satisfies MessageCode),
  user: z.string().optional(),
  password: z.string().optional(),
  consoleBuild: z.number().int().positive().optional(),
});
export type CampaignConnection = z.infer<typeof campaignConnectionSchema>;

/** Cancels one network call with campaign.cancel; any unique string (e.g. crypto.randomUUID()). */
const requestId = z.string().min(1).max(100);

// ---------------------------------------------------------------------------------------------------
// Settings, profiles and the draft (stored as JSON under the app-data folder)

export const settingsSchema = z.strictObject({
  /** 'system' follows the OS language (app.info.locale). */
  language: z.enum(['system', 'en', 'zh-Hant']).default('system'),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
});
export type Settings = z.infer<typeof settingsSchema>;

/** A saved instance profile (dev/stage/prod…): where to connect and the config prepared for it. */
export const profileSchema = z.strictObject({
  name: profileNameSchema,
  /** Shown in the list, e.g. "Production (EMEA)". */
  label: z.string().max(200).optional(),
  connection: instanceConnectionSchema,
  /** The config prepared for this instance; may be partial. Never holds a secret (only a keychain reference). */
  config: jsonObject.optional(),
  /** ISO time of the last save; set by main. */
  updatedAt: z.string().optional(),
});
export type Profile = z.infer<typeof profileSchema>;

export const profileSummarySchema = z.strictObject({
  name: z.string(),
  label: z.string().optional(),
  url: z.string(),
  updatedAt: z.string().optional(),
});
export type ProfileSummary = z.infer<typeof profileSummarySchema>;

/** The wizard's steps, in order. The draft remembers which one the admin was on. */
export { WIZARD_STEP_IDS, type WizardStepId } from '../wizard/step-ids';

/** The autosaved wizard state, resumed on reopen. No password, no secret: main refuses a draft holding one. */
export const draftSchema = z.strictObject({
  step: z.enum(WIZARD_STEP_IDS),
  /** 'online' (connected to an instance) or 'offline' (prepare files only). */
  mode: z.enum(['online', 'offline']).optional(),
  /** The profile this draft started from, if any. */
  profile: profileNameSchema.optional(),
  connection: instanceConnectionSchema.optional(),
  /** The config being edited: partial, possibly invalid. */
  config: jsonObject,
  /** Small renderer-owned facts (checklist ticks, confirmations), by key. */
  answers: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
  /** ISO time of the last save; set by main. */
  updatedAt: z.string().optional(),
});
export type Draft = z.infer<typeof draftSchema>;

/**
 * A file that could not be read back (unreadable JSON or wrong shape). It was renamed aside, not
 * deleted, so the admin can recover it; the UI shows `message`.
 */
export const storageWarningSchema = z.strictObject({
  file: z.string(),
  /** Where the unreadable file now is (`name.corrupt-<timestamp>.json`). */
  movedTo: z.string(),
  /** What happened and where the file went (storage.movedAside). */
  message: messageSchema,
});
export type StorageWarning = z.infer<typeof storageWarningSchema>;

// ---------------------------------------------------------------------------------------------------
// Campaign (network calls: each has a requestId; progress arrives on the campaign.progress event)

export const checkStatusSchema = z.enum(['pass', 'warn', 'fail', 'skip']);
export const checkSchema = z.strictObject({
  /** CLI ids: reachable, server-build, console-build, logon, package, account. */
  id: z.string(),
  status: checkStatusSchema,
  message: messageSchema,
});
export type Check = z.infer<typeof checkSchema>;

export const checkReportSchema = z.strictObject({
  /** True when no check failed (warn and skip allowed). */
  ok: z.boolean(),
  checks: z.array(checkSchema),
  /** True when the instance could not be reached at all. */
  connectionFailed: z.boolean().optional(),
  server: z
    .strictObject({
      build: z.number().optional(),
      version: z.string().optional(),
      instanceName: z.string().optional(),
    })
    .optional(),
  /** The installed package list, the candidate ids among it, and what the package check rests on. */
  packages: z
    .strictObject({
      installed: z.array(z.string()),
      matched: z.array(z.string()),
      /** 'workflows': the integration's workflows exist (proof); 'package-id': only a candidate id (likely); 'none'. */
      evidence: z.enum(['workflows', 'package-id', 'none']).optional(),
      /** The integration's workflows found (importSharedAudience, exportSharedAudience). */
      workflows: z.array(z.string()).optional(),
      /** False when the logon gave no package list (IMS bearer token). */
      packageListRead: z.boolean().optional(),
    })
    .optional(),
  /** Notes that are not a check's verdict, e.g. connection.tls.envIgnored. */
  warnings: z.array(messageSchema).optional(),
});
export type CheckReport = z.infer<typeof checkReportSchema>;

const fieldValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const changeSchema = z.strictObject({ field: z.string(), from: fieldValue, to: fieldValue });
export type Change = z.infer<typeof changeSchema>;

/** campaign.plan (dryRun true, verified null) and campaign.push share the CLI's push report shape. */
export const pushReportSchema = z.strictObject({
  ok: z.boolean(),
  dryRun: z.boolean(),
  changes: z.array(changeSchema),
  /** Read back after writing: true when the instance holds what was pushed; null for a dry run. */
  verified: z.boolean().nullable(),
  /** The internal name of the account written (or to be written). */
  accountName: z.string().optional(),
  /** False when the account does not exist yet and would be created. */
  exists: z.boolean().optional(),
  /** Notes and warnings for the admin (kept secret, restart reminder, URL mismatch, read-back differences). */
  warnings: z.array(messageSchema).default([]),
  /** Where the account as it was before this push is saved (an existing account was changed): campaign.undoPush puts it back. */
  restoreFile: z.string().optional(),
});
export type PushReport = z.infer<typeof pushReportSchema>;

/** campaign.undoPush: the account written back as the last push found it, then read back. */
export const restoreReportSchema = z.strictObject({
  ok: z.boolean(),
  accountName: z.string(),
  changes: z.array(changeSchema),
  verified: z.boolean().nullable(),
  warnings: z.array(messageSchema).default([]),
});
export type RestoreReport = z.infer<typeof restoreReportSchema>;

/** What the admin decides before a push, as the CLI's --replace-secret and --update-existing. */
const pushChoices = {
  /** Overwrite a client secret the instance already has (Campaign salts it, so it cannot be compared). */
  replaceSecret: z.boolean().default(false),
  /** Update the one existing account of the type even though its internal name differs from the config's. */
  updateExisting: z.boolean().default(false),
};
export type PushChoices = { replaceSecret: boolean; updateExisting: boolean };

/** Sign-in readiness (`acc-ims operators --json`, with problem messages as data): see common/readiness/report.ts. */
const readinessProblemSchema = z.strictObject({ code: z.string(), message: messageSchema });
export const readinessReportSchema = z.strictObject({
  ok: z.boolean(),
  operators: z.array(
    z.strictObject({
      name: z.string(),
      label: z.string(),
      email: z.string(),
      authentication: z.enum(['native', 'ims']),
      disabled: z.boolean(),
      groups: z.array(z.string()),
      profiles: z.array(z.string()),
      problems: z.array(readinessProblemSchema),
    }),
  ),
  groups: z.array(
    z.strictObject({
      name: z.string(),
      label: z.string(),
      profile: z.string().nullable(),
      operators: z.number().int().nonnegative(),
      problems: z.array(readinessProblemSchema),
    }),
  ),
  summary: z.strictObject({
    operators: z.number(),
    native: z.number(),
    ims: z.number(),
    disabled: z.number(),
    missingEmail: z.number(),
    duplicateEmail: z.number(),
  }),
});
export type ReadinessReportData = z.infer<typeof readinessReportSchema>;

export const campaignProgressSchema = z.strictObject({
  requestId: z.string(),
  /** Machine id of the stage (common/checks/progress.ts, or 'finished'): the renderer words it as `stage.<id>`. */
  stage: z.string(),
  /** Optional extra line for the admin, as a message. */
  message: messageSchema.optional(),
  /** 0..1 when known. */
  fraction: z.number().min(0).max(1).optional(),
  done: z.boolean().optional(),
});
export type CampaignProgress = z.infer<typeof campaignProgressSchema>;

/** What Adobe IMS said about a client id and secret (common/ims/answer.ts): never "verified", at best "not rejected". */
export const imsCheckSchema = z.strictObject({
  result: z.enum(['not-rejected', 'invalid-client-id', 'invalid-client-secret', 'unexpected-answer', 'unreachable']),
  /** HTTP status of IMS's answer; null when there was none. */
  status: z.number().int().nullable(),
  message: messageSchema,
  /** Host the secret was sent to. */
  host: z.string(),
});
export type ImsCheck = z.infer<typeof imsCheckSchema>;

// ---------------------------------------------------------------------------------------------------
// Hand-over files

export const exportFormatSchema = z.enum(['json', 'package', 'bundle']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const exportResultSchema = z.union([
  z.strictObject({
    path: z.string(),
    /** E.g. handover.export.secretLeftOut: what the admin should know about the file written. */
    notes: z.array(messageSchema).default([]),
  }),
  z.strictObject({ cancelled: z.literal(true) }),
]);
export type ExportResult = z.infer<typeof exportResultSchema>;

export const importResultSchema = z.union([
  z.strictObject({
    /** The imported config, valid; its clientSecret (if any) is a keychain reference. */
    config: validConfig,
    /** True when the file carried a secret and it is now in the keychain under config.account.clientSecret.keychain. */
    secretStored: z.boolean(),
    path: z.string(),
    /** Rule warnings on the imported config (handover.problemAt) and notes about the import, in order. */
    warnings: z.array(messageSchema).default([]),
    /** Set when a keychain entry of that name held another secret and now holds the imported one (handover.import.secretReplaced). */
    secretReplaced: messageSchema.optional(),
    /** Set when the file was a bundle made without a passphrase: neither encrypted nor authenticated (handover.import.unprotected). */
    unprotected: messageSchema.optional(),
  }),
  /** The file is an encrypted bundle: ask for the passphrase and call again with `pickedFileId`. */
  z.strictObject({ needsPassphrase: z.literal(true), pickedFileId: z.string(), fileName: z.string() }),
  z.strictObject({ cancelled: z.literal(true) }),
]);
export type ImportResult = z.infer<typeof importResultSchema>;

// ---------------------------------------------------------------------------------------------------
// The channels

interface ChannelSpec {
  request: z.ZodType;
  response: z.ZodType;
}

export const CONTRACT = {
  /** Facts for the About box, the Done step and "where does my data live". */
  'app.info': {
    request: empty,
    response: z.strictObject({
      version: z.string(),
      dataDir: z.string(),
      logsDir: z.string(),
      /** OS locale, e.g. 'zh-TW', 'en-US'. */
      locale: z.string(),
      /** The OS's preferred languages, most preferred first. */
      preferredLanguages: z.array(z.string()).default([]),
      platform: z.string(),
    }),
  },
  /** Opens the data or logs folder in the OS file manager. */
  'app.openPath': {
    request: z.strictObject({ target: z.enum(['data', 'logs']) }),
    response: z.strictObject({ opened: z.literal(true) }),
  },
  /** Opens an https link in the OS browser, only to Adobe documentation and consoles (refused otherwise). */
  'app.openExternal': {
    request: z.strictObject({ url: z.string().max(2048) }),
    response: z.strictObject({ opened: z.literal(true) }),
  },
  /** A bug in the renderer (an uncaught error or rejection), for main.log: redacted there, at most 100 per run. */
  'app.logError': {
    request: z.strictObject({
      kind: z.enum(['error', 'unhandledrejection']),
      message: z.string().max(2000),
      stack: z.string().max(8000).optional(),
    }),
    response: z.strictObject({ logged: z.boolean() }),
  },
  'settings.load': { request: empty, response: z.strictObject({ settings: settingsSchema, warnings: z.array(storageWarningSchema) }) },
  'settings.save': { request: z.strictObject({ settings: settingsSchema }), response: z.strictObject({ settings: settingsSchema }) },
  'profiles.list': {
    request: empty,
    response: z.strictObject({ profiles: z.array(profileSummarySchema), warnings: z.array(storageWarningSchema) }),
  },
  /** `profile` is null when no such profile exists (or it was unreadable: see warnings). */
  'profiles.load': {
    request: z.strictObject({ name: profileNameSchema }),
    response: z.strictObject({ profile: profileSchema.nullable(), warnings: z.array(storageWarningSchema) }),
  },
  'profiles.save': { request: z.strictObject({ profile: profileSchema }), response: z.strictObject({ profile: profileSchema }) },
  'profiles.delete': { request: z.strictObject({ name: profileNameSchema }), response: z.strictObject({ deleted: z.boolean() }) },
  /** `draft` is null when there is nothing to resume. */
  'draft.load': { request: empty, response: z.strictObject({ draft: draftSchema.nullable(), warnings: z.array(storageWarningSchema) }) },
  /** Autosave: call on every change (main writes atomically; the last call wins). */
  'draft.save': { request: z.strictObject({ draft: draftSchema }), response: z.strictObject({ updatedAt: z.string() }) },
  'draft.clear': { request: empty, response: z.strictObject({ cleared: z.boolean() }) },
  /** Whether the keychain holds an entry; the value itself never leaves main. */
  'secret.status': { request: z.strictObject({ name: keychainNameSchema }), response: z.strictObject({ stored: z.boolean() }) },
  'secret.set': {
    request: z.strictObject({
      name: keychainNameSchema,
      value: z.string().min(1, 'ipc.field.clientSecret' satisfies MessageCode),
      /** The instance the secret is for: it is bound to that host (docs/ARCHITECTURE.md, "Secrets"). */
      instanceUrl: z.string().max(2048).optional(),
    }),
    response: z.strictObject({ stored: z.literal(true) }),
  },
  'secret.delete': { request: z.strictObject({ name: keychainNameSchema }), response: z.strictObject({ deleted: z.boolean() }) },
  /** Reachability, and logon when user and password are given. */
  'campaign.testConnection': {
    request: z.strictObject({ requestId, connection: campaignConnectionSchema }),
    response: checkReportSchema,
  },
  /** Every prerequisite check of `acc-ims check` (builds, console rule, package, account). */
  'campaign.check': {
    request: z.strictObject({ requestId, connection: campaignConnectionSchema }),
    response: checkReportSchema,
  },
  /** Dry run: the field-by-field diff between `config` and the account on the instance. Writes nothing. */
  'campaign.plan': {
    request: z.strictObject({ requestId, connection: campaignConnectionSchema, config: jsonObject, ...pushChoices }),
    response: pushReportSchema,
  },
  /** Writes the account (secret read by main from the keychain reference in `config`), then reads it back. */
  'campaign.push': {
    request: z.strictObject({ requestId, connection: campaignConnectionSchema, config: jsonObject, ...pushChoices }),
    response: pushReportSchema,
  },
  /** Writes back the account as the last push of this session found it (its restore file), then reads it back. */
  'campaign.undoPush': {
    request: z.strictObject({ requestId, connection: campaignConnectionSchema }),
    response: restoreReportSchema,
  },
  /**
   * Asks Adobe IMS whether it rejects the config's client id and secret (secret read by main from the
   * keychain reference), without a sign-in: the same node function as `acc-ims ims-check`. Cancel with campaign.cancel.
   */
  'ims.check': {
    request: z.strictObject({ requestId, config: jsonObject }),
    response: imsCheckSchema,
  },
  /** Sign-in readiness of the instance's operators and groups with the association mask (the job of `acc-ims operators`). */
  'campaign.readiness': {
    request: z.strictObject({ requestId, connection: campaignConnectionSchema, mask: z.string().max(200) }),
    response: readinessReportSchema,
  },
  /** Aborts the network call started with `requestId`; it then resolves with error kind 'cancelled'. */
  'campaign.cancel': { request: z.strictObject({ requestId }), response: z.strictObject({ cancelled: z.boolean() }) },
  /**
   * Native save dialog, then writes the hand-over file. `includeSecret` matters for 'bundle' only: the
   * secret is read by main from the keychain reference in `config` and encrypted with `passphrase`.
   */
  'files.export': {
    request: z.strictObject({
      format: exportFormatSchema,
      config: jsonObject,
      passphrase: z.string().optional(),
      includeSecret: z.boolean().default(false),
      /** File name offered in the dialog, e.g. "prod.acc-ims.json". */
      suggestedName: z.string().max(200).optional(),
    }),
    response: exportResultSchema,
  },
  /**
   * Native open dialog (or the file picked by a previous call that answered needsPassphrase), then
   * reads a hand-over file (json, package or bundle). A carried secret goes into the keychain.
   */
  /** Native save dialog, then the Admin Console users file(s) built by main from the report (split past 25,000 rows). */
  'files.saveCsv': {
    request: z.strictObject({
      report: readinessReportSchema,
      identityType: z.enum(['Federated ID', 'Adobe ID', 'Enterprise ID']).default('Federated ID'),
      separator: z.enum([',', ';']).default(','),
      suggestedName: z.string().max(200).optional(),
    }),
    response: z.union([
      z.strictObject({ cancelled: z.literal(true) }),
      z.strictObject({ paths: z.array(z.string()), rows: z.number(), skipped: z.number() }),
    ]),
  },
  'files.import': {
    request: z.strictObject({
      passphrase: z.string().optional(),
      pickedFileId: z.string().optional(),
      /** Keychain name to store a carried secret under; default from the config (README, "Config format v1"). */
      secretName: keychainNameSchema.optional(),
    }),
    response: importResultSchema,
  },
} as const satisfies { [K in ChannelName]: ChannelSpec };

/**
 * The request fields that carry a secret (dotted paths). Main registers their values with the redactor
 * the moment a request arrives, before parsing, so no error, log line or trace can echo them.
 */
export const SECRET_REQUEST_FIELDS: { readonly [K in ChannelName]?: readonly string[] } = {
  'secret.set': ['value'],
  'campaign.testConnection': ['connection.password'],
  'campaign.check': ['connection.password'],
  'campaign.plan': ['connection.password'],
  'campaign.push': ['connection.password'],
  'campaign.undoPush': ['connection.password'],
  'campaign.readiness': ['connection.password'],
  'files.export': ['passphrase'],
  'files.import': ['passphrase'],
};

export type Contract = typeof CONTRACT;
export type RequestOf<K extends ChannelName> = z.input<Contract[K]['request']>;
export type ParsedRequestOf<K extends ChannelName> = z.output<Contract[K]['request']>;
export type ResponseOf<K extends ChannelName> = z.output<Contract[K]['response']>;

/** Events main pushes to the renderer. */
export const EVENTS = {
  'campaign.progress': campaignProgressSchema,
  /** Menu items that act in the wizard (File > New, Import…, Export…). */
  'app.command': z.strictObject({ command: z.enum(['new', 'import', 'export']) }),
} as const satisfies { [K in EventName]: z.ZodType };
export type EventPayloadOf<K extends EventName> = z.output<(typeof EVENTS)[K]>;

// ---------------------------------------------------------------------------------------------------
// The renderer's view: window.wizard

type AreaOf<K extends string> = K extends `${infer A}.${string}` ? A : never;
type VerbOf<K extends string, A extends string> = K extends `${A}.${infer V}` ? V : never;
type Capitalized<S extends string> = S extends `${infer H}${infer T}` ? `${Uppercase<H>}${T}` : S;

/** A call whose request has no required field can be made without an argument: `wizard.app.info()`. */
type Method<K extends ChannelName> =
  Record<never, never> extends RequestOf<K>
    ? (req?: RequestOf<K>) => Promise<IpcResult<ResponseOf<K>>>
    : (req: RequestOf<K>) => Promise<IpcResult<ResponseOf<K>>>;

type Listener<K extends EventName> = (payload: EventPayloadOf<K>) => void;

export type WizardApi = {
  readonly [A in AreaOf<ChannelName> | AreaOf<EventName>]: {
    readonly [V in VerbOf<ChannelName, A>]: Method<Extract<`${A}.${V}`, ChannelName>>;
  } & {
    /** Subscribes to an event; returns the function that unsubscribes. */
    readonly [E in VerbOf<EventName, A> as `on${Capitalized<E>}`]: (listener: Listener<Extract<`${A}.${E}`, EventName>>) => () => void;
  };
};

declare global {
  interface Window {
    /** Exposed by the preload (electron/preload/index.ts), or by the e2e stand-in bridge. */
    readonly wizard: WizardApi;
  }
}

/** Unwraps an envelope for code that prefers exceptions (the error keeps its kind). */
export class IpcCallError extends Error {
  override readonly name = 'IpcCallError';
  constructor(readonly error: IpcError) {
    super(error.message.code);
  }
}
export function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new IpcCallError(result.error);
}
