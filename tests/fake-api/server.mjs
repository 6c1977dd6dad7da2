// Fake Defender XDR + Microsoft Graph incidents API for the end-to-end tests. Node only, no
// dependencies, loopback only (127.0.0.1, a free port by default).
//
// Serves realistic incidents built from Microsoft's published list-incidents sample
// (tests/fixtures/incidents/), in the XDR shape (`/api/incidents`) and the Graph shape
// (`/v1.0/security/incidents`, `$expand=alerts`, `$count`), with `@odata.nextLink` paging (or,
// for XDR, `$skip` paging without links), server-side `$filter` as each API documents it, PATCH
// updates (and Graph comment POSTs), token checks (401/403 from the JWT's exp and roles/scp),
// a sliding-window rate limit answering 429 with Retry-After, CORS headers for the page origin,
// and injectable faults. Everything is controlled through an admin endpoint:
//
//   POST /__admin/config  {…}   merge config (see DEFAULTS)
//   POST /__admin/fault   {…}   queue a fault (see `takeFault`; kind 'redirect' answers
//                               `status` (307) with `Location: location`)
//   POST /__admin/reset         data, faults, log and config back to defaults (+ optional body config)
//   GET  /__admin/stats         {requests: [{t, method, path, status, op}], byStatus, incidents}
//   GET  /__admin/incident?id=  one incident as stored (XDR shape)
//
// Use from tests: `const api = await startFakeApi({ total: 25 }); api.url; await api.close()`.
// Use by hand:    `node tests/fake-api/server.mjs --port 4010 --total 250`.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const SAMPLE = JSON.parse(readFileSync(join(HERE, '../fixtures/incidents/xdr-list-incidents-response.valid.json'), 'utf8')).value;

export const DEFAULTS = Object.freeze({
  total: 25,                    // incidents served
  maxTop: 100,                  // XDR: $top above this is a 400 (documented max page size)
  defaultTop: 100,              // page size without $top
  xdrNextLink: true,            // XDR pages carry @odata.nextLink (false: client must use $skip)
  limits: [],                   // [{max, windowMs}] per operation group ('list' | 'update'); [] = unlimited
  sharedLimit: false,           // true: one budget for every call (as XDR counts per app), not per group
  retryAfter: 'header',         // 429 tells the wait in: 'header' | 'body' | 'both' | 'none'
  auth: 'check',                // 'check': 401 for a missing/expired token, 403 without the permission; 'off'
  allowOrigins: 'loopback',     // CORS: 'loopback' (echo any loopback origin) | '*' | [origins] | [] (none)
  alertDetail: 'full',          // 'full' sample alerts, or 'lean' (first two entities) for large sets
  baseTime: Date.parse('2026-03-01T12:00:00Z'), // newest incident's creation time
  latencyMs: 0,                 // added to every API answer
});

const SEVERITIES = ['High', 'Medium', 'Low', 'Informational', 'UnSpecified'];
const STATUSES = ['Active', 'InProgress', 'Resolved', 'Redirected'];
const PERMS = {
  list: { roles: ['Incident.Read.All', 'Incident.ReadWrite.All', 'SecurityIncident.Read.All', 'SecurityIncident.ReadWrite.All'],
    scp: ['Incident.Read', 'Incident.ReadWrite', 'SecurityIncident.Read.All', 'SecurityIncident.ReadWrite.All'] },
  update: { roles: ['Incident.ReadWrite.All', 'SecurityIncident.ReadWrite.All'],
    scp: ['Incident.ReadWrite', 'SecurityIncident.ReadWrite.All'] },
};

const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** Builds incident `i` (XDR shape) from the docs sample, varied deterministically. */
export function makeIncident(i, cfg = DEFAULTS) {
  const s = structuredClone(SAMPLE[i % SAMPLE.length]);
  const id = 100000 + i;
  s.incidentId = id;
  s.incidentName = `${s.incidentName} #${i + 1}`;
  s.severity = SEVERITIES[i % SEVERITIES.length];
  s.status = STATUSES[Math.floor(i / 3) % STATUSES.length];
  s.assignedTo = i % 3 === 0 ? null : `analyst${i % 4}@contoso.com`;
  s.createdTime = iso(cfg.baseTime - i * 3_600_000);
  s.lastUpdateTime = iso(cfg.baseTime - i * 1_800_000 + 60_000);
  s.tags = i % 7 === 0 ? ['Finance', 'VIP'] : i % 5 === 0 ? ['Lab'] : [];
  for (const a of s.alerts) {
    a.incidentId = id;
    a.alertId = `${a.alertId}-${i}`;
    if (cfg.alertDetail === 'lean') a.entities = a.entities.slice(0, 2);
  }
  return s;
}

const camel = (v) => (typeof v === 'string' && v.length ? v[0].toLowerCase() + v.slice(1) : v);
const GRAPH_DET = { CompromisedAccount: 'compromisedAccount', Clean: 'notMalicious', NoEnoughDataToValidate: 'notEnoughDataToValidate',
  InsufficientData: 'notEnoughDataToValidate', ConfirmedActivity: 'confirmedActivity', NotAvailable: 'unknown' };
const XDR_DET = Object.fromEntries(Object.entries(GRAPH_DET).map(([k, v]) => [v, k]));
XDR_DET.notEnoughDataToValidate = 'NoEnoughDataToValidate';
XDR_DET.unknown = 'NotAvailable';
const pascal = (v) => (typeof v === 'string' && v.length ? v[0].toUpperCase() + v.slice(1) : v);

function graphEvidence(e) {
  const t = (x) => `#microsoft.graph.security.${x}Evidence`;
  switch (e.entityType) {
    case 'User': return { '@odata.type': t('user'), userAccount: { accountName: e.accountName, domainName: e.domainName, userPrincipalName: e.userPrincipalName } };
    case 'Ip': return { '@odata.type': t('ip'), ipAddress: e.ipAddress };
    case 'Url': return { '@odata.type': t('url'), url: e.url };
    case 'File': return { '@odata.type': t('file'), fileDetails: { fileName: e.fileName, filePath: e.filePath, sha256: e.sha256 } };
    case 'Process': return { '@odata.type': t('process'), processCommandLine: e.processCommandLine };
    case 'MailBox': return { '@odata.type': t('mailbox'), primaryAddress: e.mailboxAddress, displayName: e.mailboxDisplayName };
    case 'MailMessage': return { '@odata.type': t('analyzedMessage'), subject: e.subject };
    default: return { '@odata.type': t(camel(e.entityType)), displayName: e.clusterBy ?? e.entityType };
  }
}

/** The Graph shape of a stored (XDR-shaped) incident. */
export function toGraph(x, { expandAlerts }) {
  const g = {
    '@odata.type': '#microsoft.graph.security.incident',
    id: String(x.incidentId),
    incidentWebUrl: `https://security.microsoft.com/incidents/${x.incidentId}?tid=b3c1b5fc-828c-45fa-a1e1-10d74f6d6e9c`,
    tenantId: 'b3c1b5fc-828c-45fa-a1e1-10d74f6d6e9c',
    redirectIncidentId: x.redirectIncidentId == null ? null : String(x.redirectIncidentId),
    displayName: x.incidentName,
    createdDateTime: x.createdTime,
    lastUpdateDateTime: x.lastUpdateTime,
    assignedTo: x.assignedTo,
    classification: camel(x.classification),
    determination: GRAPH_DET[x.determination] ?? camel(x.determination),
    status: camel(x.status),
    severity: x.severity === 'UnSpecified' ? 'unknown' : camel(x.severity),
    customTags: x.tags,
    systemTags: [],
    description: null,
    comments: x.comments.map((c) => ({ comment: c.comment, createdByDisplayName: c.createdBy, createdDateTime: c.createdTime })),
  };
  if (expandAlerts) {
    g.alerts = x.alerts.map((a) => ({
      '@odata.type': '#microsoft.graph.security.alert', id: a.alertId, title: a.title, severity: camel(a.severity),
      status: camel(a.status), category: a.category, serviceSource: camel(a.serviceSource), createdDateTime: a.creationTime,
      evidence: [
        ...a.devices.map((d) => ({ '@odata.type': '#microsoft.graph.security.deviceEvidence', mdeDeviceId: d.mdatpDeviceId,
          deviceDnsName: d.deviceDnsName, osPlatform: d.osPlatform, healthStatus: camel(d.healthStatus), riskScore: camel(d.riskScore) })),
        ...a.entities.map(graphEvidence),
      ],
    }));
  }
  return g;
}

function decodeJwt(auth) {
  const m = /^Bearer\s+(\S+)$/i.exec(auth ?? '');
  if (!m) return null;
  const parts = m[1].split('.');
  if (parts.length !== 3) return null;
  try {
    return JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

const odataError = (code, message) => JSON.stringify({ error: { code, message, target: '43f4cb08-8fac-4b65-9db1-745c2ae65f3a' } });

/** Parses the subset of OData `$filter` the APIs document: `a eq 'x'`, `d ge 2024-01-01T00:00:00Z`, joined by `and`. */
function parseFilter(text, api) {
  if (!text) return [];
  const allowed = api === 'xdr'
    ? ['status', 'assignedTo', 'createdTime', 'lastUpdateTime']
    : ['status', 'severity', 'assignedTo', 'classification', 'determination', 'createdDateTime', 'lastUpdateDateTime'];
  return text.split(/\s+and\s+/i).map((clause) => {
    const m = /^(\w+)\s+(eq|ge)\s+(?:'((?:[^']|'')*)'|(\S+))$/i.exec(clause.trim());
    if (!m || !allowed.includes(m[1])) throw new Error(`Invalid filter clause: ${clause}`);
    return { field: m[1], op: m[2].toLowerCase(), value: m[3] !== undefined ? m[3].replace(/''/g, "'") : m[4] };
  });
}

function matches(x, clauses, api) {
  const g = api === 'graph' ? toGraph(x, { expandAlerts: false }) : x;
  return clauses.every(({ field, op, value }) => {
    const have = g[field];
    if (op === 'ge') return have != null && Date.parse(have) >= Date.parse(value);
    return String(have ?? '').toLowerCase() === String(value).toLowerCase();
  });
}

export async function startFakeApi(initial = {}, { port = 0 } = {}) {
  let cfg;
  let incidents;
  let faults;
  let log;
  const sent = { list: [], update: [] };
  const hanging = new Set();
  const reset = (extra = {}) => {
    cfg = { ...DEFAULTS, ...initial, ...extra };
    incidents = Array.from({ length: cfg.total }, (_, i) => makeIncident(i, cfg));
    faults = [];
    log = [];
    sent.list = [];
    sent.update = [];
  };
  reset();

  const corsHeaders = (origin) => {
    const h = { 'access-control-expose-headers': 'Retry-After', vary: 'Origin' };
    const allow = cfg.allowOrigins;
    let ok = false;
    if (origin) {
      if (allow === '*') ok = true;
      else if (allow === 'loopback') ok = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(origin);
      else if (Array.isArray(allow)) ok = allow.includes(origin);
    }
    if (ok) {
      h['access-control-allow-origin'] = origin;
      h['access-control-allow-headers'] = 'Authorization, Content-Type, Accept, Prefer';
      h['access-control-allow-methods'] = 'GET, PATCH, POST, OPTIONS';
      h['access-control-max-age'] = '600';
    }
    return h;
  };

  /** The first queued fault for `op` whose `after` countdown has run out (consumes one use). */
  const takeFault = (op) => {
    for (const f of faults) {
      if (f.op && f.op !== 'any' && f.op !== op) continue;
      if ((f.after ?? 0) > 0) { f.after -= 1; continue; }
      f.times = (f.times ?? 1) - 1;
      if (f.times <= 0) faults.splice(faults.indexOf(f), 1);
      return f;
    }
    return null;
  };

  /** Sliding-window limit check; returns ms to wait, or 0 (and records the call). */
  const throttle = (group, now) => {
    const times = sent[group];
    let wait = 0;
    for (const { max, windowMs } of cfg.limits) {
      const inWindow = times.filter((t) => t > now - windowMs);
      if (inWindow.length >= max) wait = Math.max(wait, inWindow[inWindow.length - max] + windowMs - now);
    }
    // Every call counts, the refused ones too, as a real service counts them.
    times.push(now);
    const keep = Math.max(0, ...cfg.limits.map((l) => l.windowMs));
    while (times.length && times[0] <= now - keep) times.shift();
    return wait;
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://fake');
    const origin = req.headers.origin;
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const body = Buffer.concat(chunks).toString('utf8');
    const t = Date.now();
    const entry = { t, method: req.method, path: url.pathname, status: 0, op: '' };

    const send = (status, payload, headers = {}) => {
      entry.status = status;
      const out = typeof payload === 'string' ? payload : JSON.stringify(payload);
      const h = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...corsHeaders(origin), ...headers };
      const finish = () => { if (!res.writableEnded) { res.writeHead(status, h); res.end(out); } };
      if (cfg.latencyMs > 0 && !url.pathname.startsWith('/__admin')) setTimeout(finish, cfg.latencyMs);
      else finish();
    };

    // --- admin -------------------------------------------------------------------------------
    if (url.pathname.startsWith('/__admin/')) {
      const json = body ? JSON.parse(body) : {};
      switch (url.pathname) {
        case '/__admin/config': cfg = { ...cfg, ...json }; if ('total' in json || 'alertDetail' in json) incidents = Array.from({ length: cfg.total }, (_, i) => makeIncident(i, cfg)); return send(200, cfg);
        case '/__admin/fault': faults.push({ ...json }); return send(200, { queued: faults.length });
        case '/__admin/reset': reset(json); return send(200, cfg);
        case '/__admin/stats': {
          const byStatus = {};
          for (const r of log) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
          return send(200, { requests: log, byStatus, incidents: incidents.length, faults: faults.length });
        }
        case '/__admin/incident': return send(200, incidents.find((x) => String(x.incidentId) === url.searchParams.get('id')) ?? null);
        default: return send(404, odataError('NotFound', 'no such admin route'));
      }
    }

    if (req.method === 'OPTIONS') { entry.op = 'preflight'; log.push(entry); return send(204, ''); }

    // --- routing ------------------------------------------------------------------------------
    let m;
    let api;
    let op;
    let id;
    if ((m = /^(?:.*)\/api\/incidents\/?$/.exec(url.pathname))) { api = 'xdr'; op = 'list'; }
    else if ((m = /^(?:.*)\/api\/incidents\/([^/]+)$/.exec(url.pathname))) { api = 'xdr'; op = 'update'; id = decodeURIComponent(m[1]); }
    else if ((m = /^(?:.*)\/v1\.0\/security\/incidents\/?$/.exec(url.pathname))) { api = 'graph'; op = 'list'; }
    else if ((m = /^(?:.*)\/v1\.0\/security\/incidents\/([^/]+)\/comments$/.exec(url.pathname))) { api = 'graph'; op = 'comment'; id = decodeURIComponent(m[1]); }
    else if ((m = /^(?:.*)\/v1\.0\/security\/incidents\/([^/]+)$/.exec(url.pathname))) { api = 'graph'; op = 'update'; id = decodeURIComponent(m[1]); }
    entry.op = op ?? 'unknown';
    log.push(entry);
    if (!op) return send(404, odataError('NotFound', `No route for ${url.pathname}`));
    const method = { list: 'GET', update: 'PATCH', comment: 'POST' }[op];
    if (req.method !== method) return send(405, odataError('BadRequest', `Method ${req.method} not allowed`));

    // --- rate limit (before faults: an injected 429 is a fault, a real one comes from here) ----
    const wait = throttle(cfg.sharedLimit || op === 'list' ? 'list' : 'update', t);
    if (wait > 0) {
      const secs = Math.max(1, Math.ceil(wait / 1000));
      const h = cfg.retryAfter === 'header' || cfg.retryAfter === 'both' ? { 'retry-after': String(secs) } : {};
      const msg = cfg.retryAfter === 'body' || cfg.retryAfter === 'both'
        ? `Rate limit is exceeded. Try again in ${secs} seconds.` : 'Rate limit is exceeded.';
      return send(429, odataError('TooManyRequests', msg), h);
    }

    // --- injected faults -------------------------------------------------------------------------
    const fault = takeFault(op);
    if (fault) {
      switch (fault.kind ?? 'status') {
        case 'status': {
          const h = fault.retryAfter != null ? { 'retry-after': String(fault.retryAfter) } : {};
          const codes = { 400: 'BadRequest', 401: 'Unauthorized', 403: 'Forbidden', 404: 'ResourceNotFound', 429: 'TooManyRequests', 500: 'InternalServerError', 503: 'ServiceUnavailable' };
          return send(fault.status, fault.body ?? (fault.status === 401 ? '' : odataError(codes[fault.status] ?? 'Error', fault.message ?? `Injected ${fault.status}`)), h);
        }
        case 'timeout': {
          // Hold the answer: the client's timeout must fire. Released on close.
          hanging.add(res);
          res.on('close', () => hanging.delete(res));
          entry.status = 'hang';
          return undefined;
        }
        case 'reset': entry.status = 'reset'; req.socket.destroy(); return undefined;
        case 'malformed': return send(200, '{"value": [ {"incidentId": 1, "incidentName": "x" ] }');
        case 'truncated': { const full = JSON.stringify({ value: incidents.slice(0, 5) }); return send(200, full.slice(0, Math.floor(full.length / 2))); }
        case 'html': return send(200, '<!doctype html><title>502 Bad Gateway</title><h1>Bad Gateway</h1>', { 'content-type': 'text/html' });
        case 'redirect': return send(fault.status ?? 307, '', { location: fault.location });
        case 'foreign-next': return send(200, { value: [], '@odata.nextLink': 'https://attacker.example/api/incidents?$skip=1' });
        default: break;
      }
    }

    // --- auth ------------------------------------------------------------------------------------
    if (cfg.auth === 'check') {
      const claims = decodeJwt(req.headers.authorization);
      if (!claims) return send(401, '');
      if (typeof claims.exp === 'number' && claims.exp * 1000 < t) return send(401, odataError('Unauthorized', 'Invalid or expired authorization header'));
      const need = PERMS[op === 'list' ? 'list' : 'update'];
      const roles = Array.isArray(claims.roles) ? claims.roles : [];
      const scp = typeof claims.scp === 'string' ? claims.scp.split(' ') : [];
      const has = roles.some((r) => need.roles.includes(r)) || scp.some((s) => need.scp.includes(s));
      if (!has) {
        const required = api === 'graph' ? need.roles.filter((r) => r.startsWith('Security')) : need.roles.filter((r) => !r.startsWith('Security'));
        return send(403, odataError('Forbidden', `Missing application roles. API required roles: ${required.join(',')}, application roles: ${roles.join(',')}.`));
      }
    }

    // --- operations ------------------------------------------------------------------------------
    if (op === 'list') {
      const topText = url.searchParams.get('$top');
      const top = topText == null ? cfg.defaultTop : Number(topText);
      if (!Number.isInteger(top) || top < 1) return send(400, odataError('ODataError', 'Invalid $top'));
      if (api === 'xdr' && top > cfg.maxTop) return send(400, odataError('BadRequest', `$top must be at most ${cfg.maxTop}`));
      const skip = Number(url.searchParams.get('$skip') ?? 0);
      let clauses;
      try { clauses = parseFilter(url.searchParams.get('$filter'), api); } catch (e) { return send(400, odataError('ODataError', e.message)); }
      const all = incidents.filter((x) => matches(x, clauses, api));
      const size = Math.min(top, cfg.maxTop);
      const page = all.slice(skip, skip + size);
      const more = skip + page.length < all.length;
      const next = new URL(url.href.replace('http://fake', `http://${req.headers.host}`));
      next.searchParams.set('$skip', String(skip + page.length));
      next.searchParams.set('$top', String(size));
      const nextLink = decodeURIComponent(next.href).replace(/ /g, '%20');
      if (api === 'xdr') {
        const out = { '@odata.context': `http://${req.headers.host}/api/$metadata#Incidents`, value: page };
        if (more && cfg.xdrNextLink) out['@odata.nextLink'] = nextLink;
        return send(200, out);
      }
      const expand = (url.searchParams.get('$expand') ?? '').includes('alerts');
      const out = { '@odata.context': `http://${req.headers.host}/v1.0/$metadata#security/incidents`, value: page.map((x) => toGraph(x, { expandAlerts: expand })) };
      if (url.searchParams.get('$count') === 'true') out['@odata.count'] = all.length;
      if (more) out['@odata.nextLink'] = nextLink;
      return send(200, out);
    }

    const x = incidents.find((i) => String(i.incidentId) === id);
    if (!x) return send(404, odataError('ResourceNotFound', `Incident ${id} was not found`));
    let patch;
    try { patch = JSON.parse(body || '{}'); } catch { return send(400, odataError('InvalidRequestBody', 'Request body is incorrect')); }

    if (op === 'comment') {
      x.comments.push({ comment: String(patch.comment ?? ''), createdBy: 'fake-api@contoso.com', createdTime: iso(t) });
      return send(200, { value: toGraph(x, { expandAlerts: false }).comments });
    }
    const allowed = api === 'xdr' ? ['status', 'assignedTo', 'classification', 'determination', 'tags', 'comment'] : ['status', 'assignedTo', 'classification', 'determination', 'customTags'];
    const unknown = Object.keys(patch).filter((k) => !allowed.includes(k));
    if (unknown.length) return send(400, odataError('InvalidRequestBody', `Unknown properties: ${unknown.join(', ')}`));
    const toXdr = (v) => (api === 'graph' ? pascal(v) : v);
    const classification = patch.classification !== undefined ? toXdr(patch.classification) : x.classification;
    if (patch.determination !== undefined && api === 'xdr' && classification !== 'TruePositive') {
      return send(400, odataError('InvalidRequestBody', 'Determination can be set only if classification is TruePositive'));
    }
    if (patch.status !== undefined) x.status = toXdr(patch.status);
    if (patch.assignedTo !== undefined) x.assignedTo = patch.assignedTo || null;
    x.classification = classification;
    if (patch.determination !== undefined) x.determination = api === 'graph' ? (XDR_DET[patch.determination] ?? pascal(patch.determination)) : patch.determination;
    if (patch.tags !== undefined) x.tags = patch.tags;
    if (patch.customTags !== undefined) x.tags = patch.customTags;
    if (patch.comment) x.comments.push({ comment: patch.comment, createdBy: 'fake-api@contoso.com', createdTime: iso(t) });
    x.lastUpdateTime = iso(t);
    return send(200, api === 'xdr' ? x : toGraph(x, { expandAlerts: false }));
  });

  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${server.address().port}`;
  const admin = async (path, json) => {
    const r = await fetch(base + path, json === undefined ? {} : { method: 'POST', body: JSON.stringify(json) });
    return r.json();
  };
  return {
    url: base,
    config: (c) => admin('/__admin/config', c),
    fault: (f) => admin('/__admin/fault', f),
    reset: (c = {}) => admin('/__admin/reset', c),
    stats: () => admin('/__admin/stats'),
    incident: (id) => admin(`/__admin/incident?id=${encodeURIComponent(id)}`),
    close: () => new Promise((ok) => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections?.();
      server.close(ok);
    }),
  };
}

// CLI: node tests/fake-api/server.mjs [--port N] [--total N] [--limits 50/60000,1500/3600000]
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name, dflt) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : dflt; };
  const limits = (arg('limits', '') || '').split(',').filter(Boolean).map((p) => { const [max, windowMs] = p.split('/').map(Number); return { max, windowMs }; });
  const api = await startFakeApi({ total: Number(arg('total', DEFAULTS.total)), limits }, { port: Number(arg('port', 0)) });
  console.log(`fake Defender XDR + Graph API on ${api.url} (XDR: ${api.url}/api/incidents, Graph: ${api.url}/v1.0/security/incidents)`);
}
