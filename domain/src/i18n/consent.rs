//! Texts of the consent and onboarding page: the link builder and its validation
//! ([`ConsentText`]), the redirect reader and what Entra's errors mean ([`RedirectText`]), the
//! customer roster and the token-request snippets ([`RosterText`]).
//!
//! Japanese follows Microsoft Learn (ja-jp) terms: 管理者の同意, グローバル管理者,
//! アプリケーション (クライアント) ID, テナント ID, リダイレクト URI, アクセス許可,
//! エンタープライズ アプリケーション, アプリの登録, 顧客 (a partner's customer; never お客様),
//! 承認コード, state パラメーター; see `i18n::glossary`.

crate::messages! {
    /// Texts of the consent-link builder and the admin message.
    pub enum ConsentText {
        Intro => (
            "Build the link your customer's administrator opens to approve your app, read back the address Entra sends them to, and keep track of every customer. Everything stays in this browser.",
            "顧客の管理者がアプリを承認するために開くリンクを作成し、Entra から戻されたアドレスを読み取り、顧客ごとの状況を記録します。すべてこのブラウザーの中で処理されます。"
        ),
        BuilderHeading => ("1. Build the consent link", "1. 同意リンクの作成"),
        LabelClientId => ("Application (client) ID", "アプリケーション (クライアント) ID"),
        HintClientId => (
            "Shown on your app registration's Overview page in the Microsoft Entra admin center.",
            "Microsoft Entra 管理センターで、アプリの登録の [概要] ページに表示されます。"
        ),
        LabelTenant => ("Customer tenant", "顧客のテナント"),
        HintTenant => (
            "The tenant ID (a GUID), a verified domain such as contoso.onmicrosoft.com, or organizations when you don't know it yet.",
            "テナント ID (GUID)、contoso.onmicrosoft.com のような確認済みドメイン、またはまだ分からない場合は organizations を指定します。"
        ),
        LabelCloud => ("Cloud", "クラウド"),
        LabelApi => ("API", "API"),
        LabelFormat => ("Link format", "リンクの形式"),
        LabelRedirectUri => ("Redirect URI", "リダイレクト URI"),
        HintRedirectUri => (
            "Must exactly match a redirect URI registered on the app (Web platform): https, or http only on localhost.",
            "アプリに登録されたリダイレクト URI (Web プラットフォーム) と完全に一致する必要があります。https、または localhost の場合のみ http を使用できます。"
        ),
        LabelState => ("State", "state パラメーター"),
        HintState => (
            "A random value made in this browser. Entra sends it back with the answer, so you can tell that the answer belongs to this link.",
            "このブラウザーで生成したランダムな値です。Entra は応答と一緒にこの値を返すため、応答がこのリンクに対するものかを確認できます。"
        ),
        NewState => ("New state", "state パラメーターを再生成"),
        FormatAuthorize => (
            "authorize: the Defender guide's link (v1)",
            "authorize: Defender のガイドに記載のリンク (v1)"
        ),
        FormatAdminConsent => (
            "adminconsent: tenant-wide admin consent",
            "adminconsent: テナント全体の管理者の同意"
        ),
        FormatV2AdminConsent => (
            "v2.0 adminconsent: requests {resource}/.default",
            "v2.0 adminconsent: {resource}/.default を要求"
        ),
        CloudGlobal => ("Global (includes GCC)", "グローバル (GCC を含む)"),
        CloudUsGov => ("US Government (GCC High, DoD)", "米国政府機関 (GCC High、DoD)"),
        CloudChina => ("China (operated by 21Vianet)", "21Vianet が運営する中国"),
        ApiXdr => ("Microsoft Defender XDR API", "Microsoft Defender XDR API (Microsoft Threat Protection)"),
        ApiMde => ("Microsoft Defender for Endpoint API", "Microsoft Defender for Endpoint API (WindowsDefenderATP)"),
        ApiGraph => ("Microsoft Graph security API", "Microsoft Graph セキュリティ API"),
        LinkHeading => ("Your consent link", "同意リンク"),
        Copy => ("Copy", "コピー"),
        Copied => ("Copied.", "コピーしました。"),
        CopyFailed => (
            "The browser refused to copy: select the text and copy it by hand.",
            "ブラウザーがコピーを許可しませんでした。テキストを選択して手動でコピーしてください。"
        ),
        OpenLink => ("Open link", "リンクを開く"),
        QrLabel => ("QR code of the consent link", "同意リンクの QR コード"),
        QrTooLong => (
            "The link is too long for a QR code; send it as text.",
            "リンクが長すぎるため QR コードにできません。テキストで送ってください。"
        ),
        ShareLink => ("Link to this form", "このフォームへのリンク"),
        ShareNote => (
            "It carries the inputs above except the state, for a colleague or a bookmark.",
            "state パラメーター以外の上記の入力値を含むリンクです。同僚との共有やブックマークに使用できます。"
        ),
        FixInputs => (
            "Fix the inputs above to get a link.",
            "リンクを作成するには、上の入力内容を修正してください。"
        ),
        WarnApiRetiring => (
            "Message center post MC1220762 announces that this API stops working after 2027-02-01, in favour of the Microsoft Graph security API. Plan the move, and confirm the date in your Message center.",
            "メッセージ センターの投稿 MC1220762 では、この API が 2027 年 2 月 1 日以降は動作せず、Microsoft Graph セキュリティ API に移行すると告知されています。移行を計画し、日付はメッセージ センターで確認してください。"
        ),
        WarnUsGov => (
            "US Government is for GCC High and DoD tenants. GCC tenants sign in through the global cloud.",
            "米国政府機関のクラウドは GCC High と DoD のテナント向けです。GCC のテナントはグローバル クラウドでサインインします。"
        ),
        WarnAuthorizeNoRedirect => (
            "Without a redirect URI, Entra sends the admin to a redirect URI registered on the app (the Defender guide registers https://portal.azure.com), so the answer may not come back to you.",
            "リダイレクト URI を指定しない場合、Entra は管理者をアプリに登録されたリダイレクト URI (Defender のガイドでは https://portal.azure.com) に移動させるため、応答を受け取れない可能性があります。"
        ),
        WarnNoState => (
            "Without a state you cannot tell this link's answer from another one's.",
            "state パラメーターがないと、応答がこのリンクに対するものか区別できません。"
        ),
        ErrClientIdMissing => (
            "Enter the application (client) ID of your app.",
            "アプリのアプリケーション (クライアント) ID を入力してください。"
        ),
        ErrClientIdNotGuid => (
            "The application (client) ID is a GUID such as 8ee8fdad-f234-4243-8f3b-15c294843740.",
            "アプリケーション (クライアント) ID は 8ee8fdad-f234-4243-8f3b-15c294843740 のような GUID です。"
        ),
        ErrClientIdPlaceholder => (
            "00000000-0000-0000-0000-000000000000 is the guide's placeholder: enter your own application (client) ID.",
            "00000000-0000-0000-0000-000000000000 はガイドのプレースホルダーです。ご自身のアプリケーション (クライアント) ID を入力してください。"
        ),
        ErrTenantMissing => (
            "This link format needs the customer's tenant: its tenant ID, a verified domain, or organizations.",
            "このリンクの形式には、顧客のテナント (テナント ID、確認済みドメイン、または organizations) が必要です。"
        ),
        ErrTenantInvalid => (
            "The tenant must be a tenant ID (GUID), a domain such as contoso.onmicrosoft.com, common or organizations.",
            "テナントには、テナント ID (GUID)、contoso.onmicrosoft.com のようなドメイン、common、organizations のいずれかを指定してください。"
        ),
        ErrTenantPlaceholder => (
            "00000000-0000-0000-0000-000000000000 is a placeholder, not a tenant ID.",
            "00000000-0000-0000-0000-000000000000 はプレースホルダーであり、テナント ID ではありません。"
        ),
        ErrTenantConsumers => (
            "Personal Microsoft accounts (consumers) cannot grant admin consent for an organization.",
            "個人用 Microsoft アカウント (consumers) では、組織に対する管理者の同意を付与できません。"
        ),
        ErrTenantCommonV2 => (
            "The v2.0 adminconsent endpoint does not accept common: use the customer's tenant ID, a verified domain, or organizations.",
            "v2.0 の adminconsent エンドポイントでは common を使用できません。顧客のテナント ID、確認済みドメイン、または organizations を指定してください。"
        ),
        ErrRedirectMissing => (
            "This link format needs a redirect URI that is registered on your app.",
            "このリンクの形式には、アプリに登録済みのリダイレクト URI が必要です。"
        ),
        ErrRedirectNotAbsolute => (
            "The redirect URI must be an absolute URL that starts with https://.",
            "リダイレクト URI は https:// で始まる絶対 URL である必要があります。"
        ),
        ErrRedirectInsecure => (
            "http:// is allowed only for localhost; use https:// for any other host.",
            "http:// は localhost の場合のみ使用できます。それ以外のホストでは https:// を使用してください。"
        ),
        ErrRedirectFragment => (
            "A redirect URI cannot contain a fragment (#…).",
            "リダイレクト URI にフラグメント (#…) を含めることはできません。"
        ),
        ErrRedirectWildcard => (
            "A redirect URI cannot contain a wildcard (*).",
            "リダイレクト URI にワイルドカード (*) を含めることはできません。"
        ),
        ErrRedirectUserinfo => (
            "A redirect URI cannot contain a user name (user@host).",
            "リダイレクト URI にユーザー名 (user@host) を含めることはできません。"
        ),
        ErrRedirectWhitespace => (
            "The redirect URI contains spaces or invisible characters.",
            "リダイレクト URI に空白または不可視の文字が含まれています。"
        ),
        ErrRedirectTooLong => (
            "A redirect URI can be at most {max} characters long.",
            "リダイレクト URI は {max} 文字以内にする必要があります。"
        ),
        ErrStateTooLong => (
            "The state is too long; 256 characters at most.",
            "state パラメーターが長すぎます。256 文字以内にしてください。"
        ),
        ErrApiNotInCloud => (
            "The {api} is not available in the {cloud} cloud.",
            "{api} はクラウド「{cloud}」では提供されていません。"
        ),
        MessageHeading => ("Message to the customer's administrator", "顧客の管理者へのメッセージ"),
        MessageLanguage => ("Message language", "メッセージの言語"),
        AdminMessage => (
            "Subject: Admin consent request for our app ({client_id})\n\nHello,\n\nTo let us work with your Microsoft Defender security data, please grant tenant-wide admin consent to our application in your Microsoft Entra tenant.\n\nWhat you are approving:\n- Application (client) ID: {client_id}\n- API: {api} ({resource})\n{permissions}\n\nAdmin consent grants every permission configured on the application, for your whole organization; application permissions are used without a signed-in user.\n\nWho can approve: {roles}\n\nOpen this link to review and approve:\n{link}\n\n{after} You can review or remove the app at any time in the Microsoft Entra admin center, under Enterprise applications.\n\nThank you.",
            "件名: 弊社アプリケーション ({client_id}) への管理者の同意のお願い\n\nご担当者様\n\n弊社が貴社の Microsoft Defender のセキュリティ データを扱えるよう、貴社の Microsoft Entra テナントで弊社アプリケーションにテナント全体の管理者の同意を付与していただけますでしょうか。\n\n同意いただく内容:\n- アプリケーション (クライアント) ID: {client_id}\n- API: {api}\n- リソース: {resource}\n{permissions}\n\n管理者の同意により、アプリケーションに構成されたすべてのアクセス許可が組織全体に付与されます。アプリケーションのアクセス許可は、サインインしているユーザーなしで使用されます。\n\n承認できる方: {roles}\n\n次のリンクを開き、内容をご確認のうえ承認してください。\n{link}\n\n{after}アプリはいつでも Microsoft Entra 管理センターの [エンタープライズ アプリケーション] で確認または削除できます。\n\nよろしくお願いいたします。"
        ),
        MsgPermissionsPicked => (
            "- Application permissions it requests:\n{list}",
            "- 要求するアプリケーションのアクセス許可:\n{list}"
        ),
        MsgPermissionsConfigured => (
            "- Permissions: the permissions configured on application {client_id} (the consent page lists them before you approve).",
            "- アクセス許可: アプリケーション {client_id} に構成されているアクセス許可 (承認前に同意画面に一覧表示されます)。"
        ),
        MsgRolesGraph => (
            "a Global Administrator or Privileged Role Administrator of your tenant. (A Cloud Application Administrator or Application Administrator can grant consent to any permission except Microsoft Graph application permissions, so cannot approve this one.)",
            "貴社テナントのグローバル管理者または特権ロール管理者。(クラウド アプリケーション管理者とアプリケーション管理者は、Microsoft Graph のアプリケーションのアクセス許可を除くすべてのアクセス許可に同意できますが、この要求は承認できません。)"
        ),
        MsgRolesDefender => (
            "a Global Administrator, Privileged Role Administrator, Cloud Application Administrator or Application Administrator of your tenant.",
            "貴社テナントのグローバル管理者、特権ロール管理者、クラウド アプリケーション管理者、またはアプリケーション管理者。"
        ),
        MsgRolesConfigured => (
            "a Global Administrator, Privileged Role Administrator, Cloud Application Administrator or Application Administrator of your tenant; if the application also requests Microsoft Graph application permissions, only a Global Administrator or Privileged Role Administrator.",
            "貴社テナントのグローバル管理者、特権ロール管理者、クラウド アプリケーション管理者、またはアプリケーション管理者。アプリケーションが Microsoft Graph のアプリケーションのアクセス許可も要求する場合は、グローバル管理者または特権ロール管理者のみです。"
        ),
        PermissionsLabel => (
            "Permissions your app requests (for the message; optional)",
            "アプリが要求するアクセス許可 (メッセージ用、省略可能)"
        ),
        PermissionsHint => (
            "Admin consent grants whatever your app registration is configured with. Tick what it requests, so the message says exactly that; tick nothing and the message says \u{201c}the permissions configured on application {client_id}\u{201d}.",
            "管理者の同意では、アプリの登録に構成されているアクセス許可がそのまま付与されます。メッセージに正確に記載するため、アプリが要求するものを選択してください。何も選択しない場合、メッセージには「アプリケーション {client_id} に構成されているアクセス許可」と記載されます。"
        ),
        LinkRecorded => (
            "Remembered as sent to {who} on {date}: an answer to this link will be recognised, even after a reload.",
            "{date}に{who}へ送ったリンクとして記録しました。再読み込みした後でも、このリンクへの応答を識別できます。"
        ),
        RecordLink => ("Remember as sent", "送信済みとして記録"),
        WarnGraphChina => (
            "Microsoft Graph security APIs (incidents, alerts, advanced hunting) are not available in the China cloud operated by 21Vianet. The link is valid for other Graph permissions, but not for the security operations.",
            "Microsoft Graph のセキュリティ API (インシデント、アラート、高度なハンティング) は、21Vianet が運営する中国のクラウドでは利用できません。このリンクは他の Graph のアクセス許可には有効ですが、セキュリティの操作には使えません。"
        ),
        MsgAfterRedirect => (
            "After you approve, your browser goes to {redirect}; you can close that page.",
            "承認後、ブラウザーは {redirect} に移動します。そのページは閉じていただいてかまいません。"
        ),
        MsgAfterNoRedirect => (
            "After you approve, your browser goes to a page of ours or of Microsoft; you can close it.",
            "承認後、ブラウザーは弊社または Microsoft のページに移動します。そのページは閉じていただいてかまいません。"
        ),
    }
}

crate::messages! {
    /// Texts of the redirect reader, including what Entra's error codes mean.
    pub enum RedirectText {
        Heading => ("2. Read the redirect", "2. リダイレクト結果の読み取り"),
        Label => (
            "Address the admin's browser was sent back to",
            "管理者のブラウザーが戻されたアドレス"
        ),
        Hint => (
            "Paste the whole address (the answer may be in the query or after #). It is read here and never stored.",
            "アドレス全体を貼り付けてください (応答はクエリまたは # の後ろにあります)。内容はこのページで読み取るだけで、保存はされません。"
        ),
        Untrusted => (
            "Anyone can type such an address, so it proves nothing by itself. Confirm the consent in the customer's tenant (Enterprise applications) or by requesting a token.",
            "このようなアドレスは誰でも入力できるため、これだけでは何の証明にもなりません。同意は顧客のテナント ([エンタープライズ アプリケーション]) またはトークンの要求で確認してください。"
        ),
        Granted => (
            "Consent granted for tenant {tenant}.",
            "テナント {tenant} で同意が付与されました。"
        ),
        GrantedNoTenant => (
            "Consent granted, but the address names no tenant ID.",
            "同意が付与されましたが、アドレスにテナント ID が含まれていません。"
        ),
        GrantedScope => ("Granted scope: {scope}", "付与されたスコープ: {scope}"),
        Cancelled => (
            "The administrator cancelled or declined. Nothing was granted; send the link again when they are ready.",
            "管理者がキャンセルまたは拒否しました。何も付与されていません。準備ができたら、もう一度リンクを送ってください。"
        ),
        Error => ("Entra returned an error: {error}.", "Entra からエラー「{error}」が返されました。"),
        ErrorClaimedConsent => (
            "The address also says admin_consent=True, but an error always wins: consent was not granted.",
            "アドレスには admin_consent=True も含まれていますが、エラーが優先されます。同意は付与されていません。"
        ),
        Code => (
            "This is an authorization code response: the sign-in went through. The code is single-use and short-lived; this page neither keeps nor uses it.",
            "これは承認コードの応答で、サインインは完了しています。コードは 1 回限りで有効期間も短く、このページでは保持も使用もしません。"
        ),
        CodeAdminConsent => (
            "It also says an administrator consented for the whole organization (admin_consent=True).",
            "また、管理者が組織全体に対して同意したことも示しています (admin_consent=True)。"
        ),
        CodeTenant => ("Tenant named in the address: {tenant}", "アドレスに含まれるテナント: {tenant}"),
        Unrecognized => (
            "This is not a consent response: it has no admin_consent, error or code parameter.",
            "これは同意の応答ではありません。admin_consent、error、code のいずれのパラメーターも含まれていません。"
        ),
        StateMatchLink => (
            "This is the answer to the link sent to {who} on {date} ({api}, application {client_id}): the state is exactly that link's.",
            "{date}に{who}へ送ったリンク ({api}、アプリケーション {client_id}) への応答です。state パラメーターがそのリンクのものと完全に一致しています。"
        ),
        StateMismatchLink => (
            "The state differs from the one in the link sent to {who} on {date}: this answer does not come from that link. It may answer an older link, a link built with another tool, or someone else's request. If in doubt, send a new link.",
            "state パラメーターが、{date}に{who}へ送ったリンクのものと異なります。この応答はそのリンクからのものではありません。以前のリンク、別のツールで作成したリンク、またはサード パーティの要求への応答である可能性があります。不明な場合は新しいリンクを送ってください。"
        ),
        StateUnknown => (
            "This browser never issued this state: the link was built in another browser, with another tool, or before the customer list was cleared, so the answer cannot be tied to a link sent from here. That alone is no sign of an attack; confirm with the customer's administrator that they used your link.",
            "この state パラメーターは、このブラウザーで発行したものではありません。リンクが別のブラウザーや別のツールで作成されたか、顧客一覧を消去する前に作成されたため、ここから送ったリンクと応答を結び付けられません。それだけで攻撃を意味するわけではありません。顧客の管理者に、あなたのリンクを使ったかどうかを確認してください。"
        ),
        WhoTenant => ("tenant {tenant}", "テナント {tenant}"),
        StateAbsent => (
            "The address carries no state, so it cannot be tied to a link.",
            "アドレスに state パラメーターが含まれていないため、どのリンクに対する応答かを特定できません。"
        ),
        NoteTenantNotGuid => (
            "The tenant value in the address is not a GUID and was ignored.",
            "アドレス内の tenant の値は GUID ではないため、無視しました。"
        ),
        NoteContainsToken => (
            "This address contains a token. Do not share or store it; close the tab when you are done.",
            "このアドレスにはトークンが含まれています。共有や保存はせず、作業が終わったらタブを閉じてください。"
        ),
        DescriptionLabel => ("Description from Entra", "Entra からの説明"),
        AddToRoster => ("Add to customers", "顧客一覧に追加"),
        UpdateRoster => ("Mark as granted in customers", "顧客一覧で同意済みにする"),
        ErrorAccessDenied => (
            "access_denied: Entra refused access. The reason is in the description and AADSTS code below; often the account that signed in may not grant this consent. Have an administrator who can grant tenant-wide admin consent (the roles named in the message) open the link.",
            "access_denied: Entra がアクセスを拒否しました。理由は下の説明と AADSTS コードにあります。多くの場合、サインインしたアカウントにはこの同意を付与する権限がありません。テナント全体の管理者の同意を付与できる管理者 (メッセージに記載したロール) にリンクを開いてもらってください。"
        ),
        ErrorPermissionDenied => (
            "permission_denied: the administrator cancelled the request.",
            "permission_denied: 管理者が要求をキャンセルしました。"
        ),
        ErrorConsentRequired => (
            "consent_required: consent was not completed. Check the AADSTS number below, then send the link again.",
            "consent_required: 同意が完了していません。下の AADSTS 番号を確認してから、もう一度リンクを送ってください。"
        ),
        ErrorInvalidRequest => (
            "invalid_request: the link is malformed or misses a parameter. Rebuild it on this page without editing it by hand.",
            "invalid_request: リンクの形式が正しくないか、パラメーターが不足しています。手動で編集せず、このページでリンクを作り直してください。"
        ),
        ErrorUnauthorizedClient => (
            "unauthorized_client: the app may not use this flow, or it is not available to the customer's tenant. Check that the app is multitenant.",
            "unauthorized_client: アプリがこのフローを使用できないか、顧客のテナントで利用できません。アプリがマルチテナントになっているか確認してください。"
        ),
        ErrorInvalidClient => (
            "invalid_client: the app could not be authenticated. Check the application (client) ID and the app's credentials.",
            "invalid_client: アプリを認証できませんでした。アプリケーション (クライアント) ID とアプリの資格情報を確認してください。"
        ),
        ErrorInvalidResource => (
            "invalid_resource: the requested API does not exist in the customer's tenant or is not set up there.",
            "invalid_resource: 要求した API が顧客のテナントに存在しないか、構成されていません。"
        ),
        ErrorUnsupportedResponseType => (
            "unsupported_response_type: the app registration does not allow this response type.",
            "unsupported_response_type: アプリの登録でこの応答の種類が許可されていません。"
        ),
        ErrorInteractionRequired => (
            "interaction_required: the admin must sign in interactively. Send the link again without prompt=none.",
            "interaction_required: 管理者による対話型のサインインが必要です。prompt=none を付けずにもう一度リンクを送ってください。"
        ),
        ErrorServer => (
            "Entra had a temporary problem. Wait a few minutes and open the link again.",
            "Entra で一時的な問題が発生しました。数分待ってから、もう一度リンクを開いてください。"
        ),
        Aadsts50011 => (
            "AADSTS50011: the redirect URI in the link does not match any registered on the app. Add it exactly (scheme, host, path, trailing slash) under Authentication in your app registration, or fix it here.",
            "AADSTS50011: リンクのリダイレクト URI がアプリに登録されたものと一致しません。アプリの登録の [認証] にスキーム、ホスト、パス、末尾のスラッシュまで完全に一致する値を追加するか、ここで修正してください。"
        ),
        Aadsts50020 => (
            "AADSTS50020: the account that signed in is neither a member nor a guest of the tenant in the link, so it cannot consent there. Sign in with an administrator account of the customer's own tenant; an account from another organization must first be added to that tenant as a guest (external user) and given an admin role.",
            "AADSTS50020: サインインしたアカウントは、リンクのテナントのメンバーでもゲストでもないため、そのテナントで同意できません。顧客のテナントの管理者アカウントでサインインしてください。別の組織のアカウントを使う場合は、先にそのテナントにゲスト (外部ユーザー) として追加し、管理者ロールを割り当てる必要があります。"
        ),
        Aadsts65001 => (
            "AADSTS65001: no one has consented to the app in this tenant yet. A Global Administrator must open the consent link and approve.",
            "AADSTS65001: このテナントではまだアプリへの同意が行われていません。グローバル管理者が同意リンクを開いて承認する必要があります。"
        ),
        Aadsts65004 => (
            "AADSTS65004: the user declined to consent. Ask the administrator to open the link again and approve.",
            "AADSTS65004: ユーザーが同意を拒否しました。管理者にもう一度リンクを開いて承認するよう依頼してください。"
        ),
        Aadsts65005 => (
            "AADSTS65005: the app asks for an API that is not listed in its required permissions, or the API is not available to the tenant. Check API permissions in your app registration.",
            "AADSTS65005: アプリが、必要なアクセス許可に含まれていない API を要求しているか、その API がテナントで利用できません。アプリの登録の [API のアクセス許可] を確認してください。"
        ),
        Aadsts65006 => (
            "AADSTS65006: a permission configured on the app does not exist on the API (a wrong or removed permission). Remove it from API permissions in your app registration and send the link again.",
            "AADSTS65006: アプリに構成されたアクセス許可が API 側に存在しません (誤ったアクセス許可、または削除されたアクセス許可)。アプリの登録の [API のアクセス許可] から削除して、もう一度リンクを送ってください。"
        ),
        Aadsts650051 => (
            "AADSTS650051: the app's service principal could not be created in the customer's tenant, usually because an earlier, partial one exists or the tenant is unmanaged. The admin should check Enterprise applications for the app, remove a broken entry, and try again.",
            "AADSTS650051: 顧客のテナントにアプリのサービス プリンシパルを作成できませんでした。以前の不完全なものが残っているか、テナントが非管理の状態であることが一般的な原因です。管理者が [エンタープライズ アプリケーション] でこのアプリを確認し、壊れたエントリを削除してから再試行してください。"
        ),
        Aadsts650052 => (
            "AADSTS650052: the app needs an API that the customer's tenant has not subscribed to or enabled, often Defender for Endpoint without a license. Check the customer's Defender license and that the Defender portal has been opened once.",
            "AADSTS650052: アプリが必要とする API を、顧客のテナントが契約または有効化していません (Defender for Endpoint のライセンスがない場合によく発生します)。顧客の Defender のライセンスと、Defender ポータルを一度開いて初期化済みかを確認してください。"
        ),
        Aadsts500113 => (
            "AADSTS500113: the app has no redirect URI registered. Add one under Authentication in your app registration.",
            "AADSTS500113: アプリにリダイレクト URI が登録されていません。アプリの登録の [認証] で追加してください。"
        ),
        Aadsts700016 => (
            "AADSTS700016: the application was not found in the tenant. Check the application (client) ID, that the app is multitenant (Accounts in any organizational directory), and that the cloud is right.",
            "AADSTS700016: テナントでアプリケーションが見つかりません。アプリケーション (クライアント) ID、アプリがマルチテナント (任意の組織ディレクトリ内のアカウント) であること、クラウドが正しいことを確認してください。"
        ),
        Aadsts900144 => (
            "AADSTS900144: a required parameter is missing from the request. Rebuild the link on this page instead of editing it by hand.",
            "AADSTS900144: 要求に必須のパラメーターがありません。手動で編集せず、このページでリンクを作り直してください。"
        ),
        Aadsts90094 => (
            "AADSTS90094: the app needs permissions only an administrator can grant. Have a Global Administrator open the link.",
            "AADSTS90094: アプリには管理者のみが付与できるアクセス許可が必要です。グローバル管理者にリンクを開いてもらってください。"
        ),
        Aadsts9002326 => (
            "AADSTS9002326: a token was redeemed from a browser for an app that is not a single-page application. Request tokens from a server with the snippets below, never from a web page with a client secret.",
            "AADSTS9002326: シングルページ アプリケーションではないアプリのトークンを、ブラウザーから取得しようとしました。トークンはクライアント シークレットを使って Web ページから要求せず、下のスニペットを使ってサーバーから要求してください。"
        ),
        AadstsUnknown => (
            "AADSTS{code}: look it up at {origin}/error?code={code}.",
            "AADSTS{code}: {origin}/error?code={code} で内容を確認してください。"
        ),
    }
}

crate::messages! {
    /// Texts of the customer roster and the token-request snippets.
    pub enum RosterText {
        Heading => ("3. Customers", "3. 顧客一覧"),
        Note => (
            "Kept in this browser's local storage. Never put secrets or tokens here: names, tenant IDs and notes only.",
            "このブラウザーのローカル ストレージに保存されます。シークレットやトークンは入力しないでください。名前、テナント ID、メモのみを保存します。"
        ),
        Empty => ("No customers yet.", "顧客はまだ登録されていません。"),
        ColName => ("Name", "名前"),
        ColTenant => ("Tenant ID", "テナント ID"),
        ColCloud => ("Cloud", "クラウド"),
        ColStatus => ("Consent", "同意の状態"),
        ColDate => ("Date", "日付"),
        ColNotes => ("Notes", "メモ"),
        ColActions => ("Actions", "操作"),
        StatusPending => ("Pending", "保留中"),
        StatusGranted => ("Granted", "同意済み"),
        StatusDeclined => ("Declined", "拒否"),
        StatusFailed => ("Failed", "失敗"),
        StatusRevoked => ("Revoked", "取り消し済み"),
        Add => ("Add customer", "顧客を追加"),
        Save => ("Save", "保存"),
        Cancel => ("Cancel", "キャンセル"),
        Edit => ("Edit", "編集"),
        Delete => ("Delete", "削除"),
        UseInLink => ("Use in link", "リンクに使用"),
        Export => ("Export JSON", "JSON をエクスポート"),
        Import => ("Import JSON", "JSON をインポート"),
        ImportLabel => ("JSON to import", "インポートする JSON"),
        ImportFile => ("Or choose a JSON file", "または JSON ファイルを選択"),
        FileTooLarge => (
            "The file is larger than 1 MB; a customer list is much smaller. Choose the exported file.",
            "ファイルが 1 MB を超えています。顧客一覧はそれよりずっと小さいはずです。エクスポートしたファイルを選択してください。"
        ),
        FileUnreadable => (
            "The browser could not read the file as text.",
            "ブラウザーがファイルをテキストとして読み取れませんでした。"
        ),
        ImportResult => (
            "Imported: {added} added, {updated} updated, {rejected} rejected.",
            "インポート結果: 追加 {added} 件、更新 {updated} 件、除外 {rejected} 件。"
        ),
        RowRejected => ("Row {row}: {reason}", "{row} 行目: {reason}"),
        StorageFailed => (
            "The browser did not save the list (storage is full or disabled); export it to keep it.",
            "ブラウザーが一覧を保存しませんでした (ストレージがいっぱいか無効です)。失わないようにエクスポートしてください。"
        ),
        ErrNameMissing => ("Enter the customer's name.", "顧客の名前を入力してください。"),
        ErrTenantNotGuid => (
            "The tenant ID must be a GUID.",
            "テナント ID は GUID で指定してください。"
        ),
        ErrTenantMissing => (
            "Enter the tenant ID, or a verified domain of the tenant such as contoso.onmicrosoft.com.",
            "テナント ID、またはテナントの確認済みドメイン (contoso.onmicrosoft.com など) を入力してください。"
        ),
        ErrDomainInvalid => (
            "The domain must be a domain name such as contoso.onmicrosoft.com.",
            "ドメインは contoso.onmicrosoft.com のようなドメイン名で指定してください。"
        ),
        ErrTooManyRows => (
            "The list would hold {rows} customers; it keeps at most {max}. Nothing was imported: split the file or leave out customers you no longer onboard.",
            "一覧の顧客が {rows} 件になりますが、保存できるのは最大 {max} 件です。何もインポートしていません。ファイルを分割するか、オンボードしなくなった顧客を除外してください。"
        ),
        ColDomain => ("Domain", "ドメイン"),
        TenantOrDomain => ("Tenant ID or domain", "テナント ID またはドメイン"),
        LookupButton => ("Look up tenant ID", "テナント ID を検索"),
        LookupHint => (
            "Asks the {cloud} cloud's sign-in service ({host}) for the domain's public OpenID configuration; nothing else is sent.",
            "{cloud} クラウドのサインイン サービス ({host}) に、ドメインの公開 OpenID 構成を問い合わせます。それ以外は何も送信しません。"
        ),
        LookupRunning => ("Looking up the tenant ID…", "テナント ID を検索しています…"),
        LookupFound => (
            "Found tenant ID {tenant} for {domain}. Check it, then save.",
            "{domain} のテナント ID {tenant} が見つかりました。確認してから保存してください。"
        ),
        LookupOtherCloud => (
            "The sign-in service says this tenant belongs to the {cloud} cloud.",
            "サインイン サービスによると、このテナントは {cloud} クラウドに属しています。"
        ),
        LookupNeedsDomain => (
            "Enter a domain such as contoso.onmicrosoft.com first.",
            "先に contoso.onmicrosoft.com のようなドメインを入力してください。"
        ),
        LookupUnknown => (
            "The sign-in service of the {cloud} cloud knows no tenant with the domain {domain}. Check the spelling, or choose the customer's cloud.",
            "{cloud} クラウドのサインイン サービスに、ドメイン {domain} のテナントはありません。綴りを確認するか、顧客のクラウドを選択してください。"
        ),
        LookupNetwork => (
            "The sign-in service ({host}) could not be reached: no connection, or the request was blocked. Try again, or enter the tenant ID yourself.",
            "サインイン サービス ({host}) に接続できませんでした。接続がないか、要求がブロックされました。もう一度試すか、テナント ID を手動で入力してください。"
        ),
        LookupUnexpected => (
            "The sign-in service ({host}) gave an unexpected answer (HTTP {status}). Enter the tenant ID yourself.",
            "サインイン サービス ({host}) から予期しない応答 (HTTP {status}) がありました。テナント ID を手動で入力してください。"
        ),
        ErrCloud => (
            "The cloud must be global, usgov or china.",
            "クラウドには global、usgov、china のいずれかを指定してください。"
        ),
        ErrStatus => (
            "The status must be pending, granted, declined, failed or revoked.",
            "状態には pending、granted、declined、failed、revoked のいずれかを指定してください。"
        ),
        ErrDate => (
            "The date must be a calendar date written as YYYY-MM-DD.",
            "日付は YYYY-MM-DD 形式の有効な日付で指定してください。"
        ),
        ErrTooLong => (
            "The {field} is too long (at most {max} characters).",
            "{field}が長すぎます ({max} 文字以内)。"
        ),
        ErrSecret => (
            "This looks like a secret or a token ({field}); the list never stores one.",
            "シークレットまたはトークンのように見えます ({field})。この一覧には保存できません。"
        ),
        ErrDuplicate => (
            "This tenant ID is already in the list.",
            "このテナント ID は既に一覧にあります。"
        ),
        ErrNotObject => ("The row is not a JSON object.", "行が JSON オブジェクトではありません。"),
        ErrNotJson => (
            "The file is not valid JSON (line {line}, column {column}).",
            "ファイルが有効な JSON ではありません ({line} 行目 {column} 列目)。"
        ),
        ErrShape => (
            "Expected a list of customers, or an object with a customers list.",
            "顧客の配列、または customers 配列を含むオブジェクトが必要です。"
        ),
        FieldName => ("name", "名前"),
        FieldNotes => ("notes", "メモ"),
        SnippetHeading => ("4. Request a token", "4. トークンの要求"),
        SnippetIntro => (
            "Client-credentials token request for the tenant, app and API above. Run it on a server or your workstation: Entra refuses client secrets sent from a web page.",
            "上で指定したテナント、アプリ、API に対するクライアント資格情報フローのトークン要求です。サーバーまたはお使いの PC で実行してください。Entra は Web ページから送信されたクライアント シークレットを拒否します。"
        ),
        SnippetVault => (
            "The secret is a placeholder. Keep the real one in a vault such as Azure Key Vault and read it at run time; never put it in code, in a script file or on this page.",
            "シークレットはプレースホルダーです。実際の値は Azure Key Vault などの安全な保管場所に保管して実行時に読み込み、コード、スクリプト ファイル、このページには決して記載しないでください。"
        ),
        SnippetTenantPlaceholder => (
            "Enter a specific tenant (its ID or a verified domain) above: a client-credentials request cannot use common or organizations.",
            "上で特定のテナント (テナント ID または確認済みドメイン) を指定してください。クライアント資格情報フローの要求では common や organizations を使用できません。"
        ),
        SnippetResource => (
            "Token for {resource} in the {cloud} cloud.",
            "クラウド「{cloud}」の {resource} に対するトークンです。"
        ),
    }
}
