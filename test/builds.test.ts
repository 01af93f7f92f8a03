import { describe, expect, it } from 'vitest';
import { RELEASES, describeBuild, evaluateConsoleBuild, evaluateImsSupport, parseBuild, releaseOfBuild } from '../electron/common/builds';
import { render } from '../electron/common/messages/catalogs';

const en = (v: { message: Parameters<typeof render>[1] }) => render('en', v.message);

describe('build numbers', () => {
  it.each([
    ['9364', 9364],
    [' 9364 ', 9364],
    [9364, 9364],
    ['7.3.4 (build 9364)', 9364],
    ['Build: 9400', 9400],
    ['', null],
    ['abc', null],
    [-1, null],
    [93.64, null],
    [null, null],
  ])('parses %j as %j', (input, expected) => {
    expect(parseBuild(input)).toBe(expected);
  });

  it('knows the releases of docs/DOMAIN.md and tells v7 from v8 where numbers overlap', () => {
    expect(releaseOfBuild(9364)?.version).toBe('7.3.4');
    expect(releaseOfBuild(9397)?.version).toBe('7.4.3');
    expect(releaseOfBuild(9343)?.version).toBe('21.1.4');
    expect(releaseOfBuild(9830)?.major).toBe(8);
    expect(releaseOfBuild(9335, 8)?.version).toBe('8.1.2');
    expect(releaseOfBuild(9335, 7)).toBeNull();
    expect(releaseOfBuild(9999)).toBeNull();
    expect(describeBuild(9364)).toEqual({ code: 'build.nameRelease', params: { build: 9364, version: '7.3.4' } });
    expect(render('en', describeBuild(9364))).toBe('build 9364 (7.3.4)');
    expect(render('zh-Hant', describeBuild(9364))).toBe('組建 9364（7.3.4）');
  });
});

describe('the build table (docs/DOMAIN.md "Builds and the console rule")', () => {
  it.each([
    [9394, '7.4.3', true],
    [9396, '7.4.3', true],
    [9399, '7.4.3', true],
    [9400, '7.4.4', false],
    [9829, '8.9.2', true],
    [9831, '8.9.2', true],
  ] as const)('build %i is %s (console upgrade mandatory: %s)', (build, version, mandatory) => {
    expect(releaseOfBuild(build)).toMatchObject({ version, consoleUpgradeMandatory: mandatory });
  });

  it('knows no build between or beyond the listed ones', () => {
    for (const build of [9395, 9401, 9828, 9832]) expect(releaseOfBuild(build), String(build)).toBeNull();
  });

  it('dates 7.4.3 and 7.4.4 and lists 8.9.1 with a mandatory console upgrade', () => {
    expect(RELEASES.find((r) => r.version === '7.4.3')?.date).toBe('2026-03-31');
    expect(RELEASES.find((r) => r.version === '7.4.4')?.date).toBe('2026-08-11');
    expect(RELEASES.find((r) => r.version === '8.9.1')).toMatchObject({ major: 8, consoleUpgradeMandatory: true });
  });

  it('says a v8 build is managed by Adobe, which configures IMS, and that the wizard is for v7', () => {
    for (const verdict of [evaluateImsSupport(9830), evaluateImsSupport(9335, 8), evaluateImsSupport(9999, 8)]) {
      expect(verdict).toMatchObject({ status: 'warn', message: { code: 'build.ims.v8' } });
    }
    expect(en(evaluateImsSupport(9830))).toBe(
      'build 9830 (v8 8.9.2) is Campaign v8, which runs only as Adobe Managed Cloud Service: Adobe configures IMS there, so there is nothing to set up with this wizard. The wizard is for Campaign v7 on-premise and hybrid instances.',
    );
    expect(render('zh-Hant', evaluateImsSupport(9830).message)).toContain('Adobe Managed Cloud Service');
    const same = evaluateConsoleBuild({ consoleBuild: 9830, serverBuild: 9830 });
    expect(same).toMatchObject({ status: 'warn', message: { params: { ims: { code: 'build.ims.v8' } } } });
  });
});

describe('the console rule', () => {
  it('passes the same build', () => {
    expect(evaluateConsoleBuild({ consoleBuild: 9383, serverBuild: 9383 })).toMatchObject({ status: 'pass' });
  });

  it('fails different versions and says what to install', () => {
    const verdict = evaluateConsoleBuild({ consoleBuild: 9352, serverBuild: 9383 });
    expect(verdict.status).toBe('fail');
    expect(verdict.message).toMatchObject({
      code: 'build.console.differentVersion',
      params: { upgrade: { code: 'build.upgrade', params: { build: 9383 } } },
    });
    expect(en(verdict)).toBe(
      "Console build 9352 (7.3.1), server build 9383 (7.4.1): console and server must be on the same version. Install the client console of build 9383 (Adobe's download for your release) and check Help > About.",
    );
  });

  it('warns on a different build of the same release', () => {
    expect(evaluateConsoleBuild({ consoleBuild: 9390, serverBuild: 9391 })).toMatchObject({
      status: 'warn',
      message: { code: 'build.console.differentBuilds' },
    });
    expect(evaluateConsoleBuild({ consoleBuild: 9342, serverBuild: 9343 }).status).toBe('warn');
  });

  it.each([
    [9396, 9399, '7.4.3'],
    [9829, 9831, '8.9.2'],
  ])('fails a different build where the release makes the console upgrade mandatory (%i vs %i, %s)', (c, s, version) => {
    const verdict = evaluateConsoleBuild({ consoleBuild: c, serverBuild: s });
    expect(verdict.status).toBe('fail');
    if (version.startsWith('8')) expect(verdict.message.code).toBe('build.console.v8');
    else expect(verdict.message).toMatchObject({ code: 'build.console.mandatory', params: { version } });
    expect(en(verdict)).toContain(version);
  });

  it('requires the same build on v8 even for unknown builds', () => {
    expect(evaluateConsoleBuild({ consoleBuild: 9900, serverBuild: 9901, serverMajor: 8 }).status).toBe('fail');
  });

  it('skips, with how to fix it, when a build is unknown', () => {
    expect(evaluateConsoleBuild({ serverBuild: 9364 })).toMatchObject({ status: 'skip', message: { code: 'build.console.missing' } });
    expect(evaluateConsoleBuild({ consoleBuild: 9364 })).toMatchObject({
      status: 'skip',
      message: { code: 'build.console.serverUnknown' },
    });
  });

  it('treats far-apart unknown builds as different versions and close ones as uncertain', () => {
    // Boundary: unknown builds 5 apart may be one release, 6 apart cannot (either order).
    expect(evaluateConsoleBuild({ consoleBuild: 9401, serverBuild: 9405 })).toMatchObject({
      status: 'warn',
      message: { code: 'build.console.uncertain' },
    });
    expect(evaluateConsoleBuild({ consoleBuild: 9401, serverBuild: 9406 })).toMatchObject({
      status: 'warn',
      message: { code: 'build.console.uncertain' },
    });
    expect(evaluateConsoleBuild({ consoleBuild: 9406, serverBuild: 9401 }).status).toBe('warn');
    expect(evaluateConsoleBuild({ consoleBuild: 9407, serverBuild: 9401 })).toMatchObject({
      status: 'fail',
      message: { code: 'build.console.farApart' },
    });
    expect(evaluateConsoleBuild({ consoleBuild: 9401, serverBuild: 9407 }).status).toBe('fail');
    expect(evaluateConsoleBuild({ consoleBuild: 9100, serverBuild: 9364 }).status).toBe('fail');
    expect(evaluateConsoleBuild({ consoleBuild: 9401, serverBuild: 9402 }).status).toBe('warn');
  });

  it('adds the IMS minimum to an otherwise matching pair', () => {
    const old = evaluateConsoleBuild({ consoleBuild: 9282, serverBuild: 9282 });
    expect(old).toMatchObject({
      status: 'fail',
      message: { code: 'build.withIms', params: { verdict: { code: 'build.console.same' }, ims: { code: 'build.ims.tooOld' } } },
    });
    expect(en(old)).toMatch(/the same build\. build 9282 \(21\.1\.2\) is too old for IMS login/);
    expect(evaluateConsoleBuild({ consoleBuild: 9032, serverBuild: 9032 })).toMatchObject({
      status: 'warn',
      message: { params: { ims: { code: 'build.ims.goldStandard' } } },
    });
  });
});

describe('IMS support by build', () => {
  it.each([
    [9330, 'pass'],
    [9383, 'pass'],
    [9277, 'fail'],
    [9032, 'warn'],
    [9100, 'warn'],
  ] as const)('build %i → %s', (build, status) => {
    expect(evaluateImsSupport(build).status).toBe(status);
  });

  it.each([
    [100, 'fail', 'build.ims.olderThanAll'],
    [8800, 'fail', 'build.ims.olderThanAll'],
    [9031, 'fail', 'build.ims.olderThanAll'],
    [9032, 'warn', 'build.ims.goldStandard'],
    [9033, 'warn', 'build.ims.unknownRelease'],
    [9082, 'pass', 'build.ims.supported'],
    [9126, 'pass', 'build.ims.supported'],
    [9188, 'pass', 'build.ims.supported'],
    [9282, 'fail', 'build.ims.tooOld'],
    [9329, 'warn', 'build.ims.unknownRelease'],
    [9330, 'pass', 'build.ims.supported'],
  ] as const)('boundary: build %i → %s (%s)', (build, status, code) => {
    expect(evaluateImsSupport(build)).toMatchObject({ status, message: { code } });
  });

  it('a build older than every IMS release says so, with the oldest one', () => {
    expect(en(evaluateImsSupport(8800))).toBe(
      'build 8800 is older than every Campaign release that allows IMS login (the oldest is Gold Standard 11, build 9032): upgrade the server and console to 21.1.3 or later (7.4.1 recommended for IMS migration).',
    );
  });

  it('mentions WebView2 from 7.3.1 on', () => {
    expect(evaluateImsSupport(9352).message.code).toBe('build.ims.supportedWebView2');
    expect(evaluateImsSupport(9351).message.code).toBe('build.ims.supported');
    expect(en(evaluateImsSupport(9352))).toMatch(/WebView2/);
  });
});
