import type { AccImsConfig } from '../common/config/schema';
import { msg } from '../common/messages/message';
import type { CommandContext } from './command';
import { readConfigFile } from './config-input';
import { CliFailure } from './failure';
import { formatProblems } from './report';

type Refusal = 'cli.push.invalidConfig' | 'cli.export.invalid' | 'cli.check.invalidConfig';

/** A config a command can act on; an invalid one stops the command (exit 1) before anything is done. */
export async function validConfigFrom(ctx: CommandContext, file: string, refusal: Refusal): Promise<AccImsConfig> {
  const result = await readConfigFile(file);
  if (result.valid && result.config) {
    for (const line of formatProblems(ctx.locale, result.warnings)) ctx.io.err(line);
    return result.config;
  }
  throw new CliFailure('invalid', msg(refusal, { file, count: result.errors.length }), [...result.errors, ...result.warnings]);
}
