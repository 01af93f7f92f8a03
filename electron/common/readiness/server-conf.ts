/**
 * The serverConf.xml restriction of native logins (docs/DOMAIN.md, the last step): under
 * <serverConf><shared>, only once every operator can sign in with IMS. The four allowed operators are
 * Adobe's defaults and must stay.
 */
export const IMS_CONFIG_SNIPPET = `<imsConfig>
  <nonIMSOperatorMgmtInClientConsole nonIMSOperatorMgmtInClientConsoleRestricted="true"/>
  <nonIMSAuthnAPI disableAPI="true">
    <allowOperator name="admin"/>
    <allowOperator name="aemserver"/>
    <allowOperator name="campaign-loginmonitor"/>
    <allowOperator name="internal|monitoring"/>
  </nonIMSAuthnAPI>
</imsConfig>`;

/** Group internal names pasted by the admin (offline): one per line or comma-separated, trimmed, each once. */
export function parseGroupNames(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\r\n,;]+/)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ].slice(0, 2000);
}
