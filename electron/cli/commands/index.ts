import type { CliCommand } from '../command';
import { validateCommand } from './validate';
import { exportCommand } from './export';
import { importCommand } from './import';
import { secretCommand } from './secret';
import { checkCommand } from './check';
import { pushCommand } from './push';
import { imsCheckCommand } from './ims-check';
import { operatorsCommand } from './operators';

/** Every `acc-ims` sub-command, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
  validateCommand,
  checkCommand,
  pushCommand,
  operatorsCommand,
  imsCheckCommand,
  exportCommand,
  importCommand,
  secretCommand,
];
