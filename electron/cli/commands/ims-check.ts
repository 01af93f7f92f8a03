import { exitCodeFor } from '../../common/ims/answer';
import { imsCheckInputs } from '../../common/ims/inputs';
import { isWizardError, WizardError } from '../../common/errors';
import { msg } from '../../common/messages/message';
import { checkImsClient, IMS_CHECK_TIMEOUT_MS } from '../../node/ims/check-client';
import { requireSecret } from '../../node/keychain/keychain';
import { stringOption, type CliCommand } from '../command';
import { readConfigFile } from '../config-input';
import { cancelOnInterrupt } from '../interrupt';
import { CliFailure } from '../failure';
import { requireOnePositional } from '../positionals';
import { secretFromEnv } from '../read-secret';
import { describe, warningLine } from '../speak';

const MAX_TIMEOUT_S = 600;

/** `acc-ims ims-check FILE`: does Adobe IMS reject the config's client id or secret? No sign-in, no token. */
export const imsCheckCommand: CliCommand = {
  name: 'ims-check',
  summary: msg('ims.cli.summary'),
  help: msg('ims.cli.help', { seconds: IMS_CHECK_TIMEOUT_MS / 1000, jsonShape: '{"ok","result","status","code","message"}' }),
  options: { 'secret-env': { type: 'string' }, 'ims-url': { type: 'string' }, timeout: { type: 'string' }, json: { type: 'boolean' } },
  jsonOnFailure: { ok: false, result: null, status: null },
  async run(ctx) {
    const { values, io, locale, json } = ctx;
    const file = requireOnePositional(ctx.positionals, 'ims-check');
    const timeoutMs = readTimeout(stringOption(values, 'timeout'));
    const read = await readConfigFile(file);
    const picked = read.valid && read.config ? imsCheckInputs(read.config) : null;
    if (!picked || !picked.ok) {
      throw new CliFailure(
        'usage',
        msg('ims.cli.invalidConfig', { file, count: read.errors.length || (picked && !picked.ok ? picked.problems.length : 0) }),
        picked && !picked.ok ? picked.problems : read.errors,
      );
    }
    const { inputs } = picked;
    const secretVar = stringOption(values, 'secret-env');
    const secret =
      secretVar !== undefined
        ? secretFromEnv(io, '--secret-env', secretVar)!
        : inputs.secretRef
          ? await keychainSecret(inputs.secretRef)
          : undefined;
    if (secret === undefined) throw new WizardError('usage', msg('ims.cli.noSecret', { file, keychainRef: '{"keychain": "NAME"}' }));

    const imsUrl = stringOption(values, 'ims-url');
    const interrupt = cancelOnInterrupt();
    let outcome;
    try {
      outcome = await checkImsClient({
        imsServer: inputs.imsServer,
        clientId: inputs.clientId,
        secret,
        ...(imsUrl !== undefined ? { imsUrl } : {}),
        timeoutMs,
        signal: interrupt.signal,
      });
    } finally {
      interrupt.dispose();
    }
    for (const w of outcome.warnings) io.err(warningLine(locale, w));
    const said = describe(locale, outcome.message);
    if (json)
      io.out(
        JSON.stringify(
          { ok: outcome.result === 'not-rejected', result: outcome.result, status: outcome.status, code: said.code, message: said.message },
          null,
          2,
        ),
      );
    else if (outcome.result === 'not-rejected') io.out(said.message);
    else io.err(`acc-ims ims-check: ${said.message}`);
    return exitCodeFor(outcome.result);
  },
};

/** Exit 1 means IMS rejected the id or secret: a keychain that cannot give the secret is "could not ask" (2). */
async function keychainSecret(name: string): Promise<string> {
  try {
    return await requireSecret(name);
  } catch (e) {
    if (isWizardError(e) && e.kind === 'keychain') throw new WizardError('usage', e.userMessage);
    throw e;
  }
}

function readTimeout(text: string | undefined): number {
  if (text === undefined) return IMS_CHECK_TIMEOUT_MS;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_TIMEOUT_S)
    throw new WizardError('usage', msg('ims.cli.timeoutInvalid', { max: MAX_TIMEOUT_S }));
  return Math.round(seconds * 1000);
}
