import type { ims as en } from '../en/ims';
import type { Entries } from '../../render';

export const ims: Entries<typeof en> = {
  'check.package.needsLogon': '需要登入：已安裝的套件與整合套件的工作流程須從執行個體讀取。',
  'check.package.workflows':
    '「Integration with the Adobe Experience Cloud」已安裝：執行個體上有它的工作流程 {workflows}。已安裝的套件：{installed}。',
  'check.package.idOnly':
    '「Integration with the Adobe Experience Cloud」可能已安裝，但請在主控台確認：執行個體列出 {ids}，這個套件 ID 也可能屬於其他套件，而且{workflows}。確認方式：Tools > Advanced > Import package > Install a standard package，已安裝的套件會以灰色顯示。已安裝的套件：{installed}。',
  'check.package.none':
    '「Integration with the Adobe Experience Cloud」未安裝：沒有安裝任何已知的套件 ID（{ids}），而且{workflows}。已安裝的套件：{installed}。請在主控台安裝：Tools > Advanced > Import package > Install a standard package；記錄的最後一行必須是「Installation of packages successful」。',
  'check.package.workflowsMissing': '找不到整合套件的工作流程（{workflows}）',
  'check.package.workflowsUnread': '無法讀取整合套件的工作流程（{reason}）',
  'check.package.workflowsUnknown': '沒有回應',
  'check.package.installedList': '{ids}',
  'check.package.installedNone': '執行個體未回報任何套件',
  'check.package.noList': '以 IMS 持有人權杖登入時不會回報（請改用登入名稱與密碼登入以查看）',
  'ims.target.badServer': 'IMS 伺服器「{value}」不是 https 主機，應類似 https://ims-na1.adobelogin.com。請修正 account.imsServer。',
  'ims.target.badOverride': '--ims-url 需要代理伺服器或測試用 IMS 的基底 URL，例如 https://ims-proxy.example.com，而不是「{value}」。',
  'ims.target.overrideExtras': '--ims-url 不能包含使用者名稱、密碼、查詢字串或片段，請只提供基底 URL，例如 https://ims-proxy.example.com。',
  'ims.target.plainHttp':
    '--ims-url：只有連到本機（127.0.0.1、::1、localhost）時才允許使用未加密的 http，不能連到 {host}，否則用戶端密碼會以未加密方式在網路上傳送。請改用 https。',
  'ims.target.overrideWarning':
    '用戶端識別碼與用戶端密碼會傳送到 {host}（--ims-url），而不是組態中設定的 Adobe IMS {configured}。--ims-url 只能用於自己的代理伺服器或測試用 IMS。',
  'ims.result.notRejected':
    'Adobe IMS 沒有拒絕此用戶端識別碼與用戶端密碼；只有實際登入才能證明它們正確。（{host} 對一個虛構的授權碼回應 HTTP {status}「{error}」，因此沒有核發任何權杖。）',
  'ims.result.invalidSecret':
    'Adobe IMS 拒絕了用戶端識別碼「{clientId}」的用戶端密碼（「invalid client_secret parameter」）。請依 Adobe 提供的內容重新複製用戶端密碼，再次儲存後重新檢查。',
  'ims.result.invalidClientId':
    'Adobe IMS 不認得用戶端識別碼「{clientId}」（「invalid client_id parameter」）。請與 Adobe 客戶服務提供的識別碼核對。',
  'ims.result.unexpected':
    '{host} 回應 HTTP {status}，內容是{what}，而不是 Adobe IMS 的回應：用戶端識別碼與用戶端密碼既未被拒絕也未被接受。請稍後再試；若持續發生，請檢查 IMS 伺服器及中間的代理伺服器。',
  'ims.result.unexpectedNoStatus':
    '{host} 的回應是{what}，而不是 Adobe IMS 的回應：用戶端識別碼與用戶端密碼既未被拒絕也未被接受。請檢查 IMS 伺服器及中間的代理伺服器。',
  'ims.result.unreachable': '無法連線到 {host} 的 Adobe IMS：{reason}。請檢查網路（代理伺服器、防火牆）後再試一次。',
  'ims.answer.redirect': '重新導向（未跟隨：用戶端密碼只會傳送到 IMS 伺服器）',
  'ims.answer.serverError': '伺服器錯誤',
  'ims.answer.html': 'HTML 網頁（可能是代理伺服器或登入入口網站）',
  'ims.answer.notJson': '非 JSON 的內容',
  'ims.answer.noError': '不含 OAuth 錯誤的 JSON',
  'ims.answer.tooLarge': '超過 {kb} KB 的內容',
  'ims.reason.timeout': '在 {seconds} 秒內沒有收到完整回應',
  'ims.reason.dns': '無法解析主機名稱',
  'ims.reason.refused': '連線遭到拒絕',
  'ims.reason.unreachable': '無法連到網路或主機',
  'ims.reason.reset': '回應尚未完整就被中斷連線',
  'ims.reason.tls': '安全連線失敗（{code}）；若公司代理伺服器使用自己的憑證授權單位，請將 NODE_EXTRA_CA_CERTS 設為該 CA 的 PEM 檔',
  'ims.reason.other': '要求失敗（{code}）',
  'ims.job': '向 Adobe IMS 的檢查',
  'ims.cancelled': '已取消向 Adobe IMS 的檢查。',
  'ims.config.notReady': '請先修正 IMS 伺服器與用戶端識別碼（{count} 個問題）。',
  'ims.cli.summary': '詢問 Adobe IMS 是否拒絕用戶端識別碼或用戶端密碼（不登入、不核發權杖）',
  'ims.cli.help':
    '用法：acc-ims ims-check FILE [--secret-env VAR] [--ims-url URL] [--timeout SECONDS] [--json]\n                         [--lang en|zh-Hant]\n\n不需登入，詢問 Adobe IMS 是否拒絕組態檔 FILE 中的用戶端識別碼與用戶端密碼：\n以一個虛構的授權碼向 <account.imsServer>/ims/token/v3 傳送一次 POST，因此絕不會核發權杖。\n用戶端識別碼與用戶端密碼只放在要求本文中，絕不放在 URL 裡。\nAdobe IMS 回應「invalid client_secret parameter」或「invalid client_id parameter」即證明用戶端密碼錯誤\n或用戶端識別碼不存在；其他回應只表示 IMS 沒有拒絕它們：只有實際登入才能證明它們正確。\n\n選項：\n  --secret-env VAR       從環境變數 VAR 讀取用戶端密碼（預設：組態中的鑰匙圈參照\n                         account.clientSecret.keychain）\n  --ims-url URL          改為傳送到此基底 URL，而非 account.imsServer：自己的代理伺服器或測試用\n                         IMS（https；http 只限 127.0.0.1/localhost）。用戶端密碼會傳送到那裡。\n  --timeout SECONDS      超過此秒數即放棄（預設 {seconds}）\n  --json                 在標準輸出印出 {jsonShape}\n\n結束代碼：0 IMS 沒有拒絕，1 IMS 拒絕了用戶端識別碼或用戶端密碼，\n2 無法連線到 IMS 或收到的不是 IMS 回應、組態無效或用法錯誤。\n\n範例：\n  acc-ims ims-check prod.acc-ims.json',
  'ims.cli.invalidConfig': '無法用 Adobe IMS 檢查 {file}：其中有 {count} 個錯誤（見上方）。請修正後執行「acc-ims validate {file}」。',
  'ims.cli.noSecret':
    '沒有可檢查的用戶端密碼：{file} 的 account.clientSecret 沒有鑰匙圈參照。請使用 --secret-env VAR，或以「acc-ims secret set NAME」儲存後在該處寫入 {keychainRef}。',
  'ims.cli.timeoutInvalid': '--timeout 需要 1 到 {max} 之間的秒數。',
  'ims.desktop.noSecret': '請先將用戶端密碼儲存到鑰匙圈（上方的用戶端密碼欄位），再向 Adobe IMS 檢查。',
  'ims.ui.button': '向 Adobe IMS 檢查',
  'ims.ui.help': '不需登入，詢問 Adobe IMS 是否拒絕此用戶端識別碼與用戶端密碼：以虛構的授權碼向 IMS 伺服器傳送一次要求，因此不會核發權杖。',
  'ims.ui.checking': '正在詢問 Adobe IMS…',
  'ims.ui.needsSecret': '儲存用戶端密碼後即可向 Adobe IMS 檢查。',
  'ims.ui.stale': '在此回應之後，用戶端識別碼、用戶端密碼或 IMS 伺服器已變更：請重新檢查。',
  'ims.ui.badge.notRejected': '未被拒絕',
  'ims.ui.badge.rejected': '遭拒絕',
  'ims.ui.badge.noAnswer': '沒有回應',
};
