import type { cli as en } from '../en/cli';
import type { Entries } from '../../render';

export const cli: Entries<typeof en> = {
  'cli.top.title': 'acc-ims：將 Adobe Campaign Classic 執行個體連接到 Adobe IMS',
  'cli.top.usage': '用法：acc-ims <命令> [選項]',
  'cli.top.commands': '命令：',
  'cli.top.footer':
    '執行「acc-ims <命令> --help」可查看該命令的選項。\n密碼與用戶端密碼一律不從命令列讀取：請使用 --password-env、--secret-env 與 --passphrase-env\n指定的環境變數、標準輸入，或作業系統鑰匙圈。\n\n所有命令共用的選項：\n  --lang en|zh-Hant  輸出的語言（預設依 LC_ALL、LC_MESSAGES 或 LANG）\n  --help, -h         顯示命令的選項\n  --version, -v      顯示版本',
  'cli.usage.unknownCommand': '沒有 {name} 這個命令。執行「acc-ims --help」可查看所有命令。',
  'cli.usage.unknownCommandSuggest': '沒有 {name} 這個命令；您是要輸入 {suggestion} 嗎？執行「acc-ims --help」可查看所有命令。',
  'cli.usage.unknownOption': '沒有 {option} 這個選項。執行「acc-ims {command} --help」可查看選項。',
  'cli.usage.unknownOptionSuggest': '沒有 {option} 這個選項；您是要輸入 {suggestion} 嗎？執行「acc-ims {command} --help」可查看選項。',
  'cli.usage.optionNeedsValue': '{option} 需要一個值：{option} {placeholder}。',
  'cli.usage.optionTakesNoValue': '{option} 不接受值：請單獨寫 {option}。',
  'cli.usage.optionTwice': '{option} 指定了不只一次：請只指定一次。',
  'cli.usage.langInvalid': '--lang 只接受 en 或 zh-Hant。',
  'cli.usage.fileMissing': '缺少 {name}。用法：acc-ims {command} {name} …（請參閱「acc-ims {command} --help」）。',
  'cli.usage.unexpectedArguments':
    'acc-ims {command} 只接受{expected}，但多了 {count} 個引數（未顯示）。含空格的路徑請加上引號；密碼類的值一律不放在命令列上。',
  'cli.usage.expected.oneFile': '一個 FILE',
  'cli.usage.expected.optionalFile': '最多一個 FILE（組態檔）',
  'cli.usage.expected.secretName': '一個項目名稱 NAME',
  'cli.usage.expected.nothing': '不接受引數',
  'cli.error.internal': '發生未預期的內部錯誤：{detail}。請回報此問題（設定 ACC_IMS_DEBUG=1 可取得詳細資訊）。',
  'cli.error.interrupted': '已中斷（Ctrl+C）；進行中的作業已停止。',
  'cli.label.note': '注意：{text}',
  'cli.label.warning': '警告：{text}',
  'cli.label.error': '錯誤',
  'cli.label.warningShort': '警告',
  'cli.label.document': '（檔案）',

  'cli.env.valueGiven':
    '{flag} 需要的是存放該值的環境變數「名稱」（例如 {flag} {example}）；您提供的不是變數名稱，因此未使用也未顯示。請將值放進環境變數，再傳入變數名稱。',
  'cli.env.notSet': '{flag} {variable}：環境變數 {variable} 未設定或是空的。請先設定（export {variable}=…），再重新執行命令。',
  'cli.env.notSetUnnamed':
    '{flag}：沒有設定這個名稱的環境變數。{flag} 需要的是存放該值的變數「名稱」（例如 {flag} {example}）；如果您輸入的是值本身，它未被使用也未顯示：請將值放進環境變數，再傳入名稱。',
  'cli.env.passwordOnCommandLine': '密碼一律不從命令列讀取：請將密碼放進環境變數，再以 --password-env VAR 傳入變數名稱。',
  'cli.stdin.empty':
    '從標準輸入讀到的用戶端密碼是空的；未儲存任何內容。請在提示處輸入，或用管線傳入：printf %s "$SECRET" | acc-ims secret set NAME。',
  'cli.stdin.tooLarge': '標準輸入超過 {size} KB，這不是用戶端密碼。請只用管線傳入密碼本身。',
  'cli.stdin.prompt': '{name} 的用戶端密碼（輸入時不顯示）：',
  'cli.stdin.cancelled': '已取消；未儲存任何內容。',

  'cli.file.isBundle': '{file} 是加密移交檔（.accims），不是組態檔。請用「acc-ims import {file}」讀取，它會寫出組態檔。',
  'cli.file.isPackage':
    '{file} 是 Campaign 資料套件（XML），不是組態檔。請用「acc-ims import {file}」轉成組態檔，或在用戶端主控台匯入（Tools > Advanced > Import package）。',
  'cli.file.binary': '{file} 是二進位檔案，不是組態檔（JSON 文字）。請確認選的是正確的檔案。',
  'cli.file.notText': '{file} 不是 UTF-8 或 UTF-16 文字，因此不是組態檔。請存成 UTF-8 後再試一次。',
  'cli.file.jsonComment': '第 {line} 行第 {column} 欄：JSON 不允許註解。請刪除該註解（// 或 /* */）。',
  'cli.file.jsonTrailingComma': '第 {line} 行第 {column} 欄：JSON 不允許在右括號前加逗號。請刪除該逗號。',
  'cli.file.jsonSyntax': '第 {line} 行第 {column} 欄：此處不是有效的 JSON（{detail}）。請修正該處的語法。',
  'cli.file.jsonEmpty': '檔案是空的，不是組態檔。請確認選的是正確的檔案。',
  'cli.json.unexpectedEnd': '內容提早結束',
  'cli.json.unexpectedCharacter': '出現非預期的字元',
  'cli.json.singleQuotes': '字串必須使用雙引號',
  'cli.json.unquotedName': '屬性名稱必須加上雙引號',
  'cli.json.badEscape': '字串中有無法辨識的跳脫字元',
  'cli.json.controlCharacter': '字串中有換行或控制字元',
  'cli.json.extraText': 'JSON 文件結束後還有其他文字',
  'cli.file.outputFolderMissing': '{file} 所在的資料夾不存在；未寫入任何內容。請先建立資料夾，或改用其他路徑。',
  'cli.file.outputIsFolder': '{file} 是資料夾；未寫入任何內容。請指定檔案名稱。',
  'cli.file.outputExists': '{file} 已存在；未寫入任何內容。若要取代請加上 --force，或改用其他路徑。',

  'cli.count.errors': '{count} 個錯誤',
  'cli.count.warnings': '{count} 個警告',

  'cli.summary.validate': '依格式 v1 與 Adobe 的規則檢查組態檔',
  'cli.help.validate':
    '用法：acc-ims validate FILE [--json] [--lang en|zh-Hant]\n\n依「Adobe Experience Cloud」外部帳戶的每一條規則檢查組態檔（格式 v1）：必填欄位、https 回呼伺服器、\n正式環境的 IMS 主機、IMS 組織 ID 格式、關聯遮罩（可編譯、恰好一個擷取群組、沒有多餘空格）、\n產品內容，以及檔案中沒有用戶端密碼。\n\n選項：\n  --json             在標準輸出印出 {jsonShape}\n  --lang en|zh-Hant  訊息的語言\n\n結束代碼：0 有效（可有警告），1 無效，2 無法讀取檔案或用法錯誤。\n\n範例：\n  acc-ims validate prod.acc-ims.json',
  'cli.validate.valid': '{file}：有效。',
  'cli.validate.validWithWarnings': '{file}：有效，有 {warnings}。',
  'cli.validate.invalid': '{file}：無效，有 {errors}。',
  'cli.validate.invalidWithWarnings': '{file}：無效，有 {errors}與 {warnings}。',

  'cli.help.connection':
    '  --instance URL         執行個體的存取 URL（https://…；http:// 僅限實驗用執行個體）；\n                         預設為組態檔 FILE 的 instance.url\n  --user LOGIN           用來登入的 Campaign 操作員（管理員）\n  --password-env VAR     從環境變數 VAR 讀取操作員的密碼\n  --bearer-env VAR       改用環境變數 VAR 中的 IMS 持有人權杖登入（Campaign v8.5 以上）\n  --ca FILE              一併信任此 CA 憑證（PEM），適用於使用私有 CA 的執行個體\n  --timeout SECONDS      單一 HTTP 呼叫超過此秒數即放棄（預設 {timeout}）\n  --account-type N       「Adobe Experience Cloud」帳戶類型的編號，適用於執行個體使用不同標籤時\n                         （通常依 nms:extAccount:type 中的標籤找到）\n  --json                 在標準輸出印出一份 JSON 文件\n  --lang en|zh-Hant      訊息的語言',
  'cli.connection.instanceRequired':
    '需要 --instance URL（或含有 instance.url 的組態檔 FILE）：執行個體的存取 URL，例如 acc-ims {command} … --instance https://campaign.example.com。',
  'cli.connection.instanceFromConfig': '連線到 {url}，即 {file} 的 instance.url。',
  'cli.connection.bearerAndPassword': '請擇一提供：--bearer-env VAR，或 --user 搭配 --password-env VAR。',
  'cli.connection.passwordNeedsUser': '--password-env 需要搭配 --user LOGIN：用來登入的操作員。',
  'cli.connection.userNeedsPassword': '--user 需要搭配 --password-env VAR：存放密碼的環境變數名稱。',
  'cli.connection.timeoutInvalid': '--timeout 需要介於 1 到 {max} 之間的秒數。',
  'cli.connection.accountTypeInvalid': '--account-type 需要帳戶類型的編號，例如 --account-type 18。',
  'cli.connection.caNotPem':
    '{file} 不是 PEM 憑證（沒有「-----BEGIN CERTIFICATE-----」這一行）。請將公司的 CA 匯出為 PEM（Base-64 編碼 X.509），再將該檔案傳給 --ca。',

  'cli.summary.check': '在線上執行個體檢查 IMS 的先決條件（組建、套件、帳戶）',
  'cli.help.check':
    '用法：acc-ims check [FILE] [--instance URL] [--user U --password-env VAR | --bearer-env VAR]\n                     [--console-build N] [--ca FILE] [--timeout SECONDS] [--account-type N] [--json]\n                     [--lang en|zh-Hant]\n\n在執行個體連接 Adobe IMS 之前檢查它。只讀取，不寫入任何內容。\n提供組態檔 FILE 時，除非選項另有指定，會使用其中的 instance.url 與 instance.consoleBuild。\n  reachable      網頁前端回應 GET /r/test\n  server-build   伺服器組建（取自 /r/test，否則取自登入）支援 IMS 登入\n  console-build  您的用戶端主控台組建與伺服器的比較（版本相同；v8 以及強制升級主控台的版本\n                 需要相同組建）\n  logon          操作員可以登入並具有管理權限\n  package        已安裝「Integration with the Adobe Experience Cloud」整合套件（列出已安裝的套件）\n  account        「Adobe Experience Cloud」外部帳戶：尚未建立、恰好一個且有效，或有重複\n沒有 --user 與 --password-env（或 --bearer-env）時，只執行前三項。\n\n選項：\n{connectionOptions}\n  --console-build N      您的用戶端主控台組建（Help > About）；預設為組態檔的 instance.consoleBuild，\n                         否則在 Windows 上查詢已安裝的主控台\n\n結束代碼：0 沒有檢查失敗（可有警告與略過），1 有檢查失敗，2 無法連線到執行個體或用法錯誤。\n\n範例：\n  ACC_PASSWORD=… acc-ims check --instance https://campaign.example.com --user admin --password-env ACC_PASSWORD --console-build 9364\n  ACC_PASSWORD=… acc-ims check prod.acc-ims.json --user admin --password-env ACC_PASSWORD',
  'cli.check.consoleBuildInvalid': '--console-build 需要主控台 Help > About 中顯示的組建編號，例如 --console-build 9364。',
  'cli.check.header': '對 {url} 的檢查：',
  'cli.check.status.pass': '通過',
  'cli.check.status.warn': '警告',
  'cli.check.status.fail': '失敗',
  'cli.check.status.skip': '略過',
  'cli.check.unreachable': '無法連線到執行個體：請先修正連線問題。',
  'cli.check.failed': '有 {count} 項檢查失敗。',
  'cli.check.noneFailed': '沒有檢查失敗。',
  'cli.check.invalidConfig': '{file} 不是有效的組態檔（上方有 {count} 個錯誤）；未執行任何檢查。請修正後執行「acc-ims validate {file}」。',

  'cli.summary.push': '將「Adobe Experience Cloud」外部帳戶寫入執行個體，並驗證結果',
  'cli.help.push':
    '用法：acc-ims push FILE [--instance URL] --user U --password-env VAR | --bearer-env VAR\n                    [--secret-env VAR] [--dry-run] [--replace-secret] [--update-existing]\n                    [--accept-instance HOST] [--backup FILE] [--ca FILE] [--timeout SECONDS]\n                    [--account-type N] [--json] [--lang en|zh-Hant]\n      acc-ims push --restore FILE [--instance URL] --user U --password-env VAR [--dry-run] [--json]\n\n驗證 FILE（無效的組態檔在送出任何要求前即被拒絕）、登入、讀取執行個體上的「Adobe Experience Cloud」\n外部帳戶，並逐欄顯示變更。未加 --dry-run 時，會在執行個體上加密用戶端密碼\n（xtk:session#EncryptPassword）、寫入帳戶（以內部名稱為鍵的 insertOrUpdate；更新該類型既有的唯一帳戶，\n絕不建立第二個），再讀回並驗證。重複執行不會再有變更。\n推送到組態檔 instance.url 以外的主機時，除非 --accept-instance 指定該主機，否則在送出任何內容前即被拒絕。\n變更既有帳戶之前，會先將它原本的內容（所有欄位，用戶端密碼維持執行個體自己的加密形式）儲存到 FILE 旁的\n還原檔（權限 0600），並告知儲存位置。\n完成後請重新啟動 Campaign 伺服器。\n\n選項：\n{connectionOptions}\n  --secret-env VAR       從 VAR 讀取 IMS 用戶端密碼（預設：組態檔的鑰匙圈參照\n                         account.clientSecret.keychain，只在需要時讀取）\n  --dry-run              只顯示變更，不寫入任何內容\n  --replace-secret       覆寫執行個體上既有的用戶端密碼（Campaign 以加密方式儲存，無法比較，\n                         因此預設保留）\n  --update-existing      即使該類型既有帳戶的內部名稱與組態檔不同，仍更新它（保留其內部名稱）\n  --accept-instance HOST 即使組態檔的 instance.url 是另一台主機，仍推送到 HOST（主機名稱，不含連接埠），\n                         例如同一執行個體的內部 URL\n  --backup FILE          將還原檔儲存為 FILE（絕不取代既有檔案），而不是放在組態檔旁\n  --restore FILE         將還原檔 FILE 所儲存的帳戶放回並驗證；若不是儲存它的執行個體則拒絕\n\n結束代碼：0 已寫入並驗證（或加上 --dry-run 時已規劃），1 組態檔無效、被本工具或執行個體拒絕，\n或驗證未通過，2 無法連線到執行個體或用法錯誤。\n\n範例：\n  ACC_PASSWORD=… acc-ims push prod.acc-ims.json --user admin --password-env ACC_PASSWORD --dry-run',
  'cli.push.needsOperator': 'push 需要一位操作員：--user LOGIN 搭配 --password-env VAR（v8.5 以上也可用 --bearer-env VAR）。',
  'cli.push.invalidConfig':
    '{file} 不是有效的組態檔（上方有 {count} 個錯誤）；未傳送任何內容到執行個體。請修正後執行「acc-ims validate {file}」。',
  'cli.push.hostMismatch':
    '{file} 是為執行個體 {configured} 準備的，但 --instance 連線到 {given}；未傳送任何內容。如果 {given} 是同一個執行個體的另一個名稱，請加上 --accept-instance {given}。',
  'cli.push.acceptWrongHost':
    '--accept-instance 指定的是 {accepted}，但 --instance 連線到 {given}。請提供 --instance 的主機名稱（不含連接埠）。',
  'cli.push.hostAccepted': '推送到 {given}，雖然 {file} 是為 {configured} 準備的（已由 --accept-instance 允許）。',
  'cli.push.keychainSkipped': '無法讀取鑰匙圈項目「{name}」（{reason}）；推送在沒有它的情況下繼續。',
  'cli.push.headerUpdate': '更新 {url} 上的帳戶「{name}」：',
  'cli.push.headerCreate': '在 {url} 上新增帳戶「{name}」：',
  'cli.push.noChange': '（沒有變更）',
  'cli.push.empty': '（空白）',
  'cli.push.secretSet': '（已設定）',
  'cli.push.secretNew': '（新的用戶端密碼）',
  'cli.push.dryRun': '試執行：未寫入任何內容。不加 --dry-run 再執行一次，即可套用這 {count} 項變更。',
  'cli.push.dryRunNoChange': '試執行：不會有任何變更；執行個體上已是此組態。',
  'cli.push.nothingToWrite': '沒有需要寫入的內容：執行個體上已是此組態。',
  'cli.push.verified': '已寫入，並已讀回帳戶驗證。',
  'cli.push.notVerified': '已寫入，但讀回的帳戶不一致（見下方）。',
  'cli.push.refused': '已拒絕，未寫入任何內容。{reason}',
  'cli.restore.header': '從 {file} 還原 {url} 上的帳戶「{name}」：',
  'cli.restore.dryRun': '試執行：未寫入任何內容。不加 --dry-run 再執行一次即可放回帳戶。',
  'cli.restore.verified': '已放回，並已讀回帳戶驗證。',
  'cli.restore.flagNotWithRestore': '{flag} 不能與 --restore 一起使用：還原只會寫回檔案所儲存的內容。',

  'cli.summary.export': '從組態檔寫出移交檔案（組態 JSON、Campaign 資料套件、加密移交檔）',
  'cli.help.export':
    "用法：acc-ims export FILE --format json|package|bundle [--out F] [--force] [--secret-env VAR]\n                      [--passphrase-env VAR] [--no-secret] [--lang en|zh-Hant]\n\n驗證 FILE 並寫出供移交的檔案。無效的組態檔會被拒絕。\n\n格式：\n  json      組態檔本身，並填入預設值；絕不包含用戶端密碼\n  package   供用戶端主控台 Tools > Advanced > Import package 使用的 Campaign 資料套件；\n            依內部名稱更新既有的外部帳戶，絕不包含用戶端密碼：匯入後請在主控台輸入密碼，\n            再重新啟動 Campaign 伺服器\n  bundle    供「acc-ims import」使用的單一檔案：組態，以及（由 --secret-env 或組態檔的鑰匙圈參照\n            提供時）以通關密語加密（scrypt、AES-256-GCM）的用戶端密碼；提供通關密語時一律加密\n\n選項：\n  --format F            json | package | bundle（必填）\n  --out F               寫入位置（以不可分割的方式寫入既有資料夾）；預設為標準輸出（json、package）；\n                        bundle 必填\n  --force               --out 檔案已存在時予以取代（否則保留既有檔案）\n  --secret-env VAR      bundle：改從環境變數 VAR 讀取用戶端密碼，而非鑰匙圈；json 與 package 會忽略\n                        （用戶端密碼絕不以明文寫出）\n  --passphrase-env VAR  bundle：從環境變數 VAR 讀取通關密語（至少 12 個字元）\n  --no-secret           bundle：即使組態檔有參照，也不放入用戶端密碼\n  --lang en|zh-Hant     訊息的語言\n\n結束代碼：0 已寫入，1 組態檔無效或鑰匙圈問題，2 用法錯誤或檔案無法讀寫。\n\n範例：\n  acc-ims export prod.acc-ims.json --format json --out handover.json\n  acc-ims export prod.acc-ims.json --format package --out prod-account.xml\n  ACC_IMS_PASSPHRASE='correct horse battery staple' \\\n    acc-ims export prod.acc-ims.json --format bundle --passphrase-env ACC_IMS_PASSPHRASE --out prod.accims",
  'cli.export.invalid': '{file} 不是有效的組態檔（上方有 {count} 個錯誤）；未匯出任何內容。請修正後執行「acc-ims validate {file}」。',
  'cli.export.formatMissing': '必須指定 --format：json、package 或 bundle。',
  'cli.export.formatUnknown': '--format 只接受 json、package 或 bundle。',
  'cli.export.bundleNeedsOut': '--format bundle 必須指定 --out FILE（加密移交檔是二進位檔案），例如 --out prod.accims。',
  'cli.export.noSecretConflict': '--no-secret 與 --secret-env 互相矛盾：請只提供其中一個。',
  'cli.export.secretIgnoredJson': '--format json 會忽略 --secret-env：用戶端密碼絕不以明文寫出。若要加密移交，請使用 --format bundle。',
  'cli.export.secretIgnoredPackage': '--format package 會忽略 --secret-env：資料套件絕不包含用戶端密碼。匯入後請在主控台輸入。',
  'cli.export.packageReminder': '資料套件不含用戶端密碼。匯入後請在主控台的外部帳戶輸入用戶端密碼、儲存，再重新啟動 Campaign 伺服器。',
  'cli.export.wrote': '已寫入 {file}。',
  'cli.export.wroteBundleWithSecret': '已寫入 {file}：組態與加密的用戶端密碼。',
  'cli.export.wroteBundleEncrypted': '已寫入 {file}：組態（已加密）。',
  'cli.export.wroteBundlePlain': '已寫入 {file}：組態（不含用戶端密碼，未加密）。',

  'cli.summary.import': '將移交檔案（加密移交檔、組態 JSON、Campaign 資料套件）讀回組態檔；用戶端密碼存入鑰匙圈',
  'cli.help.import':
    "用法：acc-ims import FILE [--passphrase-env VAR] [--out F] [--force] [--secret-name NAME] [--lang en|zh-Hant]\n\n讀取移交檔案，並寫出參照作業系統鑰匙圈中用戶端密碼的組態檔：\n  - 由「acc-ims export --format bundle」產生的加密移交檔：讀取任何內容前先檢查完整性；\n    其中的用戶端密碼會存入鑰匙圈\n  - 組態 JSON 檔：驗證後寫出\n  - 外部帳戶的 Campaign 資料套件：其欄位轉成組態（其中的用戶端密碼已由原執行個體加密，無法使用）\n通關密語錯誤、檔案損毀、不完整或無法辨識時一律拒絕，且不寫入任何內容。\n\n用戶端密碼儲存在 --secret-name 指定的名稱下，否則使用組態檔的 clientSecret.keychain 名稱，\n再否則使用「acc-ims-wizard/<instance.name>」；寫出的組態檔會參照該名稱。\n\n選項：\n  --passphrase-env VAR  從環境變數 VAR 讀取加密移交檔的通關密語\n  --out F               組態檔的寫入位置（以不可分割的方式寫入既有資料夾）；預設為 FILE 旁的\n                        <名稱>.acc-ims.json\n  --force               --out 檔案已存在時予以取代（否則保留既有檔案）\n  --secret-name NAME    用戶端密碼的鑰匙圈項目名稱，例如 acc-ims-wizard/prod\n  --lang en|zh-Hant     訊息的語言\n\n結束代碼：0 已匯入，1 檔案無效、通關密語錯誤或鑰匙圈問題，2 用法錯誤或檔案無法讀寫。\n\n範例：\n  ACC_IMS_PASSPHRASE='correct horse battery staple' \\\n    acc-ims import prod.accims --passphrase-env ACC_IMS_PASSPHRASE --out prod.acc-ims.json",
  'cli.import.done': '已將 {file}（{kind}）匯入 {out}。',
  'cli.import.kind.bundle': '加密移交檔',
  'cli.import.kind.json': '組態 JSON',
  'cli.import.kind.package': 'Campaign 資料套件',
  'cli.import.secretStored': '用戶端密碼已存入鑰匙圈，名稱為「{name}」；組態檔參照此項目。',
  'cli.import.secretReferenced': '組態檔參照鑰匙圈項目「{name}」。',

  'cli.summary.secret': '在作業系統鑰匙圈中儲存、刪除或列出用戶端密碼',
  'cli.help.secret':
    '用法：acc-ims secret set NAME      （值從標準輸入讀取）\n      acc-ims secret delete NAME\n      acc-ims secret list\n      選項：--lang en|zh-Hant\n\n將 IMS 用戶端密碼保存在作業系統鑰匙圈中（服務「{service}」，帳戶 NAME）：macOS 鑰匙圈、\nWindows 認證管理員，或 Linux Secret Service（gnome-keyring、KWallet）。組態檔以\n"clientSecret": {reference} 參照它。值一律不從命令列讀取：請在隱藏輸入的提示處輸入，或用管線傳入\n（結尾的一個換行會被去除）。\n\n結束代碼：0 完成，1 鑰匙圈無法使用或沒有此項目，2 用法錯誤，130 已中斷。\n\n範例：\n  acc-ims secret set acc-ims-wizard/prod\n  printf %s "$CLIENT_SECRET" | acc-ims secret set acc-ims-wizard/prod\n  acc-ims secret delete acc-ims-wizard/prod',
  'cli.secret.actionMissing': '請指定要做什麼：acc-ims secret set NAME、secret delete NAME 或 secret list。',
  'cli.secret.actionUnknown': '沒有這個動作：請使用 set、delete 或 list。',
  'cli.secret.actionUnknownSuggest': '沒有這個動作；您是要輸入 {suggestion} 嗎？請使用 set、delete 或 list。',
  'cli.secret.nameMissing': '缺少項目名稱 NAME：acc-ims secret {action} NAME（例如 acc-ims-wizard/prod）。',
  'cli.secret.stored': '已將用戶端密碼「{name}」存入作業系統鑰匙圈。在組態檔中以 "clientSecret": {reference} 參照它。',
  'cli.secret.notFound': '作業系統鑰匙圈中沒有名為「{name}」的用戶端密碼；未刪除任何內容。「acc-ims secret list」會列出已儲存的名稱。',
  'cli.secret.deleted': '已從作業系統鑰匙圈刪除用戶端密碼「{name}」。',
  'cli.secret.noneStored': '{service} 沒有儲存任何用戶端密碼。',

  'cli.words.keychain.missingEntry':
    '作業系統鑰匙圈中沒有名為「{name}」的用戶端密碼。請執行：acc-ims secret set {command}（值從標準輸入讀取）。',
  'cli.words.handover.bundleNoSecret': '此加密移交檔未攜帶用戶端密碼：收件者在推送之前，須先以「acc-ims secret set NAME」存入鑰匙圈。',
  'cli.words.handover.packageSecretSkipped':
    '未匯入資料套件中的用戶端密碼：它是以原執行個體的金鑰加密。請以「acc-ims secret set NAME」存入用戶端密碼。',
  'cli.words.handover.noSecretCarried': '檔案未攜帶用戶端密碼：推送之前，請以「acc-ims secret set {name}」將其存為「{name}」。',
  'cli.words.handover.moreProblems': '另有 {count} 個問題（執行「acc-ims validate」即可查看全部）',
};
