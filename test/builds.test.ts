import { describe, expect, it } from 'vitest';
import { describeBuild, evaluateConsoleBuild, evaluateImsSupport, parseBuild, releaseOfBuild } from '../electron/common/builds';

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

  it('knows the releases of DOMAIN.md and tells v7 from v8 where numbers overlap', () => {
    expect(releaseOfBuild(9364)?.version).toBe('7.3.4');
    expect(releaseOfBuild(9397)?.version).toBe('7.4.3');
    expect(releaseOfBuild(9343)?.version).toBe('21.1.4');
    expect(releaseOfBuild(9830)?.major).toBe(8);
    expect(releaseOfBuild(9335, 8)?.version).toBe('8.1.2');
    expect(releaseOfBuild(9335, 7)).toBeNull();
    expect(releaseOfBuild(9999)).toBeNull();
    expect(describeBuild(9364)).toBe('build 9364 (7.3.4)');
  });
});

describe('the console rule', () => {
  it('passes the same build', () => {
    expect(evaluateConsoleBuild({ consoleBuild: 9383, serverBuild: 9383 })).toMatchObject({ status: 'pass' });
  });

  it('fails different versions and says what to install', () => {
    const verdict = evaluateConsoleBuild({ consoleBuild: 9352, serverBuild: 9383 });
    expect(verdict.status).toBe('fail');
    expect(verdict.message).toMatch(/same version/);
    expect(verdict.message).toMatch(/build 9383/);
  });

  it('warns on a different build of the same release', () => {
    expect(evaluateConsoleBuild({ consoleBuild: 9390, serverBuild: 9391 })).toMatchObject({ status: 'warn', message: expect.stringMatching(/strongly recommends the same build/) });
    expect(evaluateConsoleBuild({ consoleBuild: 9342, serverBuild: 9343 }).status).toBe('warn');
  });

  it.each([
    [9396, 9399, '7.4.3'],
    [9829, 9831, '8.9.2'],
  ])('fails a different build where the release makes the console upgrade mandatory (%i vs %i, %s)', (c, s, version) => {
    const verdict = evaluateConsoleBuild({ consoleBuild: c, serverBuild: s });
    expect(verdict.status).toBe('fail');
    expect(verdict.message).toContain(version);
  });

  it('requires the same build on v8 even for unknown builds', () => {
    expect(evaluateConsoleBuild({ consoleBuild: 9900, serverBuild: 9901, serverMajor: 8 }).status).toBe('fail');
  });

  it('skips, with how to fix it, when a build is unknown', () => {
    expect(evaluateConsoleBuild({ serverBuild: 9364 })).toMatchObject({ status: 'skip', message: expect.stringMatching(/Help > About/) });
    expect(evaluateConsoleBuild({ consoleBuild: 9364 })).toMatchObject({ status: 'skip', message: expect.stringMatching(/server build is unknown/) });
  });

  it('treats far-apart unknown builds as different versions and close ones as uncertain', () => {
    expect(evaluateConsoleBuild({ consoleBuild: 9100, serverBuild: 9364 }).status).toBe('fail');
    expect(evaluateConsoleBuild({ consoleBuild: 9401, serverBuild: 9402 }).status).toBe('warn');
  });

  it('adds the IMS minimum to an otherwise matching pair', () => {
    expect(evaluateConsoleBuild({ consoleBuild: 9282, serverBuild: 9282 })).toMatchObject({ status: 'fail', message: expect.stringMatching(/too old for IMS/) });
    expect(evaluateConsoleBuild({ consoleBuild: 9032, serverBuild: 9032 })).toMatchObject({ status: 'warn', message: expect.stringMatching(/Gold Standard 11/) });
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

  it('mentions WebView2 from 7.3.1 on', () => {
    expect(evaluateImsSupport(9352).message).toMatch(/WebView2/);
    expect(evaluateImsSupport(9349).message).not.toMatch(/WebView2/);
  });
});
