import { WizardError, type WizardErrorKind } from '../common/errors';
import type { Message } from '../common/messages/message';
import type { Problem } from '../common/problems';

/**
 * A command's failure that comes with findings (the errors of an invalid config): the text output lists
 * them above the error line, `--json` carries them as `errors`.
 */
export class CliFailure extends WizardError {
  constructor(
    kind: WizardErrorKind,
    message: Message,
    readonly problems: readonly Problem[] = [],
    /** More keys for the `--json` document (e.g. the notes of a refused push). */
    readonly json: Record<string, unknown> = {},
  ) {
    super(kind, message);
  }
}
