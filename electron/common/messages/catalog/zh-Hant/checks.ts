import type { checks as en } from '../en/checks';
import type { Entries } from '../../render';

export const checks: Entries<typeof en> = {
  'wording.cli.replaceSecret': '加上 --replace-secret',
  'wording.cli.updateExisting': '加上 --update-existing',
  'wording.cli.giveSecret': '加上 --secret-env VAR，或在組態檔中設定 account.clientSecret.keychain',
  'wording.cli.compareAgain': '再比較一次（push --dry-run）',
  'wording.cli.trustCa': '以 --ca FILE（PEM）提供其憑證',
  'wording.cli.moreTime': '以 --timeout SECONDS 給予更多時間',
  'wording.cli.logOn': '請加上 --user LOGIN 與 --password-env VAR（v8.5 以上也可用 --bearer-env VAR 提供 IMS 權杖）',
  'wording.cli.createAccount': '「acc-ims push」會建立它',
  'wording.cli.fixAccount': '請以「acc-ims push」或在主控台中修正',
  'wording.desktop.replaceSecret': '在「檢閱」步驟勾選「取代執行個體上的用戶端密碼」',
  'wording.desktop.updateExisting': '在「檢閱」步驟勾選「更新現有的帳戶」',
  'wording.desktop.giveSecret': '請在「外部帳戶」步驟儲存密碼',
  'wording.desktop.compareAgain': '在「檢閱」步驟再比較一次',
  'wording.desktop.trustCa': '請在啟動精靈時將環境變數 NODE_EXTRA_CA_CERTS 設為其憑證檔（PEM）',
  'wording.desktop.moreTime': '待執行個體較不忙碌時再試一次',
  'wording.desktop.logOn': '請輸入具管理權限之操作員的登入名稱與密碼',
  'wording.desktop.createAccount': '「輸出」步驟中的推送會建立它',
  'wording.desktop.fixAccount': '請以本精靈的推送或在主控台中修正',

  'check.quoted': '「{text}」',
  'check.quotedWithLabel': '「{name}」（{label}）',
  'check.sentences': '{first}{rest}',
  'check.none': '無',

  'check.notChecked.unreachable': '未檢查：無法連線到執行個體。',

  'check.reachable.ok': '{url} 回應狀態 OK。',
  'check.reachable.okInstance': '{url} 回應狀態 OK（執行個體 {instance}）。',
  'check.reachable.badStatus':
    '{url} 回應的狀態為「{status}」而非 OK：網頁伺服器正在執行，但回報了問題。請檢查 Campaign 網頁程序（nlserver web）及其記錄。',
  'check.reachable.http':
    '{url} 回應 HTTP {status}：此位址不提供健康檢查，健康檢查由網頁前端提供（而非 :8080 上的 Tomcat）。請使用執行個體的公開存取 URL；SOAP 檢查仍會繼續。',
  'check.reachable.notRedir':
    '{url} 有回應，但不是 Campaign 的健康狀態：請確認 {instance} 就是 Campaign 執行個體本身，而不是入口網站或代理伺服器的頁面。',

  'check.server-build.unknown':
    '執行個體在 /r/test 與登入時都未回報組建。請在主控台的 Help > About 查看，並與 IMS 的需求（21.1.3、Gold Standard 11 或更新版本）比較。',
  'check.server-build.needsLogon': '此執行個體的 /r/test 未顯示組建。{logOn}，以便從工作階段讀取組建。',
  'check.server-build.fromTest': '伺服器組建 {build}（由 /r/test 回報）：{verdict}',
  'check.server-build.fromLogon': '伺服器組建 {build}（登入時回報）：{verdict}',

  'check.console-build.compared': '{verdict}',
  'check.console-build.installed': '主控台組建 {build} 讀取自已安裝的主控台（{where}）。{verdict}',
  'check.console-build.notFound': '{verdict}{note}',
  'check.console-build.notWindows': '用戶端主控台在 Windows 上執行；請在該處的 Help > About 查看其組建，並加上 --console-build N。',
  'check.console-build.notInstalled': '在常用的資料夾（{folders}）中找不到用戶端主控台；請依 Help > About 加上 --console-build N。',

  'check.logon.notAttempted': '未提供認證資訊。{logOn}，以檢查登入、套件與帳戶。',
  'check.logon.asBearer': '以 IMS 持有人權杖',
  'check.logon.asLogin': '以「{login}」身分',
  'check.logon.rightsUnknown': '已{how}登入。執行個體未回報此操作員的權限；編輯外部帳戶需要「{right}」權限。',
  'check.logon.noAdmin':
    '已{how}登入，但此操作員缺少「{right}」權限（權限：{rights}），因此無法編輯外部帳戶。請使用 Administrators 操作員群組中的操作員。',
  'check.logon.ok': '已{how}登入，並具備「{right}」權限。',

  'check.account.typeAmbiguous': '執行個體有多個標籤與 IMS 類型相同的外部帳戶類型（{matches}）。請以 --account-type N 指定正確的類型。',
  'check.account.typeValue': '「{label}」= {value}',
  'check.account.typeMissing':
    '執行個體沒有標籤為「Adobe Experience Cloud」或「Adobe Marketing Cloud」的外部帳戶類型（列舉 nms:extAccount:type）：請先安裝「Integration with the Adobe Experience Cloud」套件。若此類型以其他標籤存在，請以 --account-type N 提供其編號。',
  'check.account.typeOverride': '類型 {value}',
  'check.account.needsLogon': '需要登入：外部帳戶須從執行個體讀取。',
  'check.account.none':
    '尚無類型為「{label}」（類型 {type}）的外部帳戶。{createAccount}，或在 Administration > Platform > External accounts 中建立。',
  'check.account.several':
    '有 {count} 個類型為「{label}」（類型 {type}）的外部帳戶：{names}。只能有一個：請保留一個，在 Administration > Platform > External accounts 中刪除其他帳戶，然後重新啟動 Campaign 伺服器。',
  'check.account.broken': '類型為「{label}」（類型 {type}）的帳戶「{name}」無法運作：{problems}{fixAccount}。',
  'check.account.remarks': '類型為「{label}」（類型 {type}）的帳戶「{name}」已存在，但有以下注意事項：{problems}',
  'check.account.ok': '類型為「{label}」（類型 {type}）的帳戶「{name}」已存在、已啟用，且欄位符合 Adobe 的規則。',
  'check.account.problem': '{field}：{problem}',
  'check.account.more': '（另有 {count} 項）',
  'check.account.secretEmpty': 'IMS 用戶端密碼是空的。',
  'check.account.disabled': '此帳戶未啟用（未勾選「Enabled」）。',
  'check.account.enabledField': 'Enabled',

  'push.refused.duplicates':
    '執行個體有 {count} 個類型為「{label}」的外部帳戶（{names}）；只能有一個。請在 Administration > Platform > External accounts 中刪除多餘的帳戶、保留一個，然後再推送一次。',
  'push.refused.otherName':
    '執行個體已有內部名稱為「{existing}」的「{label}」帳戶，但組態檔指定的是「{wanted}」。第二個帳戶會使 IMS 登入失效。請{updateExisting}以更新「{existing}」（保留其內部名稱），或在組態檔中將 account.internalName 設為「{existing}」。',
  'push.refused.sameNameOtherType':
    '已有名為「{name}」但類型不同的外部帳戶（類型 {type}，標籤「{label}」）；寫入會覆寫它。請在組態檔中改用其他 account.internalName。',
  'push.refused.missingField':
    '此執行個體的外部帳戶沒有「{label}」欄位（@{attribute}），因此無法保存 IMS 帳戶：請檢查伺服器組建與「Integration with the Adobe Experience Cloud」套件（執行個體檢查會顯示兩者），然後再試一次。',
  'push.refused.replaceWithoutSecret': '要求取代用戶端密碼，但未提供密碼：{giveSecret}。',
  'push.refused.noSecret': '執行個體上的帳戶沒有用戶端密碼，也未提供密碼：{giveSecret}，使用 Adobe 客戶服務核發的密碼。',
  'push.unknownType': '不明',
  'push.note.updatingExisting': '正在更新現有的帳戶「{existing}」；其內部名稱仍為「{existing}」（組態檔指定的是「{wanted}」）。',
  'push.note.fieldAbsent': '此執行個體的外部帳戶沒有「{label}」欄位（@{attribute}）：不寫入「{field}」。',
  'push.note.secretKeptNoneGiven': '未提供用戶端密碼：保留執行個體上現有的密碼。',
  'push.note.secretKept':
    '執行個體上已有用戶端密碼，將予以保留。Campaign 會加密保存密碼，因此無法與您的密碼比較：若要覆寫，請{replaceSecret}。',
  'push.note.nothingToWrite': '執行個體上的帳戶已與組態檔相符：未寫入任何內容。',
  'push.note.restart':
    '請重新啟動 Campaign 伺服器（所有 nlserver 程序，例如在每部網頁伺服器上執行「nlserver restart web」），使其採用新的外部帳戶設定。',
  'push.warning.otherInstance': '正在連線到 {host}，但組態檔是為執行個體 {configured} 準備的。請確認這是您要的執行個體。',
  'push.warning.callbackElsewhere':
    '回呼伺服器（{callback}）不是所連線的主機（{host}）。若位於負載平衡器或公開別名之後，這沒有問題；否則回呼伺服器必須是此執行個體的存取 URL。',
  'push.verify.differs':
    '寫入已被接受，但讀回的帳戶有差異：{mismatches}。請在主控台中檢查此帳戶（Administration > Platform > External accounts）。',
  'push.verify.notFound': '寫入後找不到此帳戶',
  'push.verify.value': '{field}：寫入「{wrote}」，讀回「{got}」',
  'push.verify.secret': 'clientSecret：讀回的加密密碼與寫入的不同',

  'connection.url.invalid': '「{text}」不是執行個體 URL。請以 https://campaign.example.com 的形式提供（http:// 僅限實驗用執行個體）。',
  'connection.url.credentials': '執行個體 URL 含有使用者名稱或密碼。請從 URL 中移除。{logOn}。',
  'connection.url.plainHttp': '{host} 透過未加密的 http 連線：密碼與用戶端密碼會以明文傳送。除非這是實驗用執行個體，否則請使用 https。',
  'connection.url.extraIgnored': '執行個體 URL 的查詢字串或片段（{extra}）會被忽略。',
  'connection.needPassword': '請輸入操作員「{login}」的密碼。',
  'connection.needCredentials': '請輸入具管理權限之 Campaign 操作員的登入名稱與密碼，以讀取與寫入外部帳戶。',
  'connection.sdkMissing':
    '無法載入 Adobe 的 Campaign SDK（@adobe/acc-js-sdk）。請重新安裝 acc-ims-wizard（在其資料夾中執行 npm install）。',
  'connection.unknownCode': '不明錯誤',
  'connection.ms': '{count} 毫秒',
  'connection.seconds': '{count} 秒',
  'connection.timeout': '{host} 在{step}時未於 {time} 內回應。執行個體可能負載過重，或防火牆丟棄了流量：請檢查 URL，或{moreTime}。',
  'connection.dns': '找不到主機名稱 {host}（DNS {code}）。請檢查執行個體 URL 是否有錯字，以及這部電腦能否解析該名稱（VPN、代理伺服器）。',
  'connection.refused': '{hostPort} 上沒有服務在接聽（連線遭拒）。請檢查執行個體 URL 與連接埠，以及 Campaign 網頁伺服器是否正在執行。',
  'connection.unreachable': '這部電腦無法連線到 {host}（{code}）。請檢查網路、VPN 或代理伺服器，以及執行個體 URL。',
  'connection.reset':
    '{host} 在{step}時於回應前關閉了連線。可能是代理伺服器或防火牆切斷了流量，或伺服器已重新啟動：請再試一次；若持續發生，請檢查執行個體的網頁伺服器記錄。',
  'connection.tooLarge': '{host} 在{step}時傳送了超過 32 MB 的回應：那不是 Campaign 的 SOAP 回應。請確認 URL 是執行個體的存取 URL。',
  'connection.other': '在{step}時與 {host} 的連線失敗（{code}）。請檢查執行個體 URL。',
  'connection.failed': '在{step}時 {host} 發生錯誤：{text}。',
  'connection.cancelled': '已在{step}時取消。',
  'connection.cancelledWrite': '已在{step}時取消。寫入仍可能送達執行個體：再次推送前，請{compareAgain}。',
  'connection.mayHaveLanded': '{failure}寫入可能已送達執行個體：再次推送前，請{compareAgain}。',
  'connection.tls.expired': '{host} 的 TLS 憑證已過期。請執行個體的管理員更新憑證；本工具不會連線到無法驗證身分的執行個體。',
  'connection.tls.notYetValid': '{host} 的 TLS 憑證尚未生效：請檢查這部電腦的時鐘與日期。',
  'connection.tls.wrongHost': '{host} 出示的 TLS 憑證是核發給其他主機名稱的。請完全依照憑證上的名稱使用執行個體的 URL。',
  'connection.tls.untrusted':
    '{host} 的 TLS 憑證不是由受信任的憑證機構簽署（{code}）。若執行個體使用貴公司的私有 CA，{trustCa}；本工具絕不關閉憑證檢查。',
  'connection.tls.other':
    '與 {host} 的安全連線失敗（{code}）。請確認 URL 使用正確的通訊協定與連接埠（https://）；若執行個體使用貴公司的私有 CA，{trustCa}。',
  'connection.tls.envIgnored':
    '環境中設定了 NODE_TLS_REJECT_UNAUTHORIZED=0：此設定會被忽略，仍會檢查執行個體的憑證。請移除該變數；若執行個體使用貴公司的私有 CA，{trustCa}。',
  'connection.http.denied':
    '{host} 在{step}時回應 HTTP {status}：存取在到達 Campaign 之前即被拒絕（IP 允許清單或代理伺服器）。請執行個體的管理員允許這部電腦的位址。',
  'connection.http.notFound':
    '{host} 在{step}時回應 HTTP {status}：此位址沒有 Campaign SOAP 路由器。請使用執行個體的存取 URL（用戶端主控台連線的位址），不要加上路徑。',
  'connection.http.serverError':
    '{host} 在{step}時回應 HTTP {status}，且沒有 SOAP 錯誤：網頁伺服器或 Campaign 前方的代理伺服器發生故障。請再試一次；若持續發生，請檢查執行個體的網頁伺服器記錄。',
  'connection.http.other': '{host} 在{step}時回應 HTTP {status}。請確認 URL 是執行個體的存取 URL。',

  'soap.step.probe': '要求 /r/test ',
  'soap.step.logon': '登入',
  'soap.step.readSchema': '讀取外部帳戶結構描述（nms:extAccount）',
  'soap.step.readAccounts': '讀取外部帳戶',
  'soap.step.readWorkflows': '讀取工作流程（xtk:workflow）',
  'soap.step.readBack': '讀回帳戶',
  'soap.step.encryptSecret': '在執行個體上加密用戶端密碼',
  'soap.step.writeAccount': '寫入外部帳戶',
  'soap.shape.elements': '超過 {count} 個元素',
  'soap.shape.attributes': '單一元素超過 {count} 個屬性',
  'soap.shape.depth': '元素巢狀超過 {count} 層',
  'soap.implausible': '{host} 在{step}時傳送的回應含有{shape}：那不是 Campaign 的 SOAP 回應，因此未讀取。請確認 URL 是執行個體的存取 URL。',
  'soap.dtd':
    '{host} 在{step}時傳送的回應含有文件類型宣告（<!DOCTYPE 或 <!ENTITY）。Campaign 從不傳送這種宣告，其實體可能耗盡這部電腦的記憶體，因此未讀取此回應。請確認 URL 是執行個體的存取 URL，而不是代理伺服器或假冒的伺服器。',
  'soap.sessionExpired':
    '{host} 在{step}時表示工作階段已過期或無效。請重新登入；若立即再次發生，執行個體可能只允許已知 IP 位址的工作階段（安全區域）。',
  'soap.notCampaign':
    '{host} 在{step}時的回應不像 Campaign 執行個體：{text}。請確認 URL 是執行個體的存取 URL，而不是入口網站或代理伺服器的頁面。',
  'soap.unexpected':
    '{host} 在{step}時的回應不像 Campaign 執行個體：{what}。請確認 URL 是執行個體的存取 URL，而不是入口網站或代理伺服器的頁面。',
  'soap.unexpected.missingParts': '回應缺少每個 Campaign 回應都有的元素或值',
  'soap.unexpected.notEncrypted': '傳回的內容不是加密的密碼（「@」後接 base64），因此未寫入任何內容',
  'soap.noReason': '未提供原因。',
  'soap.logonRefused': '{host} 拒絕登入：{fault} 請檢查登入名稱與密碼（執行個體的安全區域必須允許此操作員從這個位址登入）。',
  'soap.logonRefusedAs': '{host} 拒絕「{login}」登入：{fault} 請檢查登入名稱與密碼（執行個體的安全區域必須允許此操作員從這個位址登入）。',
  'soap.fault': '{host} 在{step}時（{method}）回應 SOAP 錯誤：{fault} 代碼與文字由執行個體提供：其管理員可在伺服器記錄中查詢。',
  'soap.faultRights':
    '{host} 在{step}時（{method}）回應 SOAP 錯誤：{fault} 此操作員可能缺少所需權限：請使用 Administrators 操作員群組中的操作員。',
};
