//! Texts of the Migrate page (`#/migrate`): moving an app to the Microsoft Graph security API.

crate::messages! {
    /// Texts of the Migrate page.
    pub enum MigrateText {
        Intro => (
            "Paste an access token, an app registration manifest (or its requiredResourceAccess array) or permission names: see what moves to the Microsoft Graph security API. Nothing is sent.",
            "アクセス トークン、アプリの登録のマニフェスト (または requiredResourceAccess 配列)、またはアクセス許可の名前を貼り付けると、Microsoft Graph セキュリティ API へ移すものがわかります。何も送信されません。"
        ),
        InputLabel => ("Token, manifest or permission names", "トークン、マニフェスト、またはアクセス許可の名前"),
        InputHint => (
            "Raw, Bearer … or a token response; manifest or array JSON; or names such as Incident.Read.All.",
            "そのまま、Bearer …、トークン応答、マニフェストや配列の JSON、または Incident.Read.All のような名前。"
        ),
        UseSessionToken => ("Use the token from the token inspector", "トークン検査のトークンを使う"),
        ReadAs => ("Read as: {kind}", "読み取り結果: {kind}"),
        KindToken => ("access token", "アクセス トークン"),
        KindManifest => ("app registration manifest", "アプリの登録のマニフェスト"),
        KindArray => ("requiredResourceAccess array", "requiredResourceAccess 配列"),
        KindNames => ("permission names", "アクセス許可の名前"),
        KindApplication => ("Application", "アプリケーション"),
        KindDelegated => ("Delegated", "委任"),
        SummaryHeading => ("Summary", "概要"),
        SummaryMove => ("Move to Graph: {n}", "Graph へ移す: {n}"),
        SummaryAlready => ("Already on Graph: {n}", "Graph で付与済み: {n}"),
        SummaryNone => ("No Graph successor (the calls stay on the Defender API): {n}", "Graph に後継なし (呼び出しは Defender API のまま): {n}"),
        NothingLegacy => (
            "The input names no Defender XDR or Defender for Endpoint permission: there is nothing to move.",
            "入力には Defender XDR と Defender for Endpoint のアクセス許可がありません。移すものはありません。"
        ),
        UnknownIds => ("IDs this page does not know (kept as they are): {ids}", "このページが知らない ID (そのまま残します): {ids}"),
        UnknownNames => ("Names this page does not know (left out): {names}", "このページが知らない名前 (除外しました): {names}"),
        ReportHeading => ("Permissions", "アクセス許可"),
        ColResource => ("API", "API"),
        ColPermission => ("Permission", "アクセス許可"),
        ColGraph => ("Graph permission", "Graph のアクセス許可"),
        ColOperations => ("Operations and their Graph successors", "操作とその Graph の後継"),
        ColStatus => ("Status", "状態"),
        StatusSuccessor => ("Move to Graph", "Graph へ移す"),
        StatusAlready => ("Already on Graph", "Graph で付与済み"),
        StatusNone => (
            "No Graph successor: stays on the {api}",
            "Graph に後継なし: {api} のまま"
        ),
        OpNoSuccessor => ("no Graph successor", "Graph に後継なし"),
        Source => ("Source: {source}", "出典: {source}"),
        NoneNote => (
            "Response actions, live response, indicators and vulnerability management have no Graph security API operation: keep these permissions and calls on the Defender for Endpoint API (source: each row's operation page).",
            "応答操作、ライブ応答、インジケーター、脆弱性管理には Graph セキュリティ API の操作がありません。これらのアクセス許可と呼び出しは Defender for Endpoint API のまま残してください (出典: 各行の操作のページ)。"
        ),
        ManifestHeading => ("The new requiredResourceAccess", "新しい requiredResourceAccess"),
        ManifestIntro => (
            "Paste it into the app registration's manifest. Other APIs' entries are kept; Defender permissions that Graph replaces are removed; the others stay.",
            "アプリの登録のマニフェストに貼り付けてください。ほかの API のエントリは残し、Graph が置き換える Defender のアクセス許可は削除し、それ以外は残します。"
        ),
        Copy => ("Copy", "コピー"),
        Copied => ("Copied.", "コピーしました。"),
        CopyFailed => ("The browser refused to copy: select the text and copy it.", "ブラウザーがコピーを拒否しました。テキストを選択してコピーしてください。"),
        CommandsHeading => ("The same with az or PowerShell", "az または PowerShell で同じ設定をする"),
        AzTitle => ("Azure CLI: add the Graph permissions", "Azure CLI: Graph のアクセス許可を追加"),
        PsTitle => ("Microsoft Graph PowerShell: write the whole array", "Microsoft Graph PowerShell: 配列全体を書き込む"),
        NothingToAdd => ("The app already has every Graph permission it needs.", "アプリには必要な Graph のアクセス許可がすべてあります。"),
        ConsentHeading => ("Ask every customer for Graph consent", "各顧客に Graph への同意を依頼する"),
        ConsentIntro => (
            "Each customer's administrator must consent again for Graph. The link asks for every Graph permission of the app registration (scope https://graph.microsoft.com/.default): update the registration first. A mark stays until an answer is read on the consent links page.",
            "Graph のために各顧客の管理者が再度同意する必要があります。リンクはアプリの登録のすべての Graph のアクセス許可 (scope https://graph.microsoft.com/.default) を要求するため、先に登録を更新してください。同意リンク ページで回答を読み取るまで印は残ります。"
        ),
        ClientIdLabel => ("Application (client) ID", "アプリケーション (クライアント) ID"),
        RedirectLabel => ("Redirect URI", "リダイレクト URI"),
        NoRoster => (
            "No customer in the roster yet: add customers on the consent links page.",
            "名簿に顧客がまだいません。同意リンク ページで顧客を追加してください。"
        ),
        MarkAll => ("Mark every customer as needing Graph consent", "すべての顧客に「Graph への同意が必要」の印を付ける"),
        StorageFailed => ("The roster could not be saved in this browser.", "このブラウザーに名簿を保存できませんでした。"),
        NeedsGraph => ("Needs Graph consent", "Graph への同意が必要"),
        NotMarked => ("Not marked", "印なし"),
        ColCustomer => ("Customer", "顧客"),
        ColTenant => ("Tenant", "テナント"),
        ColLink => ("Graph consent link", "Graph の同意リンク"),
        CallsHeading => ("The calls, side by side", "呼び出しの比較"),
        CallsIntro => (
            "The incidents listing and update as this page sends them. Example: active, high-severity incidents of secops@contoso.com updated since 2026-12-01; then resolve one as malware with a tag and a comment.",
            "このページが送るインシデントの一覧表示と更新です。例: secops@contoso.com に割り当てられ 2026 年 12 月 1 日以降に更新された、重要度が高のアクティブなインシデント。続いて 1 件をマルウェアとして解決し、タグとコメントを付けます。"
        ),
        ColAspect => ("Call", "呼び出し"),
        ColXdr => ("Defender XDR API", "Defender XDR API"),
        ColGraphApi => ("Graph security API", "Graph セキュリティ API"),
        AspectList => ("List (first page)", "一覧 (最初のページ)"),
        AspectPaging => ("Next page", "次のページ"),
        AspectUpdate => ("Update and comment", "更新とコメント"),
        FiltersNote => (
            "lastUpdateTime becomes lastUpdateDateTime; XDR does not filter severity on the server (this page filters after reading), Graph does.",
            "lastUpdateTime は lastUpdateDateTime になります。XDR はサーバー側で重要度を絞り込まず (このページが読み取り後に絞り込みます)、Graph は絞り込みます。"
        ),
        PagingNote => (
            "XDR pages with $top and $skip; Graph sends @odata.nextLink: follow it as it is until none comes.",
            "XDR は $top と $skip でページを進めます。Graph は @odata.nextLink を返すので、なくなるまでそのままたどります。"
        ),
        FieldsHeading => ("Field names in the answer", "応答のフィールド名"),
        EnumsHeading => ("Enum values", "列挙値"),
        EnumsNote => (
            "Every value goes from PascalCase to camelCase; these change more:",
            "すべての値が PascalCase から camelCase になります。次の値はさらに変わります。"
        ),
        ColEnum => ("Property", "プロパティ"),
        SnippetsHeading => ("The Graph listing in code", "Graph の一覧表示のコード"),
        SnippetsIntro => (
            "The Graph token request, then the listing; the secret is a placeholder.",
            "Graph のトークン要求と一覧表示です。シークレットはプレースホルダーです。"
        ),
        StartLine => (
            "Moving an existing app to the Microsoft Graph security API?",
            "既存のアプリを Microsoft Graph セキュリティ API へ移行しますか?"
        ),
        ErrEmpty => ("Paste a token, a manifest or permission names first.", "最初にトークン、マニフェスト、またはアクセス許可の名前を貼り付けてください。"),
        ErrJsonSyntax => (
            "This is not valid JSON: syntax error at line {a}, column {b}.",
            "有効な JSON ではありません。{a} 行目 {b} 列目に構文エラーがあります。"
        ),
        ErrJsonEof => (
            "This JSON ends too early (line {a}, column {b}): a closing bracket or quote is missing.",
            "この JSON は途中で終わっています ({a} 行目 {b} 列目)。閉じかっこか引用符がありません。"
        ),
        ErrJsonTrailing => (
            "There is text after the end of the JSON value at line {a}, column {b}.",
            "{a} 行目 {b} 列目で、JSON の値の後に余分なテキストがあります。"
        ),
        ErrNoRra => (
            "This JSON has no requiredResourceAccess: paste the whole manifest, the application object or the array itself.",
            "この JSON には requiredResourceAccess がありません。マニフェスト全体、アプリケーション オブジェクト、または配列そのものを貼り付けてください。"
        ),
        ErrRraNotArray => ("requiredResourceAccess must be an array.", "requiredResourceAccess は配列である必要があります。"),
        ErrEntryNotObject => ("Entry {a} of requiredResourceAccess is not an object.", "requiredResourceAccess の {a} 番目のエントリがオブジェクトではありません。"),
        ErrResourceAppId => ("Entry {a} of requiredResourceAccess has no resourceAppId.", "requiredResourceAccess の {a} 番目のエントリに resourceAppId がありません。"),
        ErrResourceAccess => ("Entry {a} of requiredResourceAccess has no resourceAccess array.", "requiredResourceAccess の {a} 番目のエントリに resourceAccess 配列がありません。"),
        ErrAccessId => ("Item {b} of entry {a} has no id.", "{a} 番目のエントリの {b} 番目の項目に id がありません。"),
        ErrAccessType => (
            "Item {b} of entry {a} has type “{w}”: it must be Role (application permission) or Scope (delegated permission).",
            "{a} 番目のエントリの {b} 番目の項目の type が「{w}」です。Role (アプリケーションのアクセス許可) か Scope (委任されたアクセス許可) である必要があります。"
        ),
        ErrToken => ("This token cannot be decoded: {w}", "このトークンはデコードできません。{w}"),
        ErrTokenAudience => (
            "This token is for “{w}”, not for the Defender XDR, Defender for Endpoint or Graph API.",
            "このトークンの対象は「{w}」で、Defender XDR、Defender for Endpoint、Graph のいずれの API でもありません。"
        ),
        ErrNothingKnown => (
            "Nothing here names a Defender XDR, Defender for Endpoint or Graph security permission.",
            "Defender XDR、Defender for Endpoint、Graph セキュリティのアクセス許可が見つかりません。"
        ),
        ErrUnknownNames => (
            "None of these is a Defender XDR, Defender for Endpoint or Graph security permission: {w}",
            "次の名前は Defender XDR、Defender for Endpoint、Graph セキュリティのどのアクセス許可でもありません。{w}"
        ),
    }
}
