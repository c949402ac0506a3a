/** Verdict summaries of the network steps (keys `step.<id>.summary.*`; see ../../catalogs.ts), translated. */
import type { Catalog } from '../../source-catalog.js';

export const jaSummariesNetwork: Catalog = {
  'step.vpn-connect.summary.connected': '「{connection}」に接続しました。',
  'step.vpn-connect.summary.needsCredentials':
    'このプロファイルはサインイン画面で資格情報を必要とするため、サインイン画面でテストしてください (「{connection}」はユーザー名とパスワードで認証しますが、rasdial では入力できません。エラー {code})。',
  'step.vpn-connect.summary.failed':
    'rasdial で「{connection}」に接続できませんでした: エラー {code} ({name}) — {meaning}',
};
