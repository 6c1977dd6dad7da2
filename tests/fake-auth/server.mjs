// Fake Microsoft identity platform (v2.0 authorize + token endpoints) for the sign-in end-to-end
// tests. Node only, no dependencies, loopback only (127.0.0.1, a free port by default).
//
// What it checks, as Entra does for a single-page application (public client, PKCE):
//   GET  /{tenant}/oauth2/v2.0/authorize
//     - client_id registered, else AADSTS700016 on its own page (it cannot trust any redirect URI);
//     - redirect_uri registered for the client (exact match), else AADSTS50011 on its own page —
//       Entra never redirects to an unregistered address;
//     - response_type=code, code_challenge_method=S256 and a code_challenge, state, nonce;
//     - a single-tenant app asked for from another tenant: redirected back with AADSTS700016;
//     - then "the user signs in" at once and is redirected to `{redirect_uri}#code=…&state=…`
//       (response_mode=fragment; `query` also honoured), unless a mode says otherwise.
//   POST /{tenant}/oauth2/v2.0/token  (application/x-www-form-urlencoded)
//     - grant_type authorization_code: the code exists, is unused and fresh, was issued to this
//       client_id and redirect_uri, and base64url(SHA-256(code_verifier)) equals the challenge;
//       a code works once (a replay is invalid_grant AADSTS54005);
//     - grant_type refresh_token: a known refresh token of this client (rotated on use);
//     - CORS (Access-Control-Allow-Origin) only for the origin of a redirect URI registered under
//       the "spa" platform; a "web" client gets AADSTS9002326 without CORS headers, as a browser
//       sees it (an opaque CORS failure), unless `webReadable` lets the page read the error.
//
// Modes (POST /__admin/config {mode}), one per bad path the page must explain:
//   'ok' | 'cancel' (access_denied + error_subcode=cancel, AADSTS65004) | 'consent' (consent_required,
//   AADSTS65001) | 'guest' (access_denied, AADSTS50020) | 'bad-state' (a foreign state) |
//   'replay' (the code handed out was already redeemed) | 'slow-token' (token answers after 1 s).
//
// Tokens are JWT-shaped, unsigned in any verifiable way (the signature is random bytes): the page
// decodes them, the fake API (tests/fake-api) reads `exp` and `scp`.
//
// Use from tests: `const auth = await startFakeAuth({ clients: {...} }); auth.url; await auth.close()`.
// Use by hand:    `node tests/fake-auth/server.mjs --port 4011 --client ID --redirect http://127.0.0.1:8080/`.
import { createServer } from 'node:http';
import { createHash, randomBytes } from 'node:crypto';

export const USER_TENANT = 'fa00d692-e9c7-4460-a743-29f2956fd429';
export const OTHER_TENANT = 'a8990e1f-ff32-408a-9f8e-78d3b9139b95';

const b64url = (buf) => Buffer.from(buf).toString('base64url');
const jwt = (payload) => `${b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'fake-auth' }))}.${b64url(JSON.stringify(payload))}.${b64url(randomBytes(64))}`;
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The resource and the delegated scopes a `scope` string asks for. */
function resourceOf(scope, consented) {
  const api = scope.split(' ').filter((s) => s.includes('://'));
  const first = api[0] ?? 'https://graph.microsoft.com/.default';
  const resource = first.slice(0, first.lastIndexOf('/'));
  const names = api.map((s) => s.slice(s.lastIndexOf('/') + 1));
  const scp = names.includes('.default') ? consented : names;
  return { resource, scp: scp.join(' ') };
}

export async function startFakeAuth(initial = {}, { port = 0 } = {}) {
  let cfg;
  let codes;
  let refreshTokens;
  let log;
  const reset = (extra = {}) => {
    cfg = {
      // client_id → { redirectUris: [..], platform: 'spa' | 'web', home: tenant, multitenant }
      clients: {},
      mode: 'ok',
      webReadable: false,
      consented: ['SecurityIncident.Read.All', 'SecurityAlert.Read.All'],
      lifetime: 3600,
      user: { name: 'Megan Bowen', upn: 'megan@contoso.onmicrosoft.com', oid: '4f1b2c3d-0000-4000-8000-00000000abcd', tenant: USER_TENANT },
      ...initial,
      ...extra,
    };
    codes = new Map();
    refreshTokens = new Map();
    log = [];
  };
  reset();

  const corsFor = (origin, client) => {
    if (!origin || !client) return {};
    const spa = client.platform === 'spa' || cfg.webReadable;
    const registered = client.redirectUris.some((u) => new URL(u).origin === origin);
    return spa && registered ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {};
  };

  const errorPage = (res, code, text) => {
    res.writeHead(400, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(`<!doctype html><title>Sign in to your account</title><h1>Sorry, but we’re having trouble signing you in.</h1><p id="aadsts" data-code="${code}">AADSTS${code}: ${esc(text)}</p>`);
  };

  const back = (res, redirectUri, mode, params) => {
    const q = new URLSearchParams(params).toString();
    res.writeHead(302, { location: `${redirectUri}${mode === 'query' ? '?' : '#'}${q}`, 'cache-control': 'no-store' });
    res.end();
  };

  const issue = (client_id, tid, scope, nonce) => {
    const now = Math.floor(Date.now() / 1000);
    const { resource, scp } = resourceOf(scope, cfg.consented);
    const u = cfg.user;
    const access = jwt({
      aud: resource, iss: `https://sts.windows.net/${tid}/`, iat: now, nbf: now, exp: now + cfg.lifetime,
      acr: '1', amr: ['pwd', 'mfa'], appid: client_id, appidacr: '0', name: u.name, oid: u.oid,
      scp, sub: 'fake-subject', tid, unique_name: u.upn, upn: u.upn, ver: '1.0',
    });
    const refresh = b64url(randomBytes(32));
    refreshTokens.set(refresh, { client_id, tid, scope });
    const out = { token_type: 'Bearer', scope: scp.split(' ').map((s) => `${resource}/${s}`).join(' '), expires_in: cfg.lifetime, ext_expires_in: cfg.lifetime, access_token: access, refresh_token: refresh };
    if (nonce !== undefined) {
      out.id_token = jwt({ aud: client_id, iss: `${cfg.issuerBase ?? 'https://login.microsoftonline.com'}/${tid}/v2.0`, iat: now, nbf: now, exp: now + 3600, name: u.name, nonce, oid: u.oid, preferred_username: u.upn, tid, ver: '2.0' });
    }
    return out;
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://fake');
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const body = Buffer.concat(chunks).toString('utf8');
    const entry = { method: req.method, path: url.pathname, origin: req.headers.origin ?? null, result: '' };
    log.push(entry);
    const json = (status, payload, headers = {}) => {
      if (!entry.result) entry.result = payload.error ?? String(status);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
      res.end(JSON.stringify(payload));
    };

    if (url.pathname.startsWith('/__admin/')) {
      const input = body ? JSON.parse(body) : {};
      if (url.pathname === '/__admin/config') { cfg = { ...cfg, ...input }; return json(200, { ok: true }); }
      if (url.pathname === '/__admin/reset') { reset(input); return json(200, { ok: true }); }
      if (url.pathname === '/__admin/log') return json(200, { requests: log });
      return json(404, { error: 'not_found' });
    }

    const m = /^\/([^/]+)\/oauth2\/v2\.0\/(authorize|token)$/.exec(url.pathname);
    if (!m) { res.writeHead(404).end(); return undefined; }
    const tenant = decodeURIComponent(m[1]);

    if (m[2] === 'authorize') {
      entry.kind = 'authorize';
      const p = url.searchParams;
      const client = cfg.clients[p.get('client_id')];
      if (!client) { entry.result = 'AADSTS700016'; return errorPage(res, 700016, `Application with identifier '${p.get('client_id')}' was not found in the directory '${tenant}'.`); }
      const redirectUri = p.get('redirect_uri') ?? '';
      if (!client.redirectUris.includes(redirectUri)) {
        entry.result = 'AADSTS50011';
        return errorPage(res, 50011, `The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application '${p.get('client_id')}'.`);
      }
      const mode = p.get('response_mode') ?? 'query';
      const state = p.get('state') ?? '';
      const fail = (error, code, text, extra = {}) => { entry.result = `${error} AADSTS${code}`; return back(res, redirectUri, mode, { error, error_description: `AADSTS${code}: ${text} Trace ID: 00000000-0000-0000-0000-000000000000`, error_codes: `[${code}]`, ...extra, state }); };
      if (p.get('response_type') !== 'code') return fail('unsupported_response_type', 700054, 'response_type must be code.');
      if (p.get('code_challenge_method') !== 'S256' || !p.get('code_challenge')) return fail('invalid_request', 501481, 'The Code_Verifier does not match the code_challenge supplied in the authorization request.');
      const named = /^[0-9a-f-]{36}$/i.test(tenant) || tenant.includes('.');
      const tid = named && /^[0-9a-f-]{36}$/i.test(tenant) ? tenant.toLowerCase() : cfg.user.tenant;
      if (!client.multitenant && tid !== client.home) return fail('unauthorized_client', 700016, `Application with identifier '${p.get('client_id')}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant.`);
      if (cfg.mode === 'cancel') return fail('access_denied', 65004, 'User declined to consent to access the app.', { error_subcode: 'cancel' });
      if (cfg.mode === 'consent') return fail('consent_required', 65001, `The user or administrator has not consented to use the application with ID '${p.get('client_id')}'. Send an interactive authorization request for this user and resource.`);
      if (cfg.mode === 'guest') return fail('access_denied', 50020, `User account '${cfg.user.upn}' from identity provider 'live.com' does not exist in tenant '${tenant}' and cannot access the application '${p.get('client_id')}' in that tenant.`);
      const code = b64url(randomBytes(48));
      codes.set(code, { client_id: p.get('client_id'), redirectUri, challenge: p.get('code_challenge'), scope: p.get('scope') ?? '', nonce: p.get('nonce'), tid, at: Date.now(), used: cfg.mode === 'replay' });
      entry.result = 'code';
      return back(res, redirectUri, mode, { code, state: cfg.mode === 'bad-state' ? b64url(randomBytes(16)) : state, session_state: 'fake-session' });
    }

    // --- token ---------------------------------------------------------------------------------
    entry.kind = 'token';
    const f = new URLSearchParams(body);
    entry.grant = f.get('grant_type');
    const client = cfg.clients[f.get('client_id')];
    const cors = corsFor(req.headers.origin, client);
    if (req.method === 'OPTIONS') { res.writeHead(204, cors).end(); return undefined; }
    if (req.method !== 'POST') return json(405, { error: 'invalid_request' }, cors);
    if (cfg.mode === 'slow-token') await new Promise((ok) => setTimeout(ok, 1000));
    const err = (status, error, code, text) => json(status, { error, error_description: `AADSTS${code}: ${text}`, error_codes: [code], timestamp: new Date().toISOString() }, cors);
    if (!client) return err(400, 'unauthorized_client', 700016, `Application with identifier '${f.get('client_id')}' was not found.`);
    if (f.has('client_secret')) return err(401, 'invalid_client', 700025, 'Client is public so neither client_assertion nor client_secret should be presented.');
    if (req.headers.origin && client.platform !== 'spa') return err(400, 'invalid_request', 9002326, `Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type. Request origin: '${req.headers.origin}'.`);
    if (f.get('grant_type') === 'authorization_code') {
      const c = codes.get(f.get('code') ?? '');
      if (!c) return err(400, 'invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.');
      if (c.used) return err(400, 'invalid_grant', 54005, 'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.');
      c.used = true;
      if (c.client_id !== f.get('client_id')) return err(400, 'invalid_grant', 70002, 'The client ID does not match the one the code was issued to.');
      if (c.redirectUri !== f.get('redirect_uri')) return err(400, 'invalid_grant', 50148, 'The redirect_uri does not match the one used in the authorization request.');
      if (Date.now() - c.at > 10 * 60_000) return err(400, 'invalid_grant', 70008, 'The provided authorization code or refresh token has expired.');
      const verifier = f.get('code_verifier') ?? '';
      if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier) || b64url(createHash('sha256').update(verifier, 'ascii').digest()) !== c.challenge) {
        return err(400, 'invalid_grant', 501481, 'The Code_Verifier does not match the code_challenge supplied in the authorization request.');
      }
      entry.result = 'tokens';
      return json(200, issue(c.client_id, c.tid, c.scope, c.nonce), cors);
    }
    if (f.get('grant_type') === 'refresh_token') {
      const r = refreshTokens.get(f.get('refresh_token') ?? '');
      if (!r || r.client_id !== f.get('client_id')) return err(400, 'invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.');
      refreshTokens.delete(f.get('refresh_token'));
      entry.result = 'tokens';
      return json(200, issue(r.client_id, r.tid, r.scope), cors);
    }
    return err(400, 'unsupported_grant_type', 70003, 'The app requested an unsupported grant type.');
  });

  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${server.address().port}`;
  const admin = async (path, input) => (await fetch(base + path, input === undefined ? {} : { method: 'POST', body: JSON.stringify(input) })).json();
  return {
    url: base,
    config: (c) => admin('/__admin/config', c),
    reset: (c = {}) => admin('/__admin/reset', c),
    log: async () => (await admin('/__admin/log')).requests,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, dflt) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : dflt; };
  const clientId = arg('client', '11112222-3333-4444-5555-666677778888');
  const auth = await startFakeAuth({ clients: { [clientId]: { redirectUris: [arg('redirect', 'http://127.0.0.1:8080/')], platform: arg('platform', 'spa'), home: USER_TENANT, multitenant: true } } }, { port: Number(arg('port', 4011)) });
  console.log(`fake auth at ${auth.url} (client ${clientId})`);
}
