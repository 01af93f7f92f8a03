import { checkForm, type FormCheck } from '../../electron/common/wizard/form-check';
import type { CampaignConnection, Draft } from '../../electron/common/ipc/contract';
import { defaultSecretName, emptyForm, formToConfig, type WizardForm } from '../../electron/common/wizard/form';
import { draftAnswers, emptyAnswers, type Answers } from '../../electron/common/wizard/answers';
import { PROFILE_NAME, type Mode } from '../../electron/common/wizard/steps';
import { type WizardStepId } from '../../electron/common/wizard/step-ids';

/**
 * What the admin has entered and where they are, and what follows from it: the config, its validation
 * and the draft autosave writes. Network results (instance-check, push) and the step rules (navigation)
 * build on this. The operator password lives only here, in memory: never in the draft, never on disk.
 */
class WizardStore {
  loaded = $state(false);
  step = $state<WizardStepId>('start');
  mode = $state<Mode | null>(null);
  profile = $state('');
  user = $state('');
  password = $state('');
  form = $state<WizardForm>(emptyForm());
  answers = $state<Answers>(emptyAnswers());
  secretStored = $state(false);
  /** Warnings the admin marked as intended (e.g. a callback server behind a load balancer), by key; this session only. */
  acknowledged = $state<string[]>([]);

  secretName: string = $derived(this.form.secretName || defaultSecretName(this.profile));
  config: Record<string, unknown> = $derived(formToConfig(this.form, this.secretStored));
  validation: FormCheck = $derived(checkForm(this.config));
  /** What an instance check answers for: editing one of these makes an old answer stale. */
  connectionKey = $derived(JSON.stringify([this.form.instance.url, this.user, this.form.instance.consoleBuild]));

  /** What autosave writes: no password, no secret (only the keychain reference once stored). */
  draft: Draft = $derived({
    step: this.step,
    ...(this.mode ? { mode: this.mode } : {}),
    ...(PROFILE_NAME.test(this.profile) ? { profile: this.profile } : {}),
    connection: {
      url: this.form.instance.url,
      ...(this.user ? { user: this.user } : {}),
      ...(/^\d{1,9}$/.test(this.form.instance.consoleBuild) && Number(this.form.instance.consoleBuild) > 0
        ? { consoleBuild: Number(this.form.instance.consoleBuild) }
        : {}),
    },
    config: this.config,
    answers: draftAnswers(this.answers, this.profile),
  });

  connection(): CampaignConnection {
    const build = Number(this.form.instance.consoleBuild);
    return {
      url: this.form.instance.url.trim(),
      ...(this.user.trim() ? { user: this.user.trim() } : {}),
      ...(this.password ? { password: this.password } : {}),
      ...(Number.isInteger(build) && build > 0 ? { consoleBuild: build } : {}),
    };
  }

  setProfile(name: string): void {
    this.profile = name;
    this.form.instance.name = name;
  }

  /** Everything entered is forgotten (Start over); saved profiles, the keychain and exported files stay. */
  clear(): void {
    this.form = emptyForm();
    this.answers = emptyAnswers();
    this.mode = null;
    this.profile = '';
    this.user = '';
    this.password = '';
    this.secretStored = false;
    this.acknowledged = [];
    this.step = 'start';
  }
}

export const store = new WizardStore();
