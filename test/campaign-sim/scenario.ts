import { defaultDirectory, type SimDirectory } from './operators';
import { AEC_WORKFLOWS, BASE_WORKFLOWS } from './workflows';

/**
 * What a simulated Campaign instance looks like. Every knob is one thing that differs between the real
 * instances an admin may point the tool at: build, packages, operators, existing accounts, faults.
 */

export interface SimUser {
  login: string;
  password: string;
  /** Named rights as Campaign reports them in userInfo (`admin` for administrators). */
  rights: string[];
}

/** One nms:extAccount record, as attribute name → value (Campaign returns every attribute as text). */
export type SimAccount = Record<string, string>;

export interface SimFault {
  code: string;
  text: string;
}

/** A hostile or broken answer, in place of the normal one (for fuzzing and error-path tests). */
export type SimAnswer =
  /** A SOAP fault; real instances send it with HTTP 500, some proxies turn that into 200. */
  | { kind: 'fault'; code: string; text: string; httpStatus?: 200 | 500 }
  /** A bare HTTP answer, e.g. 502 from a proxy, or 500 with an HTML page and no fault. */
  | { kind: 'http'; status: number; body?: string; contentType?: string }
  /** HTTP 200 whose body is not well-formed XML. */
  | { kind: 'invalid-xml' }
  /** HTTP 200 with a body of this many bytes. */
  | { kind: 'huge'; bytes: number }
  /** Exactly this status, these headers (no Content-Type unless given) and this body. */
  | { kind: 'raw'; answer: RawAnswer }
  /** HTTP 200 and `bytes` of XML-looking markup streamed in small chunks, never held whole in memory. */
  | { kind: 'stream'; bytes: number }
  /** The real answer (the call is carried out), passed through `change` before it is sent. */
  | { kind: 'rewrite'; change: (real: RawAnswer) => RawAnswer }
  /** The real answer (the call is carried out), sent `bytesPerTick` bytes every `intervalMs`: a slow drip. */
  | { kind: 'drip'; bytesPerTick: number; intervalMs: number }
  /** The real answer (the call is carried out), cut by a TCP reset after `afterBytes` bytes of its body. */
  | { kind: 'reset'; afterBytes: number };

/** One HTTP answer as it leaves the instance. */
export interface RawAnswer {
  status: number;
  /** The reason phrase after the status code ("Internal Server Error" when absent). */
  statusText?: string;
  headers: Record<string, string>;
  body: string;
}

export interface Scenario {
  /** Server build (serverInfo buildNumber, /r/test build). */
  build: number;
  /** serverInfo majNumber.minNumber.servicePack: v7 reports 6.7.x, v8 reports 8.x.y. */
  version: { major: number; minor: number; servicePack: number };
  releaseName: string;
  instanceName: string;
  /** /r/test carries the `build` attribute (some fronts strip it). */
  testHasBuild: boolean;
  /** /r/test answers 200 (true) or is not served by this front (404). */
  testServed: boolean;
  /** v8 fronts add `version` to /r/test. */
  testHasVersion: boolean;
  /** Installed packages as `namespace:name`. */
  packages: string[];
  /** Internal names of the xtk:workflow records (the integration installs importSharedAudience and exportSharedAudience; see workflows.ts packageShapes). */
  workflows: string[];
  users: SimUser[];
  /** IMS bearer tokens accepted directly (v8.5+), token → login. */
  bearerTokens: Record<string, string>;
  /** Label of the external account type for IMS in the nms:extAccount:type enumeration; null: the type does not exist. */
  accountTypeLabel: string | null;
  /** Its numeric value: differs between builds, so clients must read it. */
  accountTypeValue: number;
  /** Whether nms:extAccount has the @productContext attribute (not on every build). */
  hasProductContext: boolean;
  /** Existing external accounts. */
  accounts: SimAccount[];
  /** Delay before every answer, in ms. */
  latencyMs: number;
  /** Extra delay for one SOAP method (e.g. "ExecuteQuery"), in ms. */
  slowMethods: Record<string, number>;
  /** A fault answered to xtk:session#Write. */
  writeFault: SimFault | null;
  /** When true, Write answers success but stores nothing (a write that silently did not land). */
  writeIgnored: boolean;
  /** SOAP methods (or "/r/test") whose connection is dropped without an answer. */
  drop: string[];
  /** Serve HTTPS with a certificate issued by a private CA generated for the test. */
  tls: boolean;
  /** Answers replaced by SOAP method name ("Logon", "ExecuteQuery", …) or "/r/test". */
  answers: Record<string, SimAnswer>;
  /** Operators, operator groups and memberships (xtk:operator, xtk:group, xtk:operatorGroup). */
  directory: SimDirectory;
}

export const ADMIN: SimUser = { login: 'admin', password: 'correct horse battery', rights: ['admin'] };

export function defaultScenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    build: 9364,
    version: { major: 6, minor: 7, servicePack: 3 },
    releaseName: '7.3.4',
    instanceName: 'acme_mkt_prod1',
    testHasBuild: true,
    testServed: true,
    testHasVersion: false,
    packages: ['nms:core', 'nms:campaign', 'nms:amp', 'nms:interaction'],
    workflows: [...BASE_WORKFLOWS, ...AEC_WORKFLOWS],
    users: [ADMIN],
    bearerTokens: {},
    accountTypeLabel: 'Adobe Experience Cloud',
    accountTypeValue: 18,
    hasProductContext: true,
    accounts: [],
    latencyMs: 0,
    slowMethods: {},
    writeFault: null,
    writeIgnored: false,
    drop: [],
    tls: false,
    answers: {},
    directory: defaultDirectory(),
    ...overrides,
  };
}
