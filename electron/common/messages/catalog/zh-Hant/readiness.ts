import type { readiness as en } from '../en/readiness';
import type { Entries } from '../../render';

export const readiness: Entries<typeof en> = {
  'readiness.email-missing':
    '操作員「{login}」沒有電子郵件。請在主控台（Administration > Access Management > Operators > {login} > Contact points）加上專屬的電子郵件：IMS 登入以電子郵件對應操作員。',
  'readiness.email-invalid':
    '操作員「{login}」的電子郵件 Admin Console 不會接受（「{email}」）。請在主控台（Administration > Access Management > Operators > {login} > Contact points）更正。',
  'readiness.email-duplicate':
    '操作員「{login}」與 {others} 共用電子郵件「{email}」（不分大小寫比較）。請在主控台（Administration > Access Management > Operators > Contact points）讓每位操作員使用自己的電子郵件。',
  'readiness.email-duplicate-many':
    '操作員「{login}」與 {others} 及另外 {count} 位共用電子郵件「{email}」（不分大小寫比較）。請在主控台（Administration > Access Management > Operators > Contact points）讓每位操作員使用自己的電子郵件。',
  'readiness.profile-admin':
    '產品設定檔「{profile}」（操作員群組「{group}」）的名稱含有「admin」：Adobe 會讓其中每個人都能存取 Control Panel（控制面板）。在 Admin Console 建立前，請確認這是您要的。',
  'readiness.profile-underivable': '無法為操作員群組「{group}」推導產品設定檔名稱：{reason}',
  'readiness.group-empty': '操作員群組「{group}」沒有操作員。只有在操作員將加入時，才需要它的產品設定檔。',
  'readiness.underivable.syntax':
    '關聯遮罩在擷取群組之外有規則運算式語法（「{syntax}」），因此無法拼出單一名稱。請把遮罩寫成固定文字加上一個「(.*)」，或自行命名產品設定檔，讓遮罩擷取到每個群組名稱。',
  'readiness.underivable.noMatch': '關聯遮罩不符合「{profile}」：它的擷取群組不接受這個群組名稱。請放寬擷取群組，例如「(.*)」。',
  'readiness.underivable.otherCapture':
    '以關聯遮罩比對「{profile}」時，擷取到的是「{captured}」而不是群組名稱。請讓擷取群組前後的文字固定，例如「Campaign - acme - (.*)」。',
  'readiness.mask.empty':
    '關聯遮罩是空的。請以 --mask 指定，例如「Campaign - acme - (.*)」，或提供已設定 account.associationMask 的組態檔。',
  'readiness.mask.invalid': '關聯遮罩「{mask}」不是有效的規則運算式（{detail}）。請檢查括號，並以「\\(」跳脫「(」等特殊字元。',
  'readiness.mask.noGroup': '關聯遮罩「{mask}」沒有擷取群組。請在操作員群組名稱出現的位置放上「(.*)」，例如「Campaign - acme - (.*)」。',
  'readiness.mask.manyGroups':
    '關聯遮罩「{mask}」有 {count} 個擷取群組；只能有一個，圍住操作員群組名稱。請以「(?:…)」把其他群組改為不擷取。',
  'readiness.step.operators': '讀取操作員（xtk:operator）',
  'readiness.step.groups': '讀取操作員群組（xtk:group）',
  'readiness.step.memberships': '讀取群組成員關係（xtk:operatorGroup）',
  'readiness.read.cancelled': '讀取操作員時已取消；未做任何判斷，也未寫入任何內容。',
  'readiness.read.missingTable':
    '{host} 對 {schema} 查詢的回應缺少清單（{element}），因此無法判斷操作員；未做任何判斷，也未寫入任何內容。請確認 URL 是執行個體的存取 URL，且該操作員可讀取 {schema}。',
  'readiness.read.missingAttribute':
    '{host} 對 {schema} 查詢的回應中有記錄缺少 {attribute}，因此無法判斷操作員；未做任何判斷，也未寫入任何內容。請確認 URL 是執行個體的存取 URL，而不是 Proxy 頁面。',
  'readiness.read.ignoresPaging':
    '{host} 在下一頁又傳回相同的 {schema} 記錄（它忽略 startLine），因此無法讀取完整清單；未做任何判斷，也未寫入任何內容。請確認 URL 是執行個體的存取 URL。',
  'readiness.read.tooMany': '{host} 傳回超過 {max} 筆 {schema} 記錄，這不是真正的執行個體。請檢查執行個體 URL。',
  'readiness.read.noOperators':
    '執行個體沒有傳回任何操作員，但「{login}」本身就是操作員：回應已被篩選或有誤，因此未做任何判斷，也未寫入任何內容。請以 Administrators 群組的操作員登入。',
  'readiness.read.duplicateGroups':
    '執行個體傳回多個內部名稱為 {names} 的操作員群組；在真正的執行個體上內部名稱是唯一的，因此無法將群組對應到產品設定檔，未做任何判斷，也未寫入任何內容。請檢查執行個體 URL。',
  'readiness.notAdmin': '操作員「{login}」不是管理員，可能看不到所有操作員；未讀取任何內容。請以 Administrators 群組的操作員登入。',
  'readiness.csv.written': '已將 {count} 位使用者寫入 {path}。',
  'readiness.csv.split':
    '已將 {count} 位使用者寫入 {files} 個檔案，每個最多 {max} 列（Admin Console 每個檔案最多接受 {max} 列；請逐一上傳）：{paths}。',
  'readiness.csv.skipped': '有 {count} 位已啟用的操作員未列入使用者檔案：請先修正他們的電子郵件，再重新寫入檔案。',
  'readiness.cli.commandSummary': '操作員與操作員群組的登入準備狀態：產品設定檔名稱、電子郵件問題、Admin Console 使用者檔案',
  'readiness.cli.help': `用法：acc-ims operators --instance URL --user U --password-env VAR (--config FILE | --mask MASK)
                         [--csv FILE] [--separator ,|;] [--identity-type T] [--json] [--lang en|zh-Hant]

逐頁讀取執行個體的操作員（xtk:operator，僅限真正的操作員）、操作員群組（xtk:group）與成員關係
（xtk:operatorGroup），並指出哪些事項會妨礙以 Adobe ID 登入。只讀取，不會在執行個體上寫入任何內容。
  操作員        驗證方式（原生或 IMS）、是否停用，以及電子郵件問題：缺少、無效，或與其他操作員
                共用（不分大小寫）。每位已啟用的原生操作員都需要有效且專屬的電子郵件。
  操作員群組    每個群組對應的產品設定檔名稱：以群組的內部名稱取代關聯遮罩的擷取群組。名稱含有
                「admin」者會授予 Control Panel（控制面板）存取權。請在 Admin Console 建立這些設定檔。
  --csv FILE    Admin Console「Add users by CSV」檔案：每位具有效且專屬電子郵件的已啟用操作員一列，
                附上其產品設定檔。超過 25,000 位使用者時會分成編號檔案（FILE-1.csv、FILE-2.csv…）。

選項：
{connection}
  --mask MASK            關聯遮罩，例如 "Campaign - acme - (.*)"
  --config FILE          從此組態檔取得遮罩（account.associationMask）
  --csv FILE             寫入 Admin Console 使用者檔案（UTF-8、RFC 4180）
  --separator , 或 ;     CSV 分隔符號（預設「,」；部分地區的 Excel 使用「;」）
  --identity-type T      "Federated ID"（預設）、"Enterprise ID" 或 "Adobe ID"

結束代碼：0 已就緒，1 發現問題（或該操作員無權讀取操作員），2 無法連線到執行個體、無法讀取其回應，
或用法錯誤。

範例：
  ACC_PASSWORD=… acc-ims operators --instance https://campaign.example.com --user admin --password-env ACC_PASSWORD --mask "Campaign - acme - (.*)" --csv users.csv`,
  'readiness.cli.usage.mask': '請以 --mask MASK（例如 --mask "Campaign - acme - (.*)"）或 --config FILE 提供關聯遮罩，不要兩者都給。',
  'readiness.cli.usage.noMask': 'operators 需要關聯遮罩：--mask MASK（例如 --mask "Campaign - acme - (.*)"）或 --config FILE。',
  'readiness.cli.usage.config':
    '{path} 不是有效的組態檔，因此無法使用其中的關聯遮罩。請執行 acc-ims validate {path} 查看原因，或改用 --mask MASK。',
  'readiness.cli.usage.credentials':
    'operators 需要登入用的操作員：--user LOGIN 搭配 --password-env VAR（v8.5 以上也可用 --bearer-env VAR）。',
  'readiness.cli.usage.separator': '--separator 只接受「,」或「;」，不接受「{value}」。',
  'readiness.cli.usage.identityType': '--identity-type 只接受 {allowed}，不接受「{value}」。',
  'readiness.cli.usage.positional':
    'operators 不接受檔案（收到「{value}」）：請以 --instance URL 指定執行個體，並以 --mask 或 --config 指定遮罩。',
  'readiness.cli.heading': '{url} 的登入準備狀態',
  'readiness.cli.summary':
    '操作員：{operators} 位（原生 {native} 位、IMS {ims} 位、已停用 {disabled} 位）；{missingEmail} 位沒有電子郵件，{duplicateEmail} 位與他人共用電子郵件。',
  'readiness.cli.groups': '{count} 個操作員群組及其產品設定檔名稱：',
  'readiness.cli.members': '{count} 位操作員',
  'readiness.cli.noProfile': '（無名稱）',
  'readiness.cli.blocking': '在 IMS 登入前需修正的已啟用原生操作員：{count} 位',
  'readiness.cli.notBlocking': '另有 {count} 位已停用或 IMS 操作員的電子郵件有問題（不影響；請見 --json）。',
  'readiness.cli.ready': '已就緒：每位已啟用的原生操作員都有有效且專屬的電子郵件，每個操作員群組都有產品設定檔名稱。',
  'readiness.cli.notReady': '尚未就緒：請修正上述問題，再執行一次 acc-ims operators。',
  'readiness.cli.next':
    '下一步：在 Admin Console 建立使用者（--csv FILE）與上述產品設定檔；每位操作員在主控台的連線設定中勾選「Connect with an Adobe ID」；重新啟動伺服器。之後才可在 serverConf.xml 限制原生登入。',
  'step.readiness.title': '登入準備狀態',
  'step.readiness.lead': '每位操作員以 Adobe ID 登入前需要的項目：電子郵件、產品設定檔、使用者檔案。',
  'readiness.job': '讀取操作員',
  'readiness.dialog.saveCsv': '儲存 Admin Console 使用者檔案',
  'readiness.dialog.csvFilter': 'CSV 檔案',
  'readiness.desktop.credentials': '請在「執行個體」步驟輸入 Administrators 群組中 Campaign 操作員的登入名稱與密碼，才能讀取操作員。',
  'readiness.ui.ims.title': 'Adobe IMS 與 IMS 用戶端識別碼及用戶端密碼',
  'readiness.ui.read.title': '執行個體的操作員與操作員群組',
  'readiness.ui.read.help': '逐頁讀取 {url} 的所有操作員、操作員群組與成員關係。只讀取，不會在執行個體上寫入任何內容。',
  'readiness.ui.read.run': '讀取操作員',
  'readiness.ui.read.again': '重新讀取',
  'readiness.ui.read.needsPassword': '請先在「執行個體」步驟輸入操作員密碼：密碼只在應用程式開啟期間保留。',
  'readiness.ui.read.busy': '正在讀取操作員',
  'readiness.ui.stage.logon': '登入中',
  'readiness.ui.stage.read-operators': '讀取操作員',
  'readiness.ui.stage.read-groups': '讀取操作員群組',
  'readiness.ui.stage.read-memberships': '讀取群組成員關係',
  'readiness.ui.stage.logoff': '登出中',
  'readiness.ui.summary.title': '摘要',
  'readiness.ui.summary.ready': '已就緒：每位已啟用的原生操作員都有有效且專屬的電子郵件，每個操作員群組都有產品設定檔名稱。',
  'readiness.ui.summary.notReady': '尚未就緒：有 {count} 位已啟用的原生操作員需要修正電子郵件，或有操作員群組沒有產品設定檔名稱。',
  'readiness.ui.summary.counts':
    '操作員 {operators} 位：原生 {native} 位、IMS {ims} 位、已停用 {disabled} 位；{missingEmail} 位沒有電子郵件，{duplicateEmail} 位與他人共用電子郵件。',
  'readiness.ui.groups.title': '要在 Admin Console 建立的產品設定檔',
  'readiness.ui.groups.help': '請為每個操作員群組建立名稱完全相同的產品設定檔（不可多出空格，大小寫一致），再將使用者指派給它。',
  'readiness.ui.groups.caption': '操作員群組及其產品設定檔名稱',
  'readiness.ui.groups.group': '操作員群組',
  'readiness.ui.groups.profile': '產品設定檔名稱',
  'readiness.ui.groups.members': '操作員',
  'readiness.ui.groups.noProfile': '無法推導名稱',
  'readiness.ui.controlPanel.title': '有 {count} 個產品設定檔會授予 Control Panel（控制面板）存取權',
  'readiness.ui.controlPanel.text':
    'Adobe 會讓名稱含有「admin」的產品設定檔中的每個人都能存取 Campaign Control Panel（控制面板）。請只指派應有此權限的人。',
  'readiness.ui.copy': '複製',
  'readiness.ui.copied': '已複製',
  'readiness.ui.copiedWhat': '已複製：{what}',
  'readiness.ui.copyAll': '複製全部 {count} 個產品設定檔名稱',
  'readiness.ui.copyProfile': '複製操作員群組 {group} 的產品設定檔名稱',
  'readiness.ui.ops.title': '操作員',
  'readiness.ui.ops.fixWhere':
    '請在用戶端主控台修正電子郵件：Administration > Access Management > Operators >（操作員）> Contact points。然後重新讀取。',
  'readiness.ui.ops.caption': '操作員及其問題',
  'readiness.ui.ops.filter': '顯示',
  'readiness.ui.ops.filter.all': '所有操作員',
  'readiness.ui.ops.filter.problems': '有問題者',
  'readiness.ui.ops.filter.email-missing': '缺少電子郵件',
  'readiness.ui.ops.filter.email-invalid': '電子郵件無效',
  'readiness.ui.ops.filter.email-duplicate': '電子郵件共用',
  'readiness.ui.ops.filter.disabled': '已停用',
  'readiness.ui.ops.filter.ims': 'IMS 操作員',
  'readiness.ui.ops.search': '搜尋登入名稱、姓名或電子郵件',
  'readiness.ui.ops.shown': '顯示 {total} 位操作員中的 {count} 位',
  'readiness.ui.ops.scroll': '操作員列（以方向鍵捲動）',
  'readiness.ui.ops.col.name': '登入名稱與姓名',
  'readiness.ui.ops.col.email': '電子郵件',
  'readiness.ui.ops.col.status': '登入方式',
  'readiness.ui.ops.col.problems': '問題',
  'readiness.ui.ops.native': '原生',
  'readiness.ui.ops.ims': 'IMS',
  'readiness.ui.ops.disabled': '已停用',
  'readiness.ui.problem.email-missing': '缺少電子郵件',
  'readiness.ui.problem.email-invalid': '電子郵件無效',
  'readiness.ui.problem.email-duplicate': '電子郵件共用',
  'readiness.ui.csv.title': 'Admin Console 使用者檔案',
  'readiness.ui.csv.help':
    '每位具有效且專屬電子郵件的已啟用操作員一列，附上其產品設定檔。請在 Admin Console 上傳：Users > Add users by CSV。超過 25,000 位使用者時會分成編號檔案。',
  'readiness.ui.csv.identityType': '身分類型',
  'readiness.ui.csv.separator': '分隔符號',
  'readiness.ui.csv.comma': '逗號（,）',
  'readiness.ui.csv.semicolon': '分號（;），供部分地區的 Excel 使用',
  'readiness.ui.csv.save': '儲存使用者檔案…',
  'readiness.ui.csv.saved': '已儲存 {count} 位使用者。',
  'readiness.ui.offline.title': '您的操作員群組對應的產品設定檔名稱',
  'readiness.ui.offline.label': '操作員群組內部名稱',
  'readiness.ui.offline.help':
    '請貼上操作員群組的內部名稱（Administration > Access Management > Operator groups），每行一個。資料不會離開這部電腦。',
  'readiness.ui.next.title': '接著請依序進行',
  'readiness.ui.next.emails': '在主控台（Contact points）為每位原生操作員設定專屬的電子郵件。',
  'readiness.ui.next.adminConsole': '在 Admin Console 建立上述產品設定檔與使用者（使用者檔案），並完成指派。',
  'readiness.ui.next.connect':
    '在每部工作站上，每位操作員都要在主控台的連線設定中勾選「Connect with an Adobe ID」：這是主控台的設定，不是操作員的設定，本工具無法代為設定。',
  'readiness.ui.next.restart': '重新啟動 Campaign 伺服器。',
  'readiness.ui.serverConf.title': '選用的最後一步：限制原生登入',
  'readiness.ui.serverConf.orderTitle': '必須等每位操作員都能以 IMS 登入後才進行',
  'readiness.ui.serverConf.order':
    '太早啟用會讓電子郵件尚未修正的操作員無法登入。請保留四個允許的操作員：admin、aemserver、campaign-loginmonitor 與 internal|monitoring。',
  'readiness.ui.serverConf.where': '請在伺服器的 serverConf.xml 中 <serverConf><shared> 之下加入以下內容，然後重新啟動：',
  'readiness.ui.serverConf.copy': '複製 serverConf.xml 片段',
  'readiness.ui.serverConf.effect': '第一行讓原生操作員在主控台中變成唯讀；第二行封鎖原生操作員的 API 與主控台登入，允許的操作員除外。',
};
