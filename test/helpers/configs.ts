/** A valid config (README, "Config format v1"), fresh on every call so tests can mutate it. */
export function validConfig(): Record<string, any> {
  return {
    format: 'acc-ims-config',
    version: 1,
    instance: { name: 'prod', url: 'https://campaign.example.com', consoleBuild: 9364 },
    account: {
      label: 'Adobe Experience Cloud',
      internalName: 'Adobe_Marketing_Cloud',
      imsServer: 'https://ims-na1.adobelogin.com',
      imsScope: 'openid,AdobeID,read_organizations,session,additional_info.projectedProductContext',
      clientId: 'Campaign1',
      clientSecret: { keychain: 'acc-ims-wizard/prod' },
      callbackServer: 'https://campaign.example.com',
      imsOrgId: '0123456789ABCDEF01234567@AdobeOrg',
      associationMask: 'Campaign - acme - (.*)',
      productContext: 'dma_campaign_classic',
      server: 'https://marketing.adobe.com',
      tenant: 'acme',
    },
  };
}

/** Only the required fields (offline preparation, no instance). */
export function minimalConfig(): Record<string, any> {
  return {
    format: 'acc-ims-config',
    version: 1,
    account: {
      imsServer: 'ims-na1.adobelogin.com',
      clientId: 'Campaign1-Demo',
      callbackServer: 'https://acme-mkt-prod1.campaign.adobe.com',
      imsOrgId: 'ABCDEF0123456789ABCDEF01@AdobeOrg',
      associationMask: 'Campaign (.*)',
      tenant: 'acme',
    },
  };
}
