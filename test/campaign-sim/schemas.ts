import type { Scenario } from './scenario';
import { xmlAttr } from './xml';

/**
 * The compiled schemas the SDK fetches (xtk:persist#GetEntityIfMoreRecent, pk "xtk:schema|<id>") to
 * learn method signatures and enumerations. Only what a client of this tool touches is declared; the
 * parameter lists follow Campaign's (names do not matter on the wire, order and types do).
 */
export function schemaXml(id: string, scenario: Scenario): string | null {
  switch (id) {
    case 'xtk:session':
      return XTK_SESSION;
    case 'xtk:queryDef':
      return XTK_QUERYDEF;
    case 'nms:extAccount':
      return nmsExtAccount(scenario);
    default:
      return null;
  }
}

const XTK_SESSION = `<schema namespace="xtk" name="session" implements="xtk:persist" label="Sessions to the application server" xtkschema="xtk:schema">
  <interface name="persist">
    <method name="Write" static="true">
      <parameters><param name="doc" type="DOMDocument" desc="Document to write"/></parameters>
    </method>
  </interface>
  <element name="sessionInfo"/>
  <element name="userInfo" label="Parameters" desc="Information on current session"/>
  <methods>
    <method name="GetOption" static="true">
      <parameters>
        <param name="name" type="string"/>
        <param inout="out" name="value" type="string"/>
        <param inout="out" name="type" type="byte"/>
      </parameters>
    </method>
    <method name="GetUserInfo" static="true">
      <parameters><param inout="out" name="userInfo" type="sessionUserInfo"/></parameters>
    </method>
    <method name="EncryptPassword" static="true">
      <parameters>
        <param name="strDecrypted" type="string" desc="Password to encrypt"/>
        <param inout="out" name="strEncrypted" type="string"/>
      </parameters>
    </method>
  </methods>
</schema>`;

const XTK_QUERYDEF = `<schema namespace="xtk" name="queryDef" label="Query definition" xtkschema="xtk:schema">
  <element name="queryDef"/>
  <methods>
    <method const="true" name="ExecuteQuery">
      <parameters><param desc="Output XML document" inout="out" name="output" type="DOMDocument"/></parameters>
    </method>
  </methods>
</schema>`;

/** The attributes nms:extAccount declares on this build: queries and writes of any other are faults. */
export function extAccountAttributes(s: Scenario): string[] {
  const attrs = [
    'id',
    'name',
    'label',
    'type',
    'active',
    'imsServer',
    'userScope',
    'clientId',
    'clientSecret',
    'callbackServer',
    'imsOrgId',
    'imsRightsMask',
    'server',
    'tenant',
    'packageAutoExport',
  ];
  if (s.hasProductContext) attrs.push('productContext');
  return attrs;
}

function nmsExtAccount(s: Scenario): string {
  const types: { name: string; label: string; value: number }[] = [
    { name: 'bounces', label: 'Bounce mails (POP3)', value: 0 },
    { name: 'delivery', label: 'Routing', value: 3 },
    { name: 'fda', label: 'External database', value: 7 },
    { name: 'ftp', label: 'FTP', value: 4 },
    { name: 'crm', label: 'Microsoft Dynamics CRM', value: 12 },
    { name: 's3', label: 'Amazon Simple Storage Service (S3)', value: 17 },
  ];
  if (s.accountTypeLabel !== null) {
    types.push({ name: 'imsAccount', label: s.accountTypeLabel, value: s.accountTypeValue });
  }
  const attrs = extAccountAttributes(s).filter((a) => a !== 'id');
  return `<schema namespace="nms" name="extAccount" label="External accounts" xtkschema="xtk:schema">
  <enumeration basetype="byte" default="delivery" name="type" label="Type">
    ${types.map((t) => `<value name="${xmlAttr(t.name)}" label="${xmlAttr(t.label)}" value="${t.value}"/>`).join('\n    ')}
  </enumeration>
  <enumeration basetype="byte" default="none" name="encryptionType">
    <value name="none" label="None" value="0"/>
    <value name="ssl" label="SSL" value="1"/>
  </enumeration>
  <element name="extAccount" label="External account" autopk="true">
    <key name="name" internal="true"><keyfield xpath="@name"/></key>
    <attribute name="id" type="long"/>
    ${attrs.map((a) => `<attribute name="${a}" type="${a === 'type' ? 'byte' : a === 'active' || a === 'packageAutoExport' ? 'boolean' : 'string'}"/>`).join('\n    ')}
  </element>
</schema>`;
}
