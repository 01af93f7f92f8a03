/**
 * The only places the app may send the admin's browser: Adobe documentation and Adobe consoles, over
 * https. Anything else (a link in a hostile config, a typo) is refused rather than opened.
 */
export const ALLOWED_EXTERNAL_HOSTS = [
  'experienceleague.adobe.com',
  'helpx.adobe.com',
  'adminconsole.adobe.com',
  'experience.adobe.com',
] as const;

// Adobe's page on this very task (the /docs/ form of Experience League links redirects to the current one).
export const ADOBE_DOCS_URL =
  'https://experienceleague.adobe.com/docs/campaign-classic/using/installing-campaign-classic/additional-configurations/configuring-ims.html';

export function isAllowedExternalUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    (ALLOWED_EXTERNAL_HOSTS as readonly string[]).includes(url.hostname)
  );
}
