/** Panels, forms and dialogs (see ../en/panels.ts), translated. */
import type { Catalog } from '../../source-catalog.js';

export const jaPanels: Catalog = {
  'errors.noBridge':
    'アプリのブリッジ (window.hvv) がありません。ブラウザーではなく、アプリから画面を開いてください。',
  'errors.unknown': '問題が発生しましたが、アプリから原因が報告されませんでした。',

  'fleetScreen.back': 'スタートに戻る',
  'fleetScreen.title': 'フリートの準備状況',
  'fleetScreen.tagline':
    'Intune の修復が検出スクリプト ({command}) で収集した結果から、多数のデバイスで同じチェックを行います。',
  'fleetScreen.openFirst': 'Intune が収集した結果を開く',
  'fleetScreen.openAnother': '別のフリートを開く',
  'fleetScreen.fromExport': 'エクスポートから',
  'fleetScreen.exportWhere':
    'Microsoft Intune 管理センター › デバイス › スクリプトと修復 › 対象の修復 › デバイスの状態 › エクスポート (CSV)、または保存した Graph の実行状態ページ (JSON、1 つのファイルまたはフォルダー)。',
  'fleetScreen.openFile': 'エクスポート ファイルを開く…',
  'fleetScreen.openFolder': 'フォルダーを開く…',
  'fleetScreen.fromIntune': 'Intune から直接',
  'fleetScreen.listExplain': 'テナントの修復を一覧表示し、選択した修復の結果を読み取ります。',
  'fleetScreen.list': '修復を一覧表示',
  'fleetScreen.listing': '修復を一覧表示しています…',
  'fleetScreen.noRemediation':
    'このテナントには修復がありません。先に検出スクリプトをアップロードしてください ({command})。',
  'fleetScreen.remediation': '修復',
  'fleetScreen.read': '結果を読み取る',
  'fleetScreen.cancel': 'キャンセル',
  'fleetScreen.reading': 'Microsoft Graph から結果を読み取っています…',
  'fleetScreen.progress': 'これまでに {devices, plural, other {# 台}} ({pages, plural, other {# ページ}})',

  'stageInputs.replayInputs': 'これは記録の入力値です。再生では変更できません。',
  'stageInputs.replayTenant':
    '再生では、テナントのチェックには記録の結果が使われます。サインインはライブの検証にのみ適用されます。',
  'stageInputs.saveDomain': 'ドメインを保存',
  'stageInputs.package': '更新プログラム パッケージ:',
  'stageInputs.noPackage': '未選択 — 選択するまでインストールのステップはスキップされます',

  'manualConfirm.fullStop': '。',

  'timeline.heading': 'このデバイスが記録した内容',
  'timeline.since': '{since} 以降のイベント',
  'timeline.sinceBoot': 'Windows の前回の起動以降のイベント',
  'timeline.empty': 'この期間に VPN、参加、サインインのイベントは記録されていません。',
  'timeline.unreadable': '読み取れませんでした: {logs}。',
  'timeline.problems': '一部のイベントを読み取れませんでした:',
  'timeline.eventId': 'イベント {id}',
  'timeline.verdict.supports': 'イベントは一致しています',
  'timeline.verdict.contradicts': 'イベントは合格と矛盾しています',
  'timeline.verdict.unknown': 'イベントからは確認も否定もできません',
  'timeline.source.vpn': 'VPN',
  'timeline.source.join': 'ハイブリッド参加',
  'timeline.source.autopilot': 'Autopilot',
  'timeline.source.sign-in': 'サインイン',
  'timeline.connection': '「{name}」',
  'timeline.event.vpn.20221': 'VPN のダイヤルを開始しました',
  'timeline.event.vpn.20222': 'VPN がサーバーに接続しています',
  'timeline.event.vpn.20223': 'VPN トンネルを設定しました',
  'timeline.event.vpn.20224': 'VPN のリンクを確立しました',
  'timeline.event.vpn.20225': 'VPN に接続しました',
  'timeline.event.vpn.20226': 'VPN を切断しました',
  'timeline.event.vpn.20227': 'VPN 接続に失敗しました',
  'timeline.event.join.304': 'ハイブリッド参加が参加フェーズで失敗しました',
  'timeline.event.join.305': 'ハイブリッド参加が認証で失敗しました',
  'timeline.event.join.306': 'ハイブリッド参加の登録に成功しました',
  'timeline.event.join.307': 'ハイブリッド参加: Active Directory に登録サービスが見つかりません',
  'timeline.event.join.334': 'ハイブリッド参加の事前チェック: ドメイン コントローラーが見つかりません',
  'timeline.event.join.335': 'ハイブリッド参加の事前チェック: デバイスは既に参加しています',
  'timeline.event.sign-in': 'ユーザーがサインインしました ({logonType})',
  'timeline.event.sign-in.cached': 'ユーザーがキャッシュされた資格情報でサインインしました',
  'timeline.logonType.2': '対話型',
  'timeline.logonType.10': 'リモート対話型',
  'timeline.logonType.11': 'キャッシュされた資格情報',
  'timeline.event.autopilot.error': 'Autopilot のエラー (イベント {id})',
  'timeline.event.autopilot.other': 'Autopilot イベント {id}',
  'timeline.code.logonType': 'ログオンの種類 {code}',
  'timeline.code.reason': '理由 {code}',
  'timeline.code.rasError': 'RAS エラー {code}',

  'vpnKind.label': '検出された VPN の種類',
  'vpnKind.kind.built-in-manual': 'Windows 組み込みの接続 (手動でダイヤル、rasdial)',
  'vpnKind.kind.built-in-auto': '自動的に接続する Windows 組み込みの接続 (Always On)',
  'vpnKind.kind.third-party': 'サードパーティの VPN クライアント',
  'vpnKind.kind.none': 'VPN が見つかりません',
  'vpnKind.kindWhat': '{kind}: {what}',
  'vpnKind.connection': '「{name}」',
  'vpnKind.connectionTunnel':
    '「{name}」({tunnel, select, device {デバイス トンネル} user {ユーザー トンネル} other {{tunnel} トンネル}})',
  'vpnKind.prelogon.enabled': 'サインイン前に接続できます',
  'vpnKind.prelogon.disabled': 'サインイン前に接続できません',
  'vpnKind.prelogon.unknown': 'ログオン前接続の設定を読み取れません',
  'vpnKind.stepTitle': '「{title}」',
  'vpnKind.notApplicable': 'この種類には該当しません: {steps}。',
  'vpnKind.instructions.vpn-connect.built-in-auto':
    'この VPN は自動的に接続します (Always On)。アプリは rasdial を実行せず、接続が確立されるまで最大 {seconds, plural, other {# 秒}}待機します。',
  'vpnKind.instructions.vpn-connect.third-party':
    'この VPN はサードパーティのクライアントです。クライアントでご自身で接続してから、ボタンを押してください。アプリがクライアントのトンネルを探します (rasdial は使用しません)。',
  'vpnKind.instructions.vpn-disconnect.built-in-auto':
    '該当しません: Always On 接続は接続を維持するためのもので、rasdial では管理されません。',
  'vpnKind.instructions.vpn-disconnect.third-party':
    '該当しません: rasdial はサードパーティのクライアントを管理しません。サインアウトする前にクライアントで切断してください。',

  'liveUnavailable.because': '{unavailable}: {reason}',
  'liveUnavailable.detail': '詳細: {detail}',
  'liveUnavailable.reason.not-windows': 'ライブ チェックには、PowerShell を備えた Windows が必要です。',
  'liveUnavailable.reason.no-answer': 'PowerShell は起動しましたが、時間内に応答しませんでした。',
  'liveUnavailable.reason.restricted':
    'このデバイスでは、PowerShell が AppLocker/WDAC によって制限されています。アプリのスクリプトは ConstrainedLanguage モードで実行されるため、ライブ チェックを実行できません。Program Files にインストールされた署名済みのアプリを実行するか、AppLocker/WDAC ポリシーでアプリの発行元証明書を許可するよう管理者に依頼してください。それまでは、許可されたアプリからこのデバイスを記録するか、手動で確認してください。',
  'liveUnavailable.reason.refused':
    'PowerShell がアプリのスクリプトの実行を拒否しました。実行ポリシー (通常はグループ ポリシーで設定された AllSigned または RemoteSigned で、-ExecutionPolicy Bypass では上書きできません) がスクリプトを許可していません。署名済みのビルドのアプリを使用するか、発行元証明書を信頼するよう管理者に依頼してください。',
  'liveUnavailable.reason.failed':
    'PowerShell を起動できなかったか、PowerShell でアプリのチェックを実行できませんでした。',
  'liveUnavailable.reason.preview':
    'ブラウザー プレビューでは記録の再生のみ可能です。ライブ チェックには、デバイス上のデスクトップ アプリを使用してください。',

  'evidenceFailure.not-recorded': 'この記録には、このプローブの結果が含まれていません。',
  'evidenceFailure.unavailable': 'このデバイスではプローブを実行できませんでした。',
  'evidenceFailure.cancelled': 'プローブは完了する前にキャンセルされました。',
  'evidenceFailure.not-allowed': '記録時の実行では、この操作の実行が許可されていませんでした。',
  'evidenceFailure.restricted':
    'デバイスのポリシー (AppLocker/WDAC または実行ポリシー) により、プローブのスクリプトを実行できませんでした。',
  'evidenceFailure.other': 'プローブは結果を返しませんでした。',
};
