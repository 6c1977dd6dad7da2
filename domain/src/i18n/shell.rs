//! Texts of the page shell: header, navigation, settings switches, About and not-found pages.

crate::messages! {
    /// Texts of the page shell.
    pub enum Ui {
        AppName => ("Defender Partner Kit", "Defender Partner Kit"),
        Tagline => (
            "Onboard customers to the Microsoft Defender and Graph security APIs, in your browser.",
            "顧客を Microsoft Defender / Graph セキュリティ API にオンボードする作業を、ブラウザーだけで。"
        ),
        MainNavigation => ("Main navigation", "メイン ナビゲーション"),
        NavStart => ("Start", "はじめに"),
        NavConsent => ("Consent links", "同意リンク"),
        NavToken => ("Token inspector", "トークン検査"),
        NavIncidents => ("Incidents", "インシデント"),
        NavAbout => ("About", "このツールについて"),
        StartHeading => ("Onboard a customer, step by step", "顧客のオンボーディング手順"),
        StartIntro => (
            "Everything runs in this page: nothing you type or paste is sent anywhere unless you ask for it. Follow the steps in order for each customer; start with step 1 if the customer's administrator has not consented to your application yet.",
            "すべての処理はこのページの中で行われ、入力や貼り付けた内容は、ユーザーが実行した操作以外でどこにも送信されません。顧客ごとに次の手順を順番に進めてください。顧客の管理者がまだアプリケーションに同意していない場合は、手順 1 から始めます。"
        ),
        StartStepsHeading => ("The onboarding loop", "オンボーディングの流れ"),
        StartStep1Title => ("Send the consent link", "同意リンクを送る"),
        StartStep1Body => (
            "Build the admin-consent link for the customer's tenant and send it to their administrator.",
            "顧客のテナント用の管理者の同意リンクを作成し、顧客の管理者に送ります。"
        ),
        StartStep2Title => ("Read the answer", "回答を読み取る"),
        StartStep2Body => (
            "Paste the address the administrator was sent back to: the page says whether consent was granted, and why not.",
            "管理者がリダイレクトされた先のアドレスを貼り付けると、同意されたかどうかと、されなかった場合の理由が表示されます。"
        ),
        StartStep3Title => ("Get a token", "トークンを取得する"),
        StartStep3Body => (
            "Request an access token for the customer's tenant with the PowerShell, C#, Python or curl snippets at the end of the consent page.",
            "同意リンク ページの末尾にある PowerShell、C#、Python、curl のスニペットで、顧客のテナント用のアクセス トークンを要求します。"
        ),
        StartStep4Title => ("Check the token", "トークンを確認する"),
        StartStep4Body => (
            "Paste the token: it is decoded here, and its audience, issuer, tenant, lifetime and permissions are checked against the API call you choose.",
            "トークンを貼り付けると、このページ内でデコードされ、対象ユーザー、発行者、テナント、有効期間、アクセス許可が、選んだ API 呼び出しに対して確認されます。"
        ),
        StartStep5Title => ("Call the incidents API", "インシデント API を呼び出す"),
        StartStep5Body => (
            "List the customer's incidents from the Defender XDR API or the Microsoft Graph security API with that token, through the CORS proxy you configure.",
            "そのトークンを使い、構成した CORS プロキシ経由で、Defender XDR API または Microsoft Graph セキュリティ API から顧客のインシデントを一覧表示します。"
        ),
        StartOpen => ("Open: {page}", "{page}を開く"),
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
        AboutWhat => (
            "Defender Partner Kit is a static page that runs entirely in your browser. It builds the admin-consent links a partner sends to a customer's administrator and reads back the redirect, inspects access tokens against the permissions an API call needs, and lists incidents from the Microsoft Defender XDR API and its successor, the Microsoft Graph security API.",
            "Defender Partner Kit は、ブラウザーの中だけで動く静的なページです。パートナーが顧客の管理者に送る管理者の同意リンクを作成してリダイレクト結果を読み取り、アクセス トークンが API 呼び出しに必要なアクセス許可を持っているかを検査し、Microsoft Defender XDR API とその後継である Microsoft Graph セキュリティ API からインシデントを一覧表示します。"
        ),
        AboutRetirement => (
            "Retirement: Microsoft's Message center post MC1220762 (January 2026) announces that the Microsoft Defender for Endpoint API and the Defender XDR API stop working after 2027-02-01, in favour of the Microsoft Graph security API. So far Microsoft's API pages attach that notice only to the advanced-hunting APIs, and response actions (device isolation, indicators, live response) have no Graph successor yet. Confirm what applies to your tenant in its Message center (Microsoft 365 admin center).",
            "Microsoft のメッセージ センターの投稿 MC1220762 (2026 年 1 月) では、Microsoft Defender for Endpoint API と Defender XDR API が 2027 年 2 月 1 日以降は動作せず、Microsoft Graph セキュリティ API に移行すると告知されています。現時点で Microsoft の API ページがこの告知を記載しているのは高度なハンティングの API だけで、応答操作 (デバイスの分離、インジケーター、ライブ応答) には Graph の後継 API がまだありません。テナントに何が該当するかは、そのメッセージ センター (Microsoft 365 管理センター) で確認してください。"
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
            "保存されるのは設定 (言語、テーマ、接続設定、秘密情報を含まない顧客一覧) だけで、このブラウザーのローカル ストレージに保存されます。"
        ),
        AboutPrivacyNetwork => (
            "The page loads no third-party script, font or image, and makes a network request only when you ask it to call an API.",
            "このページはサード パーティのスクリプト、フォント、画像を読み込まず、API の呼び出しを指示したときにだけネットワーク要求を送信します。"
        ),
        AboutSourceNote => (
            "Facts about permissions, audiences and hosts come from Microsoft's documentation; where the documentation disagrees with itself, the tool accepts both forms and says so.",
            "アクセス許可、対象ユーザー (audience)、ホストに関する情報は Microsoft のドキュメントに基づいています。ドキュメント間で記述が食い違う場合、このツールは両方の形式を受け入れ、その旨を表示します。"
        ),
        LoadingApp => ("Loading…", "読み込み中…"),
    }
}
