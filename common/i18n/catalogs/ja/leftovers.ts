/** Microsoft Learn section titles (see ../en/leftovers.ts), as Microsoft's Japanese pages name them. */
import type { Catalog } from '../../source-catalog.js';

export const jaLeftovers: Catalog = {
  'docs.section.vpnRequirements': 'VPN をサポートするハイブリッド Azure AD 参加のユーザー主導モード › 要件',
  'docs.section.hybridRequirements': 'ハイブリッド Azure AD 参加のユーザー主導モード › 要件',
  'docs.section.vpnValidation': 'VPN をサポートするハイブリッド Azure AD 参加のユーザー主導モード › 検証',
  'docs.section.networkRequirements': 'Windows Autopilot のネットワーク要件',
  'docs.section.registerDevices':
    'Windows Autopilot ユーザー主導のハイブリッド Azure AD 参加 › デバイスを Autopilot デバイスとして登録する',
  'docs.section.profileDownloadedEarly':
    'Windows Autopilot のトラブルシューティング FAQ › 割り当てまたは変更の前にダウンロードされたプロファイル',
  'docs.section.serviceConnectionPoint': 'Microsoft Entra ハイブリッド参加を構成する › サービス接続ポイント',
  'docs.section.skipConnectivityCheck':
    'VPN をサポートするハイブリッド Azure AD 参加のユーザー主導モード › ドメイン接続チェックをスキップする',
};
