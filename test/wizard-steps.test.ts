import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../electron/common/config/validate';
import type { CheckReport, PushReport } from '../electron/common/ipc/contract';
import { WIZARD_STEP_IDS } from '../electron/common/ipc/contract';
import { draftAnswers, emptyAnswers, readAnswers } from '../electron/common/wizard/answers';
import { checkForm } from '../electron/common/wizard/form-check';
import { ACCOUNT_FORM_FIELDS, configToForm, emptyForm, formToConfig } from '../electron/common/wizard/form';
import { furthestReachable, nextStep, previousStep, stepStatus, stepVerdict, type StepFacts } from '../electron/common/wizard/steps';
import { minimalConfig, validConfig } from './helpers/configs';
import { msg } from '../electron/common/messages/message';

// Step verdicts depend on check statuses only; the text of a check's message does not matter here.
const ANY_MESSAGE = msg('build.console.missing');

/** The wizard's pure step rules: when Next is allowed, what the step list shows, what a draft keeps. */
const report = (checks: CheckReport['checks'], matched: string[] = []): CheckReport => ({
  ok: true,
  checks,
  packages: { installed: ['nms:core', ...matched], matched },
});
const pushed = (ok: boolean): PushReport => ({ ok, dryRun: false, changes: [], verified: ok, warnings: [] });

function facts(overrides: Partial<StepFacts> = {}): StepFacts {
  return {
    mode: 'offline',
    profile: 'prod',
    prerequisites: { org: true, users: true, groups: true, console: true },
    check: null,
    serverBuild: '9364',
    consoleBuild: '9364',
    packageConfirmed: true,
    configValid: true,
    plan: null,
    pushed: null,
    exportedTo: '/tmp/prod.accims',
    ...overrides,
  };
}

describe('step rules', () => {
  it('walk the contract step ids in order', () => {
    for (const [i, step] of WIZARD_STEP_IDS.entries()) expect(nextStep(step)).toBe(WIZARD_STEP_IDS[i + 1] ?? null);
    expect(nextStep('start')).toBe('prerequisites');
    expect(previousStep('start')).toBeNull();
    expect(nextStep('done')).toBeNull();
  });

  it('Start needs a mode and a profile name that can name a file', () => {
    expect(stepVerdict('start', facts({ mode: null }))).toEqual({ valid: false, reason: 'choose-mode' });
    for (const bad of ['', 'my prod', '.hidden', 'a/b', 'x'.repeat(65)]) {
      expect(stepVerdict('start', facts({ profile: bad }))).toEqual({ valid: false, reason: 'profile-name' });
    }
    expect(stepVerdict('start', facts({ profile: 'stage-eu.2' })).valid).toBe(true);
  });

  it('Prerequisites needs every item ticked', () => {
    expect(stepVerdict('prerequisites', facts({ prerequisites: { org: true, users: true, groups: false, console: true } }))).toEqual({
      valid: false,
      reason: 'tick-prerequisites',
    });
  });

  it('Instance offline needs two builds; online a check without a blocking failure', () => {
    expect(stepVerdict('instance', facts({ serverBuild: '93a4' })).valid).toBe(false);
    expect(stepVerdict('instance', facts({ consoleBuild: '' })).valid).toBe(false);
    expect(stepVerdict('instance', facts({ mode: 'online' }))).toEqual({ valid: false, reason: 'run-check' });
    const failedLogon = report([{ id: 'logon', status: 'fail', message: ANY_MESSAGE }]);
    expect(stepVerdict('instance', facts({ mode: 'online', check: failedLogon }))).toEqual({ valid: false, reason: 'check-failed' });
    // A missing package or account is what the next steps are for: not a reason to stop here.
    const noPackage = report([
      { id: 'reachable', status: 'pass', message: ANY_MESSAGE },
      { id: 'package', status: 'fail', message: ANY_MESSAGE },
    ]);
    expect(stepVerdict('instance', facts({ mode: 'online', check: noPackage })).valid).toBe(true);
  });

  it('Package passes when the instance lists a known id, or when the admin confirms it', () => {
    expect(stepVerdict('package', facts({ packageConfirmed: false })).valid).toBe(false);
    expect(stepVerdict('package', facts({ packageConfirmed: false, check: report([], ['nms:amp']) })).valid).toBe(true);
  });

  it('Review online needs the comparison; Output needs a push that worked (online) or an export (offline)', () => {
    expect(stepVerdict('account', facts({ configValid: false }))).toEqual({ valid: false, reason: 'fix-account' });
    expect(stepVerdict('review', facts({ mode: 'online' }))).toEqual({ valid: false, reason: 'compare-first' });
    expect(stepVerdict('output', facts({ mode: 'online', pushed: pushed(false) }))).toEqual({ valid: false, reason: 'push-first' });
    expect(stepVerdict('output', facts({ mode: 'online', pushed: pushed(true) })).valid).toBe(true);
    expect(stepVerdict('output', facts({ exportedTo: null }))).toEqual({ valid: false, reason: 'export-first' });
  });

  it('only lets the admin open steps up to the first one that cannot be left', () => {
    expect(furthestReachable(facts())).toBe('done');
    expect(furthestReachable(facts({ configValid: false }))).toBe('account');
    const f = facts({ packageConfirmed: false });
    expect(stepStatus('start', 'instance', f)).toBe('complete');
    expect(stepStatus('instance', 'instance', f)).toBe('current');
    expect(stepStatus('package', 'instance', f)).toBe('upcoming');
    expect(stepStatus('account', 'instance', f)).toBe('upcoming');
    // An earlier step that is no longer complete (an item unticked later) is flagged, not shown as done.
    expect(stepStatus('prerequisites', 'account', facts({ prerequisites: { org: false, users: true, groups: true, console: true } }))).toBe(
      'blocked',
    );
  });
});

describe('form ↔ config', () => {
  it('round-trips a full config, and keeps text the admin typed even when it is wrong', () => {
    const config = validConfig();
    expect(formToConfig(configToForm(config), true)).toEqual(config);
    const form = emptyForm();
    form.instance.consoleBuild = '93 64';
    form.account.clientId = ' Campaign1';
    const back = configToForm(formToConfig(form, false));
    expect(back.instance.consoleBuild).toBe('93 64');
    expect(back.account.clientId).toBe(' Campaign1');
  });

  it('references the secret only once it is stored', () => {
    const form = configToForm(validConfig());
    expect((formToConfig(form, false).account as Record<string, unknown>).clientSecret).toBeUndefined();
    expect((formToConfig(form, true).account as Record<string, unknown>).clientSecret).toEqual({ keychain: 'acc-ims-wizard/prod' });
  });

  it('keeps checklist ticks and typed answers through a draft', () => {
    const answers = emptyAnswers();
    answers.prerequisites.groups = true;
    answers.serverBuild = '9364';
    answers.maskSamples = 'Campaign - acme - admin';
    answers.exportedTo = '/tmp/x.accims';
    const back = readAnswers(draftAnswers(answers, 'prod'));
    expect(back).toEqual({ ...answers, profileText: 'prod' });
    expect(readAnswers({ serverBuild: 42, 'prerequisite.org': 'yes' })).toEqual(emptyAnswers());
  });
});

describe('inline check without zod', () => {
  it('agrees with validateConfig on what is valid, whatever the admin types into the form', () => {
    const base = configToForm(minimalConfig());
    const typed = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        '',
        ' acme',
        'https://campaign.example.com',
        'ims-na1.adobelogin.com',
        '0123456789ABCDEF01234567@AdobeOrg',
        'Campaign (.*)',
        '9364',
        'x y',
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom(...ACCOUNT_FORM_FIELDS, 'consoleBuild', 'url', 'name'), typed, fc.boolean(), (field, value, stored) => {
        const form = structuredClone(base);
        if (field === 'consoleBuild' || field === 'url' || field === 'name') form.instance[field] = value;
        else form.account[field] = value;
        form.secretName = 'acc-ims-wizard/prod';
        const config = formToConfig(form, stored);
        const full = validateConfig(config);
        const quick = checkForm(config);
        expect(quick.valid).toBe(full.valid);
        expect(quick.errors).toEqual(full.errors);
        expect(quick.warnings).toEqual(full.warnings);
      }),
      { numRuns: 400 },
    );
  });
});
