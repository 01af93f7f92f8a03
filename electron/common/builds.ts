import { msg, type Message } from './messages/message';

/**
 * Campaign Classic builds: the known build → release table (docs/DOMAIN.md) and the rule that decides
 * whether a client console may work against a server.
 */

export interface Release {
  /** Release name as Adobe's release notes write it, e.g. "7.3.4" or "21.1.3". */
  version: string;
  major: 7 | 8;
  builds: readonly number[];
  /** Release notes say "Client console upgrade is mandatory": console and server builds must be equal. */
  consoleUpgradeMandatory: boolean;
  /** Release date (ISO) where docs/DOMAIN.md gives one. */
  date?: string;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const RELEASES: readonly Release[] = [
  // Gold Standard 11 makes the console upgrade mandatory; all GS levels share build 9032.
  { version: 'Gold Standard', major: 7, builds: [9032], consoleUpgradeMandatory: true },
  // The first builds of their lines to allow IMS login (June 2021).
  { version: '19.2.4', major: 7, builds: [9082], consoleUpgradeMandatory: false },
  { version: '20.1.4', major: 7, builds: [9126], consoleUpgradeMandatory: false },
  { version: '20.2.5', major: 7, builds: [9188], consoleUpgradeMandatory: false },
  { version: '21.1.1', major: 7, builds: [9277], consoleUpgradeMandatory: false },
  { version: '21.1.2', major: 7, builds: [9282], consoleUpgradeMandatory: false },
  { version: '21.1.3', major: 7, builds: [9330], consoleUpgradeMandatory: false },
  { version: '21.1.4', major: 7, builds: [9342, 9343], consoleUpgradeMandatory: false },
  { version: '7.2.1', major: 7, builds: [9346], consoleUpgradeMandatory: false },
  { version: '7.2.2', major: 7, builds: [9349], consoleUpgradeMandatory: false },
  { version: '7.3.1', major: 7, builds: [9352], consoleUpgradeMandatory: false },
  { version: '7.3.2', major: 7, builds: [9356], consoleUpgradeMandatory: true },
  { version: '7.3.3', major: 7, builds: [9359], consoleUpgradeMandatory: true },
  { version: '7.3.4', major: 7, builds: [9364], consoleUpgradeMandatory: true },
  { version: '7.3.5', major: 7, builds: [9368], consoleUpgradeMandatory: false },
  { version: '7.4.1', major: 7, builds: [9383], consoleUpgradeMandatory: false },
  { version: '7.4.2', major: 7, builds: [9390, 9391], consoleUpgradeMandatory: false },
  { version: '7.4.3', major: 7, builds: [9394, ...range(9396, 9399)], consoleUpgradeMandatory: true, date: '2026-03-31' },
  { version: '7.4.4', major: 7, builds: [9400], consoleUpgradeMandatory: false, date: '2026-08-11' },
  // v8 runs only as Adobe Managed Cloud Service.
  { version: '8.1.2', major: 8, builds: [9335], consoleUpgradeMandatory: false },
  // Its build numbers are not published in the release notes we follow: known as a release, never matched by build.
  { version: '8.9.1', major: 8, builds: [], consoleUpgradeMandatory: true },
  { version: '8.9.2', major: 8, builds: range(9829, 9831), consoleUpgradeMandatory: true },
];

/** From this v7 build (21.1.3) on, every build allows IMS login. */
export const FIRST_IMS_BUILD_V7 = 9330;
/** Gold Standard 11 shares build 9032 with older GS levels; it is also the oldest build that can allow IMS login. */
const GOLD_STANDARD_BUILD = 9032;
/** Builds below FIRST_IMS_BUILD_V7 that allow IMS login: the 19.2.4, 20.1.4 and 20.2.5 minimums. */
const IMS_MINIMUM_BUILDS = [9082, 9126, 9188];
/** From 7.3.1 the console's login page needs the Microsoft Edge WebView2 runtime. */
const FIRST_WEBVIEW2_BUILD = 9352;
/** Two unknown builds further apart than this cannot be the same release (releases are a few builds wide). */
const MAX_SAME_VERSION_DISTANCE = 5;

/** Parses "9364", " 9364 ", 9364 or "7.3.4 (build 9364)" into a build number; null when there is none. */
export function parseBuild(input: unknown): number | null {
  if (typeof input === 'number') return Number.isInteger(input) && input > 0 && input < 100_000 ? input : null;
  if (typeof input !== 'string') return null;
  const trimmed = input.trim();
  const bare = /^\d{1,5}$/.test(trimmed) ? trimmed : /build\s*[:#]?\s*(\d{4,5})\b/i.exec(trimmed)?.[1];
  // Stryker disable next-line ConditionalExpression: equivalent, Number(undefined) is NaN and the n > 0 test refuses it
  if (!bare) return null;
  const n = Number(bare);
  return n > 0 ? n : null;
}

/**
 * The release of a build. Build numbers of v7 and v8 overlap, so pass the major version when the
 * instance reported it (/r/test `version`, or serverInfo majNumber: v7 reports 6).
 */
export function releaseOfBuild(build: number, major?: 7 | 8): Release | null {
  const candidates = RELEASES.filter((r) => r.builds.includes(build));
  if (major) return candidates.find((r) => r.major === major) ?? null;
  return candidates.length === 1 ? candidates[0]! : null;
}

/** How a build is named inside other messages: "build 9364 (7.3.4)", "build 9830 (v8 8.9.2)" or "build 12345". */
export function describeBuild(build: number, major?: 7 | 8): Message {
  const release = releaseOfBuild(build, major);
  if (!release) return msg('build.name', { build });
  return msg(release.major === 8 ? 'build.nameReleaseV8' : 'build.nameRelease', { build, version: release.version });
}

export type RuleStatus = 'pass' | 'warn' | 'fail' | 'skip';
export interface RuleVerdict {
  status: RuleStatus;
  message: Message;
}

export interface ConsoleRuleInput {
  consoleBuild?: number | null;
  serverBuild?: number | null;
  /** Major version of the server when known (v8 requires the exact same console build). */
  serverMajor?: 7 | 8;
}

/** docs/DOMAIN.md "Builds and the console rule": console and server on the same version; same build strongly recommended or required. */
export function evaluateConsoleBuild({ consoleBuild, serverBuild, serverMajor }: ConsoleRuleInput): RuleVerdict {
  if (!consoleBuild) return { status: 'skip', message: msg('build.console.missing') };
  if (!serverBuild) return { status: 'skip', message: msg('build.console.serverUnknown', { console: describeBuild(consoleBuild) }) };
  const server = releaseOfBuild(serverBuild, serverMajor);
  const major = serverMajor ?? server?.major;
  const consoleRelease = releaseOfBuild(consoleBuild, major);
  const pair = { console: describeBuild(consoleBuild, major), server: describeBuild(serverBuild, major) };
  const upgrade = msg('build.upgrade', { build: serverBuild });

  if (consoleBuild === serverBuild) return withImsVerdict({ status: 'pass', message: msg('build.console.same', pair) }, serverBuild, major);
  if (server && consoleRelease && server.version !== consoleRelease.version) {
    return { status: 'fail', message: msg('build.console.differentVersion', { ...pair, upgrade }) };
  }
  if (major === 8) return { status: 'fail', message: msg('build.console.v8', { ...pair, upgrade }) };
  if (server?.consoleUpgradeMandatory) {
    return { status: 'fail', message: msg('build.console.mandatory', { ...pair, version: server.version, upgrade }) };
  }
  if (server && consoleRelease) {
    return withImsVerdict({ status: 'warn', message: msg('build.console.differentBuilds', { ...pair, upgrade }) }, serverBuild, major);
  }
  return Math.abs(consoleBuild - serverBuild) > MAX_SAME_VERSION_DISTANCE
    ? { status: 'fail', message: msg('build.console.farApart', { ...pair, upgrade }) }
    : { status: 'warn', message: msg('build.console.uncertain', { ...pair, upgrade }) };
}

/**
 * Whether a build can sign in with IMS through this wizard: a v7 build at Gold Standard 11 / 21.1.3 /
 * 20.2.5 / 20.1.4 / 19.2.4 or later. A v8 build is a warning: v8 is Adobe Managed Cloud Service only and
 * Adobe configures IMS there; the wizard is for v7 on-premise and hybrid instances.
 */
export function evaluateImsSupport(build: number, major?: 7 | 8): RuleVerdict {
  const release = releaseOfBuild(build, major);
  if ((major ?? release?.major) === 8) return { status: 'warn', message: msg('build.ims.v8', { build: describeBuild(build, 8) }) };
  if (build === GOLD_STANDARD_BUILD) return { status: 'warn', message: msg('build.ims.goldStandard') };
  const name = describeBuild(build, major);
  // Older than every release that allows IMS login: known or not, it cannot work.
  // Stryker disable next-line EqualityOperator: equivalent, build 9032 itself returned just above
  if (build < GOLD_STANDARD_BUILD)
    return { status: 'fail', message: msg('build.ims.olderThanAll', { build: name, oldest: GOLD_STANDARD_BUILD }) };
  if (build >= FIRST_IMS_BUILD_V7 || IMS_MINIMUM_BUILDS.includes(build)) {
    return {
      status: 'pass',
      message: msg(build >= FIRST_WEBVIEW2_BUILD ? 'build.ims.supportedWebView2' : 'build.ims.supported', { build: name }),
    };
  }
  if (release) return { status: 'fail', message: msg('build.ims.tooOld', { build: name }) };
  return { status: 'warn', message: msg('build.ims.unknownRelease', { build: name }) };
}

function withImsVerdict(verdict: RuleVerdict, serverBuild: number, major?: 7 | 8): RuleVerdict {
  const ims = evaluateImsSupport(serverBuild, major);
  if (ims.status === 'pass') return verdict;
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, only pass and warn verdicts are passed in
  const status = ims.status === 'fail' || verdict.status === 'fail' ? 'fail' : 'warn';
  return { status, message: msg('build.withIms', { verdict: verdict.message, ims: ims.message }) };
}
