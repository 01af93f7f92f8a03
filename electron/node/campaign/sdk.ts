import { WizardError } from '../../common/errors';
import { msg } from '../../common/messages/message';
import type { SdkTransport } from './transport';

/**
 * The slice of Adobe's `@adobe/acc-js-sdk` this tool uses, typed by hand (the package ships no
 * typings), and its lazy loader: the SDK pulls in jsdom, so commands that never connect (validate,
 * export) must not pay for it.
 */

/** A DOM element as the SDK returns it with the "xml" representation (jsdom in Node). */
export interface SdkElement {
  readonly tagName: string;
  readonly firstElementChild: SdkElement | null;
  readonly nextElementSibling: SdkElement | null;
  getAttribute(name: string): string | null;
  readonly attributes: { readonly length: number; item(i: number): { name: string; value: string } | null };
}

export interface SdkDocument {
  readonly documentElement: SdkElement;
}

interface XmlProxy {
  xtkSession: {
    encryptPassword(plain: string): Promise<string>;
    write(doc: SdkElement | SdkDocument): Promise<void>;
  };
  xtkQueryDef: { create(queryDef: SdkElement | SdkDocument): { executeQuery(): Promise<SdkElement | null> } };
}

export interface SdkClient {
  logon(): Promise<void>;
  logoff(): Promise<void> | undefined;
  isLogged(): boolean;
  getSessionInfo(representation: 'xml'): SdkElement | undefined;
  getSchema(id: string, representation: 'xml', internal?: boolean): Promise<SdkElement | null>;
  NLWS: { xml: XmlProxy };
}

export interface SdkConnectionOptions {
  representation: 'xml';
  transport: SdkTransport;
  noStorage: boolean;
  /** The localStorage-like store the SDK caches schemas and methods in (schema-cache.ts). */
  storage?: { getItem(key: string): string | null; setItem(key: string, value: string): void; removeItem(key: string): void };
  entityCacheTTL?: number;
  methodCacheTTL?: number;
  clientApp: string;
  /** With an IMS bearer token: read userInfo and the build with extra calls, since there is no Logon answer. */
  sessionInfo?: boolean;
}

export interface AccSdk {
  ConnectionParameters: {
    ofUserAndPassword(endpoint: string, user: string, password: string, options: SdkConnectionOptions): unknown;
    ofImsBearerToken(endpoint: string, token: string, options: SdkConnectionOptions): unknown;
  };
  init(parameters: unknown): Promise<SdkClient>;
  escapeXtk(value: string): string;
  DomUtil: { parse(xml: string): SdkDocument };
}

let loading: Promise<AccSdk> | undefined;

export function loadSdk(): Promise<AccSdk> {
  loading ??= import('@adobe/acc-js-sdk').then(
    (mod: { default?: AccSdk } & Partial<AccSdk>) => (mod.default ?? mod) as AccSdk,
    () => {
      loading = undefined;
      throw new WizardError('connection', msg('connection.sdkMissing'));
    },
  );
  return loading;
}

/** Attributes of an element as a plain record (Campaign returns every value as text). */
export function attributesOf(el: SdkElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i);
    if (a) out[a.name] = a.value;
  }
  return out;
}

export function childElements(el: SdkElement | null | undefined, tagName?: string): SdkElement[] {
  const out: SdkElement[] = [];
  for (let c = el?.firstElementChild ?? null; c; c = c.nextElementSibling) if (!tagName || c.tagName === tagName) out.push(c);
  return out;
}
