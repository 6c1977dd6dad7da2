//! Texts of the Migrate page (`#/migrate`): moving an app to the Microsoft Graph security API.

crate::messages! {
    /// Texts of the Migrate page.
    pub enum MigrateText {
        Intro => (
            "Paste a token, an app registration manifest (or its requiredResourceAccess) or permission names to see what moves to the Graph security API. Nothing is sent.",
            "トークン、アプリの登録のマニフェスト (または requiredResourceAccess)、アクセス許可の名前を貼り付けると、Graph セキュリティ API へ移すものがわかります。何も送信されません。"
        ),
        InputLabel => ("Token, manifest or permission names", "トークン、マニフェスト、またはアクセス許可の名前"),
        InputHint => (
            "A token (raw, Bearer … or a token response), manifest or array JSON, or names such as Incident.Read.All.",
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
        SummaryNone => ("No Graph successor: {n}", "Graph に後継なし: {n}"),
        NothingLegacy => (
            "No Defender XDR or Defender for Endpoint permission: nothing to move.",
            "Defender XDR と Defender for Endpoint のアクセス許可がないため、移すものはありません。"
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
            "Response actions, live response, indicators and vulnerability management have no Graph operation: they stay on the Defender for Endpoint API.",
            "応答操作、ライブ応答、インジケーター、脆弱性管理には Graph の操作がなく、Defender for Endpoint API のまま残ります。"
        ),
        ManifestHeading => ("The new requiredResourceAccess", "新しい requiredResourceAccess"),
        ManifestIntro => (
            "For the app registration's manifest: Defender permissions that Graph replaces are removed, everything else is kept.",
            "アプリの登録のマニフェスト用です。Graph が置き換える Defender のアクセス許可は削除し、それ以外は残します。"
        ),
        CommandsHeading => ("The same with az or PowerShell", "az または PowerShell で同じ設定をする"),
        AzTitle => ("Azure CLI: add the Graph permissions", "Azure CLI: Graph のアクセス許可を追加"),
        PsTitle => ("Microsoft Graph PowerShell: write the whole array", "Microsoft Graph PowerShell: 配列全体を書き込む"),
        NothingToAdd => ("The app already has every Graph permission it needs.", "アプリには必要な Graph のアクセス許可がすべてあります。"),
        ConsentHeading => ("Ask every customer for Graph consent", "各顧客に Graph への同意を依頼する"),
        ConsentIntro => (
            "Each customer's administrator consents again, for every Graph permission of the app registration (.default): update the registration first. A mark stays until an answer is recorded on the consent links page.",
            "各顧客の管理者が、アプリの登録のすべての Graph のアクセス許可 (.default) に再度同意します。先に登録を更新してください。同意リンク ページで回答を記録するまで印は残ります。"
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
            "As this page sends them: active, high-severity incidents of secops@contoso.com updated since 2026-12-01; one resolved as malware with a tag and a comment.",
            "このページが送る形です。secops@contoso.com に割り当てられ 2026 年 12 月 1 日以降に更新された、重要度が高のアクティブなインシデントを一覧表示し、1 件をマルウェアとして解決してタグとコメントを付けます。"
        ),
        ColAspect => ("Call", "呼び出し"),
        ColXdr => ("Defender XDR API", "Defender XDR API"),
        ColGraphApi => ("Graph security API", "Graph セキュリティ API"),
        AspectList => ("List (first page)", "一覧 (最初のページ)"),
        AspectPaging => ("Next page", "次のページ"),
        AspectUpdate => ("Update and comment", "更新とコメント"),
        FiltersNote => (
            "XDR filters severity only in this page, after reading; Graph on the server.",
            "XDR の重要度はこのページが読み取り後に絞り込み、Graph はサーバー側で絞り込みます。"
        ),
        PagingNote => (
            "Graph: follow @odata.nextLink as it is until none comes.",
            "Graph は @odata.nextLink を、なくなるまでそのままたどります。"
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
            "This JSON ends too early (line {a}, column {b}).",
            "この JSON は途中で終わっています ({a} 行目 {b} 列目)。"
        ),
        ErrJsonTrailing => (
            "There is text after the end of the JSON value at line {a}, column {b}.",
            "{a} 行目 {b} 列目で、JSON の値の後に余分なテキストがあります。"
        ),
        ErrNoRra => (
            "This JSON has no requiredResourceAccess: paste the whole manifest or the array.",
            "この JSON には requiredResourceAccess がありません。マニフェスト全体か配列を貼り付けてください。"
        ),
        ErrRraNotArray => ("requiredResourceAccess must be an array.", "requiredResourceAccess は配列である必要があります。"),
        ErrEntryNotObject => ("Entry {a} of requiredResourceAccess is not an object.", "requiredResourceAccess の {a} 番目のエントリがオブジェクトではありません。"),
        ErrResourceAppId => ("Entry {a} of requiredResourceAccess has no resourceAppId.", "requiredResourceAccess の {a} 番目のエントリに resourceAppId がありません。"),
        ErrResourceAccess => ("Entry {a} of requiredResourceAccess has no resourceAccess array.", "requiredResourceAccess の {a} 番目のエントリに resourceAccess 配列がありません。"),
        ErrAccessId => ("Item {b} of entry {a} has no id.", "{a} 番目のエントリの {b} 番目の項目に id がありません。"),
        ErrAccessType => (
            "Item {b} of entry {a} has type “{w}”: it must be Role or Scope.",
            "{a} 番目のエントリの {b} 番目の項目の type が「{w}」です。Role か Scope である必要があります。"
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
