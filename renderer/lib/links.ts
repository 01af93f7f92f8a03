import { ADOBE_DOCS_URL } from '../../electron/common/ipc/external-links';

/** Adobe pages the wizard points to; all on hosts main's allowlist accepts (external-links.ts). */
export const LINKS = {
  configuringIms: ADOBE_DOCS_URL,
  adminGettingStarted:
    'https://experienceleague.adobe.com/docs/core-services/interface/manage-users-and-products/admin-getting-started.html',
  adminFaq: 'https://experienceleague.adobe.com/docs/core-services/interface/manage-users-and-products/faq.html',
  adminConsole: 'https://adminconsole.adobe.com/',
  installPackages:
    'https://experienceleague.adobe.com/docs/campaign-classic/using/installing-campaign-classic/installing-campaign-standard-packages/installing-campaign-standard-packages.html',
  troubleshooting: 'https://experienceleague.adobe.com/docs/campaign-classic/using/troubleshooting/ims-troubleshooting.html',
} as const;
