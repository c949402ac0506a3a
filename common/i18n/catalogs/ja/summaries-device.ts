/**
 * Verdict summaries of the device and tenant steps (keys `step.<id>.summary.*`) and the engine's
 * own sentences (`engine.*`; see ../../catalogs.ts), translated.
 */
import type { Catalog } from '../../source-catalog.js';

/** Sentences the tenant rules say for each tenant step (common/engine/rules/tenant.ts). */
const signIn = (step: string): Catalog => ({
  [`step.${step}.summary.signIn`]: 'テナントを確認するにはサインインしてください。',
  [`step.${step}.summary.signInNotRecorded`]:
    'テナントを確認するにはサインインしてください。この記録にはテナントのデータが含まれていません。',
  [`step.${step}.summary.signInBecause`]: 'テナントを確認するにはサインインしてください。{reason}',
});

const profileRead = (step: string): Catalog => ({
  [`step.${step}.summary.profileForbidden`]: '展開プロファイルを読み取れません: アクセス許可がありません。',
  [`step.${step}.summary.profileFailed`]: '展開プロファイルを読み取れません: {reason}',
  [`step.${step}.summary.profileFailedSilently`]:
    '展開プロファイルを読み取れません: 読み取りに失敗しました。',
  [`step.${step}.summary.registrationNotPassed`]:
    'Autopilot 登録のチェックに合格しなかったため、割り当てられたプロファイルを読み取れません。',
  [`step.${step}.summary.profileNotUnderstood`]:
    'Graph から取得した展開プロファイルを解釈できませんでした: {reason}。',
});

const REGISTERED = 'Autopilot に登録済み{tagged, select, yes { (グループ タグ {groupTag})} other {}}';

export const jaSummariesDevice: Catalog = {
  'step.os-build.summary.supported': 'ビルド {build} は VPN を使用したハイブリッド参加をサポートしています。',
  'step.os-build.summary.hasUpdate':
    'ビルド {build} には KB4530684 またはそれ以降の累積更新プログラムが適用されています。',
  'step.os-build.summary.missingUpdate':
    'ビルド {build} は {minimum} より古いバージョンです。KB4530684 またはそれ以降の累積更新プログラムをインストールしてください。',
  'step.os-build.summary.tooOld':
    'ビルド {build} は古すぎます。VPN を使用したハイブリッド参加には、KB4530684 を適用した Windows 10 1903/1909、または Windows 10 2004 以降が必要です。',
  'step.os-build.summary.notDecimal':
    'os.version の {name} を解釈できませんでした: {raw} は 10 進数ではありません。',
  'step.os-build.summary.noBuild': 'os.version から読み取り可能な CurrentBuild が報告されませんでした。',
  'step.os-build.summary.noUbr': 'os.version はビルド {build} を UBR なしで報告しました。',

  'step.join-state.summary.pass': 'Microsoft Entra ハイブリッド参加済みです (ドメイン {domain})。',
  'step.join-state.summary.pending':
    '{domain} には参加済みですが、Microsoft Entra ID にはまだ参加していません。ハイブリッド登録が保留中です。',
  'step.join-state.summary.azureOnly':
    'Microsoft Entra 参加のみです。デバイスはオンプレミスのドメインに参加していません。',
  'step.join-state.summary.notJoined': 'デバイスはドメインに参加していません。',

  'step.mdm-enrollment.summary.enrolled': 'Intune に登録済みです。',
  'step.mdm-enrollment.summary.enrolledBy': '{upn} によって Intune に登録済みです。',
  'step.mdm-enrollment.summary.otherProviders':
    'Intune の登録がありません (見つかったのは {providers} のみ)。',
  'step.mdm-enrollment.summary.notEnrolled': 'デバイスはどの MDM サービスにも登録されていません。',

  'step.autopilot-profile.summary.azureAdOnly':
    'Autopilot プロファイルは Microsoft Entra 参加のみで、Microsoft Entra ハイブリッド参加ではありません。',
  'step.autopilot-profile.summary.skipOn':
    '「AD 接続チェックをスキップする」が有効な Microsoft Entra ハイブリッド参加プロファイルです。',
  'step.autopilot-profile.summary.skipOff':
    '「AD 接続チェックをスキップする」が無効なハイブリッド参加プロファイルです。セットアップにはドメイン コントローラーが必要ですが、OOBE 中は VPN でドメイン コントローラーに接続できません。',
  'step.autopilot-profile.summary.registryOnly':
    'レジストリはハイブリッド参加を示していますが、キャッシュされたプロファイル ファイルがデバイス上にないため、「AD 接続チェックをスキップする」を確認できません。',
  'step.autopilot-profile.summary.noProfile':
    'このデバイスには Autopilot プロファイルがダウンロードされていません。',
  'step.autopilot-profile.summary.unknownJoinMethodCached':
    'キャッシュされた Autopilot プロファイルの CloudAssignedDomainJoinMethod = {value} は、既知の参加方法ではありません。',
  'step.autopilot-profile.summary.unknownJoinMethodRegistry':
    'Autopilot のレジストリ キーの CloudAssignedDomainJoinMethod = {value} は、既知の参加方法ではありません。',

  ...signIn('autopilot-registration'),
  'step.autopilot-registration.summary.serialNotRecorded':
    'デバイスのシリアル番号がこの記録に含まれていないため、テナントを確認できません。',
  'step.autopilot-registration.summary.registrationForbidden':
    'Autopilot の登録を読み取れません: アクセス許可がありません。',
  'step.autopilot-registration.summary.registrationFailed': 'Autopilot の登録を読み取れません: {reason}',
  'step.autopilot-registration.summary.registrationFailedSilently':
    'Autopilot の登録を読み取れません: 読み取りに失敗しました。',
  'step.autopilot-registration.summary.assignedInSync': `${REGISTERED}: プロファイルは割り当て済みで、同期されています。`,
  'step.autopilot-registration.summary.assignedOutOfSync': `${REGISTERED}: プロファイルは割り当て済みですが、Autopilot サービスとまだ同期されていません。`,
  'step.autopilot-registration.summary.assignedUnknownSyncState': `${REGISTERED}: プロファイルは割り当て済みですが、同期の状態は不明です。`,
  'step.autopilot-registration.summary.pending': `${REGISTERED}: プロファイルの割り当てが保留中です。`,
  'step.autopilot-registration.summary.notAssigned': `${REGISTERED}: 展開プロファイルが割り当てられていません。`,
  'step.autopilot-registration.summary.failed': `${REGISTERED}: プロファイルの割り当てに失敗しました。`,
  'step.autopilot-registration.summary.unknown': `${REGISTERED}: プロファイルの割り当て状態は不明です。`,
  'step.autopilot-registration.summary.otherState': `${REGISTERED}: プロファイルの割り当て状態は「{state}」です。`,
  'step.autopilot-registration.summary.noSerial':
    'ファームウェアが使用可能なシリアル番号を報告していません。Autopilot はシリアル番号でデバイスを識別します。',
  'step.autopilot-registration.summary.notRegistered':
    'シリアル番号 {serial} の Autopilot 登録はありません。',
  'step.autopilot-registration.summary.duplicates':
    '{count, plural, other {# 件の Autopilot 登録}}がシリアル番号 {serial} を共有しているため、Autopilot はどれがこのデバイスかを判別できません。',
  'step.autopilot-registration.summary.registrationNotUnderstood':
    'Graph から取得した Autopilot デバイスの一覧を解釈できませんでした: {reason}。',

  ...signIn('tenant-profile'),
  ...profileRead('tenant-profile'),
  'step.tenant-profile.summary.noProfile': 'このデバイスには展開プロファイルが割り当てられていません。',
  'step.tenant-profile.summary.azureAdOnly':
    '「{profile}」は Microsoft Entra 参加のみで、Microsoft Entra ハイブリッド参加ではありません。',
  'step.tenant-profile.summary.unnamedAzureAdOnly':
    '割り当てられたプロファイルは Microsoft Entra 参加のみで、Microsoft Entra ハイブリッド参加ではありません。',
  'step.tenant-profile.summary.otherJoin':
    '「{profile}」の参加の種類は {joinType} で、Microsoft Entra ハイブリッド参加ではありません。',
  'step.tenant-profile.summary.unnamedOtherJoin':
    '割り当てられたプロファイルの参加の種類は {joinType} で、Microsoft Entra ハイブリッド参加ではありません。',
  'step.tenant-profile.summary.skipOn':
    '「{profile}」は「AD 接続チェックをスキップする」が有効な Microsoft Entra ハイブリッド参加プロファイルです。',
  'step.tenant-profile.summary.unnamedSkipOn':
    '割り当てられたプロファイルは「AD 接続チェックをスキップする」が有効な Microsoft Entra ハイブリッド参加プロファイルです。',
  'step.tenant-profile.summary.skipOff':
    '「{profile}」は「AD 接続チェックをスキップする」が無効な Microsoft Entra ハイブリッド参加プロファイルです。セットアップにはドメイン コントローラーが必要ですが、OOBE 中は VPN でドメイン コントローラーに接続できません。',
  'step.tenant-profile.summary.unnamedSkipOff':
    '割り当てられたプロファイルは「AD 接続チェックをスキップする」が無効な Microsoft Entra ハイブリッド参加プロファイルです。セットアップにはドメイン コントローラーが必要ですが、OOBE 中は VPN でドメイン コントローラーに接続できません。',

  ...signIn('profile-drift'),
  ...profileRead('profile-drift'),
  'step.profile-drift.summary.noneAssigned':
    'Intune でプロファイルが割り当てられていないため、比較する対象がありません (割り当てられたプロファイルのステップを参照してください)。',
  'step.profile-drift.summary.noneCached':
    'デバイスにはまだ Autopilot プロファイルがキャッシュされていません。割り当てられたプロファイルは OOBE 中にダウンロードされます。',
  'step.profile-drift.summary.matches':
    'キャッシュされたプロファイルは、Intune が現在割り当てている「{profile}」と一致しています。',
  'step.profile-drift.summary.matchesUnnamed':
    'キャッシュされたプロファイルは、Intune が現在割り当てているプロファイルと一致しています。',
  'step.profile-drift.summary.outOfDate': 'デバイスのプロファイルが古くなっています ({differences})。',

  'step.logon-vpn-icon.summary.ask':
    'サインアウトしてサインイン画面に VPN アイコンがあるか確認し、結果を入力してください。',
  'step.logon-vpn-icon.summary.askWithEvents':
    'サインアウトしてサインイン画面に VPN アイコンがあるか確認し、結果を入力してください。{events}',
  'step.logon-vpn-icon.summary.notSeen': '技術者はサインイン画面で VPN アイコンを確認できませんでした。',
  'step.logon-vpn-icon.summary.notSeenNote':
    '技術者はサインイン画面で VPN アイコンを確認できませんでした。メモ: {note}',
  'step.logon-vpn-icon.summary.contradicted':
    '技術者はサインイン画面で VPN アイコンを確認しましたが、デバイスのイベントによると次のとおりです: {contradiction}。',
  'step.logon-vpn-icon.summary.contradictedNote':
    '技術者はサインイン画面で VPN アイコンを確認しましたが、デバイスのイベントによると次のとおりです: {contradiction}。メモ: {note}',
  'step.logon-vpn-icon.summary.seen': '技術者はサインイン画面で VPN アイコンを確認しました。',
  'step.logon-vpn-icon.summary.seenWithEvents':
    '技術者はサインイン画面で VPN アイコンを確認しました。{events}',
  'step.logon-vpn-icon.summary.seenNote': '技術者はサインイン画面で VPN アイコンを確認しました。メモ: {note}',
  'step.logon-vpn-icon.summary.seenWithEventsNote':
    '技術者はサインイン画面で VPN アイコンを確認しました。{events} メモ: {note}',

  'step.offnetwork-signin.summary.notHereSystem':
    'ここではチェックしません。アプリは SYSTEM として実行されているため、アプリから見えるサインインはユーザーのものではなく、このアカウントのものです。セットアップ後、サインインしたユーザーがアプリを起動して、社内ネットワーク外からのサインインをチェックしてください。',
  'step.offnetwork-signin.summary.notHereOobe':
    'ここではチェックしません。アプリは OOBE のセットアップ用アカウントである {account} (Shift-F10) として実行されているため、アプリから見えるサインインはユーザーのものではなく、このアカウントのものです。セットアップ後、サインインしたユーザーがアプリを起動して、社内ネットワーク外からのサインインをチェックしてください。',
  'step.offnetwork-signin.summary.ask':
    'キャッシュされた資格情報のないアカウントで、社内ネットワークの外から VPN 経由でサインインし、結果を入力してください。',
  'step.offnetwork-signin.summary.askWithEvents':
    'キャッシュされた資格情報のないアカウントで、社内ネットワークの外から VPN 経由でサインインし、結果を入力してください。{events}',
  'step.offnetwork-signin.summary.reportedFailed':
    '技術者から、社内ネットワーク外からのサインインが成功しなかったと報告されました。',
  'step.offnetwork-signin.summary.mismatchUnreadable':
    'チェックできませんでした。アプリは {processUser} (ログオンの種類 {processLogonType}) として実行されていますが、コンソールでは {interactiveUser} がアプリで読み取れない方法でサインインしています。サインインの証跡はユーザー本人のものである必要があります。',
  'step.offnetwork-signin.summary.mismatchCached':
    'チェックできませんでした。アプリは {processUser} (ログオンの種類 {processLogonType}) として実行されていますが、コンソールでは {interactiveUser} がキャッシュされた資格情報 (ログオンの種類 11) でサインインしています。サインインの証跡はユーザー本人のものである必要があります。',
  'step.offnetwork-signin.summary.mismatchType':
    'チェックできませんでした。アプリは {processUser} (ログオンの種類 {processLogonType}) として実行されていますが、コンソールでは {interactiveUser} がログオンの種類 {interactiveLogonType} でサインインしています。サインインの証跡はユーザー本人のものである必要があります。',
  'step.offnetwork-signin.summary.cached':
    'このセッションではキャッシュされた資格情報 (ログオンの種類 11) が使用されました。ドメインはサインインを認識していないため、VPN は証明されていません。',
  'step.offnetwork-signin.summary.localAccount':
    'セッションはコンピューター自身 ({logonServer}) によって認証されました。ドメインへのサインインではなく、ローカル アカウントです。',
  'step.offnetwork-signin.summary.contradicted':
    '技術者は社内ネットワーク外からのサインインを確認しましたが、デバイスのイベントによると次のとおりです: {contradiction}。',
  'step.offnetwork-signin.summary.signedIn': '社内ネットワークの外から VPN 経由でサインインしました。',
  'step.offnetwork-signin.summary.signedInWithEvents':
    '社内ネットワークの外から VPN 経由でサインインしました。{events}',
  'step.offnetwork-signin.summary.signedInBy':
    '社内ネットワークの外から VPN 経由でサインインしました。認証したサーバー: {logonServer}。',
  'step.offnetwork-signin.summary.signedInByWithEvents':
    '社内ネットワークの外から VPN 経由でサインインしました。認証したサーバー: {logonServer}。{events}',
  'step.offnetwork-signin.summary.confirmed':
    '技術者は、社内ネットワークの外から VPN 経由でのサインインが成功したことを確認しました。',
  'step.offnetwork-signin.summary.confirmedWithEvents':
    '技術者は、社内ネットワークの外から VPN 経由でのサインインが成功したことを確認しました。{events}',
  'step.offnetwork-signin.summary.logonTypeNotUnderstood':
    'logon.session の LogonType を解釈できませんでした: {raw} はログオンの種類の番号ではありません。',

  'step.update-install.summary.noPackage': '更新プログラムのパッケージが選択されていません。',
  'step.update-install.summary.installed': '更新プログラムがインストールされました。',
  'step.update-install.summary.restart':
    '更新プログラムがインストールされました。完了するには再起動してください (終了コード {code})。',
  'step.update-install.summary.alreadyInstalled': '更新プログラムは既にインストールされています。',
  'step.update-install.summary.notApplicable':
    'この更新プログラムはこのデバイスに適用できません ({code})。Windows のバージョンまたはアーキテクチャが異なるか、既に置き換えられています。',
  'step.update-install.summary.needsElevation':
    '更新プログラムはインストールされませんでした。アプリが管理者として実行されていません ({code})。',
  'step.update-install.summary.serviceDisabled':
    '更新プログラムはインストールされませんでした。Windows Update サービスが無効になっています ({code})。',
  'step.update-install.summary.failed': 'wusa.exe が {code} で失敗しました。',

  'engine.cancelled': '技術者によってキャンセルされました。',
  'engine.couldNotCheck': 'チェックできませんでした: {reason}',
  'engine.failedUnexpectedly': 'チェックが予期せず失敗しました: {reason}',
  'engine.actionNotAllowed':
    '実行されていません。アクションはデバイスを変更します。--connect/--install を指定して実行してください。',
  'engine.remediation.runAgainWhenReady': '準備ができたら、もう一度このステップを実行してください。',
  'engine.remediation.recordAgain':
    'すべてのプローブでデバイスをもう一度記録する (hvv record --out <file>) か、このステップをデバイス上でライブ実行してください。',
  'engine.remediation.restrictedSignedApp':
    'Program Files にインストールされた署名済みのアプリを実行するか、AppLocker/WDAC ポリシーまたは実行ポリシーで発行元の証明書を許可するよう IT 部門に依頼してください。',
  'engine.remediation.restrictedMeanwhile':
    'それまでは、ポリシーで信頼されているアプリのコピーでこのデバイスを記録するか、手動で確認してください。',
  'engine.remediation.checkPowerShell':
    'このデバイスで PowerShell が実行できることを確認し (powershell.exe -NoProfile -Command $PSVersionTable)、もう一度このステップを実行してください。',
  'engine.remediation.checkError':
    'もう一度このステップを実行してください。それでも失敗する場合は、証跡に表示されたコマンドを PowerShell で手動実行し、その出力をサポート用に保存してください。',
  'engine.probeTimedOut': 'プローブ {probe} は {duration} 後にタイムアウトしました。',
  'engine.exitCodeNotUnderstood':
    '{probe} の終了コードを解釈できませんでした: {raw} は 32 ビットの終了コードではありません。',
  'engine.probeFailed': 'プローブ {probe} は終了コード {code} で失敗しました。',
  'engine.probeFailedSaid': 'プローブ {probe} は終了コード {code} で失敗しました: {output}',
  'engine.outputNotUnderstood': '{probe} の出力を解釈できませんでした: {reason}。',
  'engine.locale': 'ja',
  'engine.rasUnknownMeaning':
    'VPN 接続はエラー {code} で失敗しました。このアプリにはこのエラーの説明がありません。',
  'engine.rasUnknownLookUp':
    'Microsoft の「ルーティングとリモート アクセスのエラー コード」一覧でエラー {code} を調べてください。',
  'engine.eventsAgree':
    'デバイスのイベントも一致しています: VPN は {vpnAt} に接続され、{signInAt} のサインインより前でした。',
  'engine.eventsAgreeNamed':
    'デバイスのイベントも一致しています: VPN「{connection}」は {vpnAt} に接続され、{signInAt} のサインインより前でした。',
  'engine.eventsContradict': 'デバイスのイベントはこれと矛盾しています: {contradiction}。',
  'engine.eventsSecurityUnreadable':
    'サインイン イベントを読み取れませんでした (セキュリティ ログには管理者権限が必要です)。イベントからはこれを確認も否定もできません。',
  'engine.eventsVpnUnreadable':
    'VPN イベントを読み取れませんでした。イベントからはこれを確認も否定もできません。',
  'engine.eventsThirdParty':
    'このデバイスの VPN はサードパーティ製クライアントで、RasClient イベントを書き込みません。サインイン前の VPN イベントがないのは想定どおりのため、イベントからはこれを確認も否定もできません。',
  'engine.eventsNoSignIn':
    '読み取った期間にユーザーのサインインは記録されていません。イベントからはこれを確認も否定もできません。',
  'engine.contradictionCached':
    '最後のサインイン ({signInAt}) はキャッシュされた資格情報 (ログオン タイプ 11) を使用したため、ドメインはこのサインインを認識していません',
  'engine.contradictionNoVpn': '最後のサインイン ({signInAt}) の前に VPN 接続は確立されていませんでした',
  'step.profile-drift.summary.difference': '{setting}: デバイス {device}、Intune {tenant}',
  'step.profile-drift.summary.differenceFix':
    '「{setting}」は、デバイスがダウンロードしたプロファイルでは {device}、Intune が現在割り当てているプロファイルでは {tenant} です。デバイスはプロファイルを再ダウンロードするまで {device} でセットアップを実行します。',
  'step.profile-drift.summary.settingJoinAs': 'Azure AD への参加の種類',
  'step.profile-drift.summary.settingSkipConnectivity': 'AD 接続チェックをスキップする',
  'step.profile-drift.summary.settingUserType': 'ユーザー アカウントの種類',
  'step.profile-drift.summary.settingDeploymentMode': '展開モード',
  'step.profile-drift.summary.settingPrivacy': 'プライバシーの設定',
  'step.profile-drift.summary.settingLicenseTerms': 'マイクロソフト ソフトウェア ライセンス条項',
  'step.profile-drift.summary.settingKeyboard': 'キーボードを自動的に構成する',
  'step.profile-drift.summary.settingHideChangeAccount': 'アカウントの変更オプションを非表示にする',
  'step.profile-drift.summary.settingNameTemplate': 'デバイス名のテンプレート',
  'step.profile-drift.summary.settingLanguage': '言語 (地域)',
  'step.profile-drift.summary.valueHybridJoined': 'ハイブリッド Azure AD 参加済み',
  'step.profile-drift.summary.valueAzureJoined': 'Azure AD 参加済み',
  'step.profile-drift.summary.valueOn': 'オン',
  'step.profile-drift.summary.valueOff': 'オフ',
  'step.profile-drift.summary.valueStandard': '標準',
  'step.profile-drift.summary.valueAdministrator': '管理者',
  'step.profile-drift.summary.valueShared': '共有 (自己展開)',
  'step.profile-drift.summary.valueSingleUser': 'シングル ユーザー',
  'step.profile-drift.summary.valueHidden': '非表示',
  'step.profile-drift.summary.valueShown': '表示',
  'step.profile-drift.summary.valueNone': '(なし)',
  'step.update-install.summary.fixRestart':
    '今すぐ再起動してください: shutdown.exe /r /t 0 を実行し、その後「{step}」をもう一度実行します。',
  'step.update-install.summary.fixWrongPackage':
    'Windows のバージョン (winver) とアーキテクチャ (x64/ARM64) を確認し、一致する累積更新プログラムをダウンロードしてください。',
  'step.update-install.summary.fixSuperseded':
    'より新しい累積更新プログラムが既にインストールされている場合、この更新プログラムは置き換え済みです。操作は不要です。「{step}」を確認してください。',
  'step.update-install.summary.fixUpdateCatalog': 'Microsoft Update カタログ: {url}',
  'step.update-install.summary.fixElevate':
    'アプリを閉じ、右クリックして [管理者として実行] を選択してから (OOBE 中の Shift+F10 は既に管理者として実行されています)、このステップをもう一度実行してください。',
  'step.update-install.summary.fixStandardUser':
    '標準ユーザーは更新プログラムをインストールできません。管理者アカウントを依頼するか、IT 部門に更新プログラムを展開してもらってください。',
  'step.update-install.summary.fixStartService':
    '管理者のコマンド プロンプトでサービスを開始してください: sc.exe config wuauserv start= demand の後に net start wuauserv を実行し、このステップをもう一度実行します。',
  'step.update-install.summary.fixServicePolicy':
    '管理対象デバイスでグループ ポリシーによりサービスが無効になっている場合は、IT 部門独自の展開で更新プログラムを配布するよう依頼してください。',
  'step.autopilot-profile.summary.fixRegister':
    'デバイスを Autopilot に登録し (ハードウェア ハッシュ)、そのグループにハイブリッド Azure AD 参加の展開プロファイルを割り当ててください。',
  'step.autopilot-profile.summary.fixDownload':
    'OOBE 中にデバイスをインターネットに接続してプロファイルをダウンロードさせ、もう一度確認してください。',
  'step.autopilot-profile.summary.fixProfilesDoc': 'Autopilot プロファイル: {url}',
  'engine.remediation.recordWithThisVersion':
    'このバージョンのアプリでデバイスをもう一度記録するか、デバイス上でチェックを直接実行してください。',
  'engine.remediation.fixRegistrationFirst':
    '先に「デバイスが Autopilot に登録されている」のステップを解決してください。',
  'engine.probeNotRecorded': 'チェックできませんでした: この記録には {probe} の結果が含まれていません。',
  'engine.probeUnavailable':
    'チェックできませんでした: このデバイスでは {probe} プローブを実行できませんでした。',
  'engine.probeRestricted':
    'チェックできませんでした: ポリシー (AppLocker/WDAC または実行ポリシー) により {probe} プローブの実行が阻止されました。',
  'engine.commandPrintedNothing': '{command} は何も出力しませんでした',
  'engine.commandPrintedNothingExitZero': '{command} は何も出力せず、終了コード 0 で終了しました',
  'engine.commandOutputNotUnderstood': '{command} の出力を解釈できませんでした:「{output}」',
  'engine.proxyDirectAndServer': '{command} が直接アクセスとプロキシの両方を示しています:「{output}」',
  'engine.remediation.grantConsent':
    '管理者に依頼して、アプリの登録に対する Microsoft Graph のアクセス許可 DeviceManagementServiceConfig.Read.All の管理者の同意を付与してもらってください。',
  'engine.remediation.intuneRole':
    'サインインしたアカウントには、Windows Autopilot デバイスを読み取れる Intune ロール (例: 読み取り専用オペレーター) も必要です。',
  'engine.remediation.graphRetry':
    '数分後にテナントのチェックをもう一度実行してください。失敗が続く場合は、Microsoft サポート用に request-id を控えておいてください。',
  'step.autopilot-registration.summary.fixSerialInFirmware':
    '製造元にファームウェア (BIOS/UEFI) でシリアル番号を設定してもらってから、デバイスを登録してください。',
  'step.autopilot-registration.summary.fixDeleteStale':
    'Intune の [デバイス] > [Windows] > [Windows の登録] > [デバイス] でシリアル番号を検索し、古い登録を削除してください。',
  'step.autopilot-registration.summary.fixKeepMatching':
    '製造元とモデルがこのデバイスと一致する登録を残して、もう一度チェックしてください。',
  'step.autopilot-registration.summary.fixAddToGroup':
    'デバイス (またはそのグループ タグ) を、ハイブリッド Azure AD 参加の展開プロファイルの対象となっている Azure AD グループに追加してください。',
  'step.autopilot-registration.summary.fixWaitAssigned':
    'Intune でデバイスのプロファイルの状態が「割り当て済み」になるまで待ってから、もう一度チェックしてください。',
  'step.autopilot-registration.summary.fixHybridAutopilot':
    'ハイブリッド Autopilot: https://learn.microsoft.com/autopilot/windows-autopilot-hybrid',
  'step.autopilot-registration.summary.fixAssignmentDelay':
    'デバイスのインポートやグループの変更後、プロファイルの割り当てには数分かかることがあります。しばらくしてからもう一度チェックしてください。',
  'step.autopilot-registration.summary.fixSync':
    'Intune の [デバイス] > [Windows] > [Windows の登録] > [デバイス] で [同期] を選択すると、処理を早められます。',
  'step.os-build.summary.fixReinstallSupported':
    '登録する前に、デバイスをサポートされている Windows 10/11 のリリース (2004 以降) に再インストールまたはアップグレードしてください。',
  'step.os-build.summary.fixMinimumBuild':
    '1903/1909 の最小要件: ビルド 18362.535 / 18363.535 (https://support.microsoft.com/help/4530684)。',
  'step.tenant-profile.summary.fixAssignHybridProfile':
    'このデバイスを含むグループに、ハイブリッド Azure AD 参加の展開プロファイルを割り当て、[AD 接続チェックをスキップする] を [はい] に設定してください。',
  'step.tenant-profile.summary.fixAssignHybridJoinType':
    '[Azure AD への参加の種類] が [ハイブリッド Azure AD 参加済み] で、[AD 接続チェックをスキップする] が [はい] の展開プロファイルを、このデバイスのグループに割り当ててください。',
  'step.tenant-profile.summary.fixResetDevice':
    '新しいプロファイルがダウンロードされるように、デバイスをリセット (または OOBE をやり直し) してください。',
  'step.offnetwork-signin.summary.fixStartAsUser':
    '[管理者として実行] を使わずに {user} としてアプリを起動してから、このステップをもう一度実行してください。',
};
