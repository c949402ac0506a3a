/** Verdict summaries of the device steps (keys `step.<id>.summary.*`; see ../../catalogs.ts), translated. */
import type { Catalog } from '../../source-catalog.js';

export const jaSummariesDevice: Catalog = {
  'step.join-state.summary.pass': 'Microsoft Entra ハイブリッド参加済みです (ドメイン {domain})。',
  'step.join-state.summary.pending':
    '{domain} には参加済みですが、Microsoft Entra ID にはまだ参加していません。ハイブリッド登録が保留中です。',
  'step.join-state.summary.azureOnly':
    'Microsoft Entra 参加のみです。デバイスはオンプレミスのドメインに参加していません。',
  'step.join-state.summary.notJoined': 'デバイスはドメインに参加していません。',
};
