import { msg, type Message } from '../messages/message';

/**
 * How the admin acts where they are: the CLI names its flags, the desktop app its controls. Messages
 * built in shared code (push plan, check verdicts, connection failures) nest `wording.<set>.<action>`.
 */
export type Wording = 'cli' | 'desktop';

export type WordingAction =
  | 'replaceSecret'
  | 'updateExisting'
  | 'giveSecret'
  /** After a write whose answer was lost: how to see what the instance now holds. */
  | 'compareAgain'
  /** How to trust a private CA. */
  | 'trustCa'
  /** How to allow a slow instance more time. */
  | 'moreTime'
  /** How to give operator credentials (a sentence start). */
  | 'logOn'
  /** What creates or repairs the external account (sentence starts). */
  | 'createAccount'
  | 'fixAccount';

export const CLI_WORDING: Wording = 'cli';
export const DESKTOP_WORDING: Wording = 'desktop';

/** The words for one action in the given set (the CLI's by default). */
export function act(action: WordingAction, wording: Wording = CLI_WORDING): Message {
  return msg(`wording.${wording}.${action}`);
}
