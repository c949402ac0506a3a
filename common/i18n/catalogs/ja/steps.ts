/** The step texts (keys `step.<id>.*` of ../../source-catalog.ts), translated. */
import type { Catalog } from '../../source-catalog.js';

export const jaSteps: Catalog = {
  'step.os-build.title': 'Windows のバージョンが Autopilot 中の VPN に対応している',
  'step.os-build.source': 'VPN をサポートするハイブリッド Azure AD 参加のユーザー主導モード › 要件',
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
  'step.join-state.source': 'ハイブリッド Azure AD 参加のユーザー主導モード › 要件',
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
  'step.mdm-enrollment.title': 'デバイスが Intune に登録されている',
  'step.mdm-enrollment.source': 'ハイブリッド Azure AD 参加のユーザー主導モード › 要件',
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
  'step.autopilot-profile.source': 'VPN をサポートするハイブリッド Azure AD 参加のユーザー主導モード › 要件',
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
  'step.proxy.source': 'ハイブリッド Azure AD 参加のユーザー主導モード › 要件',
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
  'step.machine-network.source': 'ハイブリッド Azure AD 参加のユーザー主導モード › 要件',
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
  'step.network-endpoints.source': 'Windows Autopilot のネットワーク要件',
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
  'step.tls-inspection.source': 'Windows Autopilot のネットワーク要件',
  'step.tls-inspection.instructions':
    'Autopilot とハイブリッド参加に必要な各 HTTPS エンドポイントへの TLS セッションを開き (WinHTTP プロキシが設定されている場合は経由します)、提示された証明書の発行元を読み取ります。',
  'step.tls-inspection.why':
    'Autopilot、デバイス登録、Intune の登録はデバイス自身の証明書で認証します。この通信を復号して再署名するプロキシは認証を壊すため、Microsoft はこれらのエンドポイントを TLS 検査の対象外にするよう求めています。',
  'step.tls-inspection.remediation.warn.0':
    'プロキシまたはセキュリティ サービスで、これらのエンドポイントを TLS/SSL 検査の対象外にし (*.microsoftonline.com、*.dds.microsoft.com、enterpriseregistration.windows.net、*.manage.microsoft.com、login.live.com に対する「復号しない」ルール)、このステップをもう一度実行します。',
  'step.tls-inspection.remediation.warn.1':
    'Microsoft はこれらを自社の公開証明書チェーン (DigiCert Global Root G2 または Microsoft RSA/ECC Root 2017 > Microsoft Azure TLS Issuing CA) で提供しています: https://learn.microsoft.com/azure/security/fundamentals/azure-ca-details',
  'step.autopilot-registration.title': 'デバイスが Autopilot に登録され、プロファイルが割り当てられている',
  'step.autopilot-registration.source':
    'Windows Autopilot ユーザー主導のハイブリッド Azure AD 参加 › デバイスを Autopilot デバイスとして登録する',
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
    'デバイスが登録されているテナントの Intune アカウントでサインインし (スタート画面の [テナントのチェック] または [テナント] ステージ)、テナントのチェックをもう一度実行します。',
  'step.autopilot-registration.remediation.blocked.1':
    'デバイス上のチェックにサインインは不要です。サインインが必要なのはこの 2 つのテナントのチェックだけです。',
  'step.tenant-profile.title':
    '割り当てられたプロファイルが「AD 接続チェックをスキップする」を有効にしたハイブリッド参加である',
  'step.tenant-profile.source':
    'VPN をサポートするハイブリッド Azure AD 参加のユーザー主導モード › ドメイン接続チェックをスキップする',
  'step.tenant-profile.instructions':
    'Intune がこのデバイスに割り当てた展開プロファイル (Microsoft Graph beta) を読み取り、参加の種類と「AD 接続チェックをスキップする」を確認します。サインインが必要です。',
  'step.tenant-profile.why':
    '「AD 接続チェックをスキップする」が有効でないと、ハイブリッド参加はセットアップ中、VPN が接続できる前の段階でドメイン コントローラーを待ち続けます。',
  'step.tenant-profile.remediation.warn.0':
    'Intune の [デバイス] > [Windows] > [Windows の登録] > [展開プロファイル] で Microsoft Entra ハイブリッド参加済みのプロファイルを開き、「AD 接続チェックをスキップする」を [はい] に設定します。',
  'step.tenant-profile.remediation.warn.1':
    'デバイスをリセット (または OOBE をやり直し) して、変更したプロファイルをダウンロードさせます。',
  'step.tenant-profile.remediation.blocked.0':
    'デバイスが登録されているテナントの Intune アカウントでサインインし (スタート画面の [テナントのチェック] または [テナント] ステージ)、テナントのチェックをもう一度実行します。',
  'step.tenant-profile.remediation.blocked.1':
    'デバイス上のチェックにサインインは不要です。サインインが必要なのはこの 2 つのテナントのチェックだけです。',
  'step.profile-drift.title':
    'デバイスにキャッシュされたプロファイルが、Intune が現在割り当てているプロファイルと一致する',
  'step.profile-drift.source':
    'Windows Autopilot のトラブルシューティング FAQ › 割り当てまたは変更の前にダウンロードされたプロファイル',
  'step.profile-drift.instructions':
    'デバイスにキャッシュされた Autopilot プロファイル (AutopilotDDSZTDFile.json) と、Intune が現在割り当てている展開プロファイル (Microsoft Graph beta) を設定ごとに比較します。サインインが必要です。',
  'step.profile-drift.why':
    'デバイスがプロファイルをダウンロードするのは OOBE の初期に 1 回だけです。後から割り当てや変更をしたプロファイルは実行されないため、デバイスがドメイン コントローラーを待ち続けたり、誤った方法で参加したりすることがあります。',
  'step.profile-drift.remediation.fail.0':
    'Intune の [デバイス] > [Windows] > [Windows の登録] > [デバイス] で、デバイスのプロファイルの状態が「割り当て済み」になるまで待ちます (早めるには [同期] を選択します)。',
  'step.profile-drift.remediation.fail.1':
    'まだ OOBE 中 (サインイン ページの前) の場合: Shift+F10 キーを押して「shutdown /r /t 0」を実行します。再起動してネットワークに接続すると、デバイスはプロファイルを再度ダウンロードします。',
  'step.profile-drift.remediation.fail.2':
    'OOBE が完了している場合: プロファイルはセットアップ中にしか読み取られないため、デバイスをリセットし ([設定] > [回復] > [この PC をリセット]、または Intune からのワイプ)、OOBE で現在のプロファイルをダウンロードさせます。',
  'step.profile-drift.remediation.fail.3':
    'Autopilot プロファイル: https://learn.microsoft.com/autopilot/profiles',
  'step.profile-drift.remediation.warn.0':
    'Intune の [デバイス] > [Windows] > [Windows の登録] > [デバイス] で、デバイスのプロファイルの状態が「割り当て済み」になるまで待ちます (早めるには [同期] を選択します)。',
  'step.profile-drift.remediation.warn.1':
    'まだ OOBE 中 (サインイン ページの前) の場合: Shift+F10 キーを押して「shutdown /r /t 0」を実行します。再起動してネットワークに接続すると、デバイスはプロファイルを再度ダウンロードします。',
  'step.profile-drift.remediation.warn.2':
    'OOBE が完了している場合: プロファイルはセットアップ中にしか読み取られないため、デバイスをリセットし ([設定] > [回復] > [この PC をリセット]、または Intune からのワイプ)、OOBE で現在のプロファイルをダウンロードさせます。',
  'step.profile-drift.remediation.warn.3':
    'Autopilot プロファイル: https://learn.microsoft.com/autopilot/profiles',
  'step.profile-drift.remediation.blocked.0':
    'デバイスが登録されているテナントの Intune アカウントでサインインし (スタート画面の [テナントのチェック] または [テナント] ステージ)、テナントのチェックをもう一度実行します。',
  'step.profile-drift.remediation.blocked.1':
    'デバイス上のチェックにサインインは不要です。サインインが必要なのはこの 2 つのテナントのチェックだけです。',
  'step.vpn-kind.title': 'このデバイスで使用している VPN の種類',
  'step.vpn-kind.source': 'VPN をサポートするハイブリッド Azure AD 参加のユーザー主導モード › 検証',
  'step.vpn-kind.instructions':
    'Windows が自動的に開始する VPN 接続 (Always On)、インストールされている VPN クライアント (Cisco Secure Client/AnyConnect、GlobalProtect、FortiClient、Ivanti/Pulse Secure) とそのサービスを読み取り、その種類に該当するチェックを実行します。',
  'step.vpn-kind.why':
    'この手順は手動で接続する VPN 接続を検証するもので、自動的に接続する VPN や Win32 アプリとして展開されたサードパーティ クライアントは別の方法で検証すると記載されています。',
  'step.vpn-kind.remediation.fail.0':
    '誰もサインインしていない時点で VPN が存在するように展開します: コンピューター単位 (全ユーザー) の Windows VPN 接続、Always On のデバイス トンネル、またはログオン前接続機能付きの Win32 アプリとしてインストールした VPN クライアント。',
  'step.vpn-kind.remediation.fail.1':
    'Always On VPN デバイス トンネル: https://learn.microsoft.com/windows-server/remote/remote-access/vpn/vpn-device-tunnel-config',
  'step.vpn-kind.remediation.warn.0':
    'ユーザー トンネルはサインイン後にしか接続しないため、ハイブリッド参加済みデバイスの初回サインインには使用できません。デバイス トンネル (コンピューター証明書) か、ユーザーがサインイン画面から開始できるコンピューター単位の接続を追加します。',
  'step.vpn-kind.remediation.warn.1':
    'Always On VPN デバイス トンネル: https://learn.microsoft.com/windows-server/remote/remote-access/vpn/vpn-device-tunnel-config',
  'step.vpn-profile.title': 'コンピューター単位の VPN 接続が存在する',
  'step.vpn-profile.source': 'VPN をサポートするハイブリッド Azure AD 参加のユーザー主導モード › 検証',
  'step.vpn-profile.instructions': '手順のとおり、Get-VpnConnection -AllUserConnection を実行します。',
  'step.vpn-profile.why':
    '誰もサインインしていない時点でサインイン画面から使用できるのは、全ユーザー (コンピューター単位) の VPN 接続だけです。',
  'step.vpn-profile.remediation.fail.0':
    'VPN をコンピューター単位 (全ユーザー) の接続として展開します: VPN クライアントをインストールして接続を作成する Intune の Win32 アプリ、または Add-VpnConnection -AllUserConnection を使用します。',
  'step.vpn-profile.remediation.fail.1':
    'ストア (UWP) の VPN プラグインはサポートされていません。ユーザーのサインイン後にしかインストールされないためです。',
  'step.vpn-profile.remediation.fail.2': '確認コマンド: Get-VpnConnection -AllUserConnection',
  'step.vpn-profile.remediation.fail.3':
    'Intune の Windows VPN 設定: https://learn.microsoft.com/mem/intune/configuration/vpn-settings-windows-10',
  'step.vpn-client-prelogon.title': 'VPN クライアントがサインイン前に接続できる',
  'step.vpn-client-prelogon.source':
    'VPN をサポートするハイブリッド Azure AD 参加のユーザー主導モード › 検証',
  'step.vpn-client-prelogon.instructions':
    'サードパーティの VPN クライアントの場合、クライアントが保存している場所からログオン前接続の設定を読み取ります (AnyConnect の Start Before Logon、GlobalProtect の Prelogon、FortiClient の VPN before logon、Ivanti/Pulse のマシン接続)。',
  'step.vpn-client-prelogon.why':
    'キャッシュされた資格情報のないユーザーは VPN 経由でドメインにサインインするため、クライアントは誰もサインインしていない時点でサインイン画面にトンネルを表示する必要があります。',
  'step.vpn-certificate.title': 'VPN 用のコンピューター証明書',
  'step.vpn-certificate.source': 'VPN をサポートするハイブリッド Azure AD 参加のユーザー主導モード › 要件',
  'step.vpn-certificate.instructions':
    'VPN が証明書で認証する場合、コンピューターの証明書ストア (Cert:\\LocalMachine\\My) で証明書を探します。',
  'step.vpn-certificate.why':
    '証明書は Intune が展開したコンピューター証明書である必要があります。ユーザー証明書はユーザーのサインイン後にしか配布されません。',
  'step.vpn-certificate.remediation.fail.0':
    'Intune で SCEP または PKCS 証明書プロファイルを (ユーザーではなく) デバイスを対象に展開し、証明書の種類を「デバイス」、拡張キー使用法を「クライアント認証」(1.3.6.1.5.5.7.3.2) にします。',
  'step.vpn-certificate.remediation.fail.1':
    'certlm.msc > [個人] > [証明書] で結果を確認します。証明書に「この証明書に対応する秘密キーを持っています。」と表示されている必要があります。',
  'step.vpn-certificate.remediation.fail.2':
    'Intune の証明書: https://learn.microsoft.com/mem/intune/protect/certificates-configure',
  'step.vpn-connect.title': 'rasdial で VPN に接続する',
  'step.vpn-connect.source': 'VPN をサポートするハイブリッド Azure AD 参加のユーザー主導モード › 検証',
  'step.vpn-connect.instructions':
    '手順のとおり、RASDIAL.EXE "<接続名>" を実行します。最大 1 分かかることがあります。',
  'step.vpn-connect.why':
    'この手順では、サインイン画面からテストする前に、コンピューター単位の VPN 接続を手動で開始するよう求めています。',
  'step.vpn-connect.action.button': '今すぐ VPN に接続',
  'step.vpn-connect.action.dialogTitle': 'VPN に接続しますか？',
  'step.vpn-connect.action.confirmLabel': 'はい、接続します',
  'step.vpn-connect.action.confirm':
    'rasdial を実行して {"vpnConnection"} に接続します。切断するまで、このデバイスは VPN 経由で社内ネットワークに参加します。最大 1 分かかることがあります。',
  'step.vpn-connect.action.whenMissing.vpnConnection': '使用可能な唯一の全ユーザー VPN 接続',
  'step.dc-over-vpn.title': 'VPN 経由でドメイン コントローラーが応答する',
  'step.dc-over-vpn.source': 'VPN をサポートするハイブリッド Azure AD 参加のユーザー主導モード › 検証',
  'step.dc-over-vpn.instructions': 'VPN に接続した状態で nltest /dsgetdc:<domain> を実行します。',
  'step.dc-over-vpn.why':
    'キャッシュされた資格情報のないアカウントでサインインするには、VPN 経由で到達できるドメイン コントローラーが必要です。',
  'step.dc-over-vpn.remediation.fail.0':
    'VPN が社内の DNS サーバーと DNS サフィックスを配布していることを確認します。接続中に Get-DnsClientServerAddress と Resolve-DnsName -Type SRV _ldap._tcp.dc._msdcs.<domain> を実行します。',
  'step.dc-over-vpn.remediation.fail.1':
    'VPN のルート (スプリット トンネリング) にドメイン コントローラーのサブネットが含まれていること、およびドメイン コントローラーへの TCP/UDP 53、88、389、445、135 が許可されていることを確認します。',
  'step.dc-over-vpn.remediation.fail.2':
    'Windows がドメイン コントローラーを検索するしくみ: https://learn.microsoft.com/troubleshoot/windows-server/active-directory/dc-locator-process',
  'step.dc-over-vpn.remediation.warn.0':
    'ドメイン コントローラーのサブネットを VPN のルートに追加するか (スプリット トンネリング: Add-VpnConnectionRoute、または Intune VPN プロファイルの [ルート])、フル トンネルを使用して、DC にローカル ネットワークではなく VPN 経由で到達するようにします。',
  'step.dc-over-vpn.remediation.warn.1':
    'VPN 経由の DNS が VPN 経由でしか到達できないドメイン コントローラーを返すことを確認します: Resolve-DnsName -Type SRV _ldap._tcp.dc._msdcs.<domain> を実行し、次に Find-NetRoute -RemoteIPAddress <address> の結果が VPN インターフェイスになっている必要があります。',
  'step.dc-over-vpn.remediation.warn.2':
    '社内ネットワークの外 (スマートフォンのテザリングなど) でテストします。LAN 経由で DC が見つかっても、VPN 経由のサインインについては何も証明されません。',
  'step.scp.title': 'ハイブリッド参加でテナントが見つかる (サービス接続ポイント)',
  'step.scp.source': 'Microsoft Entra ハイブリッド参加を構成する › サービス接続ポイント',
  'step.scp.instructions':
    'クライアント側の SCP (HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD) と、VPN 接続中に LDAP で Active Directory の SCP を読み取り、デバイスが登録されているテナントを指定しているかを確認します。',
  'step.scp.why':
    'ハイブリッド参加では、コンピューターを登録する Microsoft Entra テナントを SCP に問い合わせます。SCP がないとデバイスはハイブリッド参加済みになりません。別のテナントを指定している SCP では、そのテナントに登録されます。',
  'step.scp.remediation.fail.0':
    'Microsoft Entra Connect サーバーで Microsoft Entra Connect を実行して [デバイス オプションの構成] > [ハイブリッド Azure AD 参加の構成] を選び、フォレストとテナントを選択して、サービス接続ポイントを作成させます。',
  'step.scp.remediation.fail.1':
    'または、対象を絞ったロールアウトの場合は、このデバイスにクライアント側の SCP を構成します (グループ ポリシー基本設定または Intune)。HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD に TenantId = <tenant id> と TenantName = <verified domain> を設定します。制御された検証: https://learn.microsoft.com/entra/identity/devices/hybrid-join-control',
  'step.scp.remediation.fail.2':
    'VPN を接続した状態で、デバイスから SCP を確認します: ([adsi]"LDAP://CN=62a0ff2e-97b9-4513-943f-0d221bd30080,CN=Device Registration Configuration,CN=Services,CN=Configuration,DC=<domain>").Keywords',
  'step.vpn-disconnect.title': 'VPN を切断する',
  'step.vpn-disconnect.source': 'VPN をサポートするハイブリッド Azure AD 参加のユーザー主導モード › 検証',
  'step.vpn-disconnect.instructions':
    'サインイン画面のテストをクリーンな状態から始めるため、RASDIAL.EXE "<接続名>" /disconnect を実行します。',
  'step.vpn-disconnect.why':
    '次のテストではサインイン画面から VPN を開始するため、接続が切断されている必要があります。',
  'step.vpn-disconnect.remediation.fail.0':
    'ネットワーク フライアウト (VPN の項目 > [切断]) から切断するか、rasdial /disconnect を実行します。',
  'step.vpn-disconnect.remediation.fail.1':
    '接続が切断されない場合は、Remote Access Connection Manager サービス (RasMan) を再起動するか、デバイスを再起動します。',
  'step.vpn-disconnect.action.button': '今すぐ VPN を切断',
  'step.vpn-disconnect.action.dialogTitle': 'VPN を切断しますか？',
  'step.vpn-disconnect.action.confirmLabel': 'はい、切断します',
  'step.vpn-disconnect.action.confirm':
    '{"vpnConnection"} に対して rasdial /disconnect を実行します。VPN 経由で社内ネットワークを使用しているものはすべて接続が切れます。',
  'step.vpn-disconnect.action.whenMissing.vpnConnection': 'VPN 接続',
  'step.logon-vpn-icon.title': 'サインイン画面の VPN アイコン',
  'step.logon-vpn-icon.source': 'VPN をサポートするハイブリッド Azure AD 参加のユーザー主導モード › 検証',
  'step.logon-vpn-icon.instructions':
    'サインアウトします (Ctrl+Alt+Del > [サインアウト])。サインイン画面の右下を確認します。VPN 接続を含むネットワーク アイコンが表示されている必要があります。戻ってきて、確認した内容を入力してください。',
  'step.logon-vpn-icon.why':
    'ユーザーはサインイン前にサインイン画面から VPN に接続します。アイコンがないと接続できません。',
  'step.logon-vpn-icon.remediation.fail.0':
    'VPN 接続はコンピューター単位 (全ユーザー) である必要があります。ユーザー単位の接続はサインイン画面に表示されません。',
  'step.logon-vpn-icon.remediation.fail.1':
    'サードパーティ クライアントの場合は、Win32 アプリの構成で「Start Before Logon」/「pre-logon」オプションを有効にします。',
  'step.logon-vpn-icon.remediation.fail.2':
    'グループ ポリシー「ネットワークの選択 UI を表示しない」が有効になっていないことを確認します ([コンピューターの構成] > [管理用テンプレート] > [システム] > [ログオン])。',
  'step.logon-vpn-icon.remediation.warn.0':
    'サインアウトし、サインイン画面のアイコンから VPN に接続し、キャッシュされた資格情報のないドメイン アカウントでサインインしてから、チェックをもう一度実行して、サインイン前に VPN が接続されたことをイベントで確認します。',
  'step.logon-vpn-icon.remediation.warn.1':
    'イベント ビューアー > [Windows ログ] > [アプリケーション] でソース RasClient を絞り込みます。20225 は VPN の接続成功、20227 は失敗 (RAS エラー コード付き) を示します。',
  'step.offnetwork-signin.title': '社内ネットワークの外から VPN 経由でサインインする',
  'step.offnetwork-signin.source': 'VPN をサポートするハイブリッド Azure AD 参加のユーザー主導モード › 検証',
  'step.offnetwork-signin.instructions':
    'デバイスを社内ネットワークの外 (スマートフォンのテザリングなど) に移します。サインイン画面でアイコンから VPN に接続し、このデバイスに一度もサインインしたことのないアカウントでサインインします。戻ってきて確認してください。',
  'step.offnetwork-signin.why':
    'これにより、新しいユーザーが Autopilot 中または Autopilot 後に、VPN だけでドメインに到達してサインインできることを証明します。',
  'step.offnetwork-signin.remediation.fail.0':
    'このデバイスに一度もサインインしたことのないアカウントを使用します。キャッシュされた資格情報があると Windows はドメインなしでサインインできるため、何も証明されません。',
  'step.offnetwork-signin.remediation.fail.1':
    'パスワードを入力する前にサインイン画面のアイコンから VPN に接続し、[サインイン オプション] に VPN が接続済みと表示されることを確認します。',
  'step.offnetwork-signin.remediation.fail.2':
    'サインインが「現在、ログオン要求を処理できるログオン サーバーはありません」で失敗する場合は、「VPN 経由でドメイン コントローラーが応答する」に戻ります。',
  'step.offnetwork-signin.remediation.warn.0':
    'サインアウトし、サインイン画面から VPN に接続して、このデバイスに一度もサインインしたことのないドメイン アカウントでサインインします。その後、チェックをもう一度実行します。',
  'step.offnetwork-signin.remediation.warn.1':
    'タイムラインを確認します。「VPN 接続」イベントがサインインより前にあり、サインインが「キャッシュされた資格情報」によるものでない必要があります。',
  'step.update-install.title': 'USB から累積更新プログラムをインストールする',
  'step.update-install.source': 'VPN をサポートするハイブリッド Azure AD 参加のユーザー主導モード › 検証',
  'step.update-install.instructions':
    '手順で OOBE 中に Shift-F10 から行うのと同じように、選択したパッケージで WUSA.EXE "<package>.msu" /quiet /norestart を実行します。',
  'step.update-install.why':
    'Windows 10 1903 と 1909 では、VPN でのハイブリッド参加が機能するには 2019 年 12 月の累積更新プログラム (またはそれ以降) が必要です。',
  'step.update-install.remediation.fail.0':
    'この Windows のバージョンとアーキテクチャ (x64/ARM64) に対応する累積更新プログラムを https://catalog.update.microsoft.com からダウンロードします。',
  'step.update-install.remediation.fail.1':
    'Shift-F10 から「start ms-settings:」を実行し、[更新とセキュリティ] > [更新プログラムのチェック] を使用することもできます。',
  'step.update-install.remediation.fail.2':
    'wusa.exe のリファレンス: https://support.microsoft.com/help/934307',
  'step.update-install.action.button': '今すぐ更新プログラムをインストール',
  'step.update-install.action.dialogTitle': '更新プログラムをインストールしますか？',
  'step.update-install.action.confirmLabel': 'はい、インストールします',
  'step.update-install.action.confirm':
    'wusa.exe {updatePackage} /quiet /norestart を実行します。このデバイスに累積更新プログラムがインストールされ、数分かかることがあります。インストール後、Windows から再起動を求められる可能性があります。このアプリが確認なしに再起動することはありません。',
  'step.update-install.action.whenMissing.updatePackage': '(パッケージが選択されていません)',
};
