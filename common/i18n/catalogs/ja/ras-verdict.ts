/** The RAS errors' meanings and fixes (`ras.<code>.*`) and the verdict's words (`verdict.*`), translated. */
import type { Catalog } from '../../source-catalog.js';

export const jaRasVerdict: Catalog = {
  'ras.601.meaning': 'ポート ハンドルが無効です。RAS 接続マネージャーが VPN ポートを見失いました。',
  'ras.601.fix.0':
    'デバイス (または Remote Access Connection Manager サービス (RasMan)) を再起動して、もう一度お試しください。',
  'ras.601.fix.1':
    '詳しい理由を確認するには、イベント ビューアー > Windows ログ > アプリケーション を開き、ソース RasClient (イベント 20227 と 20226) でフィルターします。',
  'ras.602.meaning':
    'ポートは既に開いています。別の接続が VPN ポートを使用しているか、前回の試行がまだ実行中です。',
  'ras.602.fix.0': 'ほかの VPN 接続を切断し (rasdial /disconnect)、前回の試行が終了するまで待ちます。',
  'ras.602.fix.1':
    'ポートが使用中のままの場合は、Remote Access Connection Manager サービス (RasMan) を再起動します。',
  'ras.603.meaning':
    '呼び出し元のバッファーが小さすぎます。RAS API の内部エラーで、通常はプロファイルの破損またはサイズ超過が原因です。',
  'ras.603.fix.0':
    'Intune から VPN プロファイルを再展開し (または Add-VpnConnection -AllUserConnection を使用し)、サインイン前にすべてのユーザー用として存在するようにします。',
  'ras.603.fix.1': '最新の累積更新プログラムをインストールします。',
  'ras.619.meaning':
    'リモート コンピューターへの接続を確立できなかったため、この接続に使用されたポートが閉じられました (GRE または IPsec のトラフィックがブロックされているか、サーバーがトンネルを切断したことがよくあります)。',
  'ras.619.fix.0':
    'デバイスと VPN サーバーの間のファイアウォールがトンネル プロトコルを許可していることを確認します (IKEv2: UDP 500/4500、SSTP: TCP 443、PPTP: TCP 1723 + GRE)。',
  'ras.623.meaning':
    'この接続の電話帳エントリが見つかりませんでした。このコンテキストには、その名前の VPN プロファイルが存在しません。',
  'ras.623.fix.0':
    'Get-VpnConnection -AllUserConnection で接続名を確認します (名前はスペースを含めて完全に一致する必要があります)。',
  'ras.623.fix.1':
    'サインイン中のユーザー用にのみ存在するプロファイルは、サインイン前には使用できません。Intune から VPN プロファイルを再展開し (または Add-VpnConnection -AllUserConnection を使用し)、サインイン前にすべてのユーザー用として存在するようにします。',
  'ras.628.meaning': '接続が完了する前に、リモート コンピューターによって接続が終了されました。',
  'ras.628.fix.0': 'VPN サーバーのログで、拒否された試行を確認します。',
  'ras.628.fix.1':
    'プロファイルの認証設定 (Get-VpnConnection -AllUserConnection: AuthenticationMethod、EapConfigXml) を、VPN サーバー / NPS ネットワーク ポリシーで許可されている内容と比較します。',
  'ras.629.meaning': 'リモート コンピューターによって接続が閉じられました。',
  'ras.629.fix.0': 'VPN サーバーのログとネットワーク ポリシーで、セッションが閉じられた理由を確認します。',
  'ras.633.meaning':
    'モデム (またはその他の接続デバイス) が既に使用中か、正しく構成されていません。トンネル用の WAN Miniportが使用中か、存在しません。',
  'ras.633.fix.0':
    'ほかの VPN 接続を切断してから、Remote Access Connection Manager サービス (RasMan) を再起動します。',
  'ras.633.fix.1':
    'デバイス マネージャーで、WAN Miniport アダプターが存在し、正常に動作していることを確認します。',
  'ras.651.meaning':
    'モデム (またはその他の接続デバイス) がエラーを報告しました。トンネルの種類に対応する WAN Miniportでエラーが発生しました。',
  'ras.651.fix.0':
    'デバイス マネージャー > ネットワーク アダプター で、WAN Miniport アダプター (IKEv2、SSTP、L2TP) が存在し、正常に動作していることを確認します。そうでない場合は再インストールします。',
  'ras.678.meaning': 'リモート コンピューターが応答しませんでした。',
  'ras.678.fix.0':
    'プロファイル内の VPN サーバー名が名前解決でき、このネットワークから到達可能であることを確認します (Resolve-DnsName、Test-NetConnection -Port 443)。',
  'ras.678.fix.1': 'VPN サーバーが実行中で、プロファイルのトンネルの種類で待ち受けていることを確認します。',
  'ras.691.meaning':
    'ユーザー名とパスワードの組み合わせが認識されないか、選択された認証プロトコルがリモート アクセス サーバーで許可されていないため、リモート接続が拒否されました。',
  'ras.691.fix.0':
    'サインイン前にはユーザーの資格情報がないため、プロファイルはコンピューター証明書 (デバイス トンネル) か、サインイン画面で機能する方法で認証する必要があります。',
  'ras.691.fix.2': 'NPS/RADIUS のログで、拒否された要求の理由コードを確認します。',
  'ras.703.meaning':
    '接続にはユーザーからの情報が必要ですが、アプリケーションがユーザー操作を許可していません。rasdial は資格情報や証明書の入力要求に応答できません。',
  'ras.703.fix.0':
    'プロファイルが資格情報 (EAP のユーザー名/パスワードまたは証明書の選択) の入力を求めています。サインイン前には誰も応答できません。',
  'ras.703.fix.1':
    'コンピューター証明書による認証を使用するか、「Windows のログオン資格情報を使用する」設定を有効にして、サインイン画面から資格情報が渡されるようにします。',
  'ras.703.fix.2':
    'ユーザー資格情報を使用するプロファイルをテストするには、ネットワーク アイコンから一度接続して資格情報を保存してから、もう一度お試しください。',
  'ras.718.meaning':
    'リモート コンピューターが時間内に応答しなかったため、接続が終了されました (PPP ネゴシエーションがタイムアウトしました)。',
  'ras.718.fix.0': 'VPN サーバーに、割り当て可能な空きポートと IP アドレスがあることを確認します。',
  'ras.718.fix.1': 'NPS/RADIUS サーバーが VPN サーバーに時間内に応答していることを確認します。',
  'ras.720.meaning':
    'リモート コンピューターへの接続を確立できませんでした。PPP 制御プロトコルをネゴシエートできませんでした。通常は、サーバーに割り当て可能な IP アドレスがないことが原因です。',
  'ras.720.fix.0':
    'VPN サーバーに有効な IPv4 アドレス プール (静的プールまたは DHCP) があり、リモート アクセスで IPv4 が有効になっていることを確認します。',
  'ras.720.fix.1':
    'ほかのデバイスは正常に接続できる場合は、このデバイスで WAN Miniport (IP) アダプターを再インストールします。',
  'ras.732.meaning':
    'お使いのコンピューターとリモート コンピューターで、PPP 制御プロトコルをネゴシエートできませんでした。',
  'ras.732.fix.0': 'プロファイルのトンネルの種類とプロトコルの設定を VPN サーバーに合わせます。',
  'ras.734.meaning':
    'PPP リンク制御プロトコルが終了されました。認証または暗号化の設定がサーバーと一致していません。',
  'ras.734.fix.1':
    'プロファイルの EncryptionLevel をサーバーに合わせます (Set-VpnConnection -EncryptionLevel)。',
  'ras.741.meaning': 'ローカル コンピューターは、必要なデータ暗号化の種類をサポートしていません。',
  'ras.741.fix.0': 'プロファイルの EncryptionLevel をサーバーに合わせます (両側で Required または Maximum)。',
  'ras.766.meaning': '証明書が見つかりませんでした。L2TP/IPsec 接続にはコンピューター証明書が必要です。',
  'ras.766.fix.0':
    'デバイスの ローカル コンピューター > 個人 に、クライアント認証 (1.3.6.1.5.5.7.3.2) を含み、秘密キーを持ち、VPN サーバーが信頼する CA が発行したコンピューター証明書があることを確認します (デバイス グループを対象とした Intune の PKCS/SCEP プロファイル)。',
  'ras.766.fix.1':
    'または、サーバーが事前共有キー用に構成されている場合は、プロファイルを事前共有キーに切り替えます。',
  'ras.768.meaning': 'データの暗号化に失敗したため、接続の試行は失敗しました。',
  'ras.768.fix.0': 'プロファイルの EncryptionLevel と IPsec の設定をサーバーに合わせます。',
  'ras.787.meaning':
    'セキュリティ層がリモート コンピューターを認証できなかったため、L2TP 接続の試行は失敗しました。',
  'ras.787.fix.0':
    'VPN サーバーの証明書を発行した CA をデバイスが信頼していることを確認します (ローカル コンピューター > 信頼されたルート証明機関)。',
  'ras.787.fix.1': '事前共有キーを使用する場合は、サーバーと一致していることを確認します。',
  'ras.788.meaning':
    'セキュリティ層がリモート コンピューターと互換性のあるパラメーターをネゴシエートできなかったため、L2TP 接続の試行は失敗しました。',
  'ras.788.fix.0': 'デバイスと VPN サーバーの IPsec の暗号化と整合性の設定を合わせます。',
  'ras.789.meaning':
    'リモート コンピューターとの初期ネゴシエーション中にセキュリティ層で処理エラーが発生したため、L2TP 接続の試行は失敗しました (多くの場合、事前共有キーまたは証明書の誤りが原因です)。',
  'ras.789.fix.0':
    'プロファイルが使用する事前共有キーまたはコンピューター証明書が、サーバーの想定と一致していることを確認します。',
  'ras.789.fix.1':
    'IKE and AuthIP IPsec Keying Modules サービス (IKEEXT) と IPsec Policy Agent サービス (PolicyAgent) が実行中であることを確認します。',
  'ras.791.meaning': '接続のセキュリティ ポリシーが見つからなかったため、L2TP 接続の試行は失敗しました。',
  'ras.791.fix.0': 'IPsec Policy Agent サービス (PolicyAgent) が実行中であることを確認します。',
  'ras.791.fix.1':
    'プロファイルの認証 (証明書または事前共有キー) が設定されていることを確認します。プロファイルの認証設定 (Get-VpnConnection -AllUserConnection: AuthenticationMethod、EapConfigXml) を、VPN サーバー / NPS ネットワーク ポリシーで許可されている内容と比較します。',
  'ras.792.meaning':
    'セキュリティ キーのネゴシエーションがタイムアウトしたため、L2TP 接続の試行は失敗しました。',
  'ras.792.fix.0': 'UDP 500 と 4500 がエンドツーエンドでサーバーに到達することを確認します。',
  'ras.792.fix.1':
    'NAT の内側にある場合は、HKLM\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent の AssumeUDPEncapsulationContextOnSendRule を 2 (DWORD) に設定して再起動します。',
  'ras.793.meaning': 'セキュリティのネゴシエート中にエラーが発生したため、L2TP 接続の試行は失敗しました。',
  'ras.793.fix.1':
    'コンピューター証明書または事前共有キーと、IPsec の設定がサーバーと一致していることを確認します。',
  'ras.798.meaning': 'この拡張認証プロトコル (EAP) で使用できる証明書が見つかりませんでした。',
  'ras.798.fix.1':
    'ユーザー証明書による EAP では、ユーザー証明書が 現在のユーザー > 個人 に存在する必要があります。サインイン前には使用できません。',
  'ras.798.fix.2':
    'EAP XML の証明書フィルター (発行者のハッシュ、EKU) が、実際に展開された証明書と一致していることを確認します。',
  'ras.800.meaning':
    'VPN 接続を確立できません。VPN サーバーに到達できないか、この接続のセキュリティ パラメーターが正しく構成されていない可能性があります。',
  'ras.800.fix.1':
    'プロファイルの TunnelType を Automatic ではなく、サーバーが使用する種類に設定します (Set-VpnConnection -TunnelType)。',
  'ras.800.fix.2':
    'ファイアウォールがトンネル プロトコルを許可していることを確認します (IKEv2: UDP 500/4500、SSTP: TCP 443)。',
  'ras.801.meaning':
    'この接続はアクセス サーバーの ID を検証するように構成されていますが、Windows はサーバーから送信されたデジタル署名を検証できません。',
  'ras.801.fix.0': 'VPN/NPS サーバー証明書のルート CA を、デバイスの 信頼されたルート証明機関 に展開します。',
  'ras.801.fix.1':
    'EAP XML の ServerValidation がそのルートを指定し、サーバー名が証明書と一致していることを確認します。',
  'ras.806.meaning':
    'デバイスと VPN サーバーの間の接続は開始されましたが、完了できませんでした。途中のファイアウォールまたはルーターが GRE (プロトコル 47) をブロックしています。',
  'ras.806.fix.0':
    'ファイアウォールで GRE (IP プロトコル 47) を許可するか、PPTP ではなく IKEv2 または SSTP を使用します。',
  'ras.807.meaning':
    'デバイスと VPN サーバーの間のネットワーク接続が中断されました (遅延、ネットワークの変更、またはサーバーの容量不足)。',
  'ras.807.fix.0': '安定したネットワークでもう一度お試しください。',
  'ras.807.fix.1': 'VPN サーバーの容量とログを確認します。',
  'ras.808.meaning':
    'VPN サーバーが接続を拒否しました (空きポートがないか、サーバー上のポリシーによって拒否されました)。',
  'ras.808.fix.0':
    'VPN サーバーにトンネルの種類に対応する空きポートがあることを確認し、サーバーのログで拒否の理由を確認します。',
  'ras.809.meaning':
    'リモート サーバーが応答しないため、デバイスと VPN サーバーの間のネットワーク接続を確立できませんでした。途中のファイアウォール、NAT、またはルーターが VPN トラフィックを許可していません。',
  'ras.809.fix.0':
    'このネットワークから VPN サーバーへの UDP 500 と 4500 (IKEv2、L2TP/IPsec) または TCP 443 (SSTP) が開いていることを確認します。',
  'ras.809.fix.1':
    'L2TP/IPsec でサーバーまたはデバイスが NAT の内側にある場合は、HKLM\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent の AssumeUDPEncapsulationContextOnSendRule を 2 (DWORD) に設定して再起動します。',
  'ras.809.fix.2':
    'フラグメントを破棄するネットワーク経由で IKEv2 を使用する場合は、サーバーが IKE フラグメンテーションをサポートしていることを確認するか、SSTP を使用します。',
  'ras.810.meaning':
    'VPN サーバーへの接続は開始されましたが、完了しませんでした。通常は、デバイスとサーバーの間の認証に使用される証明書が正しくないか、有効期限が切れていることが原因です。',
  'ras.810.fix.1': 'VPN サーバーの証明書が有効で、デバイスに信頼されていることを確認します。',
  'ras.811.meaning': '事前共有キーがサーバーと一致しないため、L2TP/IPsec 接続は失敗しました。',
  'ras.811.fix.0':
    'サーバーでの構成とまったく同じ事前共有キーをプロファイルに入力し直します (Set-VpnConnection -L2tpPsk)。',
  'ras.812.meaning':
    'RAS/VPN サーバー上のポリシーによって接続が妨げられました。サーバーが要求する認証方法がプロファイルの認証方法と一致しません。',
  'ras.812.fix.1':
    'NPS ネットワーク ポリシーの条件 (コンピューターまたはユーザーの Windows グループ、NAS ポートの種類 = 仮想 (VPN)) にこのデバイスが含まれていることを確認します。',
  'ras.813.meaning':
    '同じデバイスまたはポートを使用する接続が既に確立されている状態で、2 つ目の接続が試行されました。',
  'ras.813.fix.0': '既存の VPN 接続を切断して (rasdial /disconnect)、もう一度お試しください。',
  'ras.827.meaning':
    'IKEEXT サービスまたは PolicyAgent サービスが実行されていないため、L2TP/IPsec または IKEv2 接続を完了できません。',
  'ras.827.fix.0':
    '「IKE and AuthIP IPsec Keying Modules」(IKEEXT) サービスと「IPsec Policy Agent」(PolicyAgent) サービスを開始し、スタートアップの種類を自動に設定します。',
  'ras.828.meaning': 'アイドル タイムアウトにより、リモート アクセス接続が終了されました。',
  'ras.828.fix.0':
    'トンネルを維持する必要がある場合は、プロファイルの IdleDisconnectSeconds またはサーバーのアイドル タイムアウトを延長するか、解除します。',
  'ras.829.meaning':
    '基になるリンクで障害が発生したため、接続が切断されました (VPN の下のネットワークが失われました)。',
  'ras.829.fix.0': '安定したネットワーク (可能であれば有線) でもう一度お試しください。',
  'ras.831.meaning': 'ユーザーがセッションを切り替えたため、接続が切断されました。',
  'ras.831.fix.0':
    'トンネルが対話型セッションに依存しないように、すべてのユーザー用のプロファイルを使用します。',
  'ras.835.meaning':
    'サーバーの証明書が受け入れられませんでした。名前がサーバーのアドレスと一致しないか、有効期限が切れているか、証明書チェーンが信頼されていません。',
  'ras.835.fix.0':
    'VPN サーバー証明書のサブジェクト/SAN が、プロファイルの ServerAddress と完全に一致していることを確認します。',
  'ras.835.fix.1':
    'サーバー証明書のルート CA がデバイスの 信頼されたルート証明機関 にあり、CRL に到達できることを確認します。',
  'ras.850.meaning': 'プロファイルが要求する EAP の方法が、このデバイスにインストールされていません。',
  'ras.850.fix.0':
    'プロファイルの EapConfigXml が、Windows に用意されている方法 (EAP-TLS: タイプ 13、PEAP: タイプ 25、EAP-MSCHAPv2: タイプ 26) を指定していることを確認します。',
  'ras.853.meaning': 'EAP 認証に提示された証明書が無効です。',
  'ras.853.fix.1': '証明書テンプレートを確認します: クライアント認証の EKU、キー使用法「デジタル署名」。',
  'ras.858.meaning': '認証 (NPS/RADIUS) サーバーの証明書の有効期限が切れています。',
  'ras.858.fix.0':
    'NPS/RADIUS サーバーの証明書を更新し、その証明書を使用するようにネットワーク ポリシーを更新します。',
  'ras.860.meaning': '認証 (NPS/RADIUS) サーバーの証明書を検証できませんでした。',
  'ras.860.fix.0':
    'EAP XML の信頼されたルート (ServerValidation) が、NPS サーバー証明書を発行した CA と一致していることを確認します。',
  'ras.860.fix.1': 'デバイスがその証明書の CRL に到達できることを確認します。',
  'ras.862.meaning': 'デバイスの認証用証明書のルート証明書が無効か、信頼されていません。',
  'ras.862.fix.0':
    'Intune の信頼済み証明書プロファイルを使用して、発行元 CA のルート (および中間) 証明書をデバイスに展開します。',
  'ras.868.meaning': 'VPN サーバーの名前を解決できなかったため、リモート接続は確立されませんでした。',
  'ras.868.fix.0':
    'プロファイルの ServerAddress が、このネットワークで名前解決できるパブリック DNS 名であることを確認します (Resolve-DnsName)。',
  'ras.868.fix.1':
    'VPN が接続される前に、デバイスがインターネットにアクセスでき、DNS が機能していることを確認します。',
  'ras.13801.meaning':
    'IKE 認証の資格情報が受け入れられません。デバイスが提示した証明書をサーバーが受け入れませんでした (EKU の不足、信頼されていない証明書チェーン、またはサーバーが失効を確認できない)。',
  'ras.13801.fix.1':
    'サーバーが要求する場合、コンピューター証明書には IP セキュリティ IKE 中間の EKU (1.3.6.1.5.5.8.2.2) も必要です。',
  'ras.13801.fix.2': 'サーバーがデバイス証明書のルートを信頼し、その CRL に到達できることを確認します。',
  'ras.13805.meaning':
    'IKE ネゴシエーションがタイムアウトしました。VPN サーバーが IKE 交換に応答しませんでした。',
  'ras.13805.fix.0': 'このネットワークから UDP 500 と 4500 が VPN サーバーに到達することを確認します。',
  'ras.13805.fix.1':
    'サーバーが IKEv2 で待ち受けていること、およびフラグメント化された IKE パケットを破棄するファイアウォールがないことを確認します (証明書の交換はサイズが大きくなります)。',
  'ras.13806.meaning': 'IKE で有効なコンピューター証明書が見つかりませんでした。',
  'ras.13806.fix.1':
    'VPN サーバー証明書のルート CA をデバイスが信頼していることを確認します (ローカル コンピューター > 信頼されたルート証明機関)。',
  'ras.13868.meaning':
    'ポリシー一致エラーです。デバイスと VPN サーバーに共通の IKEv2 暗号スイート (暗号化、整合性、DH グループ) がありません。',
  'ras.13868.fix.0':
    '両側の IPsec パラメーターを合わせます。デバイスのプロファイルでは Set-VpnConnectionIPsecConfiguration (または Intune の VPN プロファイルの暗号化設定)、サーバーでは Set-VpnServerConfiguration を使用します。',

  'verdict.word.ready': '準備完了',
  'verdict.word.not-ready': '準備未完了',
  'verdict.word.incomplete': '検証未完了',
  'verdict.problem.os-build': 'この Windows のビルドは Autopilot 中の VPN をサポートしていません',
  'verdict.problem.join-state': 'デバイスがドメインに参加していません',
  'verdict.problem.mdm-enrollment': 'デバイスが Intune に登録されていません',
  'verdict.problem.autopilot-profile':
    'Autopilot プロファイルがハイブリッド参加用のプロファイルではありません',
  'verdict.problem.proxy': 'プロキシ設定が妨げになっています',
  'verdict.problem.machine-network': 'デバイス (SYSTEM) から、技術者がアクセスできる宛先に到達できません',
  'verdict.problem.network-endpoints': 'Autopilot と Azure AD のエンドポイントに到達できません',
  'verdict.problem.tls-inspection': 'プロキシが Microsoft エンドポイントへのトラフィックを復号しています',
  'verdict.problem.autopilot-registration': 'デバイスが Autopilot に登録されていません',
  'verdict.problem.tenant-profile':
    '割り当てられた Autopilot プロファイルが VPN 経由のハイブリッド参加に適していません',
  'verdict.problem.profile-drift': 'デバイスに古い Autopilot プロファイルが保持されています',
  'verdict.problem.vpn-kind': 'サインイン前に使用できる VPN が見つかりませんでした',
  'verdict.problem.vpn-client-prelogon': 'VPN クライアントがサインイン前に接続できません',
  'verdict.problem.vpn-profile': 'サインイン前に使用できるコンピューター単位の VPN 接続がありません',
  'verdict.problem.vpn-certificate': 'VPN で使用できるコンピューター証明書がありません',
  'verdict.problem.vpn-connect': 'VPN に接続できません',
  'verdict.problem.dc-over-vpn': 'VPN 経由で応答するドメイン コントローラーがありません',
  'verdict.problem.scp': 'ハイブリッド参加でテナントが見つかりません (サービス接続ポイント)',
  'verdict.problem.vpn-disconnect': 'VPN を切断できません',
  'verdict.problem.logon-vpn-icon': 'サインイン画面に VPN アイコンがありません',
  'verdict.problem.offnetwork-signin': '社内ネットワーク外でのサインインがドメインに到達しませんでした',
  'verdict.problem.update-install': '累積更新プログラムがインストールされませんでした',
  'verdict.subject.os-build': 'Windows のビルド',
  'verdict.subject.join-state': 'ドメイン参加',
  'verdict.subject.mdm-enrollment': 'Intune への登録',
  'verdict.subject.autopilot-profile': 'Autopilot プロファイル',
  'verdict.subject.proxy': 'プロキシ',
  'verdict.subject.machine-network': 'SYSTEM から見たネットワーク',
  'verdict.subject.network-endpoints': 'Autopilot のエンドポイント',
  'verdict.subject.tls-inspection': 'Microsoft エンドポイントが提示する証明書',
  'verdict.subject.autopilot-registration': 'Autopilot への登録',
  'verdict.subject.tenant-profile': '割り当てられた Autopilot プロファイル',
  'verdict.subject.profile-drift':
    'キャッシュされた Autopilot プロファイルと割り当てられたプロファイルの比較',
  'verdict.subject.vpn-kind': 'VPN の種類',
  'verdict.subject.vpn-client-prelogon': 'VPN クライアントのサインイン前接続の設定',
  'verdict.subject.vpn-profile': 'VPN 接続',
  'verdict.subject.vpn-certificate': 'VPN の証明書',
  'verdict.subject.vpn-connect': 'VPN の接続テスト',
  'verdict.subject.dc-over-vpn': 'VPN 経由のドメイン コントローラー',
  'verdict.subject.scp': 'サービス接続ポイント',
  'verdict.subject.vpn-disconnect': 'VPN の切断',
  'verdict.subject.logon-vpn-icon': 'サインイン画面の VPN アイコン',
  'verdict.subject.offnetwork-signin': '社内ネットワーク外でのサインイン',
  'verdict.subject.update-install': '累積更新プログラム',
  'verdict.unproven.os-build': 'Windows のビルドが確認されていません',
  'verdict.unproven.join-state': 'ドメイン参加が確認されていません',
  'verdict.unproven.mdm-enrollment': 'Intune への登録が確認されていません',
  'verdict.unproven.autopilot-profile': 'Autopilot プロファイルが確認されていません',
  'verdict.unproven.proxy': 'プロキシが確認されていません',
  'verdict.unproven.machine-network': 'SYSTEM から見たネットワークが確認されていません',
  'verdict.unproven.network-endpoints': 'Autopilot のエンドポイントが確認されていません',
  'verdict.unproven.tls-inspection': 'TLS 検査が確認されていません',
  'verdict.unproven.autopilot-registration': 'Autopilot への登録が確認されていません',
  'verdict.unproven.tenant-profile': '割り当てられた Autopilot プロファイルが確認されていません',
  'verdict.unproven.profile-drift':
    'キャッシュされた Autopilot プロファイルが割り当てられたプロファイルと比較されていません',
  'verdict.unproven.vpn-kind': 'VPN の種類が確認されていません',
  'verdict.unproven.vpn-client-prelogon': 'VPN クライアントのサインイン前接続の設定が確認されていません',
  'verdict.unproven.vpn-profile': 'VPN 接続が確認されていません',
  'verdict.unproven.vpn-certificate': 'VPN の証明書が確認されていません',
  'verdict.unproven.vpn-connect': 'VPN が一度もテストされていません',
  'verdict.unproven.dc-over-vpn': 'VPN 経由でドメイン コントローラーに到達していません',
  'verdict.unproven.scp': 'サービス接続ポイントが確認されていません',
  'verdict.unproven.vpn-disconnect': 'VPN の切断がテストされていません',
  'verdict.unproven.logon-vpn-icon': 'サインイン画面の VPN アイコンが確認されていません',
  'verdict.unproven.offnetwork-signin': '社内ネットワーク外でのサインインが確認されていません',
  'verdict.unproven.update-install': '累積更新プログラムがインストールされていません',
  'verdict.couldNotBeChecked': '{subject}を確認できませんでした',
  'verdict.problemWithRas': '{problem} (RAS {code})',
  'verdict.allPassed': '手順のすべてのステップに合格しました',
  'verdict.warningsToRead': '{count, plural, other {確認が必要な警告 # 件}}',
  'verdict.moreProblems': '{count, plural, other {ほかに # 件の問題}}',
  'verdict.moreSteps': '{count, plural, other {ほかに完了が必要なステップ # 件}}',
  'verdict.nothingChecked': 'まだ何も確認されていません',
  'verdict.line': '{word} — {reason}',
};
