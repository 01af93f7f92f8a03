import { ui } from './ui';
import { rules } from './rules';
import { checks } from './checks';
import { files } from './files';
import { ims } from './ims';
import { readiness } from './readiness';
import { security } from './security';
import { restore } from './restore';

/** Every area but the CLI's own texts: what the desktop can be asked to show (the renderer loads only this). */
export const enApp = { ...ui, ...rules, ...checks, ...files, ...ims, ...readiness, ...security, ...restore } as const;
export type AppMessageCode = keyof typeof enApp;
