import { enApp } from './app';
import { cli } from './cli';

/** The English catalog, the source: every message code is a key here. One area per file, merged. */
export const en = { ...enApp, ...cli } as const;
