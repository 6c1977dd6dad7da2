//! Texts of the token inspector: operation titles, claim explanations, catalog texts (portal
//! roles, limits, documentation notes) and the page's labels and sentences.
//!
//! Japanese follows Microsoft Learn (ja-jp) terminology: アクセス許可 (permission), 対象ユーザー
//! (audience), 発行者 (issuer), テナント, 有効期限, アプリケーションのアクセス許可, 委任された
//! アクセス許可, クレーム (claim), 高度なハンティング (advanced hunting); see `i18n::glossary`.

crate::messages! {
    /// The title of each catalog operation (see `catalog::Operation::title`).
    pub enum OpTitle {
        XdrIncidentsList => ("List incidents", "インシデントの一覧を取得"),
        XdrIncidentsGet => ("Get an incident", "インシデントを取得"),
        XdrIncidentsUpdate => ("Update an incident", "インシデントを更新"),
        XdrAdvancedhuntingRun => ("Run an advanced hunting query", "高度なハンティング クエリを実行"),
        GraphSecurityIncidentsList => ("List incidents", "インシデントの一覧を取得"),
        GraphSecurityIncidentsGet => ("Get an incident", "インシデントを取得"),
        GraphSecurityIncidentsUpdate => ("Update an incident", "インシデントを更新"),
        GraphSecurityAlertsV2List => ("List alerts", "アラートの一覧を取得"),
        GraphSecurityAlertsV2Get => ("Get an alert", "アラートを取得"),
        GraphSecurityAlertsV2Update => ("Update an alert", "アラートを更新"),
        GraphSecurityRunHuntingQuery => ("Run a hunting query", "ハンティング クエリを実行"),
        MdeMachinesList => ("List devices", "デバイスの一覧を取得"),
        MdeMachinesGet => ("Get a device", "デバイスを取得"),
        MdeMachinesIsolate => ("Isolate a device", "デバイスを分離"),
        MdeMachinesUnisolate => ("Release a device from isolation", "デバイスの分離を解除"),
        MdeMachinesRestrictCodeExecution => ("Restrict app execution", "アプリの実行を制限"),
        MdeMachinesRunAntiVirusScan => ("Run an antivirus scan", "ウイルス対策スキャンを実行"),
        MdeMachinesUnrestrictCodeExecution => ("Remove the app execution restriction", "アプリの実行制限を解除"),
        MdeMachinesCollectInvestigationPackage => ("Collect an investigation package", "調査パッケージを収集"),
        MdeMachinesOffboard => ("Offboard a device", "デバイスをオフボード"),
        MdeMachinesRunLiveResponse => ("Run live response commands", "ライブ応答コマンドを実行"),
        MdeMachineactionsGetLiveResponseResultDownloadLink => ("Get a live response result", "ライブ応答の結果を取得"),
        MdeAlertsList => ("List alerts", "アラートの一覧を取得"),
        MdeAlertsGet => ("Get an alert", "アラートを取得"),
        MdeAlertsUpdate => ("Update an alert", "アラートを更新"),
        MdeAlertsBatchUpdate => ("Update alerts in a batch", "アラートを一括更新"),
        MdeAlertsCreateByReference => ("Create an alert from an event", "イベントからアラートを作成"),
        MdeAdvancedqueriesRun => ("Run an advanced hunting query", "高度なハンティング クエリを実行"),
        MdeIndicatorsSubmit => ("Submit or update an indicator", "インジケーターを送信または更新"),
        MdeIndicatorsImport => ("Import indicators", "インジケーターをインポート"),
        MdeIndicatorsList => ("List indicators", "インジケーターの一覧を取得"),
        MdeIndicatorsDelete => ("Delete an indicator", "インジケーターを削除"),
        MdeIndicatorsBatchDelete => ("Delete indicators in a batch", "インジケーターを一括削除"),
        MdeMachineactionsList => ("List machine actions", "マシン アクションの一覧を取得"),
        MdeMachineactionsGet => ("Get a machine action", "マシン アクションを取得"),
        MdeVulnerabilitiesList => ("List vulnerabilities", "脆弱性の一覧を取得"),
        MdeSoftwareList => ("List software", "ソフトウェアの一覧を取得"),
        MdeRecommendationsList => ("List security recommendations", "セキュリティ推奨事項の一覧を取得"),
        MdeScoreExposure => ("Get the exposure score", "露出スコアを取得"),
        MdeScoreDeviceSecureScore => ("Get the device secure score", "デバイスのセキュア スコアを取得"),
        MdeFilesGet => ("Get file information", "ファイル情報を取得"),
        MdeIpsStats => ("Get IP statistics", "IP アドレスの統計情報を取得"),
        MdeIpsAlerts => ("List alerts related to an IP address", "IP アドレスに関連するアラートの一覧を取得"),
        MdeDomainsAlerts => ("List alerts related to a domain", "ドメインに関連するアラートの一覧を取得"),
        MdeUsersAlerts => ("List alerts related to a user", "ユーザーに関連するアラートの一覧を取得"),
        MdeInvestigationsList => ("List investigations", "調査の一覧を取得"),
        MdeInvestigationsGet => ("Get an investigation", "調査を取得"),
        MdeMachinesStartInvestigation => ("Start an automated investigation", "自動調査を開始"),
        MdeMachinesStopAndQuarantineFile => ("Stop and quarantine a file", "ファイルを停止して検疫"),
        MdeMachineactionsCancel => ("Cancel a machine action", "マシン アクションを取り消し"),
        MdeMachinesTags => ("Add or remove device tags", "デバイス タグを追加または削除"),
        MdeMachineactionsGetPackageUri => ("Get the investigation package download link", "調査パッケージのダウンロード リンクを取得"),
        MdeMachinesAlerts => ("List alerts related to a device", "デバイスに関連するアラートの一覧を取得"),
        MdeMachinesVulnerabilities => ("List a device's vulnerabilities", "デバイスの脆弱性の一覧を取得"),
        MdeMachinesLogonusers => ("List users who signed in to a device", "デバイスのログオン ユーザーの一覧を取得"),
        MdeDomainsStats => ("Get domain statistics", "ドメインの統計情報を取得"),
        MdeDomainsMachines => ("List devices related to a domain", "ドメインに関連するデバイスの一覧を取得"),
        MdeFilesAlerts => ("List alerts related to a file", "ファイルに関連するアラートの一覧を取得"),
        MdeMachinesSoftware => ("List a device's installed software", "デバイスにインストールされたソフトウェアの一覧を取得"),
        MdeUsersMachines => ("List devices related to a user", "ユーザーに関連するデバイスの一覧を取得"),
    }
}

crate::messages! {
    /// One-line explanations of standard JWT and Microsoft Entra header parameters and claims.
    pub enum ClaimHelp {
        Typ => ("Media type of the token, usually JWT.", "トークンのメディアの種類。通常は JWT です。"),
        Alg => (
            "Signing algorithm. Entra signs access tokens with RS256; “none” means unsigned.",
            "署名アルゴリズム。Entra はアクセス トークンを RS256 で署名します。「none」は署名なしを意味します。"
        ),
        Kid => (
            "ID of the signing key in the issuer's key set (JWKS).",
            "発行者のキー セット (JWKS) 内の署名キーの ID。"
        ),
        X5t => (
            "Thumbprint of the signing certificate (v1 tokens; same value as kid).",
            "署名証明書の拇印 (v1 トークン。kid と同じ値)。"
        ),
        HeaderNonce => (
            "Microsoft Graph tokens carry a nonce: their signature cannot be verified outside Graph.",
            "Microsoft Graph のトークンは nonce を含むため、Graph 以外では署名を検証できません。"
        ),
        KeyUrl => (
            "URL of a key set or certificate. This page never fetches it.",
            "キー セットまたは証明書の URL。このページがこの URL にアクセスすることはありません。"
        ),
        Crit => (
            "Header parameters the recipient must understand to accept the token.",
            "トークンを受け入れるために受信者が理解する必要があるヘッダー パラメーター。"
        ),
        Cty => ("Content type of the payload.", "ペイロードのコンテンツの種類。"),
        Aud => (
            "Audience: the resource (API) the token is for. v1 tokens carry an App ID URI or the app ID, v2 tokens always the app ID.",
            "対象ユーザー (audience): トークンの宛先となるリソース (API)。v1 トークンではアプリケーション ID URI またはアプリ ID、v2 トークンでは常にアプリ ID です。"
        ),
        Iss => (
            "Issuer: the security token service that issued the token, with the tenant ID in its path.",
            "発行者: トークンを発行したセキュリティ トークン サービス。パスにテナント ID を含みます。"
        ),
        Iat => ("Issued at: when the token was issued.", "発行日時: トークンが発行された日時。"),
        Nbf => ("Not before: the token is not valid before this time.", "有効期間の開始: この日時より前はトークンは無効です。"),
        Exp => ("Expiration time: the token is not valid after this time.", "有効期限: この日時を過ぎるとトークンは無効です。"),
        Aio => (
            "Internal claim Entra uses to reuse tokens; opaque.",
            "Entra がトークンの再利用に使う内部のクレーム。内容は公開されていません。"
        ),
        Rh => (
            "Internal claim Entra uses to revalidate tokens; opaque.",
            "Entra がトークンの再検証に使う内部のクレーム。内容は公開されていません。"
        ),
        Acr => (
            "Authentication context class reference (v1 only): \"0\" or \"1\".",
            "認証コンテキスト クラス参照 (v1 のみ): \"0\" または \"1\"。"
        ),
        Amr => (
            "Authentication methods used to sign in (v1 only), for example pwd or mfa.",
            "サインインに使われた認証方法 (v1 のみ)。例: pwd、mfa。"
        ),
        Appid => (
            "Application (client) ID of the app that requested the token (v1).",
            "トークンを要求したアプリのアプリケーション (クライアント) ID (v1)。"
        ),
        Appidacr => (
            "How the client app authenticated (v1): 0 public client, 1 client secret, 2 certificate.",
            "クライアント アプリの認証方法 (v1): 0 はパブリック クライアント、1 はクライアント シークレット、2 は証明書。"
        ),
        Azp => (
            "Application (client) ID of the app that requested the token (v2).",
            "トークンを要求したアプリのアプリケーション (クライアント) ID (v2)。"
        ),
        Azpacr => (
            "How the client app authenticated (v2): 0 public client, 1 client secret, 2 certificate.",
            "クライアント アプリの認証方法 (v2): 0 はパブリック クライアント、1 はクライアント シークレット、2 は証明書。"
        ),
        AppDisplayname => ("Display name of the client app.", "クライアント アプリの表示名。"),
        Idp => (
            "Identity provider that authenticated the subject (differs from the issuer for guests).",
            "サブジェクトを認証した ID プロバイダー (ゲストの場合は発行者と異なります)。"
        ),
        Idtyp => (
            "Token type: \"app\" for app-only tokens, \"user\" for user tokens (optional claim).",
            "トークンの種類: アプリ専用トークンは \"app\"、ユーザー トークンは \"user\" (省略可能なクレーム)。"
        ),
        Ipaddr => ("IP address the user authenticated from.", "ユーザーが認証を行った IP アドレス。"),
        Name => ("Display name of the user.", "ユーザーの表示名。"),
        Oid => (
            "Immutable object ID of the user or service principal in the tenant.",
            "テナント内のユーザーまたはサービス プリンシパルのオブジェクト ID。変更されることはありません。"
        ),
        PreferredUsername => (
            "Primary username of the user (v2); do not use it for authorization.",
            "ユーザーのプライマリ ユーザー名 (v2)。承認には使用しないでください。"
        ),
        Roles => (
            "Application permissions (app-only tokens) or the app roles assigned to the user (user tokens).",
            "アプリケーションのアクセス許可 (アプリ専用トークン)、またはユーザーに割り当てられたアプリ ロール (ユーザー トークン)。"
        ),
        Scp => (
            "Delegated permissions the client app holds on behalf of the signed-in user, separated by spaces.",
            "サインインしているユーザーに代わってクライアント アプリが持つ委任されたアクセス許可 (スペース区切り)。"
        ),
        Sid => ("Session ID of the user's sign-in session.", "ユーザーのサインイン セッションのセッション ID。"),
        Sub => (
            "Subject: the principal the token is about, different for each application.",
            "サブジェクト: トークンが表すプリンシパル。アプリケーションごとに異なる値になります。"
        ),
        Tid => (
            "Tenant ID of the directory the user or app signed in to.",
            "ユーザーまたはアプリがサインインしたディレクトリのテナント ID。"
        ),
        UniqueName => (
            "Human-readable name of the user (v1); do not use it for authorization.",
            "ユーザーを判読可能な形式で表す名前 (v1)。承認には使用しないでください。"
        ),
        Upn => ("User principal name of the user.", "ユーザーのユーザー プリンシパル名 (UPN)。"),
        Uti => ("Token identifier, unique per token.", "トークン識別子 (トークンごとに一意)。"),
        Jti => ("JWT ID: a unique identifier of the token.", "JWT ID: トークンの一意識別子。"),
        Ver => ("Version of the token format: 1.0 or 2.0.", "トークン形式のバージョン: 1.0 または 2.0。"),
        Wids => (
            "Template IDs of the directory roles assigned to the user.",
            "ユーザーに割り当てられたディレクトリ ロールのテンプレート ID。"
        ),
        Groups => ("Object IDs of the groups the subject belongs to.", "サブジェクトが所属するグループのオブジェクト ID。"),
        Hasgroups => (
            "The user is in too many groups to list them in the token.",
            "ユーザーが所属するグループが多すぎて、トークンに列挙できないことを示します。"
        ),
        XmsCc => (
            "Client capabilities, for example cp1 (the client can handle claims challenges).",
            "クライアントの機能。例: cp1 (クライアントがクレーム チャレンジに対応可能)。"
        ),
        XmsOther => ("Microsoft extension claim.", "Microsoft の拡張クレーム。"),
        TenantRegionScope => ("Region of the resource tenant.", "リソース テナントのリージョン。"),
        FamilyName => ("Last name of the user.", "ユーザーの姓。"),
        GivenName => ("First name of the user.", "ユーザーの名。"),
        Email => ("Email address of the user.", "ユーザーのメール アドレス。"),
        Nonce => (
            "Value from the sign-in request, returned to prevent replay (ID tokens).",
            "リプレイ攻撃を防ぐためにサインイン要求から引き継がれる値 (ID トークン)。"
        ),
        AtHash => ("Hash of the access token issued with this ID token.", "この ID トークンと共に発行されたアクセス トークンのハッシュ。"),
        CHash => ("Hash of the authorization code issued with this ID token.", "この ID トークンと共に発行された承認コードのハッシュ。"),
        AuthTime => ("When the user last authenticated.", "ユーザーが最後に認証された日時。"),
        Puid => ("Internal user identifier.", "内部のユーザー識別子。"),
        Deviceid => ("ID of the device the user signed in from.", "ユーザーがサインインに使ったデバイスの ID。"),
        OnpremSid => ("On-premises security identifier (SID) of the user.", "ユーザーのオンプレミスのセキュリティ識別子 (SID)。"),
        LoginHint => ("Opaque hint to sign the same user in again.", "同じユーザーで再サインインするための不透明なヒント。"),
        Ctry => ("Country or region of the user.", "ユーザーの国または地域。"),
    }
}

crate::messages! {
    /// Texts of the permission catalog: portal roles, limits and documentation notes.
    pub enum CatalogText {
        ReqViewData => ("Defender portal permission “View data”", "Defender ポータルのアクセス許可「データの表示」"),
        ReqAlertsInvestigation => ("Defender portal permission “Alerts investigation”", "Defender ポータルのアクセス許可「アラートの調査」"),
        ReqActiveRemediation => ("Defender portal permission “Active remediation actions”", "Defender ポータルのアクセス許可「アクティブな修復アクション」"),
        ReqManageSecuritySettings => ("Defender portal permission “Manage security settings”", "Defender ポータルのアクセス許可「セキュリティ設定の管理」"),
        ReqAppropriateRole => ("an appropriate Defender role (the page names none)", "適切な Defender のロール (ドキュメントに具体的な記載なし)"),
        ReqDeviceGroupAccess => ("access to the device's device group", "対象デバイスのデバイス グループへのアクセス権"),
        ReqMinimumRemediationLevel => ("a device group with at least a minimum remediation level", "最低限の修復レベル以上が設定されたデバイス グループ"),
        ReqViewIncidents => ("permission to view incidents in the Defender portal", "Defender ポータルでインシデントを表示するアクセス許可"),
        ReqUpdateIncidents => ("permission to update the incident in the Defender portal", "Defender ポータルでインシデントを更新するアクセス許可"),
        ReqResultsScopedToUser => ("results only include what the user can see", "結果にはユーザーが閲覧できるものだけが含まれます"),
        ReqEntraSecurityReader => (
            "a supported Microsoft Entra role such as Security Reader, Security Operator or Security Administrator",
            "サポートされている Microsoft Entra ロール (セキュリティ閲覧者、セキュリティ オペレーター、セキュリティ管理者など)"
        ),
        ReqEntraSecurityOperator => (
            "the Microsoft Entra role Security Operator or Security Administrator",
            "Microsoft Entra ロールのセキュリティ オペレーターまたはセキュリティ管理者"
        ),
        RatePerMinute => ("{n} calls per minute", "1 分あたり {n} 回"),
        RatePerHour => ("{n} calls per hour", "1 時間あたり {n} 回"),
        RateNotDocumented => ("not documented", "記載なし"),
        LimMaxPageSize => ("at most {n} items per page", "1 ページあたり最大 {n} 件"),
        LimMaxBatch => ("at most {n} items per request", "1 要求あたり最大 {n} 件"),
        LimMaxActiveIndicators => ("at most {n} active indicators per tenant", "テナントあたりのアクティブなインジケーターは最大 {n} 件"),
        LimMaxConcurrentSessions => ("at most {n} concurrent sessions", "同時セッションは最大 {n}"),
        LimMaxRows => ("at most {n} rows per result", "結果あたり最大 {n} 行"),
        LimMaxResultMegabytes => ("at most {n} MB per result", "結果あたり最大 {n} MB"),
        LimTimeoutSeconds => ("times out after {n} s", "{n} 秒でタイムアウト"),
        LimRuntimeMinutesPerHour => ("{n} min of query runtime per hour", "1 時間あたりのクエリ実行時間は {n} 分まで"),
        LimRuntimeHoursPerDay => ("{n} h of query runtime per day", "1 日あたりのクエリ実行時間は {n} 時間まで"),
        LimLookbackDays => ("data from the last {n} days", "過去 {n} 日間のデータ"),
        LimMaxDevices => ("at most {n} devices", "最大 {n} 台のデバイス"),
        LimCpuQuota => ("a CPU quota per 15-minute cycle", "15 分サイクルごとの CPU クォータ"),
        LimVariesByTenantSize => ("the per-minute rate is a minimum that grows with the tenant's size", "1 分あたりの回数は最小値で、テナントの規模に応じて増えます"),
        NoteTypoAlertsReadWriteAll => (
            "The documentation lists “Alerts.ReadWrite.All”, a typo for Alert.ReadWrite.All.",
            "ドキュメントには「Alerts.ReadWrite.All」と記載されていますが、Alert.ReadWrite.All の誤記です。"
        ),
        NoteUrlReadAllCase => (
            "The documentation prints “URL.Read.All”; the permission's value is Url.Read.All. Names are compared ignoring case.",
            "ドキュメントには「URL.Read.All」と記載されていますが、アクセス許可の値は Url.Read.All です。名前は大文字と小文字を区別せずに比較します。"
        ),
        NoteOnlyReadWriteListed => (
            "This page lists only ReadWrite permissions, unlike the similar read operations: a read permission may also work.",
            "このページには、類似の読み取り操作と異なり ReadWrite のアクセス許可だけが記載されています。読み取りのアクセス許可でも動作する可能性があります。"
        ),
        NoteReadPermissionsListedForAction => (
            "The page also lists Machine.Read.All and Machine.ReadWrite.All as alternatives, which is doubtful for an action.",
            "このページには代替として Machine.Read.All と Machine.ReadWrite.All も記載されていますが、操作に対する記載としては疑わしいものです。"
        ),
        NoteNoDelegatedPermission => (
            "No delegated permission is documented: only app-only tokens can call it.",
            "委任されたアクセス許可は記載されていません。アプリ専用トークンでのみ呼び出せます。"
        ),
        NoteIndicatorsOwnOnly => (
            "With Ti.ReadWrite an app sees only the indicators it created; Ti.ReadWrite.All sees all of them.",
            "Ti.ReadWrite ではアプリが作成したインジケーターのみ、Ti.ReadWrite.All ではすべてのインジケーターを扱えます。"
        ),
        NoteLegacyHunting => (
            "An older API with limited capabilities; Microsoft recommends Graph runHuntingQuery.",
            "機能が限られた旧バージョンの API です。Microsoft は Graph の runHuntingQuery を推奨しています。"
        ),
        NoteDefenderUserReadAll => (
            "User.Read.All here is the Defender for Endpoint permission “Read user profiles”, not Microsoft Graph's User.Read.All.",
            "ここでの User.Read.All は Defender for Endpoint のアクセス許可「ユーザー プロファイルの読み取り」であり、Microsoft Graph の User.Read.All ではありません。"
        ),
        NoteCancelMatchesActionType => (
            "Presumably the permission matching the action's type is needed; the page lists them all.",
            "おそらく取り消すアクションの種類に対応するアクセス許可が必要です。ページにはすべてが列挙されています。"
        ),
        NoteGraphNotInChina => (
            "Not available in Microsoft Azure operated by 21Vianet (China); personal Microsoft accounts are not supported.",
            "21Vianet が運営する中国では利用できません。個人用 Microsoft アカウントはサポートされていません。"
        ),
        NotePermissionsFromSecondarySource => (
            "Permission names come from a Graph error message and SDK documentation, not from the reference page's table.",
            "アクセス許可の名前は、リファレンス ページの表ではなく、Graph のエラー メッセージと SDK のドキュメントに基づいています。"
        ),
        NoteAddedFromGraphReference => (
            "Added from the Microsoft Graph API reference as a successor; not verified against a stored copy.",
            "後継の API として Microsoft Graph API リファレンスから追加したもので、保存された資料では確認していません。"
        ),
        NoteRequiresPlan2 => ("Requires Microsoft Defender for Endpoint Plan 2.", "Microsoft Defender for Endpoint プラン 2 が必要です。"),
    }
}

crate::messages! {
    /// Labels and sentences of the token page.
    pub enum TokenUi {
        Omitted => (
            "… ({n} more characters not shown; every check reads the whole value)",
            "…(残り {n} 文字は表示していません。検査は値全体に対して行います)"
        ),
        Intro => (
            "Paste an access token to see what it is, whether it is still valid, and whether it allows the call you want to make.",
            "アクセス トークンを貼り付けると、その種類、有効かどうか、目的の API 呼び出しが許可されているかどうかを確認できます。"
        ),
        InputLabel => ("Access token", "アクセス トークン"),
        InputHint => (
            "A raw token, “Bearer …”, an Authorization header line, a JSON token response or a URL with access_token= all work. The token stays in this tab's memory: it is never stored, logged or sent.",
            "トークンそのもの、「Bearer …」、Authorization ヘッダーの行、JSON のトークン応答、access_token= を含む URL のいずれにも対応しています。トークンはこのタブのメモリ上にだけ保持され、保存、ログへの記録、送信は一切行われません。"
        ),
        ClearButton => ("Clear", "クリア"),
        UnverifiedNotice => (
            "Decoded without verifying the signature: anyone can write these values.",
            "署名を検証せずにデコードしています。これらの値は誰でも書き換えられます。"
        ),
        FoundBearer => ("Removed the “Bearer” prefix.", "「Bearer」プレフィックスを取り除きました。"),
        FoundHeader => ("Read the token from an Authorization header.", "Authorization ヘッダーからトークンを読み取りました。"),
        FoundJson => ("Read the “{field}” field of a JSON token response.", "JSON のトークン応答の「{field}」フィールドを読み取りました。"),
        FoundUrl => ("Read the “{field}” parameter of a URL.", "URL の「{field}」パラメーターを読み取りました。"),
        FoundWhitespace => ("Removed spaces and line breaks inside the token.", "トークン内の空白と改行を取り除きました。"),
        StatusEmpty => ("Paste a token to inspect it.", "検査するトークンを貼り付けてください。"),
        StatusOk => ("Decoded.", "デコードしました。"),
        SegHeader => ("header", "ヘッダー"),
        SegPayload => ("payload", "ペイロード"),
        SegSignature => ("signature", "署名"),
        TypeNull => ("null", "null"),
        TypeBool => ("a boolean", "真偽値"),
        TypeNumber => ("a number", "数値"),
        TypeString => ("a string", "文字列"),
        TypeArray => ("an array", "配列"),
        ErrSegments => (
            "A JWT has three parts separated by dots; this has {count}.",
            "JWT はドットで区切られた 3 つの部分で構成されますが、このトークンには {count} 個あります。"
        ),
        ErrEncrypted => (
            "This is an encrypted token (JWE, five parts): it cannot be decoded without the recipient's private key.",
            "これは暗号化されたトークン (JWE、5 つの部分) です。受信者の秘密キーがないとデコードできません。"
        ),
        ErrEncryptedAlgorithms => ("Encryption: {alg} / {enc}.", "暗号化方式: {alg} / {enc}。"),
        ErrBase64Char => (
            "The {segment} is not valid base64url: character “{char}” at position {pos}.",
            "{segment}が有効な base64url ではありません。位置 {pos} に文字「{char}」があります。"
        ),
        ErrBase64Standard => (
            "The {segment} has “{char}” at position {pos}: that is standard base64, not the base64url a JWT uses.",
            "{segment}の位置 {pos} に「{char}」があります。これは JWT で使われる base64url ではなく、標準の base64 の文字です。"
        ),
        ErrBase64Length => (
            "The {segment} is not valid base64url: its length ({len}) leaves one character over, so it was probably cut off.",
            "{segment}が有効な base64url ではありません。長さ ({len}) では 1 文字余るため、途中で切れている可能性があります。"
        ),
        ErrBase64TrailingBits => (
            "The {segment} is not valid base64url: its last character “{char}” (position {pos}) sets bits that encode nothing.",
            "{segment}が有効な base64url ではありません。最後の文字「{char}」(位置 {pos}) に、何も表さないビットが含まれています。"
        ),
        ErrBase64Padding => (
            "The {segment} has “=” at position {pos}, inside the segment: padding can only come last.",
            "{segment}の位置 {pos} に「=」があります。パディングは末尾にしか置けません。"
        ),
        ErrUtf8 => (
            "The {segment} is not UTF-8 text: invalid byte at offset {offset}.",
            "{segment}が UTF-8 テキストではありません。オフセット {offset} に無効なバイトがあります。"
        ),
        ErrEmptySegment => ("The {segment} is empty (a detached payload?).", "{segment}が空です (デタッチされたペイロードの可能性があります)。"),
        ErrJsonSyntax => (
            "The {segment} is not JSON: syntax error at line {line}, column {column}.",
            "{segment}が JSON ではありません。{line} 行 {column} 列に構文エラーがあります。"
        ),
        ErrJsonEof => (
            "The {segment} is not JSON: it ends early (line {line}, column {column}).",
            "{segment}が JSON ではありません。途中で終わっています ({line} 行 {column} 列)。"
        ),
        ErrJsonTrailing => (
            "The {segment} is JSON followed by other characters (line {line}, column {column}).",
            "{segment}の JSON の後に余分な文字があります ({line} 行 {column} 列)。"
        ),
        ErrJsonNumber => (
            "The {segment} holds a number too large to represent (line {line}, column {column}).",
            "{segment}に表現できないほど大きな数値があります ({line} 行 {column} 列)。"
        ),
        ErrTooDeep => (
            "The {segment} nests more than {limit} levels deep; it is not decoded, to keep the page responsive.",
            "{segment}の入れ子が {limit} 階層を超えているため、ページの応答性を保つためにデコードしません。"
        ),
        ErrNotObject => (
            "The {segment} is JSON but not an object: it is {found}.",
            "{segment}は JSON ですが、オブジェクトではありません ({found})。"
        ),
        WarnPadding => (
            "The {segment} ends with “=” padding, which JWTs leave out; decoded anyway.",
            "{segment}の末尾に、JWT では使わない「=」パディングがあります。そのままデコードしました。"
        ),
        WarnBigNumber => (
            "The {segment} holds the number {literal}, beyond the exact 64-bit range: the JSON shows it as written, the claims table approximately.",
            "{segment}に 64 ビットで正確に表せる範囲を超える数値 {literal} があります。JSON では記述どおりに、クレームの表では近似値で表示します。"
        ),
        WarnCritical => (
            "The header marks {names} as critical: a validator that does not understand them must reject the token.",
            "ヘッダーで {names} が必須 (crit) とされています。これを理解できない検証者はトークンを拒否する必要があります。"
        ),
        WarnDuplicateKey => (
            "The {segment} names “{key}” more than once; the last value counts.",
            "{segment}に「{key}」が複数回あります。最後の値が使われます。"
        ),
        HeaderHeading => ("Header", "ヘッダー"),
        PayloadHeading => ("Payload", "ペイロード"),
        ClaimsHeading => ("Claims explained", "クレーム (要求) の説明"),
        ColClaim => ("Claim", "クレーム"),
        ColValue => ("Value", "値"),
        ColMeaning => ("Meaning", "説明"),
        UnknownClaim => ("Not a standard or Entra claim.", "標準のクレームでも Entra のクレームでもありません。"),
        LocalTimeNote => ("Times are shown in your time zone.", "日時はお使いのタイム ゾーンで表示しています。"),
        FactsHeading => ("What this token is", "トークンの概要"),
        FactFormat => ("Format", "形式"),
        FactKind => ("Kind", "種類"),
        FactUse => ("Token use", "用途"),
        FactResource => ("Resource", "リソース"),
        FactCloud => ("Cloud", "クラウド"),
        FactTenant => ("Tenant", "テナント"),
        FactClient => ("Client app", "クライアント アプリ"),
        FactUser => ("Signed-in user", "サインインしているユーザー"),
        FactPermissions => ("Permissions in the token", "トークン内のアクセス許可"),
        FactLifetime => ("Lifetime", "有効期間"),
        VersionV1 => ("Entra v1.0 token", "Entra v1.0 トークン"),
        VersionV2 => ("Entra v2.0 token", "Entra v2.0 トークン"),
        VersionUnknown => ("Unknown version", "バージョン不明"),
        KindApp => ("App-only (application permissions)", "アプリ専用 (アプリケーションのアクセス許可)"),
        KindDelegated => ("Delegated (on behalf of a signed-in user)", "委任 (サインインしているユーザーの代理)"),
        KindUnknown => ("Unknown", "不明"),
        BasisIdtyp => ("from the idtyp claim", "idtyp クレームに基づく"),
        BasisScp => ("from the scp claim", "scp クレームに基づく"),
        BasisRoles => ("from the roles claim", "roles クレームに基づく"),
        BasisNoUserClaims => ("no scp, no roles and no user claims", "scp、roles、ユーザーのクレームがいずれもないことに基づく"),
        UseAccess => ("Access token", "アクセス トークン"),
        UseId => ("ID token", "ID トークン"),
        UseUnknown => ("Unknown", "不明"),
        ApiXdr => ("Microsoft Defender XDR API", "Microsoft Defender XDR API"),
        ApiMde => ("Microsoft Defender for Endpoint API", "Microsoft Defender for Endpoint API"),
        ApiGraph => ("Microsoft Graph security API", "Microsoft Graph セキュリティ API"),
        ResourceOther => ("Another resource: {aud}", "その他のリソース: {aud}"),
        ResourceNone => ("No audience (aud) claim", "対象ユーザー (aud) のクレームなし"),
        CloudGlobal => ("Global (commercial, also US Government GCC)", "グローバル (商用。米国政府機関の GCC を含む)"),
        CloudUsGov => ("US Government (GCC High / DoD)", "米国政府機関 (GCC High / DoD)"),
        CloudChina => ("China (21Vianet)", "21Vianet が運営する中国"),
        NotPresent => ("—", "—"),
        NoPermissions => ("None", "なし"),
        ExpiresIn => ("expires in {duration}", "あと {duration}で期限切れ"),
        ExpiredAgo => ("expired {duration} ago", "{duration}前に期限切れ"),
        TimeAgo => ("{duration} ago", "{duration}前"),
        TimeIn => ("in {duration}", "{duration}後"),
        TimeNow => ("now", "現在"),
        TimeOutOfRange => ("out of range", "範囲外"),
        UnitDays => ("{n} d", "{n} 日"),
        UnitHours => ("{n} h", "{n} 時間"),
        UnitMinutes => ("{n} min", "{n} 分"),
        UnitSeconds => ("{n} s", "{n} 秒"),
        OperationLabel => ("Operation you want to call", "呼び出したい操作"),
        OperationNone => ("— choose an operation —", "— 操作を選択 —"),
        ExpectedTenantLabel => ("Expected customer tenant ID (optional)", "想定する顧客のテナント ID (省略可能)"),
        JwksLabel => ("Signing keys: JWKS or a single JWK (optional)", "署名キー: JWKS または単一の JWK (省略可能)"),
        JwksHint => (
            "Copy the keys from your tenant's jwks_uri (for example https://login.microsoftonline.com/<tenant>/discovery/v2.0/keys) and paste them here. The page never downloads keys, and never from a URL inside the token.",
            "テナントの jwks_uri (例: https://login.microsoftonline.com/<tenant>/discovery/v2.0/keys) からキーをコピーして、ここに貼り付けてください。このページがキーをダウンロードすることはなく、トークン内の URL にアクセスすることもありません。"
        ),
        ChecksHeading => ("Checks", "チェック"),
        CheckLifetime => ("Lifetime", "有効期間"),
        CheckAudience => ("Audience", "対象ユーザー (audience)"),
        CheckIssuer => ("Issuer", "発行者"),
        CheckTenant => ("Tenant", "テナント"),
        CheckTokenUse => ("Token use", "トークンの用途"),
        CheckAlgorithm => ("Algorithm", "アルゴリズム"),
        CheckSignature => ("Signature", "署名"),
        CheckPermissions => ("Permissions", "アクセス許可"),
        StatusPass => ("Pass", "合格"),
        StatusWarn => ("Warning", "警告"),
        StatusFail => ("Fail", "不合格"),
        StatusSkip => ("Skipped", "スキップ"),
        LifeValid => (
            "Valid now; expires in {duration} (checked without clock-skew leeway).",
            "現在有効です。あと {duration}で期限切れになります (時刻のずれの猶予は考慮していません)。"
        ),
        LifeExpired => (
            "Expired {duration} ago: request a new token.",
            "{duration}前に期限切れになりました。新しいトークンを要求してください。"
        ),
        LifeNotYetValid => (
            "Not valid yet: nbf is {duration} in the future.",
            "まだ有効ではありません。nbf は {duration}後です。"
        ),
        LifeNoExpiry => (
            "The token has no exp claim; Entra tokens always carry one.",
            "このトークンには exp クレームがありません。Entra のトークンには必ず含まれます。"
        ),
        LifeNotNumber => (
            "The {claim} claim is not a number (NumericDate).",
            "{claim} クレームが数値 (NumericDate) ではありません。"
        ),
        AudNoOperation => ("Choose an operation to check the audience against.", "対象ユーザーを確認するには操作を選択してください。"),
        AudMissing => ("The token has no aud claim.", "このトークンには aud クレームがありません。"),
        AudNotString => (
            "The aud claim is neither a string nor a list of strings.",
            "aud クレームが文字列でも文字列の配列でもありません。"
        ),
        AudMatches => (
            "aud “{aud}” names the {needed}, which {operation} needs.",
            "aud「{aud}」は{operation}に必要な {needed} を指しています。"
        ),
        AudOtherResource => (
            "aud “{aud}” names the {found}, but {operation} needs a token for the {needed}: request {uri}/.default.",
            "aud「{aud}」は {found} を指していますが、{operation}には {needed} 用のトークンが必要です。{uri}/.default を要求してください。"
        ),
        AudUnknown => (
            "aud “{aud}” is not an audience of the {needed}, which {operation} needs: request {uri}/.default.",
            "aud「{aud}」は、{operation}に必要な {needed} の対象ユーザーではありません。{uri}/.default を要求してください。"
        ),
        AudNotOffered => (
            "The {needed} is not offered in the token's cloud ({cloud}).",
            "{needed} はトークンのクラウド ({cloud}) では提供されていません。"
        ),
        IssOk => (
            "A v{version} issuer for tenant {tenant}, equal to tid. Cloud: {cloud}.",
            "テナント {tenant} の v{version} 発行者で、tid と一致します。クラウド: {cloud}。"
        ),
        IssMissing => ("The token has no iss claim.", "このトークンには iss クレームがありません。"),
        IssUnknown => (
            "“{iss}” is not an Entra issuer (v1 https://sts.windows.net/<tid>/, v2 https://login.microsoftonline.com/<tid>/v2.0, or a sovereign-cloud equivalent).",
            "「{iss}」は Entra の発行者ではありません (v1 は https://sts.windows.net/<tid>/、v2 は https://login.microsoftonline.com/<tid>/v2.0、またはソブリン クラウドの同等の形式)。"
        ),
        IssTenantMismatch => (
            "The issuer's tenant “{issuer_tenant}” differs from tid “{tid}”.",
            "発行者のテナント「{issuer_tenant}」が tid「{tid}」と一致しません。"
        ),
        IssNoTid => (
            "The token has no tid claim to compare the issuer's tenant “{issuer_tenant}” with.",
            "発行者のテナント「{issuer_tenant}」と比較する tid クレームがありません。"
        ),
        IssVersionMismatch => (
            "The issuer has the {issuer_version} form, but ver says {ver}.",
            "発行者は {issuer_version} の形式ですが、ver は {ver} です。"
        ),
        IssCloudMismatch => (
            "The issuer is a sign-in of the {issuer} cloud, but the audience is a resource URI of the {audience} cloud. The issuer decides the cloud: request the token for the resource of the {issuer} cloud.",
            "発行者は {issuer} クラウドのサインインですが、対象ユーザー (aud) は {audience} クラウドのリソース URI です。クラウドは発行者で決まります。{issuer} クラウドのリソースに対してトークンを要求してください。"
        ),
        IssConsumerTenant => (
            "The tenant is the personal Microsoft account tenant: the Defender and Graph security APIs need a work account.",
            "テナントが個人用 Microsoft アカウントのテナントです。Defender API と Graph セキュリティ API には職場または学校アカウントが必要です。"
        ),
        TenantNotGiven => ("Enter the customer's tenant ID above to check it.", "確認するには、上に顧客のテナント ID を入力してください。"),
        TenantMatches => ("tid equals the expected tenant {tenant}.", "tid は想定したテナント {tenant} と一致します。"),
        TenantMismatch => (
            "tid {tid} is not the expected tenant {expected}: the token was issued by another tenant.",
            "tid {tid} は想定したテナント {expected} ではありません。別のテナントで発行されたトークンです。"
        ),
        TenantNotGuid => (
            "“{expected}” is not a tenant ID (GUID); a domain name cannot be compared with tid.",
            "「{expected}」はテナント ID (GUID) ではありません。ドメイン名は tid と比較できません。"
        ),
        TenantMissing => ("The token has no tid claim.", "このトークンには tid クレームがありません。"),
        UseAccessOk => ("An access token: it carries {claim}.", "アクセス トークンです ({claim} クレームを含みます)。"),
        UseIdFail => (
            "This is an ID token: it proves a sign-in to the client app and must never be sent to an API. Request an access token for the API instead.",
            "これは ID トークンです。クライアント アプリへのサインインを証明するもので、API に送信してはいけません。代わりに API 用のアクセス トークンを要求してください。"
        ),
        UseUnknownWarn => (
            "No scp, roles, appid or azp claim: this does not look like an Entra access token.",
            "scp、roles、appid、azp のいずれのクレームもないため、Entra のアクセス トークンではないようです。"
        ),
        AlgRs256 => ("RS256, as Entra signs.", "RS256 (Entra の署名方式) です。"),
        AlgNone => (
            "alg is “none”: the token is unsigned and must be rejected.",
            "alg が「none」です。署名のないトークンであり、拒否する必要があります。"
        ),
        AlgHmac => (
            "{alg} is a shared-secret algorithm: Entra never uses it, and only the secret's holder can verify it.",
            "{alg} は共有シークレットのアルゴリズムです。Entra はこの方式を使わず、シークレットを持つ者しか検証できません。"
        ),
        AlgOther => (
            "{alg} is a registered algorithm, but Entra access tokens use RS256.",
            "{alg} は登録済みのアルゴリズムですが、Entra のアクセス トークンは RS256 を使います。"
        ),
        AlgUnknown => (
            "“{alg}” is not a registered JWS algorithm (names are case-sensitive).",
            "「{alg}」は登録済みの JWS アルゴリズムではありません (大文字と小文字は区別されます)。"
        ),
        AlgMissing => ("The header has no alg.", "ヘッダーに alg がありません。"),
        SigNoKeys => (
            "Paste the issuer's signing keys (JWKS) below to verify the signature. The page never fetches keys itself.",
            "署名を検証するには、発行者の署名キー (JWKS) を下に貼り付けてください。このページがキーを自動で取得することはありません。"
        ),
        SigNotVerifiableByDesign => (
            "The header carries a nonce (Microsoft Graph): by design the signature can only be verified by Graph itself. This does not make the token invalid.",
            "ヘッダーに nonce が含まれています (Microsoft Graph)。設計上、この署名を検証できるのは Graph 自身だけです。トークンが無効という意味ではありません。"
        ),
        SigUnsigned => ("The token has no signature.", "このトークンには署名がありません。"),
        SigDamaged => (
            "{problem} The signature cannot be verified with any key, and an API rejects a token whose signature is damaged. The other checks still ran on the decoded header and payload.",
            "{problem} この署名はどのキーでも検証できず、署名が壊れたトークンは API に拒否されます。デコードしたヘッダーとペイロードに対するその他のチェックは実行済みです。"
        ),
        WarnSignature => (
            "{problem} Header and payload were decoded and checked; the signature check fails.",
            "{problem} ヘッダーとペイロードはデコードしてチェックしました。署名のチェックは失敗します。"
        ),
        SigUnsupportedAlg => (
            "Only RS256 signatures can be verified here; this token uses {alg}.",
            "ここで検証できるのは RS256 の署名だけです。このトークンは {alg} を使っています。"
        ),
        SigNoMatchingKey => (
            "The pasted keys hold no RSA signing key with kid “{kid}”: were they copied from the right tenant and cloud?",
            "貼り付けたキーに kid「{kid}」の RSA 署名キーがありません。正しいテナントとクラウドからコピーしましたか?"
        ),
        SigNoRsaKey => ("The pasted keys hold no RSA signing key.", "貼り付けたキーに RSA 署名キーがありません。"),
        SigKeysNotJson => (
            "The pasted keys are not JSON (line {line}, column {column}).",
            "貼り付けたキーが JSON ではありません ({line} 行 {column} 列)。"
        ),
        SigKeysNoKeys => (
            "The pasted JSON holds no key: expected a “keys” list or a single JWK.",
            "貼り付けた JSON にキーがありません。「keys」の配列または単一の JWK が必要です。"
        ),
        SigVerifying => ("Verifying with the browser's WebCrypto…", "ブラウザーの WebCrypto で検証しています…"),
        SigValid => ("Signature verified with key {kid}.", "キー {kid} で署名を検証しました。"),
        SigInvalid => (
            "The signature matches none of the pasted keys ({kid}): the token was altered or signed with another key.",
            "署名が貼り付けたどのキー ({kid}) とも一致しません。トークンが改ざんされたか、別のキーで署名されています。"
        ),
        SigCryptoFailed => (
            "The browser's WebCrypto could not use the key or the signature.",
            "ブラウザーの WebCrypto でキーまたは署名を使用できませんでした。"
        ),
        SigKeyNormalised => (
            "The key's n or e used standard base64; it was converted to base64url.",
            "キーの n または e が標準の base64 だったため、base64url に変換しました。"
        ),
        NoKid => ("(no kid)", "(kid なし)"),
        PermNoOperation => ("Choose an operation to get a verdict.", "チェック結果を表示するには操作を選択してください。"),
        PermUnknownOperation => (
            "The operation “{id}” is not in the permission catalog. Choose one from the list.",
            "操作「{id}」はアクセス許可のカタログにありません。一覧から選択してください。"
        ),
        VerdictHeading => ("Permission verdict", "アクセス許可のチェック結果"),
        PermApplication => ("application permission", "アプリケーションのアクセス許可"),
        PermDelegated => ("delegated permission", "委任されたアクセス許可"),
        VerdictGranted => (
            "Allowed: {claim} holds the {kind} {value}.",
            "許可されています。{claim} クレームに{kind} {value} が含まれています。"
        ),
        VerdictMissingApplication => (
            "Not allowed: the token has no application permission for {operation}. Add {least} (least privileged) to the app registration and have an administrator grant consent.",
            "許可されていません。このトークンには{operation}に必要なアプリケーションのアクセス許可がありません。アプリの登録に {least} (最小特権) を追加し、管理者に同意を付与してもらってください。"
        ),
        VerdictMissingDelegated => (
            "Not allowed: the token has no delegated permission for {operation}. Request {least} (least privileged).",
            "許可されていません。このトークンには{operation}に必要な委任されたアクセス許可がありません。{least} (最小特権) を要求してください。"
        ),
        VerdictNoDelegated => (
            "Not allowed: {operation} cannot be called with delegated permissions. Use an app-only token with {least}.",
            "許可されていません。{operation}は委任されたアクセス許可では呼び出せません。{least} を持つアプリ専用トークンを使ってください。"
        ),
        VerdictWrongResource => (
            "Not allowed: the token is for the {found}; its permissions do not apply to the {needed}, which {operation} needs.",
            "許可されていません。このトークンは {found} 用であり、そのアクセス許可は{operation}に必要な {needed} には適用されません。"
        ),
        VerdictUnknownResource => (
            "Not allowed: the token is not for the {needed}, which {operation} needs.",
            "許可されていません。このトークンは、{operation}に必要な {needed} 用ではありません。"
        ),
        VerdictNoPermissionClaims => (
            "Not allowed: the token carries no roles or scp claim, so no permission was granted. Add {least} and have an administrator grant consent.",
            "許可されていません。このトークンには roles クレームも scp クレームもなく、アクセス許可が付与されていません。{least} を追加し、管理者に同意を付与してもらってください。"
        ),
        VerdictIdToken => (
            "Not allowed: an ID token grants no API permission.",
            "許可されていません。ID トークンには API のアクセス許可がありません。"
        ),
        HintBroader => (
            "Hint: {present} is broader than this call needs; {least} is enough.",
            "ヒント: {present} はこの呼び出しに必要な範囲より広いアクセス許可です。{least} で十分です。"
        ),
        HintCase => (
            "The token says {value}, the documentation {documented}: permission names are compared ignoring case.",
            "トークンの値は {value}、ドキュメントの記載は {documented} です。アクセス許可の名前は大文字と小文字を区別せずに比較します。"
        ),
        UserAlsoNeeds => (
            "The signed-in user also needs: {requirements}.",
            "サインインしているユーザーには、さらに {requirements}が必要です。"
        ),
        RetiringOnItsPage => (
            "Microsoft's page for this call says it is being retired: retirement began in January 2026, and Message center post MC1220762 announces that the Defender XDR and Defender for Endpoint APIs stop working after 2027-02-01, in favour of the Microsoft Graph security API. Confirm the date in your tenant's Message center.",
            "Microsoft のこの呼び出しのページには、廃止が進行中であると記載されています。廃止は 2026 年 1 月に始まり、メッセージ センターの投稿 MC1220762 では、Defender XDR API と Defender for Endpoint API が 2027 年 2 月 1 日以降は動作せず、Microsoft Graph セキュリティ API に移行すると告知されています。日付はテナントのメッセージ センターで確認してください。"
        ),
        RetiringApiOnly => (
            "Message center post MC1220762 announces that the {api} stops working after 2027-02-01, in favour of the Microsoft Graph security API; Microsoft's page for this call carries no retirement notice. Confirm what applies to your tenant in its Message center.",
            "メッセージ センターの投稿 MC1220762 では、{api} が 2027 年 2 月 1 日以降は動作せず、Microsoft Graph セキュリティ API に移行すると告知されています。ただし、Microsoft のこの呼び出しのページには廃止の記載はありません。テナントに何が該当するかは、そのメッセージ センターで確認してください。"
        ),
        RetiringSuccessor => (
            "On Microsoft Graph the same job is “{successor}” ({method} {path}): it needs {app} (application) or {delegated} (delegated), on a token for https://graph.microsoft.com.",
            "Microsoft Graph で同じ処理を行うのは「{successor}」({method} {path}) です。https://graph.microsoft.com 用のトークンに、アプリケーションのアクセス許可 {app}、または委任されたアクセス許可 {delegated} が必要です。"
        ),
        RetiringNoSuccessor => (
            "No Microsoft Graph equivalent is documented for this call (response actions such as device isolation, indicators and live response have none). For reading data, Graph advanced hunting (runHuntingQuery, ThreatHunting.Read.All) may help.",
            "この呼び出しに相当する Microsoft Graph の API はドキュメント化されていません (デバイスの分離、インジケーター、ライブ応答などの応答操作には相当するものがありません)。データの読み取りには、Graph の高度なハンティング (runHuntingQuery、ThreatHunting.Read.All) が役立つ場合があります。"
        ),
        ListSeparator => (", ", "、"),
        OrSeparator => (" or ", " または "),
        CatalogHeading => ("Which permission do I need?", "必要なアクセス許可を調べる"),
        CatalogSearchLabel => ("Search operations, paths and permissions", "操作、パス、アクセス許可を検索"),
        CatalogCount => ("{count} operations", "{count} 件の操作"),
        ColApi => ("API", "API"),
        ColOperation => ("Operation", "操作"),
        ColApplication => ("Application permissions", "アプリケーションのアクセス許可"),
        ColDelegated => ("Delegated permissions", "委任されたアクセス許可"),
        ColUserNeeds => ("The user also needs", "ユーザーに必要な権限"),
        ColLimits => ("Limits", "制限"),
        ColGraph => ("On Microsoft Graph", "Microsoft Graph での代替"),
        NotAvailable => ("not available", "使用不可"),
        NoGraphEquivalent => ("none documented", "記載なし"),
        BrowseCatalog => (
            "Which permission does a call need? Browse the catalog",
            "呼び出しに必要なアクセス許可は? カタログを表示"
        ),
        BadgeRetiringOnPage => (
            "retiring (its page, MC1220762)",
            "廃止予定 (ページと MC1220762 に記載)"
        ),
        BadgeRetiringApi => (
            "API named in MC1220762",
            "API が MC1220762 の対象"
        ),
        LeastPrivileged => ("least privileged", "最小特権"),
        UseOperation => ("Check the token for this", "この操作でチェック"),
        SourceNote => ("Source: {source}", "出典: {source}"),
    }
}

impl ClaimHelp {
    /// The explanation of header parameter `name`, if it is a standard or Entra one.
    pub fn for_header(name: &str) -> Option<ClaimHelp> {
        Some(match name {
            "typ" => ClaimHelp::Typ,
            "alg" => ClaimHelp::Alg,
            "kid" => ClaimHelp::Kid,
            "x5t" | "x5t#S256" => ClaimHelp::X5t,
            "nonce" => ClaimHelp::HeaderNonce,
            "jku" | "x5u" => ClaimHelp::KeyUrl,
            "crit" => ClaimHelp::Crit,
            "cty" => ClaimHelp::Cty,
            _ => return None,
        })
    }

    /// The explanation of payload claim `name`, if it is a standard or Entra one (any `xms_…`
    /// claim is a Microsoft extension).
    pub fn for_claim(name: &str) -> Option<ClaimHelp> {
        Some(match name {
            "aud" => ClaimHelp::Aud,
            "iss" => ClaimHelp::Iss,
            "iat" => ClaimHelp::Iat,
            "nbf" => ClaimHelp::Nbf,
            "exp" => ClaimHelp::Exp,
            "aio" => ClaimHelp::Aio,
            "rh" => ClaimHelp::Rh,
            "acr" => ClaimHelp::Acr,
            "amr" => ClaimHelp::Amr,
            "appid" => ClaimHelp::Appid,
            "appidacr" => ClaimHelp::Appidacr,
            "azp" => ClaimHelp::Azp,
            "azpacr" => ClaimHelp::Azpacr,
            "app_displayname" => ClaimHelp::AppDisplayname,
            "idp" => ClaimHelp::Idp,
            "idtyp" => ClaimHelp::Idtyp,
            "ipaddr" => ClaimHelp::Ipaddr,
            "name" => ClaimHelp::Name,
            "oid" => ClaimHelp::Oid,
            "preferred_username" => ClaimHelp::PreferredUsername,
            "roles" => ClaimHelp::Roles,
            "scp" => ClaimHelp::Scp,
            "sid" => ClaimHelp::Sid,
            "sub" => ClaimHelp::Sub,
            "tid" => ClaimHelp::Tid,
            "unique_name" => ClaimHelp::UniqueName,
            "upn" => ClaimHelp::Upn,
            "uti" => ClaimHelp::Uti,
            "jti" => ClaimHelp::Jti,
            "ver" => ClaimHelp::Ver,
            "wids" => ClaimHelp::Wids,
            "groups" => ClaimHelp::Groups,
            "hasgroups" => ClaimHelp::Hasgroups,
            "xms_cc" => ClaimHelp::XmsCc,
            "tenant_region_scope" => ClaimHelp::TenantRegionScope,
            "family_name" => ClaimHelp::FamilyName,
            "given_name" => ClaimHelp::GivenName,
            "email" => ClaimHelp::Email,
            "nonce" => ClaimHelp::Nonce,
            "at_hash" => ClaimHelp::AtHash,
            "c_hash" => ClaimHelp::CHash,
            "auth_time" => ClaimHelp::AuthTime,
            "puid" => ClaimHelp::Puid,
            "deviceid" => ClaimHelp::Deviceid,
            "onprem_sid" => ClaimHelp::OnpremSid,
            "login_hint" => ClaimHelp::LoginHint,
            "ctry" => ClaimHelp::Ctry,
            other if other.starts_with("xms_") => ClaimHelp::XmsOther,
            _ => return None,
        })
    }
}
