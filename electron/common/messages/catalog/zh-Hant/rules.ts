import type { rules as en } from '../en/rules';
import type { Entries } from '../../render';

export const rules: Entries<typeof en> = {
  'rule.subject.label': '標籤',
  'rule.subject.internalName': '內部名稱',
  'rule.subject.imsServer': 'IMS 伺服器',
  'rule.subject.imsScope': 'IMS 範圍',
  'rule.subject.clientId': 'IMS 用戶端識別碼',
  'rule.subject.keychain': '鑰匙圈項目名稱',
  'rule.subject.callbackServer': '回呼伺服器',
  'rule.subject.imsOrgId': 'IMS 組織 ID',
  'rule.subject.associationMask': '關聯遮罩',
  'rule.subject.productContext': '產品內容',
  'rule.subject.server': '伺服器',
  'rule.subject.tenant': '租用戶',
  'rule.subject.instanceName': '執行個體名稱',
  'rule.subject.instanceUrl': '執行個體 URL',

  'rule.field.required': '{field}為必填欄位。',
  'rule.field.notText': '{field}必須是文字，而不是{type}。',
  'rule.field.spaceAtStart': '{field}的開頭有空格，請將它移除。',
  'rule.field.spaceAtEnd': '{field}的結尾有空格，請將它移除。',
  'rule.field.control': '{field}在第 {position} 個字元（共 {length} 個）含有控制字元 {codePoint}（換行、定位字元或類似字元）。請重新輸入。',
  'rule.field.invisible':
    '{field}在第 {position} 個字元（共 {length} 個）含有看不見的字元 {codePoint}（從網頁或文件複製時常會一併帶入）。請將它刪除，或重新輸入。',

  'rule.schema.type.null': '空值（null）',
  'rule.schema.type.list': '清單',
  'rule.schema.type.object': '物件',
  'rule.schema.type.string': '字串',
  'rule.schema.type.number': '數字',
  'rule.schema.type.boolean': '布林值',
  'rule.schema.type.other': '其他類型的值',
  'rule.schema.invalidType': '此欄位必須是{expected}，而不是{type}。請對照 README 中的組態檔格式檢查。',
  'rule.schema.missing': '缺少此欄位：它必須是{expected}。請對照 README 中的組態檔格式檢查。',
  'rule.schema.invalidValue': '此欄位必須是 {expected}。請對照 README 中的組態檔格式檢查。',
  'rule.schema.unknownKeys': '不明的鍵 {keys}。請將它移除，並對照 README 中的組態檔格式檢查。',
  'rule.schema.invalid': '此欄位不符合組態檔格式。請對照 README 中的組態檔格式檢查。',

  'rule.document.notObject': '組態檔必須是含有 "format": "{format}" 的 JSON 物件，而不是{type}。',
  'rule.document.formatMissing': '這不是 acc-ims 組態檔：缺少「format」。它必須是「{expected}」。',
  'rule.document.formatWrong': '這不是 acc-ims 組態檔：「format」是 {actual}，應為「{expected}」。',
  'rule.document.versionMissing': '缺少「version」。此版 acc-ims 讀取的是第 {expected} 版格式。',
  'rule.document.versionUnsupported':
    '不支援組態檔版本 {actual}：此版 acc-ims 讀取的是第 {expected} 版格式。請使用較新的 acc-ims-wizard，或將組態重新匯出為第 {expected} 版。',
  'rule.document.sectionNotObject': '「{key}」必須是物件，而不是{type}。',
  'rule.document.accountMissing': '缺少「account」：它包含外部帳戶的各個欄位（imsServer、clientId…）。',
  'rule.document.unknownKey': '不明的鍵「{key}」。請將它移除：「{parent}」只有 {known}。',
  'rule.document.unknownKeyNear': '不明的鍵「{key}」（您是指「{near}」嗎？）。請將它移除：「{parent}」只有 {known}。',
  'rule.document.unknownTopKey': '不明的鍵「{key}」。請將它移除：組態檔只有 {known}。',
  'rule.document.unknownTopKeyNear': '不明的鍵「{key}」（您是指「{near}」嗎？）。請將它移除：組態檔只有 {known}。',
  'rule.document.tooLarge': '此檔案大小為 {kb} KB，而組態檔只有幾 KB。請確認您選取的檔案正確。',
  'rule.document.notJson': '此檔案不是有效的 JSON（{detail}）。請修正語法，或從精靈重新匯出組態。',

  'rule.internalName.invalid':
    '內部名稱「{value}」在 Campaign 中無效：請使用英文字母、數字和「_」，且不可以數字開頭（例如 Adobe_Marketing_Cloud）。',
  'rule.internalName.unusual':
    '內部名稱通常為 Adobe_Marketing_Cloud（或 Adobe_Experience_Cloud）。此類型的帳戶只能有一個：若執行個體上已有，請使用它的內部名稱。',

  'rule.imsServer.notUrl': '「{value}」不是主機名稱或 URL。請使用 https://ims-na1.adobelogin.com。',
  'rule.imsServer.notHttps': 'IMS 伺服器必須使用 https，而不是 {protocol}。請使用 https://ims-na1.adobelogin.com。',
  'rule.imsServer.hasPath': 'IMS 伺服器只填主機，不含路徑（「{path}」）。請使用 https://ims-na1.adobelogin.com。',
  'rule.imsServer.stage': '{host} 是測試環境的 IMS。Campaign 的測試與正式執行個體都必須使用正式 IMS：https://ims-na1.adobelogin.com。',
  'rule.imsServer.port': 'IMS 伺服器通常不含連接埠（「:{port}」）。除非 Adobe 另有指示，否則請將它移除。',
  'rule.imsServer.undocumented': '{host} 不是 Adobe 文件所列的 IMS 伺服器（{hosts}）。只有在 Adobe 客戶服務提供此位址時才保留。',
  'rule.imsServer.notAdobe': '{host} 不是 Adobe IMS 伺服器。請使用 https://ims-na1.adobelogin.com（或 adobeid-na1.services.adobe.com）。',

  'rule.imsScope.spaces': 'IMS 範圍是以逗號分隔、不含空格的清單，例如「openid,AdobeID,read_organizations」。請移除空格。',
  'rule.imsScope.emptyEntry': 'IMS 範圍有空白項目（連續兩個逗號，或開頭、結尾有逗號）。請將它移除。',
  'rule.imsScope.badEntry':
    'IMS 範圍項目「{entry}」含有範圍不允許的字元「{char}」（{codePoint}）。請使用 IMS 為您的用戶端佈建的範圍，並以逗號分隔。',
  'rule.imsScope.missing':
    'IMS 範圍缺少 {count} 個必要範圍：{scopes}；缺少時 Adobe ID 登入頁面可能無法載入。除非 Adobe 另有指示，否則請加入 {add}。',
  'rule.imsScope.duplicate': 'IMS 範圍重複列出「{entry}」。請移除重複的項目。',

  'rule.clientId.space': 'IMS 用戶端識別碼含有空格。請完全依照 Adobe 客戶服務提供的內容重新複製（例如 Campaign1）。',
  'rule.clientId.unusual': 'IMS 用戶端識別碼「{value}」含有不常見的字元「{char}」（{codePoint}）。請與 Adobe 客戶服務提供的識別碼核對。',

  'rule.clientSecret.inFile':
    '用戶端密碼不可寫在組態檔中。請將它存放在作業系統鑰匙圈（「acc-ims secret set NAME」，由標準輸入提供值），並在此處改寫 {reference}。',
  'rule.clientSecret.notReference': '用戶端密碼必須是鑰匙圈參照，例如 {reference}，而不是{type}。',
  'rule.clientSecret.keychainTooLong': '鑰匙圈項目名稱超過 {max} 個字元。請使用簡短的名稱，例如 acc-ims-wizard/prod。',

  'rule.callbackServer.notUrl':
    '「{value}」不是 URL。回呼伺服器是此 Campaign 執行個體的 https 存取 URL，例如 https://campaign.example.com。',
  'rule.callbackServer.notHttps': '回呼伺服器必須使用 https，而不是 {protocol}。請改為 {fix}。',
  'rule.callbackServer.hasPath': '回呼伺服器通常是執行個體的基本 URL，不含路徑（「{path}」）。請確認它與在 Adobe 列入允許清單的 URL 相符。',
  'rule.callbackServer.hostDiffers':
    '回呼伺服器的主機（{host}）與執行個體 URL 的主機（{instanceHost}）不同。回呼必須是此執行個體的存取 URL：請確認它就是為此執行個體列入允許清單的 URL。',
  'rule.callbackServer.stageForProd':
    '執行個體「{name}」看起來是正式環境，但回呼伺服器 {host} 看起來是測試環境的 URL。正式執行個體必須回呼至其正式 URL。',
  'rule.imsOrgId.noSuffix':
    'IMS 組織 ID 的結尾必須是「@AdobeOrg」：它是 24 個英文字母或數字，後接「@AdobeOrg」（例如 0123456789ABCDEF01234567@AdobeOrg）。請從 Experience Cloud Admin Console 複製。',
  'rule.imsOrgId.missingAt':
    'IMS 組織 ID 在「AdobeOrg」之前少了「@」。請寫成 24 個英文字母或數字，再加上「@AdobeOrg」（例如 0123456789ABCDEF01234567@AdobeOrg）。',
  'rule.imsOrgId.manyAts':
    'IMS 組織 ID 有 {count} 個「@」；它只有一個，位於「AdobeOrg」之前。請從 Experience Cloud Admin Console 重新複製。',
  'rule.imsOrgId.wrongSuffix':
    'IMS 組織 ID 的結尾是「{suffix}」；結尾必須正好是「@AdobeOrg」。請從 Experience Cloud Admin Console 重新複製。',
  'rule.imsOrgId.suffixCase': 'IMS 組織 ID 的結尾是「{suffix}」：請完全依照此大小寫寫成「@AdobeOrg」。',
  'rule.imsOrgId.idChar':
    '「@AdobeOrg」之前的部分在第 {position} 個字元含有「{char}」（{codePoint}）；只能使用英文字母 A–Z 和數字 0–9。請從 Experience Cloud Admin Console 重新複製此 ID。',
  'rule.imsOrgId.idLength':
    '「@AdobeOrg」之前的部分有 {count} 個字元；必須正好是 {expected} 個英文字母或數字。請從 Experience Cloud Admin Console 重新複製此 ID。',

  'rule.associationMask.spaceAtStart':
    '關聯遮罩的開頭有空格。請將它移除：Adobe 的疑難排解指出，多餘的空格會造成「Login does not have any right matching the expression」。',
  'rule.associationMask.spaceAtEnd':
    '關聯遮罩的結尾有空格。請將它移除：Adobe 的疑難排解指出，多餘的空格會造成「Login does not have any right matching the expression」。',
  'rule.associationMask.otherTenant':
    '關聯遮罩中寫的是「{found}」，但租用戶是「{tenant}」。產品設定檔名稱會帶有其所屬的租用戶：請確認遮罩使用的是您的租用戶（例如「Campaign - {tenant} - (.*)」）。',

  'rule.productContext.unusual':
    '產品內容通常為 dma_campaign_classic（在沒有此欄位的組建上為 dma_campaign）。「{value}」必須與 Experience Cloud 端完全相符。',
  'rule.server.notUrl': '「{value}」不是 URL。Adobe Marketing Cloud 伺服器通常為 https://marketing.adobe.com。',
  'rule.server.notWeb': '伺服器使用 {protocol}，這不是網址。請使用 https://{host}。',
  'rule.server.notHttps': '伺服器使用未加密的 http。請使用 https://{host}。',
  'rule.tenant.space': '租用戶是 Experience Cloud 的租用戶名稱，不含空格。請從 Experience Cloud 的 URL 或向 Adobe 確認。',
  'rule.tenant.unusual': '租用戶「{value}」含有不常見的字元「{char}」（{codePoint}）。請與您的 Experience Cloud 租用戶名稱核對。',

  'rule.instanceName.invalid':
    '執行個體名稱「{value}」只能使用英文字母、數字、「.」、「_」和「-」（最多 {max} 個），例如「prod」或「stage-eu」。',
  'rule.instanceName.tooLong': '執行個體名稱長達 {length} 個字元；請保持在 {max} 個字元以內，例如「prod」或「stage-eu」。',
  'rule.instanceUrl.notUrl': '「{value}」不是 http(s) URL。請使用執行個體的存取 URL，例如 https://campaign.example.com。',
  'rule.instanceUrl.plainHttp': '執行個體 URL 使用未加密的 http：密碼會以明文傳送。除非這是實驗用的執行個體，否則請使用 https。',
  'rule.instanceUrl.credentials': '執行個體 URL 含有使用者名稱或密碼。請將其移除：連線時會另外詢問認證資訊。',
  'rule.instanceUrl.hasPath': '執行個體 URL 通常是基本 URL，不含路徑（「{path}」）。',
  'rule.consoleBuild.invalid': '主控台組建是正整數，而不是 {value}。請在用戶端主控台的 Help > About 中查看（例如 9364）。',
  'rule.consoleBuild.quoted': '主控台組建寫成了文字（"{value}"）；請寫成不加引號的數字：{build}。',
  'rule.consoleBuild.notNumber': '主控台組建必須是數字，而不是{type}。請在用戶端主控台的 Help > About 中查看（例如 9364）。',
  'rule.consoleBuild.unknown': '組建 {build} 不在已知的 Campaign 版本表中。請在用戶端主控台的 Help > About 中確認。',
  'rule.consoleBuild.ims': '（主控台）{verdict}',

  'mask.empty': '關聯遮罩是空的。請輸入類似「Campaign - <tenant> - (.*)」的模式。',
  'mask.tooLong': '關聯遮罩長達 {length} 個字元；請保持在 {max} 個字元以內。',
  'mask.spaceAtStart': '關聯遮罩的開頭有空格。請將它移除：否則 Experience Cloud 產品設定檔名稱也必須包含它。',
  'mask.spaceAtEnd': '關聯遮罩的結尾有空格。請將它移除：否則 Experience Cloud 產品設定檔名稱也必須包含它。',
  'mask.control': '關聯遮罩在第 {position} 個字元含有控制字元 {codePoint}（換行、定位字元或類似字元）。請在同一行重新輸入遮罩。',
  'mask.lookalikeDash':
    '關聯遮罩在第 {position} 個字元有「{char}」（{codePoint}），這是文書處理軟體自動校正時替換進來、外形類似連字號的字元。請改為輸入一般的連字號「-」：產品設定檔名稱使用的是它。',
  'mask.lookalikeSpace':
    '關聯遮罩在第 {position} 個字元（共 {length} 個）有外形類似空格的字元 {codePoint}（常由文書處理軟體或網頁帶入）。請改為輸入一般的空格：產品設定檔名稱使用的是它。',
  'mask.invisible': '關聯遮罩在第 {position} 個字元（共 {length} 個）含有看不見的字元 {codePoint}。請將它刪除，或重新輸入遮罩。',
  'mask.invalidRegex': '關聯遮罩不是有效的正規表示式（{detail}）。請檢查括號，並以「\\(」跳脫「(」等特殊字元。',
  'mask.noCapture': '關聯遮罩沒有擷取群組。請在 Campaign 操作員群組名稱出現的位置放入「(.*)」，例如「Campaign - acme - (.*)」。',
  'mask.manyCaptures':
    '關聯遮罩有 {count} 個擷取群組；只能有一個，且須包住 Campaign 操作員群組名稱。請以「(?:…)」將其他群組改為非擷取群組。',
  'mask.grammar.allowed':
    '遮罩可包含：固定文字、跳脫字元（例如「\\(」或「\\.」）、字元類別（例如「[a-z]」）、固定的替代選項（例如「(?:acme|demo)」）、開頭的「^」、結尾的「$」，以及正好一個擷取群組：「(.*)」、「(.+)」或加上「*」或「+」的字元類別（例如「([a-z_]+)」）。',
  'mask.grammar.trailingBackslash':
    '關聯遮罩以「{construct}」結尾（第 {position} 個字元），它沒有跳脫任何字元。請將它移除，或以「\\\\」表示反斜線。{allowed}',
  'mask.grammar.backreference': '關聯遮罩在第 {position} 個字元使用了反向參照「{construct}」。{allowed}',
  'mask.grammar.escape': '關聯遮罩在第 {position} 個字元使用了「{construct}」，遮罩語法不接受這種跳脫寫法。{allowed}',
  'mask.grammar.choiceText': '「(?:…)」群組的替代選項只能是固定文字，但第 {position} 個字元有「{construct}」。{allowed}',
  'mask.grammar.unclosedClass': '第 {position} 個字元開始的字元類別「{construct}」沒有結尾的「]」。{allowed}',
  'mask.grammar.emptyClass': '第 {position} 個字元的字元類別「{construct}」是空的，無法比對任何字元。{allowed}',
  'mask.grammar.range': '第 {position} 個字元的範圍「{construct}」順序顛倒或沒有結尾。請由較小的字元寫到較大的字元，例如「a-z」。{allowed}',
  'mask.grammar.anchor': '關聯遮罩在第 {position} 個字元有「{construct}」；「^」只能放在遮罩開頭，「$」只能放在結尾。{allowed}',
  'mask.grammar.group': '關聯遮罩在第 {position} 個字元使用了群組「{construct}」（環視或具名群組）。{allowed}',
  'mask.grammar.dot': '關聯遮罩在第 {position} 個字元有「{construct}」，它會比對任何字元；在擷取群組之外，請以「\\.」表示句點。{allowed}',
  'mask.grammar.alternation':
    '關聯遮罩在第 {position} 個字元有位於群組之外的「{construct}」。請將替代選項放在群組中，例如「(?:acme|demo)」。{allowed}',
  'mask.grammar.unmatchedParen':
    '關聯遮罩在第 {position} 個字元有「{construct}」，但沒有對應的「(」。請將它移除，或以「\\)」表示括號本身。{allowed}',
  'mask.grammar.quantifier':
    '關聯遮罩在第 {position} 個字元以「{construct}」重複了某個部分。只有擷取群組可以重複（例如「(.*)」），其餘部分都必須是固定文字，因為其他位置的重複可能使比對停滯。{allowed}',
  'mask.grammar.special': '關聯遮罩在第 {position} 個字元有特殊字元「{construct}」。若要比對它本身，請寫成「\\{construct}」。{allowed}',
  'mask.grammar.nested': '關聯遮罩在群組中又有群組（第 {position} 個字元的「{construct}」）。{allowed}',
  'mask.grammar.unclosedGroup': '第 {position} 個字元的群組「{construct}」沒有結尾的「)」。{allowed}',
  'mask.grammar.captureBody':
    '第 {position} 個字元的擷取群組「{construct}」必須是「(.*)」、「(.+)」，或加上「*」或「+」的字元類別，例如「([a-z_]+)」。{allowed}',
  'mask.grammar.combinations': '關聯遮罩的「(?:…)」群組共可組合出 {count} 種替代選項；最多只允許 {max} 種。請減少替代選項。',
  'mask.doubleSpace': '關聯遮罩中有連續兩個空格。請確認 Experience Cloud 產品設定檔名稱中也有。',
  'mask.placeholder': '關聯遮罩仍包含 Adobe 範例中的預留位置「{placeholder}」。請以您的租用戶取代。',
  'mask.matchesAll':
    '關聯遮罩「{mask}」會比對組織中的每一個 Experience Cloud 產品設定檔。請加上您的產品設定檔所用的固定前綴，例如「Campaign - acme - (.*)」。',
  'mask.profileTooLong': '產品設定檔名稱超過 {max} 個字元。',
  'mask.emptyCapture': '遮罩相符，但擷取到的操作員群組名稱是空的。',
  'mask.unusualGroup':
    '「{group}」不是常見的 Campaign 內部名稱（英文字母、數字和「_」，且不以數字開頭）。請確認確實有內部名稱完全相同的操作員群組。',
  'mask.noMatch': '「{profile}」與遮罩不符，因此不會對應到任何操作員群組。',
  'mask.noMatchCase': '「{profile}」與遮罩不符，因此不會對應到任何操作員群組。大小寫與「{prefix}」不同。',
  'mask.noMatchSpaces': '「{profile}」與遮罩不符，因此不會對應到任何操作員群組。空格與「{prefix}」不同。',
  'mask.noMatchPrefix': '「{profile}」與遮罩不符，因此不會對應到任何操作員群組。應以「{prefix}」開頭。',

  'build.name': '組建 {build}',
  'build.nameRelease': '組建 {build}（{version}）',
  'build.nameReleaseV8': '組建 {build}（v8 {version}）',
  'build.upgrade': '請安裝組建 {build} 的用戶端主控台（從 Adobe 下載對應您版本的安裝程式），並在 Help > About 中確認。',
  'build.withIms': '{verdict}{ims}',
  'build.console.missing': '尚未提供主控台組建。請在用戶端主控台的 Help > About 中查看並輸入（或傳入 --console-build N）。',
  'build.console.serverUnknown': '主控台為{console}：伺服器組建不明，因此無法比較兩者。請連線至執行個體，或輸入伺服器組建。',
  'build.console.same': '主控台為{console}，伺服器為{server}：組建相同。',
  'build.console.differentVersion': '主控台為{console}，伺服器為{server}：主控台與伺服器必須是相同版本。{upgrade}',
  'build.console.v8': '主控台為{console}，伺服器為{server}：Campaign v8 要求主控台組建與伺服器組建相同。{upgrade}',
  'build.console.mandatory': '主控台為{console}，伺服器為{server}：{version} 版強制升級用戶端主控台，因此組建必須相同。{upgrade}',
  'build.console.differentBuilds': '主控台為{console}，伺服器為{server}：版本相同，但組建不同。Adobe 強烈建議使用相同組建。{upgrade}',
  'build.console.farApart': '主控台為{console}，伺服器為{server}：兩個組建相差太多，不可能是相同版本。{upgrade}',
  'build.console.uncertain': '主控台為{console}，伺服器為{server}：至少有一個組建不在已知版本表中，因此無法確定是否為相同版本。{upgrade}',
  'build.ims.supported': '{build}：支援 IMS 登入。',
  'build.ims.supportedWebView2':
    '{build}：支援 IMS 登入。自 7.3.1 起，主控台的登入頁面需要在每台管理員工作站上安裝 Microsoft Edge WebView2 執行階段。',
  'build.ims.v8':
    '{build}：這是 Campaign v8，只以 Adobe Managed Cloud Service 形式提供：IMS 由 Adobe 在該處設定，因此無須使用此精靈設定。此精靈適用於 Campaign v7 的內部部署與混合式執行個體。',
  'build.ims.goldStandard':
    'Gold Standard 組建 9032：IMS 登入需要 Gold Standard 11 或更新版本。請在 Help > About 中確認 Gold Standard 等級。',
  'build.ims.tooOld': '{build}：太舊，無法使用 IMS 登入：請將伺服器與主控台升級至 21.1.3 或更新版本（IMS 移轉建議使用 7.4.1）。',
  'build.ims.olderThanAll':
    '{build}：比所有支援 IMS 登入的 Campaign 版本都舊（最舊的是 Gold Standard 11，組建 {oldest}）：請將伺服器與主控台升級至 21.1.3 或更新版本（IMS 移轉建議使用 7.4.1）。',
  'build.ims.unknownRelease':
    '{build}：不是已知的版本。IMS 登入需要 Gold Standard 11、21.1.3、20.2.5、20.1.4、19.2.4 或更新版本：請查閱 Adobe 對此組建的版本說明。',
};
