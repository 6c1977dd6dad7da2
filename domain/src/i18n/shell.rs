//! Texts of the page shell: header, navigation, settings switches, About and not-found pages.

crate::messages! {
    /// Texts of the page shell.
    pub enum Ui {
        AppName => ("Defender Partner Kit", "Defender Partner Kit"),
        Tagline => (
            "Onboard customers to the Microsoft Defender and Graph security APIs, in your browser.",
            "お客様の Microsoft Defender / Graph セキュリティ API へのオンボーディングを、ブラウザーだけで。"
        ),
        MainNavigation => ("Main navigation", "メイン ナビゲーション"),
        NavConsent => ("Consent links", "同意リンク"),
        NavToken => ("Token inspector", "トークン検査"),
        NavIncidents => ("Incidents", "インシデント"),
        NavAbout => ("About", "このツールについて"),
        ConsentHeading => ("Admin consent links", "管理者の同意リンク"),
        TokenHeading => ("Token inspector", "アクセス トークンの検査"),
        IncidentsHeading => ("Incidents explorer", "インシデント エクスプローラー"),
        AboutHeading => ("About Defender Partner Kit", "Defender Partner Kit について"),
        NotFoundHeading => ("Page not found", "ページが見つかりません"),
        NotFoundBody => (
            "There is no page at “{path}”. Choose a page from the navigation above.",
            "「{path}」というページはありません。上のナビゲーションからページを選んでください。"
        ),
        LanguageLabel => ("Language", "言語"),
        ThemeLabel => ("Theme", "テーマ"),
        ThemeSystem => ("System", "システム設定"),
        ThemeLight => ("Light", "ライト"),
        ThemeDark => ("Dark", "ダーク"),
        NotInBuild => (
            "This build of the page leaves this feature out to stay within its download-size budget. Build the full page with `scripts/serve --full` to use it.",
            "このビルドでは、ダウンロード サイズの上限を守るためにこの機能を含めていません。使用するには `scripts/serve --full` で完全版をビルドしてください。"
        ),
        AboutWhat => (
            "Defender Partner Kit is a static page that runs entirely in your browser. It builds the admin-consent links a partner sends to a customer's administrator and reads back the redirect, inspects access tokens against the permissions an API call needs, and lists incidents from the Microsoft Defender XDR API and its successor, the Microsoft Graph security API.",
            "Defender Partner Kit は、ブラウザーの中だけで動く静的なページです。パートナーがお客様の管理者に送る管理者の同意リンクを作成してリダイレクト結果を読み取り、アクセス トークンが API 呼び出しに必要なアクセス許可を持っているかを検査し、Microsoft Defender XDR API とその後継である Microsoft Graph セキュリティ API からインシデントを一覧表示します。"
        ),
        AboutRetirement => (
            "The Defender XDR API and the Defender for Endpoint API stop working on 2027-02-01. Microsoft moves everyone to the Microsoft Graph security API; this tool helps you run both until then and move across.",
            "Defender XDR API と Defender for Endpoint API は 2027-02-01 に動作を停止し、Microsoft Graph セキュリティ API へ移行します。このツールは、それまでの間の両 API の併用と移行を支援します。"
        ),
        AboutPrivacyHeading => ("Privacy promise", "プライバシーについての約束"),
        AboutPrivacyLocal => (
            "Nothing you paste leaves your browser. Tokens are decoded and checked on this page, with no network request.",
            "貼り付けた内容がブラウザーの外に送信されることはありません。トークンのデコードと検査はこのページ内で行われ、ネットワーク要求は発生しません。"
        ),
        AboutPrivacyNoStore => (
            "Tokens are kept in memory only: never in local storage, session storage, cookies, URLs or logs. Closing or reloading the tab forgets them.",
            "トークンはメモリ上にのみ保持され、ローカル ストレージ、セッション ストレージ、Cookie、URL、ログには一切保存されません。タブを閉じるか再読み込みすると破棄されます。"
        ),
        AboutPrivacySettings => (
            "Only settings (language, theme, connection settings and your customer list, which holds no secrets) are stored, in this browser's local storage.",
            "保存されるのは設定 (言語、テーマ、接続設定、秘密情報を含まないお客様一覧) だけで、このブラウザーのローカル ストレージに保存されます。"
        ),
        AboutPrivacyNetwork => (
            "The page loads no third-party script, font or image, and makes a network request only when you ask it to call an API.",
            "このページはサードパーティのスクリプト、フォント、画像を読み込まず、API の呼び出しを指示したときにだけネットワーク要求を送信します。"
        ),
        AboutSourceNote => (
            "Facts about permissions, audiences and hosts come from Microsoft's documentation; where the documentation disagrees with itself, the tool accepts both forms and says so.",
            "アクセス許可、対象ユーザー (audience)、ホストに関する情報は Microsoft のドキュメントに基づいています。ドキュメント間で記述が食い違う場合、このツールは両方の形式を受け入れ、その旨を表示します。"
        ),
        LoadingApp => ("Loading…", "読み込み中…"),
    }
}
