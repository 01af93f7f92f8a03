import type { Entry } from '../../render';
import type { AppMessageCode } from '../en/app';
import { ui } from './ui';
import { rules } from './rules';
import { checks } from './checks';
import { files } from './files';
import { ims } from './ims';
import { readiness } from './readiness';
import { security } from './security';
import { restore } from './restore';

/** The desktop's part of the Traditional Chinese catalog (all but the CLI's texts); a missing code is a type error. */
export const zhHantApp: Readonly<Record<AppMessageCode, Entry>> = {
  ...ui,
  ...rules,
  ...checks,
  ...files,
  ...ims,
  ...readiness,
  ...security,
  ...restore,
};
