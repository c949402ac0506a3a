/** Verdict summaries of the network steps (keys `step.<id>.summary.*`; see ../../catalogs.ts), translated. */
import type { Catalog } from '../../source-catalog.js';

export const jaSummariesNetwork: Catalog = {
  'step.vpn-connect.summary.connected': '「{connection}」に接続しました。',
  'step.vpn-connect.summary.needsCredentials':
    'このプロファイルはサインイン画面で資格情報を必要とするため、サインイン画面でテストしてください (「{connection}」はユーザー名とパスワードで認証しますが、rasdial では入力できません。エラー {code})。',
  'step.vpn-connect.summary.failed':
    'rasdial で「{connection}」に接続できませんでした: エラー {code} ({name}) — {meaning}',
  'step.vpn-connect.summary.waitingProfile':
    '使用可能なコンピューター単位の VPN 接続を待機しています (「コンピューター単位の VPN 接続が存在する」を参照)。',
  'step.vpn-connect.summary.chooseConnection':
    'コンピューター単位の VPN 接続が複数あります ({connections})。テストする接続を選択してください。',
  'step.vpn-connect.summary.alwaysOnNoName': 'Always On 接続に、検索する名前がありません。',
  'step.vpn-connect.summary.alwaysOnWaitingProfile':
    'Always On 接続「{connection}」がすべてのユーザーに対して存在するのを待機しています (「コンピューター単位の VPN 接続が存在する」を参照)。',
  'step.vpn-connect.summary.alwaysOnConnectedAfter':
    '「{connection}」は {seconds} 秒後に自動的に接続されました (Always On: rasdial は不要)。',
  'step.vpn-connect.summary.alwaysOnConnected':
    '「{connection}」は自動的に接続されています (Always On: rasdial は不要)。',
  'step.vpn-connect.summary.alwaysOnNotConnected':
    '「{connection}」は自動的に接続されます (Always On) が、{seconds} 秒後も接続されていませんでした。',
  'step.vpn-connect.summary.clientTunnelUp':
    '{client} のトンネルは稼働中です ({adapter}: {described, select, yes {{description}} other {VPN アダプター}})。',
  'step.vpn-connect.summary.clientTunnelDown':
    '{client} のトンネルは稼働していません。{client} で接続してから、この手順を再実行してください。',
  'step.vpn-connect.summary.unnamedClientTunnelUp':
    'VPN クライアントのトンネルは稼働中です ({adapter}: {described, select, yes {{description}} other {VPN アダプター}})。',
  'step.vpn-connect.summary.unnamedClientTunnelDown':
    'VPN クライアントのトンネルは稼働していません。VPN クライアントで接続してから、この手順を再実行してください。',
  'step.vpn-kind.summary.notRecorded':
    'この記録には、デバイスが使用する VPN の種類が含まれていません。チェックリストは記載どおりの手順 (rasdial でダイヤルする組み込みの接続) に従います。',
  'step.vpn-kind.summary.none':
    'VPN が見つかりません: すべてのユーザー用の Windows VPN 接続、Always On プロファイル、既知の VPN クライアント (Cisco Secure Client/AnyConnect、GlobalProtect、FortiClient、Ivanti/Pulse Secure) のいずれもありません。',
  'step.vpn-kind.summary.autoDevice':
    'このデバイスは組み込みの Always On デバイス トンネル「{connection}」を使用しています。このトンネルはだれかがサインインする前に自動的に接続されます。rasdial は使わず、アプリはトンネルが稼働していること、およびトンネル経由でドメイン コントローラーが応答することを確認します。{othersCount, plural, =0 {} other { このデバイスには次もあります: {others}。}}',
  'step.vpn-kind.summary.autoUser':
    'このデバイスは組み込みの Always On ユーザー トンネル「{connection}」を使用しています。このトンネルはユーザーのサインイン後にのみ自動的に接続されます。{othersCount, plural, =0 {} other { このデバイスには次もあります: {others}。}}',
  'step.vpn-kind.summary.thirdParty':
    'このデバイスはサード パーティ製クライアント {client} を使用しています。接続はクライアントで行い、アプリはクライアントのサインイン前接続の設定と、そのトンネル経由のドメイン コントローラーを確認します。{othersCount, plural, =0 {} other { このデバイスには次もあります: {others}。}}',
  'step.vpn-kind.summary.manual':
    'このデバイスは組み込みのコンピューター単位の接続「{connection}」を使用しています。手順の説明どおり、rasdial で手動でダイヤルします。{othersCount, plural, =0 {} other { このデバイスには次もあります: {others}。}}',
  'step.vpn-profile.summary.thirdParty':
    '該当なし: VPN はサード パーティ製クライアント ({client}) であり、Windows VPN 接続ではありません。',
  'step.vpn-profile.summary.thirdPartyUnnamed':
    '該当なし: VPN はサード パーティ製クライアント (Win32 アプリとしてインストール) であり、Windows VPN 接続ではありません。',
  'step.vpn-profile.summary.found':
    'コンピューター単位の VPN 接続が見つかりました ({count, plural, other {# 件}}): {names}。',
  'step.vpn-profile.summary.pluginsOnly':
    'サード パーティ製プラグインの VPN プロファイル ({plugins}) しかありません。これらはサインイン後にインストールされるため、サインイン画面から接続できません。',
  'step.vpn-profile.summary.noneUsable':
    'このデバイスには、使用可能なすべてのユーザー用 VPN 接続がありません。',
  'step.vpn-profile.summary.none': 'このデバイスには、すべてのユーザー用の VPN 接続がありません。',
  'step.vpn-client-prelogon.summary.kindUnknown':
    'VPN の種類を読み取れなかったため、VPN クライアントのサインイン前接続の設定は確認されていません。',
  'step.vpn-client-prelogon.summary.notRecorded':
    'この記録には VPN の種類が含まれていないため、VPN クライアントのサインイン前接続の設定は確認されていません。',
  'step.vpn-client-prelogon.summary.builtIn':
    'サード パーティ製 VPN クライアントにのみ適用されます: このデバイスは組み込みの Windows VPN 接続を使用しています。',
  'step.vpn-client-prelogon.summary.noClient':
    'サード パーティ製 VPN クライアントにのみ適用されます: クライアントは見つかりませんでした。',
  'step.vpn-client-prelogon.summary.enabled': '{client} はサインイン前に接続できます: {evidence}',
  'step.vpn-client-prelogon.summary.disabled':
    '{client} はサインイン前に接続できません: {evidence}キャッシュされた資格情報がないユーザーは、社内ネットワークの外からサインインできません。',
  'step.vpn-client-prelogon.summary.unknown':
    '{client} がサインイン前に接続できるかどうかを読み取れませんでした: {evidence}サインイン画面で確認してください (「サインイン画面の VPN アイコン」の手順)。',
  'step.vpn-certificate.summary.thirdParty':
    '該当なし: {client} は Windows VPN 接続の設定ではなく、独自の設定で認証します。',
  'step.vpn-certificate.summary.thirdPartyUnnamed':
    '該当なし: サード パーティ製クライアントは Windows VPN 接続の設定ではなく、独自の設定で認証します。',
  'step.vpn-certificate.summary.waiting':
    '使用可能なコンピューター単位の VPN 接続を待機しています (「コンピューター単位の VPN 接続が存在する」を参照)。',
  'step.vpn-certificate.summary.notFound':
    'このデバイスには、「{name}」という名前のすべてのユーザー用 VPN 接続がありません。',
  'step.vpn-certificate.summary.noCertificateAuth': '{connections} は証明書で認証しません。',
  'step.vpn-certificate.summary.pass': 'コンピューター証明書「{subject}」で {connections} を認証できます。',
  'step.vpn-certificate.summary.emptyStoreNotRead':
    'クライアント認証に使用できるコンピューター証明書がありません: コンピューターの証明書ストアに証明書がありません。(ユーザーの証明書ストアは読み取られていません: アプリは {account, select, system {SYSTEM} other {{user} (OOBE のセットアップ アカウント、Shift+F10)}} として実行されています。)',
  'step.vpn-certificate.summary.problemsNotRead':
    'クライアント認証に使用できるコンピューター証明書がありません: {problems}。(ユーザーの証明書ストアは読み取られていません: アプリは {account, select, system {SYSTEM} other {{user} (OOBE のセットアップ アカウント、Shift+F10)}} として実行されています。)',
  'step.vpn-certificate.summary.userOnly':
    'ユーザー証明書 (「{subject}」) しかありません。ユーザー証明書はサポートされていません。VPN にはコンピューター証明書が必要です。',
  'step.vpn-certificate.summary.emptyStore':
    'クライアント認証に使用できるコンピューター証明書がありません: コンピューターの証明書ストアに証明書がありません。',
  'step.vpn-certificate.summary.problems':
    'クライアント認証に使用できるコンピューター証明書がありません: {problems}。',
  'step.dc-over-vpn.summary.waiting': 'VPN の接続を待機しています (「rasdial で VPN に接続する」を参照)。',
  'step.dc-over-vpn.summary.noDomain': 'ドメインが不明です。Active Directory ドメイン名を入力してください。',
  'step.dc-over-vpn.summary.portsClosed':
    '{domain} のドメイン コントローラー {dc}{hasAddress, select, yes { ({address})} other {}} が見つかりましたが、このデバイスからは {ports} です。サインインには LDAP (389) と Kerberos (88) の両方が必要です。',
  'step.dc-over-vpn.summary.overLan':
    '{domain} のドメイン コントローラー {dc}{hasAddress, select, yes { ({address})} other {}} が見つかりましたが、Windows はこのコントローラーへのトラフィックを VPN ではなく {route} 経由で送信します。このドメイン コントローラーはローカル ネットワーク経由で応答しているため、VPN 経由のサインインについては何も証明されません。',
  'step.dc-over-vpn.summary.noRoute':
    '{domain} のドメイン コントローラー {dc}{hasAddress, select, yes { ({address})} other {}} が見つかりましたが、Windows には {address} へのルートがありません。応答は VPN 経由ではありませんでした。',
  'step.dc-over-vpn.summary.pass':
    '{domain} のドメイン コントローラー {dc}{hasAddress, select, yes { ({address})} other {}} が{routed, select, yes { VPN 経由 ({route}) で} other {}}見つかりました{portsAnswer, select, yes {。LDAP (389) と Kerberos (88) が応答します} other {}}。',
  'step.dc-over-vpn.summary.notFound':
    'VPN 経由で {domain} のドメイン コントローラーが見つかりませんでした ({reason, select, name {{error}} code {エラー {error}} other {応答なし}})。',
  'step.scp.summary.notRecorded': 'この記録には、サービス接続ポイントの読み取り結果が含まれていません。',
  'step.scp.summary.waiting':
    'サービス接続ポイントを読み取るために、VPN とドメイン コントローラーを待機しています (「VPN 経由でドメイン コントローラーが応答する」を参照)。',
  'step.scp.summary.noClientSide':
    'このデバイスにはクライアント側の SCP がありません。Active Directory の SCP は、VPN が接続され、ドメイン コントローラーが見つかった場合にのみ読み取れます。',
  'step.scp.summary.none':
    'テナントを示すサービス接続ポイントがありません: {domain} にもなく{noKeywords, select, yes { (SCP オブジェクトに azureADId/azureADName キーワードがありません)} other {}}、デバイス上にもありません。',
  'step.scp.summary.disagree':
    'クライアント側の SCP は {clientTenant} を示していますが、{domain} の SCP は {domainTenant} を示しています。デバイスはクライアント側の SCP を使用します。',
  'step.scp.summary.wrongTenant':
    '{where, select, client {クライアント側の SCP} other {{domain} の SCP}} は {tenant} を示しており、{from, select, signedIn {サインインしているテナント} other {Autopilot のテナント}} {reference} ではありません。ハイブリッド参加でデバイスが誤ったテナントに登録されます。',
  'step.scp.summary.pass':
    '{where, select, client {クライアント側の SCP} other {{domain} の SCP}} は {tenant} を示しています{from, select, signedIn {。これはサインインしているテナントです} autopilot {。これは Autopilot のテナントです} other { (サインインすると、お使いのテナントと比較できます)}}。',
  'step.vpn-disconnect.summary.alwaysOn':
    '該当なし: 「{connection}」は自動的に接続され、接続したままにしておくものです。rasdial では管理されません。',
  'step.vpn-disconnect.summary.alwaysOnUnnamed':
    '該当なし: Always On 接続は自動的に接続され、接続したままにしておくものです。rasdial では管理されません。',
  'step.vpn-disconnect.summary.thirdParty':
    '該当なし: rasdial では {client} を管理できません。サインイン画面のテストをクリーンな状態から始めるために、サインアウトする前にクライアントで切断してください。',
  'step.vpn-disconnect.summary.thirdPartyUnnamed':
    '該当なし: rasdial ではサード パーティ製クライアントを管理できません。サインイン画面のテストをクリーンな状態から始めるために、サインアウトする前にクライアントで切断してください。',
  'step.vpn-disconnect.summary.notConnected': 'VPN はこのチェックリストで接続されていません。',
  'step.vpn-disconnect.summary.disconnected': '「{connection}」を切断しました。',
  'step.vpn-disconnect.summary.failed':
    'rasdial で「{connection}」を切断できませんでした: エラー {code} ({hex})。',
  'step.proxy.summary.direct': 'WinHTTP は直接アクセスを使用しています (静的プロキシなし)。',
  'step.proxy.summary.static':
    '静的な WinHTTP プロキシ ({server}) が設定されています。手順では WPAD が想定されています。',
  'step.network-endpoints.summary.pass':
    '必要なエンドポイント {count, plural, other {# 個}}すべてに到達できます。注意: time.windows.com への UDP 123 はここではテストできません。',
  'step.network-endpoints.summary.fail':
    '必要なエンドポイント {count, plural, other {# 個}}のうち {unreachable} 個に到達できません: {endpoints}。',
  'step.tls-inspection.summary.noHttps':
    'エンドポイントの一覧に、読み取る HTTPS (TCP 443) エンドポイントがありません。',
  'step.tls-inspection.summary.notRecorded':
    'この記録には TLS 証明書チェーンが含まれていません (tls.chain プローブが存在する前に作成されました)。',
  'step.tls-inspection.summary.noneAnswered':
    'どの HTTPS エンドポイントも応答しなかったため、証明書を読み取れませんでした。ブロックされている内容は network-endpoints の手順で確認できます。',
  'step.tls-inspection.summary.pass':
    '応答した HTTPS エンドポイント {count, plural, other {# 個}}すべてに、Microsoft の公開証明書チェーンが提供されています ({via, select, proxy {{proxy} 経由} other {直接}})。',
  'step.tls-inspection.summary.oneIssuer':
    'HTTPS エンドポイント {count, plural, other {# 個}}のうち {inspected} 個に、{intercepted, select, yes {TLS 検査プロキシが発行した} other {Microsoft の公開チェーンに含まれない}}証明書が提供されています: {issuer} ({endpoints})。',
  'step.tls-inspection.summary.severalIssuers':
    'HTTPS エンドポイント {count, plural, other {# 個}}のうち {inspected} 個に、{intercepted, select, yes {TLS 検査プロキシが発行した} other {Microsoft の公開チェーンに含まれない}}証明書が提供されています: {named}。',
  'step.machine-network.summary.notRecorded':
    'この記録にはコンピューターからの見え方が含まれていません (net.machine プローブが存在する前に作成されました)。',
  'step.machine-network.summary.notElevated':
    'コンピューター (SYSTEM) からの見え方は確認されていません: アプリが管理者として実行されていません。{userNamed, select, yes {{user}} other {サインインしているユーザー}} として: {userProxyKind, select, pac {プロキシ スクリプト {userProxy}} static {プロキシ {userProxy}} other {プロキシなし (直接)}}。',
  'step.machine-network.summary.taskFailed': 'SYSTEM からの見え方を読み取れませんでした: {error}',
  'step.machine-network.summary.taskFailedNoReason': 'SYSTEM からの見え方を読み取れませんでした。',
  'step.machine-network.summary.onlyUser':
    '{count, plural, other {# 個のエンドポイント}}が、サインインしているユーザーには応答しますが、Windows セットアップの実行アカウントである SYSTEM には応答しません: {endpoints}。{userNamed, select, yes {{user}} other {サインインしているユーザー}} として: {userProxyKind, select, pac {プロキシ スクリプト {userProxy}} static {プロキシ {userProxy}} other {プロキシなし (直接)}}。SYSTEM (WinHTTP) として: {systemProxyKind, select, pac {プロキシ スクリプト {systemProxy}} static {プロキシ {systemProxy}} other {プロキシなし (直接)}}。',
  'step.machine-network.summary.proxyDiffers':
    'すべてのエンドポイントが両方に応答しましたが、2 つの見え方でプロキシが異なります。{userNamed, select, yes {{user}} other {サインインしているユーザー}} として: {userProxyKind, select, pac {プロキシ スクリプト {userProxy}} static {プロキシ {userProxy}} other {プロキシなし (直接)}}。SYSTEM (WinHTTP) として: {systemProxyKind, select, pac {プロキシ スクリプト {systemProxy}} static {プロキシ {systemProxy}} other {プロキシなし (直接)}}。',
  'step.machine-network.summary.same':
    'サインインしているユーザーと SYSTEM から同じネットワークが見えます: 一方に応答するエンドポイントはすべてもう一方にも応答します。{userNamed, select, yes {{user}} other {サインインしているユーザー}} として: {userProxyKind, select, pac {プロキシ スクリプト {userProxy}} static {プロキシ {userProxy}} other {プロキシなし (直接)}}。SYSTEM (WinHTTP) として: {systemProxyKind, select, pac {プロキシ スクリプト {systemProxy}} static {プロキシ {systemProxy}} other {プロキシなし (直接)}}。',
  'step.vpn-certificate.summary.certificateProblems': '「{subject}」: {problems}',
  'step.vpn-certificate.summary.problemNoClientAuth': 'クライアント認証の用途がありません',
  'step.vpn-certificate.summary.problemNoPrivateKey': '秘密キーがありません',
  'step.vpn-certificate.summary.problemDatesUnreadable': '有効期間を読み取れません',
  'step.vpn-certificate.summary.problemNotYetValid': '{date} より前は無効です',
  'step.vpn-certificate.summary.problemExpired': '{date} に期限切れ',
  'step.dc-over-vpn.summary.unnamedDc': '(名前なし)',
  'step.dc-over-vpn.summary.portState': '{port}: {state}',
  'step.dc-over-vpn.summary.portAnswers': '応答あり',
  'step.dc-over-vpn.summary.portRefused': '接続拒否',
  'step.dc-over-vpn.summary.portTimedOut': '応答なし (タイムアウト)',
  'step.dc-over-vpn.summary.portSocketError': 'ソケット エラー {error}',
  'step.dc-over-vpn.summary.portUnreachable': '到達不可',
  'step.dc-over-vpn.summary.routeFacts': '{name} ({facts})',
  'step.dc-over-vpn.summary.routeIfType': 'ifType {type}',
  'step.dc-over-vpn.summary.routeNextHop': '次ホップ {hop}',
  'step.dc-over-vpn.summary.routeInterfaceIndex': 'インターフェイス {index}',
  'step.dc-over-vpn.summary.fixAllowPorts':
    'VPN のクライアント アドレス プールから {address} への TCP {ports} を許可してください (VPN サーバー、ファイアウォール、およびドメイン コントローラー自身のファイアウォール)。',
  'step.dc-over-vpn.summary.theDomainControllers': 'ドメイン コントローラー',
  'step.dc-over-vpn.summary.fixCheckRoutes':
    'VPN のルート (スプリット トンネリング) にドメイン コントローラーのサブネットが含まれていることを確認してください。',
  'step.dc-over-vpn.summary.fixTestByHand':
    '接続中に手動でテストしてください: Test-NetConnection {address} -Port 389 を実行し、次に -Port 88 を実行します。',
  'step.network-endpoints.summary.fixOpen': '{endpoint} を開放してください ({why})。',
  'step.network-endpoints.summary.fixOpenSaid':
    '{endpoint} を開放してください ({why})。デバイスの応答: {error}。',
  'step.network-endpoints.summary.timeSync':
    'time.windows.com への UDP 123 も開放されていることを確認してください。Windows では Azure AD のサインインと証明書に正確な時刻が必要ですが、TCP テストでは UDP を確認できません。',
  'step.machine-network.summary.fixRecordAsAdmin':
    '管理者としてデバイスをもう一度記録する (hvv record --out <file>) か、このステップをデバイス上でライブ実行してください。',
  'step.tls-inspection.summary.fixRecordAgain':
    'デバイスをもう一度記録する (hvv record --out <file>) か、このステップをデバイス上でライブ実行してください。',
  'step.vpn-connect.summary.fixPickConnection':
    'デバイスがサインイン画面で使用する VPN 接続を選択してから、このステップをもう一度実行してください。',
  'step.vpn-connect.summary.fixOpenClient':
    '{client} を開き (通知領域のアイコン)、企業のゲートウェイに接続して、接続済みと表示されるまで待ってください。',
  'step.vpn-connect.summary.fixThenRunAgain':
    'その後、このステップをもう一度実行してください。アプリはクライアントの仮想アダプターを探し、それを経由してドメイン コントローラーを確認します。',
  'step.scp.summary.fixCorrectClientSide':
    'このデバイスのクライアント側の SCP を修正してください: HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD、TenantId = {tenantId} (Active Directory の SCP が正しい場合はキーを削除します)。制御された検証: {url}',
  'step.scp.summary.fixCheckSignedInTenant':
    '技術者がデバイスの登録先テナントにサインインしていることを確認してから、もう一度確認してください。',
  'step.network-endpoints.summary.whyDeploymentService': 'Autopilot 展開サービス',
  'step.network-endpoints.summary.whyAzureSignIn': 'Azure AD サインイン',
  'step.network-endpoints.summary.whyDeviceAuthentication': 'Azure AD デバイス認証',
  'step.network-endpoints.summary.whyDeviceRegistration': 'ハイブリッド参加のためのデバイス登録',
  'step.network-endpoints.summary.whyIntuneEnrollment': 'Intune 登録',
  'step.network-endpoints.summary.whyConnectionIndicator': 'ネットワーク接続状態インジケーター',
  'step.network-endpoints.summary.whyLabConfiguration': 'ラボ構成で必須',
  'step.tls-inspection.summary.issuerOfProduct': '{product} (「{issuer}」)',
  'step.tls-inspection.summary.issuerNamed': '「{issuer}」',
  'step.tls-inspection.summary.issuerFor': '{endpoints} に対して {issuer}',
  'step.tls-inspection.summary.productAntivirus': 'ウイルス対策ソフトの HTTPS スキャナー',
  'step.tls-inspection.summary.issuerUnnamed': '名前のない発行者',
  'step.tls-inspection.summary.issuerNone': '証明書なし',
  'step.tls-inspection.summary.fixAskTeam':
    '{issuer} を運用しているチームに、{hosts} を TLS 検査の対象から除外するよう依頼してください。',
  'step.machine-network.summary.fixOnlyUserProxy':
    '{userProxyKind, select, pac {プロキシ スクリプト {userProxy}} static {プロキシ {userProxy}} other {プロキシなし (直接接続)}} が設定されているのは {userNamed, select, yes {{user}} other {サインインしているユーザー}} だけです。SYSTEM は WinHTTP の設定 ({systemProxyKind, select, pac {プロキシ スクリプト {systemProxy}} static {プロキシ {systemProxy}} other {プロキシなし (直接接続)}}) を使用します。',
  'step.machine-network.summary.fixTaskScheduler':
    'タスク スケジューラ サービスが実行されていて、スケジュールされたタスクがポリシーでブロックされていないことを確認してから、管理者としてこのステップをもう一度実行してください。',
  'step.vpn-kind.summary.otherAlwaysOn':
    '「{name}」(Always On {tunnel, select, device {デバイス トンネル} other {ユーザー トンネル}})',
  'step.vpn-kind.summary.evidenceSblEnabled':
    '{source} に <UseStartBeforeLogon>true があり、Start Before Login モジュールがインストールされています。',
  'step.vpn-kind.summary.evidenceSblNoModule':
    '{source} に <UseStartBeforeLogon>true がありますが、Start Before Login モジュールがインストールされていません。',
  'step.vpn-kind.summary.evidenceSblOff': '{sources} の <UseStartBeforeLogon> が false です。',
  'step.vpn-kind.summary.evidenceSblNoProfile':
    'デバイスにはまだ VPN プロファイルの XML がありません (クライアントは最初の接続時にダウンロードします)。',
  'step.vpn-kind.summary.evidenceGpNoValue':
    'PanSetup に Prelogon 値がありません。GlobalProtect は PRELOGON=1 でインストールされていません。',
  'step.vpn-kind.summary.evidenceGpValue': '{source} の Prelogon = {value}。',
  'step.vpn-kind.summary.evidenceFortiNone':
    'デバイスに show_vpn_before_logon の設定が見つかりません (FortiClient EMS から配布されている可能性があります)。',
  'step.vpn-kind.summary.evidenceFortiValue': '{source} の show_vpn_before_logon = {value}。',
  'step.vpn-kind.summary.evidencePulseMachine':
    '{source} に connection-identity が「machine」の接続があります。',
  'step.vpn-kind.summary.evidencePulseUserOnly':
    '{source} にはユーザー接続しかありません。ユーザー接続がサインイン前に接続するのは資格情報プロバイダーを使う場合だけで、アプリはそれを読み取れません。',
  'step.vpn-kind.summary.evidencePulseNone': 'デバイスにはまだ接続ストアがありません。',
  'step.vpn-kind.summary.evidenceEmptyValue': '(空)',
  'step.vpn-client-prelogon.summary.fixAnyConnectSblModule':
    'Start Before Login モジュール (MSI「Cisco Secure Client - Start Before Login」/「AnyConnect Start Before Login Module」) を、VPN クライアントと同じ Intune Win32 アプリからインストールしてください。',
  'step.vpn-client-prelogon.summary.fixAnyConnectSblProfile':
    'VPN プロファイル (Profile Editor > Preferences (Part 1)) で「Use Start Before Logon」をオンにします。プロファイルの XML に <UseStartBeforeLogon>true</UseStartBeforeLogon> が含まれるようになります。プロファイルを %ProgramData%\\Cisco\\Cisco Secure Client\\VPN\\Profile (AnyConnect 4 では %ProgramData%\\Cisco\\Cisco AnyConnect Secure Mobility Client\\Profile) に展開してください。',
  'step.vpn-client-prelogon.summary.fixGlobalProtectInstall':
    'GlobalProtect をプレログオン付きでインストールしてください: msiexec /i GlobalProtect64.msi PORTAL="<portal>" PRELOGON=1 (HKLM\\SOFTWARE\\Palo Alto Networks\\GlobalProtect\\PanSetup に Prelogon = 1 が書き込まれます)。',
  'step.vpn-client-prelogon.summary.fixGlobalProtectPortal':
    'ポータルで接続方法「Pre-logon (Always On)」または「Pre-logon then On-demand」を使用し、プレログオン トンネルにはコンピューター証明書を使用してください。',
  'step.vpn-client-prelogon.summary.fixFortiClientSettings':
    'FortiClient の構成 (EMS プロファイル > VPN、または XML の <vpn><options>) で、<show_vpn_before_logon>1</show_vpn_before_logon> と <use_windows_credentials>1</use_windows_credentials> を設定してください。',
  'step.vpn-client-prelogon.summary.fixFortiClientMachineTunnel':
    'ユーザーの操作なしでサインイン前に接続するトンネルにする場合は、<on_os_start_connect> にそのトンネルを指定し、<machine>1</machine> を設定してください (コンピューター単位の自動接続)。',
  'step.vpn-client-prelogon.summary.fixPulseConnectionSet':
    'Ivanti Connect Secure の接続セット (Users > Ivanti Secure Access Client > Connections) で、接続に「Connect automatically」とコンピューター認証 (「Machine credentials」/ デスクトップ前の L2/L3) を設定するか、サインイン タイルを使う場合は「User authentication with credential provider」を設定してください。',
  'step.vpn-client-prelogon.summary.fixPulseRedeploy':
    '接続セットを再展開してください。デバイスは %ProgramData%\\Pulse Secure\\ConnectionStore\\connstore.dat に保存します (connection-identity:「machine」)。',
  'step.dc-over-vpn.summary.fixTypeDomain':
    'スタート画面でドメイン (例: corp.contoso.com) を入力してから、このステップをもう一度実行してください。',
  'step.vpn-certificate.summary.fixConnectionName':
    'VPN 接続名を修正するか、空欄にしてコンピューター単位の唯一の接続を使用してください。',
  'step.vpn-connect.summary.fixSignInWithCredentials':
    'サインアウトし、サインイン画面でネットワーク サインインのアイコンを選択して、ユーザー名とパスワードでこの VPN に接続し、サインインできることを確認してください (「社内ネットワーク外でのサインイン」のステップ)。',
  'step.vpn-connect.summary.fixDeviceTunnelForNoPerson':
    'ユーザーの操作なしで動作する接続 (ユーザーがサインインする前の Autopilot) には、コンピューター証明書を使うデバイス トンネルを使用してください。',
  'step.vpn-connect.summary.fixOffCorporateNetwork':
    'デバイスが社内ネットワークの外にあり (信頼されたネットワークでは Always On は接続しません)、インターネットにアクセスできることを確認してください。',
  'step.vpn-connect.summary.fixDeviceTunnelNeeds':
    'デバイス トンネルには、クライアント認証を持つコンピューター証明書と、UDP 500 と 4500 で到達できる IKEv2 VPN サーバーが必要です。イベント ビューアー > アプリケーション で RasClient イベント 20227 (失敗、エラー コード付き) を確認してください。',
  'step.scp.summary.fixDecideTenant':
    'どちらのテナントが正しいかを判断してください。クライアント側の SCP は対象を絞った展開用です。Active Directory の SCP を構成したら、HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD (またはそのグループ ポリシー基本設定 / Intune の設定) を削除してください。',
  'step.scp.summary.fixCorrectInDirectory':
    'Active Directory の SCP を修正してください: Microsoft Entra Connect > [デバイス オプションの構成] > [ハイブリッド Azure AD 参加の構成] で、デバイスが登録されているテナントを指定します。',
};
