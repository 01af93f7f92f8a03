import { checkForm, type FormCheck } from '../../electron/common/wizard/form-check';
import type {
  CampaignConnection,
  CampaignProgress,
  CheckReport,
  Draft,
  ExportFormat,
  IpcError,
  IpcResult,
  Profile,
  PushChoices,
  PushReport,
} from '../../electron/common/ipc/contract';
import { configToForm, defaultSecretName, emptyForm, formToConfig, type WizardForm } from '../../electron/common/wizard/form';
import { draftAnswers, emptyAnswers, readAnswers, type Answers } from '../../electron/common/wizard/answers';
import {
  PROFILE_NAME,
  furthestReachable,
  nextStep,
  previousStep,
  stepIndex,
  stepVerdict,
  type Mode,
  type StepFacts,
  type StepVerdict,
} from '../../electron/common/wizard/steps';
import { type WizardStepId } from '../../electron/common/wizard/step-ids';
import type { Message } from '../../electron/common/messages/message';
import { call, CallFailure, failureOf, newRequestId, wizard } from './ipc';

/** A network call in flight: what it is, for the progress bar and Cancel. */
export interface Busy {
  requestId: string;
  kind: 'test' | 'check' | 'plan' | 'push';
  stage: string;
  fraction: number | null;
}

/** A result tied to the inputs it was computed for, so a later edit makes it stale without any effect. */
interface Keyed<T> {
  key: string;
  value: T;
}

/**
 * The wizard's one store: every step reads and writes here. What is saved (the draft) and what is
 * decided (step rules, validation) are derived from this state; network results are kept with the
 * inputs they answered, so editing the URL or a field silently invalidates an old check or diff.
 * The operator password lives only here, in memory: never in the draft, never on disk.
 */
class WizardStore {
  loaded = $state(false);
  /** File > Import… asked for the import dialog; the Start step opens it. */
  importRequested = $state(false);
  step = $state<WizardStepId>('start');
  mode = $state<Mode | null>(null);
  profile = $state('');
  user = $state('');
  password = $state('');
  form = $state<WizardForm>(emptyForm());
  answers = $state<Answers>(emptyAnswers());
  secretStored = $state(false);
  /** Set when Next was pressed on a blocked step: every field error is then shown, touched or not. */
  showAllErrors = $state(false);
  busy = $state<Busy | null>(null);
  /** The last failed call of the current step, shown as an alert. */
  error = $state<IpcError | null>(null);
  lastSaved = $state<string | null>(null);
  /** What the last imported file said about itself (e.g. a field it did not know), shown on Start. */
  importWarnings = $state<Message[]>([]);
  connectionTest = $state<Keyed<CheckReport> | null>(null);
  /** The Review step's explicit choices for a push; off unless the admin ticks them, never saved. */
  choices = $state<PushChoices>({ replaceSecret: false, updateExisting: false });
  /** Warnings the admin marked as intended (e.g. a callback server behind a load balancer), by key; this session only. */
  acknowledged = $state<string[]>([]);
  /** When the last push answered, for "Pushed at" on the Output step. */
  pushedAt = $state<Date | null>(null);
  private checkResult = $state<Keyed<CheckReport> | null>(null);
  private planResult = $state<Keyed<PushReport> | null>(null);
  private pushResult = $state<Keyed<PushReport> | null>(null);

  secretName: string = $derived(this.form.secretName || defaultSecretName(this.profile));
  config: Record<string, unknown> = $derived(formToConfig(this.form, this.secretStored));
  validation: FormCheck = $derived(checkForm(this.config));
  private configKey = $derived(JSON.stringify(this.config));
  private connectionKey = $derived(JSON.stringify([this.form.instance.url, this.user, this.form.instance.consoleBuild]));
  /** A diff or push answers for this connection, this config and these choices only. */
  private pushKey = $derived(`${this.connectionKey}${this.configKey}${JSON.stringify(this.choices)}`);

  check: CheckReport | null = $derived(this.checkResult?.key === this.connectionKey ? this.checkResult.value : null);
  plan: PushReport | null = $derived(this.planResult?.key === this.pushKey ? this.planResult.value : null);
  pushed: PushReport | null = $derived(this.pushResult?.key === this.pushKey ? this.pushResult.value : null);

  facts: StepFacts = $derived({
    mode: this.mode,
    profile: this.profile,
    prerequisites: this.answers.prerequisites,
    check: this.check,
    serverBuild: this.answers.serverBuild,
    consoleBuild: this.form.instance.consoleBuild,
    packageConfirmed: this.answers.packageConfirmed,
    configValid: this.validation.valid,
    plan: this.plan,
    pushed: this.pushed,
    exportedTo: this.answers.exportedTo,
  });
  verdict: StepVerdict = $derived(stepVerdict(this.step, this.facts));
  furthest: WizardStepId = $derived(furthestReachable(this.facts));

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

  // --- navigation -------------------------------------------------------------------------------

  canOpen(step: WizardStepId): boolean {
    return stepIndex(step) <= stepIndex(this.furthest);
  }

  goto(step: WizardStepId): void {
    if (!this.canOpen(step) || this.busy) return;
    this.step = step;
    this.error = null;
    this.showAllErrors = false;
  }

  /** Returns false (and shows every error) when the step cannot be left yet. */
  next(): boolean {
    if (this.busy) return false;
    if (!this.verdict.valid) {
      this.showAllErrors = true;
      return false;
    }
    const to = nextStep(this.step);
    // The profile is saved once where to connect is known, and again once the account is complete.
    if (to === 'package' || to === 'review') void this.saveProfile();
    if (to) this.goto(to);
    return true;
  }

  back(): void {
    const to = previousStep(this.step);
    if (to) this.goto(to);
  }

  setProfile(name: string): void {
    this.profile = name;
    this.form.instance.name = name;
  }

  // --- start: new, resume, import, open a profile ------------------------------------------------

  /** On launch: the autosaved draft comes back where it was (or at the furthest step still open). */
  restore(draft: Draft | null): void {
    if (draft) {
      this.form = configToForm(draft.config);
      this.mode = draft.mode ?? null;
      this.user = draft.connection?.user ?? '';
      this.answers = readAnswers(draft.answers);
      this.profile = this.answers.profileText || draft.profile || this.form.instance.name;
      this.secretStored = this.form.secretName !== '';
      this.step = stepIndex(draft.step) <= stepIndex(this.furthest) ? draft.step : this.furthest;
    }
    this.loaded = true;
  }

  async startOver(): Promise<void> {
    await this.attempt(async () => {
      await call(wizard().draft.clear());
      this.reset();
    });
  }

  private reset(): void {
    this.form = emptyForm();
    this.answers = emptyAnswers();
    this.mode = null;
    this.profile = '';
    this.user = '';
    this.password = '';
    this.secretStored = false;
    this.checkResult = this.planResult = this.pushResult = this.connectionTest = null;
    this.choices = { replaceSecret: false, updateExisting: false };
    this.acknowledged = [];
    this.step = 'start';
    this.error = null;
    this.showAllErrors = false;
  }

  /** Loads a hand-over file; 'passphrase' means an encrypted bundle was picked and needs one. */
  async importFile(
    passphrase?: string,
    pickedFileId?: string,
  ): Promise<{ needsPassphrase: string; fileName: string } | 'done' | 'cancelled' | 'failed'> {
    this.error = null;
    this.importWarnings = [];
    try {
      const result = await call(
        wizard().files.import({ ...(passphrase ? { passphrase } : {}), ...(pickedFileId ? { pickedFileId } : {}) }),
      );
      if ('cancelled' in result) return 'cancelled';
      if ('needsPassphrase' in result) return { needsPassphrase: result.pickedFileId, fileName: result.fileName };
      const form = configToForm(result.config);
      this.form = form;
      this.setProfile(form.instance.name || this.profile || 'imported');
      this.secretStored = result.secretStored || (form.secretName !== '' && (await this.secretStatus(form.secretName)));
      this.mode ??= 'offline';
      this.answers.importedFrom = result.path;
      this.importWarnings = result.warnings;
      return 'done';
    } catch (e) {
      this.error = failureOf(e);
      return 'failed';
    }
  }

  async openProfile(name: string): Promise<void> {
    await this.attempt(async () => {
      const { profile } = await call(wizard().profiles.load({ name }));
      if (!profile) return;
      this.form = configToForm(profile.config ?? {});
      this.form.instance.url ||= profile.connection.url;
      if (profile.connection.consoleBuild) this.form.instance.consoleBuild ||= String(profile.connection.consoleBuild);
      this.user = profile.connection.user ?? '';
      this.setProfile(profile.name);
      this.mode ??= profile.connection.url ? 'online' : 'offline';
      this.secretStored = this.form.secretName !== '' && (await this.secretStatus(this.form.secretName));
    });
  }

  private async saveProfile(): Promise<void> {
    if (!PROFILE_NAME.test(this.profile)) return;
    const profile: Profile = {
      name: this.profile,
      connection: this.draft.connection ?? { url: '' },
      config: this.config,
    };
    // A profile that cannot be saved must not stop the admin; the error is shown on the step.
    await this.attempt(() => call(wizard().profiles.save({ profile })));
  }

  /** Deletes a saved profile; its keychain secret and the current draft stay. */
  async deleteProfile(name: string): Promise<boolean> {
    return this.attempt(() => call(wizard().profiles.delete({ name })));
  }

  // --- the client secret (typed once, kept only in the OS keychain) ------------------------------

  async secretStatus(name: string): Promise<boolean> {
    try {
      return (await call(wizard().secret.status({ name }))).stored;
    } catch {
      return false;
    }
  }

  async refreshSecret(): Promise<void> {
    const name = this.form.secretName || this.secretName;
    this.secretStored = await this.secretStatus(name);
    if (this.secretStored) this.form.secretName = name;
  }

  async storeSecret(value: string): Promise<boolean> {
    const name = this.secretName;
    return this.attempt(async () => {
      // Bound to the instance it is stored for, when the admin has named one.
      const instanceUrl = this.form.instance.url.trim();
      await call(wizard().secret.set({ name, value, ...(instanceUrl ? { instanceUrl } : {}) }));
      this.form.secretName = name;
      this.secretStored = true;
    });
  }

  async removeSecret(): Promise<boolean> {
    const name = this.secretName;
    return this.attempt(async () => {
      await call(wizard().secret.delete({ name }));
      this.secretStored = false;
      this.form.secretName = '';
    });
  }

  // --- network calls (progress, cancel) -----------------------------------------------------------

  async testConnection(): Promise<void> {
    const key = this.connectionKey;
    const report = await this.network('test', (requestId) =>
      wizard().campaign.testConnection({ requestId, connection: this.connection() }),
    );
    if (report) this.connectionTest = { key, value: report };
  }

  async runCheck(): Promise<void> {
    const key = this.connectionKey;
    const report = await this.network('check', (requestId) => wizard().campaign.check({ requestId, connection: this.connection() }));
    if (report) this.checkResult = { key, value: report };
  }

  async runPlan(): Promise<void> {
    const key = this.pushKey;
    const choices = $state.snapshot(this.choices);
    const report = await this.network('plan', (requestId) =>
      wizard().campaign.plan({ requestId, connection: this.connection(), config: this.config, ...choices }),
    );
    if (report) this.planResult = { key, value: report };
  }

  async runPush(): Promise<void> {
    const key = this.pushKey;
    const choices = $state.snapshot(this.choices);
    const report = await this.network('push', (requestId) =>
      wizard().campaign.push({ requestId, connection: this.connection(), config: this.config, ...choices }),
    );
    if (report) {
      this.pushResult = { key, value: report };
      this.pushedAt = new Date();
    }
  }

  async cancel(): Promise<void> {
    if (this.busy) await wizard().campaign.cancel({ requestId: this.busy.requestId });
  }

  onProgress(progress: CampaignProgress): void {
    if (!this.busy || progress.requestId !== this.busy.requestId || progress.done) return;
    this.busy = { ...this.busy, stage: progress.stage, fraction: progress.fraction ?? this.busy.fraction };
  }

  private async network<T>(kind: Busy['kind'], start: (requestId: string) => Promise<IpcResult<T>>): Promise<T | null> {
    if (this.busy) return null;
    const requestId = newRequestId();
    this.busy = { requestId, kind, stage: 'start', fraction: null };
    this.error = null;
    try {
      return await call(start(requestId));
    } catch (e) {
      this.error = failureOf(e);
      return null;
    } finally {
      this.busy = null;
    }
  }

  // --- output ------------------------------------------------------------------------------------

  async exportAs(
    format: ExportFormat,
    options: { includeSecret: boolean; passphrase: string },
  ): Promise<{ path: string; notes: Message[] } | null> {
    this.error = null;
    try {
      const result = await call(
        wizard().files.export({
          format,
          config: this.config,
          includeSecret: format === 'bundle' && options.includeSecret,
          ...(format === 'bundle' && options.passphrase ? { passphrase: options.passphrase } : {}),
          suggestedName: `${this.profile || 'acc-ims'}${format === 'json' ? '.acc-ims.json' : format === 'package' ? '.package.xml' : ''}`,
        }),
      );
      if ('cancelled' in result) return null;
      this.answers.exportedTo = result.path;
      return result;
    } catch (e) {
      this.error = failureOf(e);
      return null;
    }
  }

  /** Runs an action, showing its failure on the step instead of throwing; true when it worked. */
  private async attempt(action: () => Promise<unknown>): Promise<boolean> {
    this.error = null;
    try {
      await action();
      return true;
    } catch (e) {
      this.error = e instanceof CallFailure ? e.error : failureOf(e);
      return false;
    }
  }
}

export const store = new WizardStore();
