import type { security as en } from '../en/security';
import type { Entries } from '../../render';

export const security: Entries<typeof en> = {
  'binding.cliRefused':
    '鑰匙圈項目「{name}」保存的是 {bound} 的用戶端密碼，不是 {host} 的：未傳送任何內容。如果 {host} 是同一個執行個體的另一個名稱，請加上 --accept-instance {host} 再執行一次；否則請檢查組態檔的 instance.url 與鑰匙圈參照。',
  'binding.refused':
    '「{name}」中的用戶端密碼屬於 {bound}，因此沒有傳送到 {host}。請檢查執行個體 URL；如果 {host} 是同一個執行個體的另一個名稱，請再推送一次並確認。',
  'binding.confirm.title': '要將用戶端密碼傳送到另一個執行個體嗎？',
  'binding.confirm.message': '「{name}」中的用戶端密碼是為 {bound} 儲存的。這次推送會把它傳送到 {host}。',
  'binding.confirm.detail':
    '只有在 {host} 是同一個 Campaign 執行個體的另一個名稱（例如內部位址）時才繼續。您收到的檔案可能指向仿冒的主機以竊取密碼。',
  'binding.confirm.send': '傳送到 {host}',
  'binding.confirm.cancel': '不要傳送',
  'binding.importedExisting':
    '組態檔參照的鑰匙圈項目「{name}」原本就在這台電腦上（屬於 {bound}）；匯入沒有變更它。推送之前，請確認這是您要使用的密碼。',
  'binding.importedExistingUnbound':
    '組態檔參照的鑰匙圈項目「{name}」原本就在這台電腦上；匯入沒有變更它。推送之前，請確認這是您要使用的密碼。',
  'connection.httpCredentials':
    '拒絕以未加密的 http 將密碼或權杖傳送到 {host}：網路上的任何人都能讀取。請使用執行個體的 https:// 位址（只有這台電腦，例如 127.0.0.1，才允許使用 http）。',
};
