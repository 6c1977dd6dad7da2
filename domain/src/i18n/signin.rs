//! Texts of the sign-in page (`#/sign-in`) and the sign-in status in the header.
//!
//! Portal wording of the registration steps, en and ja, from Microsoft's "How to add a redirect
//! URI to your application" (learn.microsoft.com/entra/identity-platform/how-to-add-redirect-uri
//! and its ja-jp page): App registrations / アプリの登録, Authentication / 認証, Add a platform /
//! プラットフォームを追加 (newer portal: Add Redirect URI / リダイレクト URI を追加),
//! Single-page application / シングルページ アプリケーション.

crate::messages! {
    /// Texts of the sign-in page and status.
    pub enum SignInText {
        NavSignIn => ("Sign in", "サインイン"),
        SignInInstead => (
            "Or sign in instead of pasting a token",
            "トークンを貼り付ける代わりにサインインすることもできます"
        ),
        Heading => ("Sign in with your own app registration", "自分のアプリの登録でサインイン"),
        Intro => (
            "Sign in with a work or school account instead of pasting a token: authorization code flow with PKCE, no secret. Every page uses the delegated token; it stays in this tab's memory only.",
            "トークンを貼り付ける代わりに、職場または学校アカウントでサインインします (承認コード フローと PKCE、シークレットなし)。委任されたトークンはすべてのページで使われ、このタブのメモリにのみ保持されます。"
        ),
        TenantLabel => ("Tenant", "テナント"),
        ScopeLabel => ("API scopes", "API のスコープ"),
        ScopePresetLabel => ("Scope from the catalog", "カタログのスコープ"),
        ScopeHint => (
            "Space-separated; empty means the API's /.default. The scope sent:",
            "スペース区切り。空の場合は API の /.default を使います。送信するスコープは次のとおりです。"
        ),
        AuthorityLabel => ("Authority base URL", "機関のベース URL"),
        AuthorityHint => (
            "Empty means the cloud's sign-in host, shown above. Change it only for a test server.",
            "空の場合は上に表示されたクラウドのサインイン ホストを使います。変更するのはテスト用サーバーの場合だけです。"
        ),
        RegisterHeading => (
            "Register this page once, as a single-page application",
            "このページをシングルページ アプリケーションとして一度登録する"
        ),
        RegisterStep1 => (
            "In the Microsoft Entra admin center, open App registrations and select your app (the client ID above).",
            "Microsoft Entra 管理センターで [アプリの登録] を開き、自分のアプリ (上のクライアント ID) を選択します。"
        ),
        RegisterStep2 => ("Under Manage, select Authentication.", "[管理] で [認証] を選択します。"),
        RegisterStep3 => (
            "Select Add a platform (newer portal: Add Redirect URI), then Single-page application, not Web.",
            "[プラットフォームを追加] (新しいポータルでは [リダイレクト URI を追加]) を選択し、[Web] ではなく [シングルページ アプリケーション] を選択します。"
        ),
        RegisterStep4 => (
            "Enter this redirect URI exactly, then select Configure:",
            "次のリダイレクト URI をそのまま入力し、[構成] を選択します。"
        ),
        RegisterStep5 => (
            "Under API permissions, add the delegated permissions you ask for here.",
            "[API のアクセス許可] で、ここで要求する委任されたアクセス許可を追加します。"
        ),
        SignInButton => ("Sign in", "サインイン"),
        SignOut => ("Sign out", "サインアウト"),
        Renew => ("Renew", "更新"),
        StatusSignedOut => ("Not signed in", "サインインしていません"),
        StatusRedirecting => ("Signing in…", "サインインしています…"),
        StatusSignedIn => ("Signed in; the token expires at {when}", "サインイン済み。トークンの有効期限: {when}"),
        StatusExpired => ("Signed in; the token expired at {when}", "サインイン済み。トークンの有効期限切れ: {when}"),
        StatusError => ("Sign-in failed ({error}).", "サインインに失敗しました ({error})。"),
        ConsentOffer => (
            "Build the admin consent link for this app",
            "このアプリの管理者の同意リンクを作成する"
        ),
        DescriptionLabel => ("Description from Entra", "Entra からの説明"),
        ErrAuthority => (
            "The authority must be an https URL (http only on 127.0.0.1 or localhost) without ? or #.",
            "機関は ? や # を含まない https の URL で指定してください (http は 127.0.0.1 または localhost の場合のみ)。"
        ),
        ErrApiNotInCloud => (
            "This API is not offered in this cloud; choose another API or cloud, or type the scopes.",
            "この API はこのクラウドでは提供されていません。別の API またはクラウドを選ぶか、スコープを入力してください。"
        ),
        ErrScope => (
            "A scope may not contain \", \\, #, & or ?.",
            "スコープに \"、\\、#、&、? は使えません。"
        ),
        ErrRedirectUri => (
            "This page's address cannot be a redirect URI: serve it over https (or http on 127.0.0.1 or localhost).",
            "このページのアドレスはリダイレクト URI にできません。https (または 127.0.0.1 か localhost の http) で配信してください。"
        ),
        AuthorizeFailed => ("Entra did not sign you in ({error}).", "Entra でサインインできませんでした ({error})。"),
        TokenFailed => (
            "The token endpoint refused the request ({error}, HTTP {status}).",
            "トークン エンドポイントが要求を拒否しました ({error}、HTTP {status})。"
        ),
        Cancelled => ("You cancelled the sign-in.", "サインインをキャンセルしました。"),
        CancelledAdvice => (
            "Nothing was changed. Select Sign in when you are ready.",
            "何も変更されていません。準備ができたら [サインイン] を選択してください。"
        ),
        StateMismatch => (
            "The answer's state parameter is not the one this tab sent, so it was ignored (another tab, an old link or a third party). Sign in again from this page.",
            "応答の state パラメーターがこのタブで送信したものと一致しないため、無視しました (別のタブ、古いリンク、またはサード パーティ)。このページからもう一度サインインしてください。"
        ),
        NoAnswer => (
            "You came back from the sign-in page without an answer. Entra shows some errors on its own page:",
            "サインイン ページから応答なしで戻りました。Entra は一部のエラーを自身のページに表示します。"
        ),
        Cors => (
            "The token endpoint did not let this page read its answer (no CORS): the redirect URI is most likely registered under Web instead of Single-page application. Move it (steps below).",
            "トークン エンドポイントがこのページに応答の読み取りを許可しませんでした (CORS なし)。リダイレクト URI が [シングルページ アプリケーション] ではなく [Web] に登録されている可能性が高いです。下の手順で移動してください。"
        ),
        Network => (
            "The token endpoint did not answer. Check the connection and the authority base URL.",
            "トークン エンドポイントから応答がありません。接続と機関のベース URL を確認してください。"
        ),
        TokenUnreadable => (
            "The token endpoint's answer (HTTP {status}) is not a token response. Check the authority base URL.",
            "トークン エンドポイントの応答 (HTTP {status}) はトークンの応答ではありません。機関のベース URL を確認してください。"
        ),
        NonceMismatch => (
            "The ID token does not carry the nonce this tab sent; the tokens were discarded. Sign in again.",
            "ID トークンに、このタブが送信した nonce が含まれていないため、トークンを破棄しました。もう一度サインインしてください。"
        ),
        CryptoUnavailable => (
            "No WebCrypto here (it needs https or 127.0.0.1): the page cannot sign in safely.",
            "ここでは WebCrypto を利用できないため (https または 127.0.0.1 が必要)、安全にサインインできません。"
        ),
        InvalidGrant => (
            "invalid_grant: the authorization code was used, expired, or does not match this verifier and redirect URI. Sign in again.",
            "invalid_grant: 承認コードが使用済みか、有効期限切れか、このコード検証子とリダイレクト URI に一致しません。もう一度サインインしてください。"
        ),
        Aadsts50011 => (
            "AADSTS50011: this page's address is not a redirect URI of the app. Register it exactly under Single-page application (steps below).",
            "AADSTS50011: このページのアドレスがアプリのリダイレクト URI に登録されていません。下の手順で [シングルページ アプリケーション] にそのまま登録してください。"
        ),
        Aadsts50020 => (
            "AADSTS50020: your account is not a user of this tenant (a guest or personal account, or a single-tenant app of another tenant). Use an account of this tenant, or make the app multitenant.",
            "AADSTS50020: このアカウントはこのテナントのユーザーではありません (ゲスト、個人用アカウント、または別のテナントのシングルテナント アプリ)。このテナントのアカウントを使うか、アプリをマルチテナントにしてください。"
        ),
        Aadsts9002326 => (
            "AADSTS9002326: the redirect URI is registered under Web, so the token endpoint refuses a browser. Register it under Single-page application (steps below).",
            "AADSTS9002326: リダイレクト URI が [Web] に登録されているため、トークン エンドポイントがブラウザーを拒否しました。下の手順で [シングルページ アプリケーション] に登録してください。"
        ),
        Aadsts54005 => (
            "AADSTS54005: this authorization code was already redeemed; a code works once. Sign in again.",
            "AADSTS54005: この承認コードは既に使用されています (1 回のみ有効)。もう一度サインインしてください。"
        ),
        Aadsts700084 => (
            "AADSTS700084: the refresh token of a single-page application lives 24 hours and has expired. Sign in again.",
            "AADSTS700084: シングルページ アプリケーションの更新トークン (有効期間 24 時間) の期限が切れました。もう一度サインインしてください。"
        ),
    }
}
