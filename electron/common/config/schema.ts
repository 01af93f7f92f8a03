// Namespace import: lets bundlers drop the parts of zod we never use (450 KB → 85 KB in the CLI).
import * as z from 'zod';
import { msg, type Message } from '../messages/message';
import { error, type Problem } from '../problems';
import { ACCOUNT_FIELDS, CONFIG_FORMAT, CONFIG_VERSION, DEFAULTS } from './defaults';

export { ACCOUNT_FIELDS, CONFIG_FORMAT, CONFIG_VERSION, DEFAULTS, REQUIRED_ACCOUNT_FIELDS } from './defaults';

/** Config file format v1 (README, "Config format v1"). Shape only: Adobe's rules live in rules.ts. */
export const keychainRefSchema = z.strictObject({ keychain: z.string() });

export const instanceSchema = z.strictObject({
  name: z.string().optional(),
  url: z.string().optional(),
  consoleBuild: z.number().optional(),
});

export const accountSchema = z.strictObject({
  label: z.string().default(DEFAULTS.label),
  internalName: z.string().default(DEFAULTS.internalName),
  imsServer: z.string(),
  imsScope: z.string().default(DEFAULTS.imsScope),
  clientId: z.string(),
  // A string here would be the secret itself: rules.ts turns that into an error that says where it goes.
  clientSecret: z.union([keychainRefSchema, z.string()]).optional(),
  callbackServer: z.string(),
  imsOrgId: z.string(),
  associationMask: z.string(),
  productContext: z.string().default(DEFAULTS.productContext),
  server: z.string().default(DEFAULTS.server),
  tenant: z.string(),
});

export const configSchema = z.strictObject({
  format: z.literal(CONFIG_FORMAT),
  version: z.literal(CONFIG_VERSION),
  instance: instanceSchema.optional(),
  account: accountSchema,
});

export type KeychainRef = z.infer<typeof keychainRefSchema>;
export type InstanceInfo = z.infer<typeof instanceSchema>;
export type AccountFields = Omit<z.infer<typeof accountSchema>, 'clientSecret'> & { clientSecret?: KeychainRef };
/** A config that passed every error rule (warnings allowed), with defaults filled in. */
export type AccImsConfig = {
  format: typeof CONFIG_FORMAT;
  version: typeof CONFIG_VERSION;
  instance?: InstanceInfo;
  account: AccountFields;
};

// Every listed field must be a real account field (the list lives zod-free in defaults.ts).
ACCOUNT_FIELDS satisfies readonly (keyof AccountFields)[];
export type AccountFieldName = (typeof ACCOUNT_FIELDS)[number];

const TYPE_NAMES: Record<string, Message> = {
  string: msg('rule.schema.type.string'),
  number: msg('rule.schema.type.number'),
  boolean: msg('rule.schema.type.boolean'),
  object: msg('rule.schema.type.object'),
  array: msg('rule.schema.type.list'),
  null: msg('rule.schema.type.null'),
};

/** A zod issue as a Problem with a message code (zod's own English never reaches the user). */
export function schemaProblem(issue: z.core.$ZodIssue, root: unknown): Problem {
  const path = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'invalid_type': {
      // zod leaves the value out of its issues: look it up, to say what was found.
      const value = issue.path.reduce<unknown>(
        (v, k) => (typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[k] : undefined),
        root,
      );
      if (value === undefined)
        return error(path, 'rule.schema.missing', { expected: TYPE_NAMES[issue.expected] ?? msg('rule.schema.type.other') });
      const found = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
      return error(path, 'rule.schema.invalidType', {
        expected: TYPE_NAMES[issue.expected] ?? msg('rule.schema.type.other'),
        type: TYPE_NAMES[found] ?? msg('rule.schema.type.other'),
      });
    }
    case 'invalid_value':
      return error(path, 'rule.schema.invalidValue', { expected: issue.values.map((v) => JSON.stringify(v)) });
    case 'unrecognized_keys':
      return error(path, 'rule.schema.unknownKeys', { keys: issue.keys.map((k) => `"${k}"`) });
    default:
      return error(path, 'rule.schema.invalid');
  }
}
