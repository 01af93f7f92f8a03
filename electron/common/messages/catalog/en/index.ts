import { ui } from './ui';
import { rules } from './rules';
import { checks } from './checks';
import { files } from './files';
import { cli } from './cli';
import { ims } from './ims';
import { readiness } from './readiness';
import { security } from './security';

/** The English catalog, the source: every message code is a key here. One area per file, merged. */
export const en = { ...ui, ...rules, ...checks, ...files, ...cli, ...ims, ...readiness, ...security } as const;
