import type { CliCommand } from '../command';
import { validateCommand } from './validate';
import { exportCommand } from './export';
import { importCommand } from './import';
import { secretCommand } from './secret';

/** Every `acc-ims` sub-command, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [validateCommand, exportCommand, importCommand, secretCommand];
