import type { Catalog } from '../../render';
import { ui } from './ui';
import { rules } from './rules';
import { checks } from './checks';
import { files } from './files';
import { cli } from './cli';
import { ims } from './ims';
import { readiness } from './readiness';
import { security } from './security';

/** Traditional Chinese, with the seed page's terms (docs/GLOSSARY.md). Typed as Catalog: a missing code is a type error. */
export const zhHant: Catalog = { ...ui, ...rules, ...checks, ...files, ...cli, ...ims, ...readiness, ...security };
