import type { restore as en } from '../en/restore';
import type { Entries } from '../../render';

export const restore: Entries<typeof en> = {
  'file.kind.restore': '還原檔',
  'restore.saved.cli':
    '這次推送之前的帳戶內容已儲存在 {file}。若要復原：acc-ims push --restore {file} --instance {url} --user LOGIN --password-env VAR',
  'restore.saved.desktop': '這次推送之前的帳戶內容已儲存在 {file}。「復原上次推送」可將它放回。',
  'restore.how.cli':
    '原本的帳戶內容已儲存在 {file}；如果執行個體上的帳戶只變更了一半，請以下列命令放回：acc-ims push --restore {file} --instance {url} --user LOGIN --password-env VAR',
  'restore.how.desktop': '原本的帳戶內容已儲存在 {file}；如果執行個體上的帳戶只變更了一半，請在「輸出」步驟按「復原上次推送」將它放回。',
  'restore.halfway': '{reason} {how}',
  'restore.fileExists': '{file} 已經存在，而還原檔永遠不會被取代（它可能是較早狀態的唯一副本）。請指定其他檔名，或先移走舊檔。',
  'restore.notRestoreFile': '{file} 不是 acc-ims 還原檔，或已損毀。請選取推送時所指出的 .restore.json 檔案。',
  'restore.otherInstance': '還原檔 {file} 保存的是 {saved} 的帳戶，不是 {target} 的：未傳送任何內容。請將它還原到原本的執行個體。',
  'restore.otherInstanceName':
    '還原檔 {file} 保存的是執行個體「{saved}」的帳戶，但這個位址回應的是「{target}」：未寫入任何內容。請將它還原到原本的執行個體。',
  'restore.undeclared':
    '還原檔 {file} 含有此執行個體的外部帳戶所沒有的欄位（{attributes}），因此它是在其他版本或執行個體上儲存的：未寫入任何內容。',
  'restore.alreadyAsSaved': '帳戶「{name}」已經是還原檔所儲存的內容：未寫入任何內容。',
  'restore.undo.button': '復原上次推送',
  'restore.undo.confirmTitle': '要將帳戶放回原本的內容嗎？',
  'restore.undo.confirmText': '這會將 {host} 上的帳戶「{name}」寫回您推送之前的內容（包括先前的用戶端密碼），然後讀回檢查。',
  'restore.undo.confirm': '放回原本內容',
  'restore.undo.cancel': '保留推送後的帳戶',
  'restore.undo.done': '帳戶「{name}」已放回推送之前的內容，讀回結果相符。請重新啟動 Campaign 伺服器以使用它。',
  'restore.undo.notVerified': '帳戶「{name}」已寫回，但讀回的內容有差異（見下方）。',
  'restore.undo.nothing': '這個工作階段中沒有可復原的推送。',
};
