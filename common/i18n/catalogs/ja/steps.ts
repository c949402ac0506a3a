/** The step texts (keys `step.<id>.*` of ../../source-catalog.ts), translated. */
import type { Catalog } from '../../source-catalog.js';

export const jaSteps: Catalog = {
  'step.os-build.title': 'Windows のバージョンが Autopilot 中の VPN に対応している',
  'step.os-build.instructions': 'レジストリから Windows のビルド番号と更新リビジョン (UBR) を読み取ります。',
  'step.os-build.why':
    'ドメイン接続チェックをスキップするには、2019 年 12 月の累積更新プログラム (KB4530684) を適用した Windows 10 1903/1909、または Windows 10 2004 以降が必要です。',
  'step.os-build.remediation.fail.0':
    'この Windows バージョンの最新の累積更新プログラムを https://catalog.update.microsoft.com から USB メモリにダウンロードします。',
  'step.os-build.remediation.fail.1':
    'OOBE 中に Shift-F10 キーを押し、wusa.exe D:\\<update>.msu /quiet /norestart を実行します (または、このアプリの「累積更新プログラム」ステップを使用します)。',
  'step.os-build.remediation.fail.2':
    'shutdown.exe /r /t 0 で再起動してから、このチェックをもう一度実行します。',
  'step.os-build.remediation.fail.3':
    '最低要件は KB4530684 (ビルド 18362.535 / 18363.535) です: https://support.microsoft.com/help/4530684',
  'step.join-state.title': 'デバイスがドメインと Microsoft Entra ID に参加している',
  'step.join-state.instructions':
    'dsregcmd /status を実行し、AzureAdJoined、DomainJoined、DomainName を読み取ります。',
  'step.join-state.why':
    'この手順では、まず Microsoft Entra ハイブリッド参加済みのデバイスで検証し、VPN だけが新しい要素になるようにします。',
  'step.join-state.remediation.warn.0':
    'ハイブリッド登録は次回のサインイン時、または約 30 分以内に実行されます。社内ネットワーク (または VPN 経由) でサインインし、しばらく待ってから dsregcmd /status をもう一度実行してください。',
  'step.join-state.remediation.warn.1':
    'Microsoft Entra Connect がコンピューターの OU を同期していること、およびサービス接続ポイント (SCP) が構成されていることを確認します。',
  'step.join-state.remediation.warn.2':
    'ハイブリッド参加の確認方法: https://learn.microsoft.com/entra/identity/devices/how-to-hybrid-join-verify',
  'step.join-state.remediation.fail.0':
    'まずデバイスをドメインに参加させます (社内ネットワーク上で行うか、Autopilot のハイブリッド参加プロファイルと Intune Connector for Active Directory を使用します)。',
  'step.join-state.remediation.fail.1':
    'Intune と Autopilot によるハイブリッド参加: https://learn.microsoft.com/autopilot/windows-autopilot-hybrid',
  'step.join-state.summary.pass': 'Microsoft Entra ハイブリッド参加済みです (ドメイン {domain})。',
  'step.join-state.summary.pending':
    '{domain} には参加済みですが、Microsoft Entra ID にはまだ参加していません。ハイブリッド登録が保留中です。',
  'step.join-state.summary.azureOnly':
    'Microsoft Entra 参加のみです。デバイスはオンプレミスのドメインに参加していません。',
  'step.join-state.summary.notJoined': 'デバイスはドメインに参加していません。',
  'step.mdm-enrollment.title': 'デバイスが Intune に登録されている',
  'step.mdm-enrollment.instructions':
    'HKLM\\SOFTWARE\\Microsoft\\Enrollments にある MDM 登録を一覧表示します。',
  'step.mdm-enrollment.why':
    'VPN プロファイル、その VPN クライアント、コンピューター証明書は Intune から配布されるため、デバイスが登録されている必要があります。',
  'step.mdm-enrollment.remediation.fail.0':
    '[設定] > [アカウント] > [職場または学校にアクセスする] を確認します。デバイスに「<tenant> MDM に接続済み」と表示されている必要があります。',
  'step.mdm-enrollment.remediation.fail.1':
    'ハイブリッド参加済みデバイスでは、グループ ポリシー「既定の Azure AD 資格情報を使用して自動 MDM 登録を有効にします」を有効にします ([コンピューターの構成] > [管理用テンプレート] > [Windows コンポーネント] > [MDM])。',
  'step.mdm-enrollment.remediation.fail.2':
    'Microsoft Entra ID > [モビリティ (MDM および MAM)] > [Microsoft Intune] の MDM ユーザー スコープに、登録するユーザーが含まれていることを確認します。',
  'step.mdm-enrollment.remediation.fail.3':
    'Intune と Autopilot によるハイブリッド参加: https://learn.microsoft.com/autopilot/windows-autopilot-hybrid',
  'step.autopilot-profile.title':
    'Autopilot プロファイルが「AD 接続チェックをスキップする」を有効にしたハイブリッド参加である',
  'step.autopilot-profile.instructions':
    'デバイスにキャッシュされた Autopilot プロファイル (AutopilotDDSZTDFile.json) と Autopilot 診断のレジストリ キーを読み取ります。',
  'step.autopilot-profile.why':
    '「AD 接続チェックをスキップする」が有効でないと、ハイブリッド参加はセットアップ中、VPN が接続できる前の段階でドメイン コントローラーを待ち続けます。',
  'step.autopilot-profile.remediation.fail.0':
    'Intune の [デバイス] > [Windows] > [Windows の登録] > [展開プロファイル] で、「Microsoft Entra ID への参加の種類」が「Microsoft Entra ハイブリッド参加済み」のプロファイルを割り当てます。',
  'step.autopilot-profile.remediation.fail.1':
    'その後、デバイスをリセット (または OOBE をやり直し) して、新しいプロファイルをダウンロードさせます。',
  'step.autopilot-profile.remediation.fail.2':
    'Autopilot プロファイル: https://learn.microsoft.com/autopilot/profiles',
  'step.autopilot-profile.remediation.warn.0':
    'Intune の [デバイス] > [Windows] > [Windows の登録] > [展開プロファイル] で Microsoft Entra ハイブリッド参加済みのプロファイルを開き、「AD 接続チェックをスキップする」を [はい] に設定します。',
  'step.autopilot-profile.remediation.warn.1':
    'デバイスが Autopilot に登録され、プロファイルが割り当てられている (プロファイルの状態が「割り当て済み」) ことを確認してから、デバイスをリセットしてプロファイルをダウンロードさせます。',
  'step.autopilot-profile.remediation.warn.2':
    'Autopilot プロファイル: https://learn.microsoft.com/autopilot/profiles',
  'step.proxy.title': '静的プロキシが妨げになっていない (WPAD を想定)',
  'step.proxy.instructions': 'netsh winhttp show proxy を実行します。',
  'step.proxy.why':
    'ハイブリッド参加の手順では、プロキシを使用する場合は WPAD が必要です。セットアップ中のシステム コンテキストは、ユーザーごとの静的プロキシを使用できません。',
  'step.proxy.remediation.warn.0':
    '静的な WinHTTP プロキシではなく、WPAD (DHCP オプション 252 または DNS 名 wpad.<domain>) でプロキシを公開します。',
  'step.proxy.remediation.warn.1':
    'このデバイスから静的プロキシを削除するには、管理者として netsh winhttp reset proxy を実行します。',
  'step.proxy.remediation.warn.2':
    'Windows のプロキシ構成: https://learn.microsoft.com/troubleshoot/windows-server/networking/configure-client-proxy-server-settings-by-registry-file',
  'step.machine-network.title': 'デバイス (SYSTEM) から技術者と同じネットワークが見える',
  'step.machine-network.instructions':
    '管理者として実行すると、プロキシを読み取り、各エンドポイントへの接続をサインイン中のユーザーとして、さらに SYSTEM として (1 回限りのスケジュールされたタスクで実行し、後で削除します) 試行し、両者を比較します。',
  'step.machine-network.why':
    'Autopilot とハイブリッド参加は WinHTTP プロキシを使って SYSTEM として実行されます。サインイン中のユーザーにだけ設定されたプロキシでは、ブラウザーでは問題なく見えても、展開は外部に接続できません。',
  'step.machine-network.remediation.fail.0':
    'セットアップ中に SYSTEM アカウントがプロキシを見つけられるよう WPAD (DHCP オプション 252 または DNS 名 wpad.<domain>) で公開するか、このネットワークからこれらのエンドポイントへの直接接続を許可します。',
  'step.machine-network.remediation.fail.1':
    'このデバイスで今すぐ確かめるには、管理者として netsh winhttp import proxy source=ie を実行し (サインイン中のユーザーのプロキシを WinHTTP にコピーします)、このステップをもう一度実行してから、netsh winhttp reset proxy で元に戻します。',
  'step.machine-network.remediation.fail.2':
    'Windows のプロキシ構成: https://learn.microsoft.com/troubleshoot/windows-server/networking/configure-client-proxy-server-settings-by-registry-file',
  'step.machine-network.remediation.warn.0':
    'セットアップ中に SYSTEM アカウントがプロキシを見つけられるよう WPAD (DHCP オプション 252 または DNS 名 wpad.<domain>) で公開するか、このネットワークからこれらのエンドポイントへの直接接続を許可します。',
  'step.machine-network.remediation.warn.1':
    'Windows のプロキシ構成: https://learn.microsoft.com/troubleshoot/windows-server/networking/configure-client-proxy-server-settings-by-registry-file',
  'step.machine-network.remediation.skip.0':
    'アプリを管理者として起動し (右クリック › [管理者として実行])、このステップをもう一度実行して SYSTEM から見た結果と比較します。',
  'step.network-endpoints.title': 'Autopilot と Microsoft Entra ID のエンドポイントに到達できる',
  'step.network-endpoints.instructions':
    'Autopilot とハイブリッド参加に必要な各エンドポイントへの TCP 接続を開きます。',
  'step.network-endpoints.why':
    'プロファイルのダウンロード、Microsoft Entra ID への参加、Intune への登録のため、デバイスは Autopilot のネットワーク要件に従ってインターネットに到達できる必要があります。',
  'step.network-endpoints.remediation.fail.0':
    'このネットワークから到達できないと表示されたエンドポイントへの送信 HTTPS (TCP 443) と TCP 80 を許可し、*.microsoftonline.com と *.dds.microsoft.com は TLS 検査の対象外にします。',
  'step.network-endpoints.remediation.fail.1':
    'プロキシが必要な場合は、システム コンテキストで使用できるよう WPAD で公開します。',
  'step.network-endpoints.remediation.fail.2':
    'このネットワーク (またはモバイル ホットスポット) から再テストし、ファイアウォールによるブロックかデバイスの問題かを切り分けます。',
  'step.tls-inspection.title': 'Microsoft のエンドポイントが TLS 検査されていない',
  'step.tls-inspection.instructions':
    'Autopilot とハイブリッド参加に必要な各 HTTPS エンドポイントへの TLS セッションを開き (WinHTTP プロキシが設定されている場合は経由します)、提示された証明書の発行元を読み取ります。',
  'step.tls-inspection.why':
    'Autopilot、デバイス登録、Intune の登録はデバイス自身の証明書で認証します。この通信を復号して再署名するプロキシは認証を壊すため、Microsoft はこれらのエンドポイントを TLS 検査の対象外にするよう求めています。',
  'step.tls-inspection.remediation.warn.0':
    'プロキシまたはセキュリティ サービスで、これらのエンドポイントを TLS/SSL 検査の対象外にし (*.microsoftonline.com、*.dds.microsoft.com、enterpriseregistration.windows.net、*.manage.microsoft.com、login.live.com に対する「復号しない」ルール)、このステップをもう一度実行します。',
  'step.tls-inspection.remediation.warn.1':
    'Microsoft はこれらを自社の公開証明書チェーン (DigiCert Global Root G2 または Microsoft RSA/ECC Root 2017 > Microsoft Azure TLS Issuing CA) で提供しています: https://learn.microsoft.com/azure/security/fundamentals/azure-ca-details',
  'step.autopilot-registration.title': 'デバイスが Autopilot に登録され、プロファイルが割り当てられている',
  'step.autopilot-registration.instructions':
    'Intune の Windows Autopilot デバイス (Microsoft Graph) でこのデバイスのシリアル番号を検索し、プロファイルの割り当て状態を読み取ります。サインインが必要です。',
  'step.autopilot-registration.why':
    '登録されていない、またはプロファイルが割り当てられていないデバイスは、OOBE 中にハイブリッド参加プロファイルを受け取れません。',
  'step.autopilot-registration.remediation.fail.0':
    'デバイスでハードウェア ハッシュを収集します。管理者として PowerShell で Install-Script Get-WindowsAutopilotInfo; Get-WindowsAutopilotInfo -Online を実行します (CSV にする場合は -OutputFile)。',
  'step.autopilot-registration.remediation.fail.1':
    'または、Intune の [デバイス] > [Windows] > [Windows の登録] > [デバイス] > [インポート] で CSV をインポートします。',
  'step.autopilot-registration.remediation.fail.2':
    'Microsoft Entra ハイブリッド参加済みプロファイルの対象グループにデバイスを追加し、プロファイルの状態が「割り当て済み」になるのを待ってから、もう一度確認します。',
  'step.autopilot-registration.remediation.fail.3':
    'デバイスの追加: https://learn.microsoft.com/autopilot/add-devices',
  'step.autopilot-registration.remediation.blocked.0':
    'デバイスが登録されているテナントの Intune アカウントでサインインし ([スタート] 画面の [テナントのチェック] または [テナント] ステージの [サインイン])、テナントのチェックをもう一度実行します。',
  'step.autopilot-registration.remediation.blocked.1':
    'デバイス上のチェックにサインインは不要です。サインインが必要なのはこの 2 つのテナントのチェックだけです。',
  'step.tenant-profile.title':
    '割り当てられたプロファイルが「AD 接続チェックをスキップする」を有効にしたハイブリッド参加である',
  'step.tenant-profile.instructions':
    'Intune がこのデバイスに割り当てた展開プロファイル (Microsoft Graph beta) を読み取り、参加の種類と「AD 接続チェックをスキップする」を確認します。サインインが必要です。',
  'step.tenant-profile.why':
    '「AD 接続チェックをスキップする」が有効でないと、ハイブリッド参加はセットアップ中、VPN が接続できる前の段階でドメイン コントローラーを待ち続けます。',
  'step.tenant-profile.remediation.warn.0':
    'Intune の [デバイス] > [Windows] > [Windows の登録] > [展開プロファイル] で Microsoft Entra ハイブリッド参加済みのプロファイルを開き、「AD 接続チェックをスキップする」を [はい] に設定します。',
  'step.tenant-profile.remediation.warn.1':
    'デバイスをリセット (または OOBE をやり直し) して、変更したプロファイルをダウンロードさせます。',
  'step.tenant-profile.remediation.blocked.0':
    'デバイスが登録されているテナントの Intune アカウントでサインインし ([スタート] 画面の [テナントのチェック] または [テナント] ステージの [サインイン])、テナントのチェックをもう一度実行します。',
  'step.tenant-profile.remediation.blocked.1':
    'デバイス上のチェックにサインインは不要です。サインインが必要なのはこの 2 つのテナントのチェックだけです。',
};
