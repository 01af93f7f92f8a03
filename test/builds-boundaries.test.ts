import { describe, expect, it } from 'vitest';
import { evaluateConsoleBuild, evaluateImsSupport, parseBuild } from '../electron/common/builds';
import { msg } from '../electron/common/messages/message';

// The edges of the console rule and of the build parser (docs/DOMAIN.md "Builds and the console rule"),
// each message with the builds it names, as `acc-ims check` prints them.

const named = (build: number, version?: string) => (version ? msg('build.nameRelease', { build, version }) : msg('build.name', { build }));

describe('a build as the admin types it', () => {
  it('is a whole number from 1 to 99999', () => {
    expect(parseBuild(1)).toBe(1);
    expect(parseBuild(99_999)).toBe(99_999);
    expect(parseBuild(0)).toBeNull();
    expect(parseBuild(100_000)).toBeNull();
    expect(parseBuild(9364.5)).toBeNull();
    expect(parseBuild('0')).toBeNull();
    expect(parseBuild('00000')).toBeNull();
  });

  it('may follow the word "build", a colon or hash, and spaces, nothing else', () => {
    expect(parseBuild('7.3.4 (build:9364)')).toBe(9364);
    expect(parseBuild('Build #9364')).toBe(9364);
    expect(parseBuild('build-9364')).toBeNull();
    expect(parseBuild('no build here')).toBeNull();
  });
});

describe('console against server, at the edges of the table', () => {
  it('names the console build when the server build is unknown', () => {
    expect(evaluateConsoleBuild({ consoleBuild: 9364 })).toEqual({
      status: 'skip',
      message: msg('build.console.serverUnknown', { console: named(9364, '7.3.4') }),
    });
  });

  it('two builds of one known release: a warning naming both and the upgrade', () => {
    expect(evaluateConsoleBuild({ consoleBuild: 9391, serverBuild: 9390 })).toEqual({
      status: 'warn',
      message: msg('build.console.differentBuilds', {
        console: named(9391, '7.4.2'),
        server: named(9390, '7.4.2'),
        upgrade: msg('build.upgrade', { build: 9390 }),
      }),
    });
  });

  it('one build outside the table: uncertain when close, too far apart beyond 5 builds', () => {
    expect(evaluateConsoleBuild({ consoleBuild: 9370, serverBuild: 9368 })).toEqual({
      status: 'warn',
      message: msg('build.console.uncertain', {
        console: named(9370),
        server: named(9368, '7.3.5'),
        upgrade: msg('build.upgrade', { build: 9368 }),
      }),
    });
    expect(evaluateConsoleBuild({ consoleBuild: 9380, serverBuild: 9368 })).toEqual({
      status: 'fail',
      message: msg('build.console.farApart', {
        console: named(9380),
        server: named(9368, '7.3.5'),
        upgrade: msg('build.upgrade', { build: 9368 }),
      }),
    });
  });
});

describe('IMS sign-in by build', () => {
  it('names the build in each verdict', () => {
    expect(evaluateImsSupport(9330)).toEqual({ status: 'pass', message: msg('build.ims.supported', { build: named(9330, '21.1.3') }) });
    expect(evaluateImsSupport(9360)).toEqual({ status: 'pass', message: msg('build.ims.supportedWebView2', { build: named(9360) }) });
    expect(evaluateImsSupport(9100)).toEqual({ status: 'warn', message: msg('build.ims.unknownRelease', { build: named(9100) }) });
  });
});
