/**
 * Campaign Classic builds: the known build → release table (DOMAIN.md) and the rule that decides
 * whether a client console may work against a server.
 */

export interface Release {
  /** Release name as Adobe's release notes write it, e.g. "7.3.4" or "21.1.3". */
  version: string;
  major: 7 | 8;
  builds: readonly number[];
  /** Release notes say "Client console upgrade is mandatory": console and server builds must be equal. */
  consoleUpgradeMandatory: boolean;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const RELEASES: readonly Release[] = [
  { version: 'Gold Standard', major: 7, builds: [9032], consoleUpgradeMandatory: false },
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
  { version: '7.4.3', major: 7, builds: [9394, ...range(9396, 9399)], consoleUpgradeMandatory: true },
  { version: '7.4.4', major: 7, builds: [9400], consoleUpgradeMandatory: false },
  { version: '8.1.2', major: 8, builds: [9335], consoleUpgradeMandatory: false },
  { version: '8.9.2', major: 8, builds: range(9829, 9831), consoleUpgradeMandatory: true },
];

/** First v7 build known to allow IMS login (21.1.3); Gold Standard 11 shares build 9032 with older GS levels. */
export const FIRST_IMS_BUILD_V7 = 9330;
const GOLD_STANDARD_BUILD = 9032;
/** From 7.3.1 the console's login page needs the Microsoft Edge WebView2 runtime. */
const FIRST_WEBVIEW2_BUILD = 9352;

/** Parses "9364", " 9364 ", 9364 or "7.3.4 (build 9364)" into a build number; null when there is none. */
export function parseBuild(input: unknown): number | null {
  if (typeof input === 'number') return Number.isInteger(input) && input > 0 && input < 100_000 ? input : null;
  if (typeof input !== 'string') return null;
  const trimmed = input.trim();
  const bare = /^\d{1,5}$/.test(trimmed) ? trimmed : /build\s*[:#]?\s*(\d{4,5})\b/i.exec(trimmed)?.[1];
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

export function describeBuild(build: number, major?: 7 | 8): string {
  const release = releaseOfBuild(build, major);
  return release ? `build ${build} (${release.major === 8 ? 'v8 ' : ''}${release.version})` : `build ${build}`;
}

export type RuleStatus = 'pass' | 'warn' | 'fail' | 'skip';
export interface RuleVerdict {
  status: RuleStatus;
  message: string;
}

export interface ConsoleRuleInput {
  consoleBuild?: number | null;
  serverBuild?: number | null;
  /** Major version of the server when known (v8 requires the exact same console build). */
  serverMajor?: 7 | 8;
}

/** DOMAIN.md "Builds and the console rule": console and server on the same version; same build strongly recommended or required. */
export function evaluateConsoleBuild({ consoleBuild, serverBuild, serverMajor }: ConsoleRuleInput): RuleVerdict {
  if (!consoleBuild) {
    return { status: 'skip', message: 'The console build was not given. Read it in the client console under Help > About and enter it (or pass --console-build N).' };
  }
  if (!serverBuild) {
    return { status: 'skip', message: `Console ${describeBuild(consoleBuild)}: the server build is unknown, so the two cannot be compared. Connect to the instance or enter the server build.` };
  }
  const server = releaseOfBuild(serverBuild, serverMajor);
  const major = serverMajor ?? server?.major;
  const consoleRelease = releaseOfBuild(consoleBuild, major);
  const pair = `Console ${describeBuild(consoleBuild, major)}, server ${describeBuild(serverBuild, major)}`;
  const upgrade = `Install the client console of build ${serverBuild} (Adobe's download for your release) and check Help > About.`;

  if (consoleBuild === serverBuild) return withImsVerdict({ status: 'pass', message: `${pair}: the same build.` }, serverBuild, major);
  if (server && consoleRelease && server.version !== consoleRelease.version) {
    return { status: 'fail', message: `${pair}: console and server must be on the same version. ${upgrade}` };
  }
  if (major === 8) return { status: 'fail', message: `${pair}: Campaign v8 requires the console build to equal the server build. ${upgrade}` };
  if (server?.consoleUpgradeMandatory) {
    return { status: 'fail', message: `${pair}: release ${server.version} makes the client console upgrade mandatory, so the builds must be equal. ${upgrade}` };
  }
  if (server && consoleRelease) {
    return withImsVerdict({ status: 'warn', message: `${pair}: same version, different builds. Adobe strongly recommends the same build. ${upgrade}` }, serverBuild, major);
  }
  const distance = Math.abs(consoleBuild - serverBuild);
  return {
    status: distance > 5 ? 'fail' : 'warn',
    message:
      distance > 5
        ? `${pair}: these builds are too far apart to be the same version. ${upgrade}`
        : `${pair}: at least one build is not in the table of known releases, so it is not certain they are the same version. ${upgrade}`,
  };
}

/** Whether a v7 build can sign in with IMS at all (Gold Standard 11 / 21.1.3 / 20.2.5 / 20.1.4 / 19.2.4 or later). */
export function evaluateImsSupport(build: number, major?: 7 | 8): RuleVerdict {
  const release = releaseOfBuild(build, major);
  if ((major ?? release?.major) === 8) return { status: 'pass', message: `${describeBuild(build, 8)} supports IMS login.` };
  if (build === GOLD_STANDARD_BUILD) {
    return { status: 'warn', message: 'Gold Standard build 9032: IMS login needs Gold Standard 11 or later. Check the Gold Standard level in Help > About.' };
  }
  if (build >= FIRST_IMS_BUILD_V7) {
    const webview = build >= FIRST_WEBVIEW2_BUILD ? ' From 7.3.1 the console login page needs the Microsoft Edge WebView2 runtime on each admin workstation.' : '';
    return { status: 'pass', message: `${describeBuild(build, major)} supports IMS login.${webview}` };
  }
  if (release) {
    return { status: 'fail', message: `${describeBuild(build, major)} is too old for IMS login: upgrade the server and console to 21.1.3 or later (7.4.1 recommended for IMS migration).` };
  }
  return { status: 'warn', message: `${describeBuild(build, major)} is not a known release. IMS login needs Gold Standard 11, 21.1.3, 20.2.5, 20.1.4, 19.2.4 or later: check Adobe's release notes for this build.` };
}

function withImsVerdict(verdict: RuleVerdict, serverBuild: number, major?: 7 | 8): RuleVerdict {
  const ims = evaluateImsSupport(serverBuild, major);
  if (ims.status === 'pass') return verdict;
  const status = ims.status === 'fail' || verdict.status === 'fail' ? 'fail' : 'warn';
  return { status, message: `${verdict.message} ${ims.message}` };
}
