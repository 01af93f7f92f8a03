import type { Wording } from '../../common/campaign/wording';
import type { EnumValue } from '../../common/checks/account-type';
import type { ExtAccountRecord, ServerInfoFacts } from '../../common/checks/facts';
import { EXT_ACCOUNT_ELEMENT, EXT_ACCOUNT_KEY, EXT_ACCOUNT_SCHEMA } from '../../common/campaign/ext-account-fields';
import { msg } from '../../common/messages/message';
import { redactor } from '../../common/redact';
import { explainFailure, type FailureContext, type FailureStep, unexpectedAnswer } from './failure';
import { attributesOf, childElements, loadSdk, type AccSdk, type SdkClient, type SdkElement } from './sdk';
import { SCHEMA_CACHE_TTL_MS, SchemaStorage } from './schema-cache';
import { createNodeTransport, type NodeTransport } from './transport';
import { isLoopbackHost } from '../../common/loopback';
import { WizardError } from '../../common/errors';

/**
 * One logged-on session to a Campaign instance through Adobe's SDK, with our transport underneath.
 * Every method names its step, so a failure says what was being done; close() always logs off, even
 * after a cancel (over a fresh, short-lived connection).
 */

export type Credentials = { kind: 'password'; login: string; password: string } | { kind: 'bearer'; token: string };

export interface ConnectOptions {
  /** Instance base URL, without a trailing slash. */
  url: string;
  credentials: Credentials;
  timeoutMs: number;
  signal?: AbortSignal;
  caPem?: string;
  wording?: Wording;
  /** Folder where schemas are cached per instance and build (schema-cache.ts); none: read them every time. */
  cacheDir?: string;
}

export interface SessionFacts {
  login: string;
  serverInfo: ServerInfoFacts;
  /** `namespace:name` of every installed package. */
  installedPackages: string[];
  /** Named rights of the operator; null when the instance did not report them. */
  rights: string[] | null;
}

const CLIENT_APP = 'acc-ims-wizard';
const ENCRYPTED_FORM = /^@[A-Za-z0-9+/]+={0,2}$/;
// Logging off after a cancel or failure must not hold the user up for long.
const LOGOFF_TIMEOUT_MS = 5_000;

export class CampaignSession {
  private schemaCache: Promise<SdkElement | null> | undefined;
  /** Set once the session is kept for a later job: an expired session then logs on again instead of failing. */
  private kept = false;

  private constructor(
    private readonly sdk: AccSdk,
    private readonly client: SdkClient,
    private readonly transport: NodeTransport,
    private readonly options: ConnectOptions,
    readonly facts: SessionFacts,
    private readonly storage: SchemaStorage | undefined,
  ) {}

  static async open(options: ConnectOptions): Promise<CampaignSession> {
    const { credentials } = options;
    if (credentials.kind === 'password') redactor.add(credentials.password);
    else redactor.add(credentials.token);
    const target = new URL(options.url);
    if (target.protocol === 'http:' && !isLoopbackHost(target.hostname)) {
      throw new WizardError('refused', msg('connection.httpCredentials', { host: target.host }));
    }
    const login = credentials.kind === 'password' ? credentials.login : 'IMS bearer token';
    const step: FailureContext = {
      url: options.url,
      step: 'logon',
      ...(credentials.kind === 'password' ? { login } : {}),
      ...(options.wording ? { wording: options.wording } : {}),
    };
    const sdk = await loadSdk();
    const transport = createNodeTransport({
      timeoutMs: options.timeoutMs,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.caPem ? { caPem: options.caPem } : {}),
    });
    const storage = options.cacheDir ? new SchemaStorage(options.cacheDir) : undefined;
    const cache = storage ? { storage, entityCacheTTL: SCHEMA_CACHE_TTL_MS, methodCacheTTL: SCHEMA_CACHE_TTL_MS } : {};
    const sdkOptions = {
      representation: 'xml' as const,
      transport: transport.transport,
      noStorage: !storage,
      ...cache,
      clientApp: CLIENT_APP,
    };
    const parameters =
      credentials.kind === 'password'
        ? sdk.ConnectionParameters.ofUserAndPassword(options.url, credentials.login, credentials.password, sdkOptions)
        : sdk.ConnectionParameters.ofImsBearerToken(options.url, credentials.token, { ...sdkOptions, sessionInfo: true });
    let client: SdkClient | undefined;
    try {
      client = await sdk.init(parameters);
      await client.logon();
      const facts = readSessionFacts(client, login);
      await storage?.bind({ url: options.url, build: facts.serverInfo.buildNumber, packages: facts.installedPackages });
      return new CampaignSession(sdk, client, transport, options, facts, storage);
    } catch (e) {
      if (client?.isLogged()) await logoffQuietly(client, options);
      transport.dispose();
      throw explainFailure(e, step);
    }
  }

  /** The values of the enumeration nms:extAccount:type (read from the schema, as the console does). */
  async accountTypes(): Promise<EnumValue[]> {
    const schema = await this.extAccountSchema();
    const enumeration = childElements(schema, 'enumeration').find((e) => e.getAttribute('name') === 'type');
    return childElements(enumeration, 'value').map((v) => ({
      name: v.getAttribute('name') ?? '',
      label: v.getAttribute('label') ?? v.getAttribute('name') ?? '',
      value: Number(v.getAttribute('value')),
    }));
  }

  /** Attributes nms:extAccount declares on this build (Product context, for one, is not on every build). */
  async extAccountAttributes(): Promise<string[]> {
    const schema = await this.extAccountSchema();
    const root = childElements(schema, 'element').find((e) => e.getAttribute('name') === EXT_ACCOUNT_ELEMENT);
    return childElements(root, 'attribute')
      .map((a) => a.getAttribute('name') ?? '')
      .filter(Boolean);
  }

  /** nms:extAccount records matching an XTK expression, with the given attributes. */
  async queryAccounts(where: string, attributes: readonly string[], step: FailureStep): Promise<ExtAccountRecord[]> {
    const select = attributes.map((a) => `<node expr="@${a}"/>`).join('');
    const xml = `<queryDef schema="${EXT_ACCOUNT_SCHEMA}" operation="select"><select>${select}</select><where><condition expr="${escapeAttr(where)}"/></where></queryDef>`;
    const result = await this.call(step, async () => {
      const query = this.client.NLWS.xml.xtkQueryDef.create(this.sdk.DomUtil.parse(xml).documentElement);
      return query.executeQuery();
    });
    return childElements(result, EXT_ACCOUNT_ELEMENT).map(attributesOf);
  }

  /** Which of `names` exist as xtk:workflow internal names (the package check's evidence: docs/DOMAIN.md). */
  async existingWorkflows(names: readonly string[]): Promise<string[]> {
    const where = names.map((n) => `@internalName = ${this.sdk.escapeXtk(n)}`).join(' OR ');
    const xml = `<queryDef schema="xtk:workflow" operation="select"><select><node expr="@internalName"/></select><where><condition expr="${escapeAttr(where)}"/></where></queryDef>`;
    const result = await this.call('readWorkflows', async () => {
      const query = this.client.NLWS.xml.xtkQueryDef.create(this.sdk.DomUtil.parse(xml).documentElement);
      return query.executeQuery();
    });
    return childElements(result, 'workflow')
      .map((w) => w.getAttribute('internalName') ?? '')
      .filter(Boolean);
  }

  /** The instance encrypts the secret with its own key: the only call that ever carries it. */
  async encryptPassword(secret: string): Promise<string> {
    redactor.add(secret);
    const step = 'encryptSecret';
    const encrypted = await this.call(step, () => this.client.NLWS.xml.xtkSession.encryptPassword(secret));
    // Campaign's form is "@" + base64 (Adobe's SDK decrypts nothing else): writing anything else would leave IMS a secret it cannot use.
    if (typeof encrypted !== 'string' || !ENCRYPTED_FORM.test(encrypted)) {
      throw unexpectedAnswer(this.failureContext(step), msg('soap.unexpected.notEncrypted'));
    }
    redactor.add(encrypted);
    return encrypted;
  }

  /** xtk:session#Write of one nms:extAccount, insertOrUpdate keyed by internal name. */
  async writeAccount(name: string, attributes: Record<string, string>): Promise<void> {
    const attrs = Object.entries({ ...attributes, name })
      .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
      .join('');
    const xml = `<${EXT_ACCOUNT_ELEMENT} xtkschema="${EXT_ACCOUNT_SCHEMA}" _operation="insertOrUpdate" _key="${EXT_ACCOUNT_KEY}"${attrs}/>`;
    await this.call('writeAccount', () => this.client.NLWS.xml.xtkSession.write(this.sdk.DomUtil.parse(xml).documentElement));
  }

  /** A quoted XTK string literal (the SDK's own escaping). */
  quote(value: string): string {
    return this.sdk.escapeXtk(value);
  }

  /** Hands the session to another job (session-keeper.ts): that job's cancel signal from now on. */
  reuseFor(signal: AbortSignal | undefined): void {
    this.kept = true;
    this.transport.useSignal(signal);
  }

  /** Logs off (best effort) and closes the connections. */
  async close(): Promise<void> {
    try {
      await logoffQuietly(this.client, this.options);
    } finally {
      this.transport.dispose();
      await this.storage?.save();
    }
  }

  private failureContext(step: FailureStep): FailureContext {
    return { url: this.options.url, step, ...(this.options.wording ? { wording: this.options.wording } : {}) };
  }

  private extAccountSchema(): Promise<SdkElement | null> {
    this.schemaCache ??= this.call('readSchema', () => this.client.getSchema(EXT_ACCOUNT_SCHEMA, 'xml', true));
    return this.schemaCache;
  }

  private async call<T>(step: FailureStep, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      const failure = explainFailure(e, this.failureContext(step));
      if (!this.kept || failure.userMessage.code !== 'soap.sessionExpired') throw failure;
    }
    // A kept session outlived its validity on the instance: the call was refused unrun, so log on and run it once more.
    this.kept = false;
    try {
      await this.client.logon();
      return await work();
    } catch (e) {
      throw explainFailure(e, this.failureContext(step));
    }
  }
}

function readSessionFacts(client: SdkClient, login: string): SessionFacts {
  const info = client.getSessionInfo('xml');
  const server = childElements(info, 'serverInfo')[0];
  const user = childElements(info, 'userInfo')[0];
  const s = server ? attributesOf(server) : {};
  const serverInfo: ServerInfoFacts = {};
  for (const key of ['buildNumber', 'majNumber', 'minNumber', 'servicePack', 'releaseName', 'instanceName'] as const) {
    if (s[key]) serverInfo[key] = s[key];
  }
  const installedPackages = childElements(user, 'installed-package').map(
    (p) => `${p.getAttribute('namespace') ?? ''}:${p.getAttribute('name') ?? ''}`,
  );
  const rightEls = childElements(user, 'login-right');
  return {
    login: user?.getAttribute('login') || login,
    serverInfo,
    installedPackages,
    rights: user ? rightEls.map((r) => r.getAttribute('right') ?? '').filter(Boolean) : null,
  };
}

async function logoffQuietly(client: SdkClient, options: ConnectOptions): Promise<void> {
  if (!client.isLogged()) return;
  // A fresh transport without the (possibly aborted) signal, so a cancelled session is still closed.
  const fresh = createNodeTransport({
    timeoutMs: Math.min(options.timeoutMs, LOGOFF_TIMEOUT_MS),
    ...(options.caPem ? { caPem: options.caPem } : {}),
  });
  (client as SdkClient & { setTransport(t: unknown): void }).setTransport(fresh.transport);
  try {
    await client.logoff();
  } catch {
    // The session expires on its own; a failed logoff must not hide the real outcome.
  } finally {
    fresh.dispose();
  }
}

function escapeAttr(v: string): string {
  return v
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}
