/**
 * The constants of config format v1 that need no schema library, so code that only needs them (the
 * renderer above all) does not pull zod in. schema.ts re-exports them.
 */
export const CONFIG_FORMAT = 'acc-ims-config';
export const CONFIG_VERSION = 1;

export const DEFAULTS = {
  label: 'Adobe Experience Cloud',
  // The name Adobe's troubleshooting page gives the one account of this type.
  internalName: 'Adobe_Marketing_Cloud',
  imsScope: 'openid,AdobeID,read_organizations,session,additional_info.projectedProductContext',
  productContext: 'dma_campaign_classic',
  server: 'https://marketing.adobe.com',
} as const;

/** The account fields in the order the Campaign console shows them (docs/DOMAIN.md). */
export const ACCOUNT_FIELDS = [
  'label',
  'internalName',
  'imsServer',
  'imsScope',
  'clientId',
  'clientSecret',
  'callbackServer',
  'imsOrgId',
  'associationMask',
  'productContext',
  'server',
  'tenant',
] as const;

export const REQUIRED_ACCOUNT_FIELDS = ['imsServer', 'clientId', 'callbackServer', 'imsOrgId', 'associationMask', 'tenant'] as const;
