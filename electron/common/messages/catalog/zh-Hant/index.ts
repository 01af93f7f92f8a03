import type { Catalog } from '../../render';
import { zhHantApp } from './app';
import { cli } from './cli';

/** Traditional Chinese, with the seed page's terms (docs/GLOSSARY.md). Typed as Catalog: a missing code is a type error. */
export const zhHant: Catalog = { ...zhHantApp, ...cli };
