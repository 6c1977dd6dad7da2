//! Texts of the incidents explorer (`#/incidents`): connection settings, token verdict, filters,
//! fetch progress, table, detail panel, update form, export, and every error with what to do.
//! Japanese follows Microsoft Learn's Defender XDR terms (インシデント, 重大度, 状態, 分類, 判定,
//! 割り当て先, 作成日時, 更新日時); our token verdict is a チェック結果 (判定 is the incident's
//! determination). See `i18n::glossary`.

crate::messages! {
    /// Texts of the incidents explorer.
    pub enum IncidentsText {
        Intro => (
            "List, filter, export and update incidents from the Microsoft Graph security API or the legacy Defender XDR API. Requests go from this browser to the API (or your proxy) only when you press Fetch.",
            "Microsoft Graph セキュリティ API または従来の Defender XDR API から、インシデントを一覧表示、フィルター、エクスポート、更新します。要求は [すべてのインシデントを取得] を押したときにだけ、このブラウザーから API (またはプロキシ) に送信されます。"
        ),
        ConnectionHeading => ("Connection", "接続"),
        ApiLabel => ("API", "API"),
        ApiXdr => ("Defender XDR API (legacy, retires 2027-02-01)", "Defender XDR API (従来版、2027 年 2 月 1 日に廃止)"),
        ApiGraph => ("Microsoft Graph security API", "Microsoft Graph セキュリティ API"),
        HostLabel => ("Host", "ホスト"),
        HostCustom => ("Custom base URL", "カスタム ベース URL"),
        BaseUrlLabel => ("Base URL", "ベース URL"),
        ProxyModeLabel => ("CORS proxy", "CORS プロキシ"),
        ProxyNone => ("None (direct)", "なし (直接)"),
        ProxyPrefix => ("Prefix (proxy URL + target URL)", "プレフィックス (プロキシ URL + 対象 URL)"),
        ProxyTemplate => ("Template (URL containing {url})", "テンプレート ({url} を含む URL)"),
        ProxyUrlLabel => ("Proxy URL or template", "プロキシ URL またはテンプレート"),
        AdvancedHeading => ("Advanced", "詳細設定"),
        RateLimitLabel => ("Rate limit (empty = documented: {limits})", "レート制限 (空欄 = ドキュメントの値: {limits})"),
        RateLimitNone => ("none documented", "記載なし"),
        PageSizeLabel => ("Page size ($top, 1–100)", "ページ サイズ ($top、1～100)"),
        TimeoutLabel => ("Request timeout (seconds)", "要求のタイムアウト (秒)"),
        SettingsStoredNote => (
            "These settings are remembered in this browser. The token never is.",
            "これらの設定はこのブラウザーに保存されます。トークンは保存されません。"
        ),
        WarnProxyPlainHttp => (
            "The proxy {host} uses plain http on another machine: your token would cross the network unencrypted. Use https, or a proxy on this machine.",
            "プロキシ {host} は別のコンピューター上の暗号化されていない http です。トークンが暗号化されずにネットワークを流れます。https か、このコンピューター上のプロキシを使用してください。"
        ),
        WarnPublicProxy => (
            "{host} is a public CORS proxy: your token would be handed to a third party. Run the kit's own proxy (dpk-proxy) instead.",
            "{host} は公開 CORS プロキシです。トークンがサード パーティに渡ります。代わりにこのキットのプロキシ (dpk-proxy) を実行してください。"
        ),
        WarnBasePlainHttp => (
            "The API address {host} uses plain http on another machine: your token would cross the network unencrypted.",
            "API のアドレス {host} は別のコンピューター上の暗号化されていない http です。トークンが暗号化されずにネットワークを流れます。"
        ),
        WarnBaseNotMicrosoft => (
            "{host} is not a Microsoft API host: your token will be sent there. Use this only with a test server you trust.",
            "{host} は Microsoft の API ホストではありません。トークンはこのホストに送信されます。信頼できるテスト サーバーでのみ使用してください。"
        ),
        WarnDirectWithoutCors => (
            "Defender hosts send no CORS headers, so a direct call from the browser will fail. Choose the prefix proxy (dpk-proxy).",
            "Defender のホストは CORS ヘッダーを返さないため、ブラウザーからの直接呼び出しは失敗します。[CORS プロキシ] で「プレフィックス (プロキシ URL + 対象 URL)」を選択し、このキットのプロキシ (dpk-proxy) を使用してください。"
        ),
        WarnGraphNeedsNoProxy => (
            "Microsoft Graph accepts calls from the browser: no proxy is needed, and one only adds a hop that sees your token.",
            "Microsoft Graph はブラウザーからの呼び出しを受け付けるため、プロキシは不要です。プロキシを使うと、トークンを参照できる中継点が増えるだけです。"
        ),
        WarnXdrRetiring => (
            "The Defender XDR API stops working on 2027-02-01. Prefer the Microsoft Graph security API.",
            "Defender XDR API は 2027 年 2 月 1 日に動作を停止します。Microsoft Graph セキュリティ API の使用をお勧めします。"
        ),
        TokenLabel => ("Access token (kept in memory only)", "アクセス トークン (メモリ上にのみ保持)"),
        TokenPlaceholder => ("Paste a bearer token (eyJ…)", "ベアラー トークンを貼り付けます (eyJ…)"),
        VerdictHeading => ("Token check for {operation}", "「{operation}」に対するトークンのチェック結果"),
        VerdictOk => ("The token should work for this call.", "このトークンでこの呼び出しは成功する見込みです。"),
        VerdictWarning => ("The token may work; read the notes.", "このトークンで成功する可能性がありますが、注意事項を確認してください。"),
        VerdictBlocked => (
            "This call will likely fail with this token. You can still try.",
            "このトークンでは、この呼び出しは失敗する可能性が高いです。それでも実行できます。"
        ),
        BadgeOk => ("ok", "合格"),
        BadgeWarning => ("warning", "警告"),
        BadgeBlocked => ("blocked", "不合格"),
        FindingMissing => ("No token pasted.", "トークンが貼り付けられていません。"),
        TokenUnverified => (
            "Decoded in this page; the signature is not verified.",
            "このページ内でデコードしました。署名は検証していません。"
        ),
        TokenCheckLink => ("Open the token inspector", "トークン検査を開く"),
        OneOf => (" or ", " または "),
        FiltersHeading => ("Filters", "フィルター"),
        FilterWhereNote => (
            "“server”: sent to the API with the next fetch. “page”: applied in this page to the loaded rows. Every filter also applies to the loaded rows.",
            "「サーバー」: 次回の取得時に API に送信されます。「ページ」: 読み込み済みの行にこのページ内で適用されます。すべてのフィルターは読み込み済みの行にも適用されます。"
        ),
        FilteredByServer => ("server", "サーバー"),
        FilteredInPage => ("page", "ページ"),
        Any => ("Any", "すべて"),
        CreatedSince => ("Created since", "作成日時 (以降)"),
        UpdatedSince => ("Updated since", "更新日時 (以降)"),
        Search => ("Search (id, name, assignee, tags)", "検索 (ID、名前、割り当て先、タグ)"),
        FetchButton => ("Fetch all incidents", "すべてのインシデントを取得"),
        CancelButton => ("Cancel", "キャンセル"),
        ResumeButton => ("Resume", "再開"),
        StatusIdle => ("Not fetched yet.", "まだ取得していません。"),
        StatusLoading => ("Loading page {page}…", "ページ {page} を読み込み中…"),
        StatusPacing => (
            "Waiting {seconds} s to stay under the rate limit ({limits}).",
            "レート制限 ({limits}) を超えないよう {seconds} 秒待機しています。"
        ),
        StatusThrottled => (
            "The API asked to slow down (429). Resuming in {seconds} s.",
            "API から速度を落とすよう求められました (429)。{seconds} 秒後に再開します。"
        ),
        StatusDone => ("Done: {rows} incidents in {pages} pages.", "完了: {pages} ページで {rows} 件のインシデントを取得しました。"),
        StatusLoopStopped => (
            "The API sent a page link it had sent before; stopped there to avoid a loop.",
            "API が以前と同じページのリンクを返したため、無限ループを避けるためにそこで停止しました。"
        ),
        StatusSkipped => (
            "{count} items were not incidents and were skipped.",
            "{count} 件の項目はインシデントではないため、スキップしました。"
        ),
        StatusCancelled => (
            "Cancelled. The {rows} rows loaded so far are kept; Resume continues from the next page.",
            "キャンセルしました。読み込み済みの {rows} 行は保持されます。[再開] を押すと次のページから続行します。"
        ),
        RowsKept => (
            "The {rows} rows loaded so far are kept.",
            "読み込み済みの {rows} 行は保持されています。"
        ),
        IncidentCount => ("{shown} shown of {rows} loaded", "読み込み済み {rows} 件中 {shown} 件を表示"),
        ShowMore => ("Show more", "さらに表示"),
        NoRows => ("No incidents to show.", "表示するインシデントはありません。"),
        ColId => ("ID", "ID"),
        ColName => ("Incident name", "インシデント名"),
        ColSeverity => ("Severity", "重大度"),
        ColStatus => ("Status", "状態"),
        ColClassification => ("Classification", "分類"),
        ColDetermination => ("Determination", "判定"),
        ColAssignedTo => ("Assigned to", "割り当て先"),
        ColCreated => ("Created", "作成日時"),
        ColUpdated => ("Last updated", "更新日時"),
        ColTags => ("Tags", "タグ"),
        ColAlerts => ("Alerts", "アラート"),
        SevUnspecified => ("Unspecified", "未指定"),
        SevInformational => ("Informational", "情報"),
        SevLow => ("Low", "低"),
        SevMedium => ("Medium", "中"),
        SevHigh => ("High", "高"),
        StActive => ("Active", "アクティブ"),
        StInProgress => ("In progress", "進行中"),
        StAwaitingAction => ("Awaiting action", "アクション待ち"),
        StResolved => ("Resolved", "解決済み"),
        StRedirected => ("Redirected", "リダイレクト済み"),
        ClUnknown => ("Not set", "未設定"),
        ClTruePositive => ("True positive", "真陽性"),
        ClInformational => ("Informational, expected activity", "情報、予期されたアクティビティ"),
        ClFalsePositive => ("False positive", "誤検知"),
        DetNotAvailable => ("Not available", "該当なし"),
        DetMultiStagedAttack => ("Multi-staged attack", "多段階攻撃"),
        DetMaliciousUserActivity => ("Malicious user activity", "悪意のあるユーザー アクティビティ"),
        DetCompromisedAccount => ("Compromised account", "侵害されたアカウント"),
        DetMalware => ("Malware", "マルウェア"),
        DetPhishing => ("Phishing", "フィッシング"),
        DetUnwantedSoftware => ("Unwanted software", "望ましくないソフトウェア"),
        DetSecurityTesting => ("Security testing", "セキュリティ テスト"),
        DetLineOfBusiness => ("Line-of-business application", "基幹業務アプリケーション"),
        DetConfirmedActivity => ("Confirmed activity", "確認済みのアクティビティ"),
        DetClean => ("Not malicious", "悪意なし"),
        DetInsufficientData => ("Not enough data to validate", "検証に十分なデータがありません"),
        DetOther => ("Other", "その他"),
        DetApt => ("APT (legacy)", "APT (従来)"),
        DetSecurityPersonnel => ("Security personnel (legacy)", "セキュリティ担当者 (従来)"),
        Unassigned => ("Unassigned", "未割り当て"),
        DetailHeading => ("Incident {id}", "インシデント {id}"),
        CloseDetail => ("Close", "閉じる"),
        OpenInPortal => ("Open in the Microsoft Defender portal", "Microsoft Defender ポータルで開く"),
        AlertsHeading => ("Alerts ({count})", "アラート ({count})"),
        AlertsNotLoaded => ("The API did not include the alerts.", "API の応答にアラートが含まれていません。"),
        DevicesHeading => ("Devices", "デバイス"),
        EntitiesHeading => ("Evidence and entities", "証拠とエンティティ"),
        CommentsHeading => ("Comments", "コメント"),
        NoneYet => ("None.", "なし。"),
        UpdateHeading => ("Update this incident", "このインシデントを更新"),
        UpdateNotAllowed => (
            "Updating needs {needed}; the token does not carry it, so updating is off.",
            "更新には {needed} が必要ですが、トークンにないため更新は無効です。"
        ),
        CommentLabel => ("Comment", "コメント"),
        TagsLabel => ("Tags (comma-separated)", "タグ (コンマ区切り)"),
        ReviewButton => ("Review changes", "変更内容を確認"),
        ConfirmHeading => ("Send these changes to the API?", "次の変更を API に送信しますか?"),
        ConfirmButton => ("Confirm update", "更新を確定"),
        BackButton => ("Back", "戻る"),
        UpdatePending => ("Updating…", "更新中…"),
        UpdateThrottled => (
            "The API asked to slow down (429). Sending again in {seconds} s.",
            "API から速度を落とすよう求められました (429)。{seconds} 秒後に再送信します。"
        ),
        UpdateDone => ("Updated. The row shows the API's answer.", "更新しました。行には API の応答が反映されています。"),
        ProblemNothing => ("Nothing to change.", "変更点がありません。"),
        WarnXdrDetermination => (
            "The XDR docs require True positive for a determination; it is sent anyway.",
            "XDR のドキュメントでは判定に「真陽性」が必要とされていますが、このまま送信します。"
        ),
        ProblemStatusNotSettable => ("Only Microsoft sets this status.", "この状態は Microsoft のみが設定します。"),
        ProblemDoesNotFit => (
            "This determination does not belong to the chosen classification.",
            "この判定は、選択した分類では使用できません。"
        ),
        NoChange => ("(no change)", "(変更なし)"),
        ExportCsv => ("Export CSV", "CSV にエクスポート"),
        ExportJson => ("Export JSON", "JSON にエクスポート"),
        ExportNote => (
            "Exports the {count} rows shown (after filters), made in this page.",
            "フィルター適用後に表示されている {count} 行を、このページ内でエクスポートします。"
        ),
        ErrTokenMissing => ("Paste an access token first.", "先にアクセス トークンを貼り付けてください。"),
        DoTokenMissing => (
            "Get a token for the chosen API and paste it above; the token inspector explains how.",
            "選択した API 用のトークンを取得して上に貼り付けてください。方法はトークン検査で説明しています。"
        ),
        ErrUnauthorized => (
            "The API refused the token (401): it is expired, for another audience, or malformed.",
            "API がトークンを拒否しました (401)。有効期限切れ、別の対象ユーザー (audience) 向け、または形式が正しくない可能性があります。"
        ),
        DoUnauthorized => (
            "Check the token's expiry and audience in the token inspector, then get a new token.",
            "トークン検査で有効期限と対象ユーザー (audience) を確認し、新しいトークンを取得してください。"
        ),
        ErrForbidden => (
            "The token is valid but not allowed to do this (403).",
            "トークンは有効ですが、この操作は許可されていません (403)。"
        ),
        DoForbiddenApp => (
            "Grant the app one of these application permissions: {needed}; have an administrator consent, then get a new token.",
            "アプリに次のいずれかのアプリケーションのアクセス許可を付与してください ({needed})。管理者の同意を得てから、新しいトークンを取得してください。"
        ),
        DoForbiddenDelegated => (
            "The token needs one of these delegated permissions: {needed}; the signed-in user also needs: {role}.",
            "トークンには次のいずれかの委任されたアクセス許可が必要です ({needed})。サインインしているユーザーには、さらに {role}が必要です。"
        ),
        ErrNotFoundList => ("The incidents API was not found at this address (404).", "このアドレスにインシデント API が見つかりません (404)。"),
        DoNotFoundList => (
            "Check the base URL and region; the list is requested from {url}.",
            "ベース URL とリージョンを確認してください。一覧は {url} に要求しています。"
        ),
        ErrNotFoundUpdate => (
            "This incident was not found (404): it may have been merged or removed.",
            "このインシデントが見つかりません (404)。統合または削除された可能性があります。"
        ),
        DoNotFoundUpdate => ("Fetch the list again.", "一覧をもう一度取得してください。"),
        ErrThrottled => ("The API's rate limit was reached (429).", "API のレート制限に達しました (429)。"),
        DoThrottled => (
            "The page waits as long as the API asks and then resumes on its own; nothing is lost.",
            "このページは API が指定した時間だけ待機してから自動的に再開します。データは失われません。"
        ),
        ErrServer => ("The service failed (HTTP {status}).", "サービスでエラーが発生しました (HTTP {status})。"),
        DoServer => (
            "This is on the service's side. Wait a moment, then press Resume.",
            "サービス側の問題です。しばらく待ってから [再開] を押してください。"
        ),
        ErrBadRequest => ("The API refused the request (HTTP {status}).", "API が要求を拒否しました (HTTP {status})。"),
        DoBadRequest => (
            "Check the filters (the XDR API filters only status, assigned to and dates) and the page size (at most 100).",
            "フィルター (XDR API でフィルターできるのは状態、割り当て先、日時のみ) とページ サイズ (最大 100) を確認してください。"
        ),
        ErrParseEmpty => ("The answer was empty.", "応答が空でした。"),
        ErrParseTruncated => (
            "The answer was cut off in the middle (incomplete JSON).",
            "応答が途中で切れていました (不完全な JSON)。"
        ),
        ErrParseHtml => (
            "The answer was an HTML page, not JSON: probably an error page of a proxy, or a sign-in page.",
            "応答が JSON ではなく HTML ページでした。プロキシのエラー ページかサインイン ページの可能性があります。"
        ),
        ErrParseNotJson => ("The answer was not JSON.", "応答が JSON ではありませんでした。"),
        ErrParseNotAPage => ("The answer was JSON, but not a list of incidents.", "応答は JSON でしたが、インシデントの一覧ではありませんでした。"),
        ErrParseNotAnIncident => ("The answer was JSON, but not an incident.", "応答は JSON でしたが、インシデントではありませんでした。"),
        ErrParseForeignLink => (
            "The API's next-page link points to another host. It was not followed, so your token was not sent there.",
            "API の次ページのリンクが別のホストを指しています。リンクはたどっていないため、トークンはそのホストに送信されていません。"
        ),
        DoParse => (
            "Press Resume to ask for the same page again; if it keeps failing, check the proxy.",
            "[再開] を押すと同じページをもう一度要求します。失敗が続く場合はプロキシを確認してください。"
        ),
        DoParseForeign => (
            "Check the base URL and proxy; report the link to whoever runs the server.",
            "ベース URL とプロキシを確認し、サーバーの管理者にリンクを報告してください。"
        ),
        ErrNetOffline => ("The browser is offline.", "ブラウザーがオフラインです。"),
        DoNetOffline => ("Reconnect, then press Resume.", "再接続してから [再開] を押してください。"),
        ErrRedirected => (
            "The answer was a redirect. It was not followed, so the token was not sent on.",
            "応答はリダイレクトでした。リダイレクトには従わないため、トークンは転送されていません。"
        ),
        DoRedirected => (
            "Check the API base URL and the proxy: the API must answer at {url} itself.",
            "API のベース URL とプロキシを確認してください。API は {url} で直接応答する必要があります。"
        ),
        UpdateCommentFailed => (
            "Fields updated, but the comment was not added.",
            "項目は更新されましたが、コメントは追加されませんでした。"
        ),
        UpdateCancelled => ("Update cancelled; nothing changed.", "更新をキャンセルしました。何も変更されていません。"),
        UpdateCancelledApplied => (
            "Cancelled after the fields were updated; no comment added.",
            "項目の更新後にキャンセルしました。コメントは追加されていません。"
        ),
        UpdateBusy => ("This incident's update is still running.", "このインシデントの更新はまだ実行中です。"),
        CancelUpdateButton => ("Cancel update", "更新をキャンセル"),
        ErrNetTimeout => ("No answer within {seconds} s.", "{seconds} 秒以内に応答がありませんでした。"),
        DoNetTimeout => (
            "The API or proxy is slow or stuck. Press Resume, or raise the timeout under Advanced.",
            "API またはプロキシの応答が遅いか停止しています。[再開] を押すか、詳細設定でタイムアウトを延ばしてください。"
        ),
        ErrNetDirectNoCors => (
            "The browser blocked the call: Defender hosts send no CORS headers, so a page cannot call them directly.",
            "ブラウザーが呼び出しをブロックしました。Defender のホストは CORS ヘッダーを返さないため、ページから直接呼び出すことはできません。"
        ),
        DoNetDirectNoCors => (
            "Start the kit's proxy (dpk-proxy on 127.0.0.1:8787) and choose the proxy mode “prefix”.",
            "このキットのプロキシ (127.0.0.1:8787 の dpk-proxy) を起動し、[CORS プロキシ] で「プレフィックス (プロキシ URL + 対象 URL)」を選択してください。"
        ),
        ErrNetProxyDown => ("The proxy at {origin} does not answer.", "{origin} のプロキシが応答しません。"),
        DoNetProxyDown => ("Start the proxy (dpk-proxy), or correct its address.", "プロキシ (dpk-proxy) を起動するか、アドレスを修正してください。"),
        ErrNetProxyRefused => (
            "The proxy at {origin} answers, but the call failed: it refused this page's origin or the API host, or could not reach the API.",
            "{origin} のプロキシは応答していますが、呼び出しは失敗しました。このページのオリジンか API ホストが拒否されたか、プロキシから API に到達できませんでした。"
        ),
        DoNetProxyRefused => (
            "Allow this page's origin ({page}) and the API host in the proxy's settings, and check its log.",
            "プロキシの設定でこのページのオリジン ({page}) と API ホストを許可し、プロキシのログを確認してください。"
        ),
        ErrNetHostDown => ("{origin} does not answer.", "{origin} が応答しません。"),
        DoNetHostDown => ("Check the base URL.", "ベース URL を確認してください。"),
        ErrNetCorsRefused => (
            "{origin} answers, but not to this page (CORS).",
            "{origin} は応答していますが、このページへの応答は許可されていません (CORS)。"
        ),
        DoNetCorsRefused => (
            "Use a CORS proxy (prefix mode), or allow this page's origin ({page}) on the server.",
            "[CORS プロキシ] で「プレフィックス (プロキシ URL + 対象 URL)」を選択するか、サーバーでこのページのオリジン ({page}) を許可してください。"
        ),
        ErrNetUnknown => (
            "The request failed before any answer. This is almost always CORS: the proxy is missing, down, or refuses this page.",
            "応答を受け取る前に要求が失敗しました。ほとんどの場合 CORS が原因です。プロキシが未設定か、停止しているか、このページを拒否しています。"
        ),
        DoNetUnknown => (
            "Check the proxy settings above and that the proxy is running.",
            "上のプロキシ設定と、プロキシが実行中であることを確認してください。"
        ),
        ErrConfigBase => ("The base URL is not a valid http(s) address.", "ベース URL が有効な http(s) アドレスではありません。"),
        ErrConfigProxyMissing => (
            "Enter the proxy URL (for the kit's proxy: http://127.0.0.1:8787/).",
            "プロキシ URL を入力してください (このキットのプロキシの場合: http://127.0.0.1:8787/)。"
        ),
        ErrConfigProxyInvalid => ("The proxy URL is not a valid http(s) address.", "プロキシ URL が有効な http(s) アドレスではありません。"),
        ErrConfigTemplate => (
            "A proxy template must contain {url} where the target URL goes.",
            "プロキシのテンプレートには、対象 URL を入れる位置に {url} を含める必要があります。"
        ),
        ErrConfigRate => (
            "Write the rate limit like 50/min, 1500/hour.",
            "レート制限は 50/min, 1500/hour のように入力してください。"
        ),
        DoConfig => ("Fix the connection settings above.", "上の接続設定を修正してください。"),
        ErrProxyRefused => (
            "The CORS proxy refused the call ({code}).",
            "CORS プロキシが呼び出しを拒否しました ({code})。"
        ),
        ErrProxyUpstream => (
            "The CORS proxy could not get an answer from the API ({code}).",
            "CORS プロキシが API から応答を得られませんでした ({code})。"
        ),
        DoProxyUpstreamNotAllowed => (
            "The proxy forwards only to the Microsoft API hosts it knows; for a test server, start it with --allow-upstream and that server's origin.",
            "プロキシは既知の Microsoft API ホストにのみ転送します。テスト サーバーの場合は、そのサーバーのオリジンを --allow-upstream に指定してプロキシを起動してください。"
        ),
        DoProxyOriginNotAllowed => (
            "Start the proxy with --allow-origin {page} so that it answers this page.",
            "このページに応答するよう、--allow-origin {page} を指定してプロキシを起動してください。"
        ),
        DoProxyOther => (
            "Its message below names the rule and the flag that changes it.",
            "下のメッセージに、該当するルールと変更に使うフラグが示されています。"
        ),
        DoProxyUpstream => (
            "Check that the API host is reachable from the proxy's machine, then press Resume.",
            "プロキシが動作しているコンピューターから API ホストに到達できることを確認してから、[再開] を押してください。"
        ),
        ProxySaid => ("The proxy said: {message}", "プロキシからのメッセージ: {message}"),
        ServerSaid => ("The API said: {message}", "API からのメッセージ: {message}"),
        WaitingFor => ("Retrying in {seconds} s.", "{seconds} 秒後に再試行します。"),
    }
}
