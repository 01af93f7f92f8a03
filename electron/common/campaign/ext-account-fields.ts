import type { AccountFields } from '../config/schema';

/**
 * The one table that says which `nms:extAccount` attribute holds each config field (docs/DOMAIN.md "The
 * external account"). Push, read-back, diff and the data package all go through it, so a correction
 * (e.g. if @userScope turns out not to be the IMS scope) is made once.
 */
export const EXT_ACCOUNT_SCHEMA = 'nms:extAccount';
/** The element name of an `nms:extAccount` record in XML (packages, xtk:session#Write). */
export const EXT_ACCOUNT_ELEMENT = 'extAccount';
/** Records are matched by internal name, so an update never creates a second account. */
export const EXT_ACCOUNT_KEY = '@name';

export interface ExtAccountField {
  /** Field of `account` in the config file. */
  field: keyof AccountFields;
  /** XML attribute of nms:extAccount, without the `@`. */
  attribute: string;
  /** The console's label for the field, as the admin sees it. */
  consoleLabel: string;
  /** True for the client secret: never written in clear, never in a package. */
  secret: boolean;
  /** How sure the mapping is (docs/DOMAIN.md): 'seen' in a real record dump, or 'guess'. */
  confidence: 'seen' | 'guess';
  /** Only some builds have this attribute; on the others the field is simply not written. */
  buildDependent?: true;
}

export const EXT_ACCOUNT_FIELDS: readonly ExtAccountField[] = [
  { field: 'label', attribute: 'label', consoleLabel: 'Label', secret: false, confidence: 'seen' },
  { field: 'internalName', attribute: 'name', consoleLabel: 'Internal name', secret: false, confidence: 'seen' },
  { field: 'imsServer', attribute: 'imsServer', consoleLabel: 'IMS server', secret: false, confidence: 'seen' },
  // docs/DOMAIN.md: the weakest guess of the table.
  { field: 'imsScope', attribute: 'userScope', consoleLabel: 'IMS scope', secret: false, confidence: 'guess' },
  { field: 'clientId', attribute: 'clientId', consoleLabel: 'IMS client identifier', secret: false, confidence: 'seen' },
  { field: 'clientSecret', attribute: 'clientSecret', consoleLabel: 'IMS client secret', secret: true, confidence: 'seen' },
  { field: 'callbackServer', attribute: 'callbackServer', consoleLabel: 'Callback server', secret: false, confidence: 'seen' },
  { field: 'imsOrgId', attribute: 'imsOrgId', consoleLabel: 'IMS organization ID', secret: false, confidence: 'seen' },
  { field: 'associationMask', attribute: 'imsRightsMask', consoleLabel: 'Association mask', secret: false, confidence: 'seen' },
  {
    field: 'productContext',
    attribute: 'productContext',
    consoleLabel: 'Product context',
    secret: false,
    confidence: 'seen',
    buildDependent: true,
  },
  { field: 'server', attribute: 'server', consoleLabel: 'Server', secret: false, confidence: 'seen' },
  { field: 'tenant', attribute: 'tenant', consoleLabel: 'Tenant', secret: false, confidence: 'seen' },
];

export function attributeOf(field: keyof AccountFields): string {
  const entry = EXT_ACCOUNT_FIELDS.find((f) => f.field === field);
  if (!entry) throw new RangeError(`no nms:extAccount attribute for account.${String(field)}`);
  return entry.attribute;
}

export function fieldOfAttribute(attribute: string): ExtAccountField | undefined {
  return EXT_ACCOUNT_FIELDS.find((f) => f.attribute === attribute);
}
