/**
 * The feedback collector's HTTP side (Fastify 5): the page widget's answers, survey responses, support ticket
 * events, /metrics and /healthz. Nothing stored can be read back except as the counts /metrics shows. Every
 * answer is on disk before it is acknowledged (201, or 303 for a form post), because better-sqlite3 commits
 * synchronously.
 */
import crypto from 'node:crypto';
import Fastify, {type FastifyReply, type FastifyRequest} from 'fastify';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import type {CollectorSite, Survey} from '../content/schemas';
import {THANKS_PATH} from '../content/feedback';
import {
  checkFeedback,
  checkSupportEvent,
  checkSurveyResponse,
  decideSupportEvent,
  hourOf,
  MAX_BODY_BYTES,
  type Refusal,
} from './input';
import {metricsText} from './stats';
import type {Store} from './store';

export interface CollectorOptions {
  store: Store;
  site: CollectorSite;
  /** Posts a minute per client; 0 turns the limit off (load tests). */
  rateLimit: number;
  /** Origins allowed to post besides the one the request was sent to (the site behind another host name). */
  origins?: readonly string[];
  /**
   * The shared secret of POST /api/support (AIBOX_SUPPORT_TOKEN). Unset, the route is off: unlike page
   * feedback, ticket events are not anonymous reader input, and an open route would let anyone move the KPIs.
   */
  supportToken?: string;
  now?: () => number;
}

/** Comment tokens live in memory only, for an hour: enough to add a comment to the answer just given. */
const AMEND_TTL_MS = 3_600_000;
const MAX_AMEND_TOKENS = 10_000;

const FORM = 'application/x-www-form-urlencoded';

/**
 * Is this post from the site itself? A browser always sends Origin on a POST; it must be the host the request
 * was addressed to (nginx passes the Host header on) or an origin the deployment lists. No Origin at all is a
 * tool (curl, the load test), not a page another site could make a browser submit.
 */
export function originAllowed(origin: string | undefined, host: string | undefined, allowed: ReadonlySet<string>) {
  if (origin === undefined) return true;
  if (allowed.has(origin)) return true;
  try {
    const url = new URL(origin);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || host === undefined) return false;
    // The Host header may name the default port (docs:443); the origin never does.
    return url.host === new URL(`${url.protocol}//${host}`).host;
  } catch {
    return false;
  }
}

const refusal = (reply: FastifyReply, status: number, error: string, r: Refusal) =>
  reply
    .code(status)
    .type('application/json')
    .send(JSON.stringify({error, field: r.field, message: r.message}));

export async function buildCollector(opts: CollectorOptions) {
  const {store, site} = opts;
  const now = opts.now ?? Date.now;
  const pages = new Set(site.pages);
  const surveys = new Map<string, Survey>(site.surveys.map((s) => [s.id, s]));
  const origins = new Set((opts.origins ?? []).map((o) => new URL(o).origin));
  store.defineSurveys(site.surveys);

  // No logger: a request log would keep the client addresses this service promises not to keep.
  const app = Fastify({bodyLimit: MAX_BODY_BYTES, trustProxy: ['127.0.0.1', '::1'], logger: false});
  await app.register(formbody, {bodyLimit: MAX_BODY_BYTES});

  // A client is a keyed hash of its address (the X-Forwarded-For nginx sets), with a key made at start and
  // held in memory only: the limiter's table never holds an address, and nothing of it reaches the disk.
  const clientKey = crypto.randomBytes(32);
  const rateLimited = opts.rateLimit > 0;
  if (rateLimited) {
    await app.register(rateLimit, {
      global: false,
      max: opts.rateLimit,
      timeWindow: 60_000,
      keyGenerator: (req) => crypto.createHmac('sha256', clientKey).update(req.ip).digest('base64url'),
      errorResponseBuilder: (_req, ctx) => ({
        statusCode: 429,
        error: 'rate-limit',
        field: '(client)',
        message: `expected at most ${ctx.max} posts a minute, found more; try again in ${ctx.after}`,
      }),
    });
  }
  const limit = rateLimited ? {config: {rateLimit: {max: opts.rateLimit, timeWindow: 60_000}}} : {};

  app.setErrorHandler(
    (err: {statusCode?: number; code?: string; error?: string; field?: string; message: string}, _req, reply) => {
      if (err.statusCode === 429)
        return refusal(reply, 429, 'rate-limit', {field: err.field ?? '(client)', message: err.message});
      const body = '(body)';
      if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
        return refusal(reply, 400, 'bad-request', {
          field: body,
          message: `expected at most ${MAX_BODY_BYTES} bytes, found more`,
        });
      if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
        return refusal(reply, 400, 'bad-request', {
          field: body,
          message: `expected application/json or ${FORM}, found another type`,
        });
      if (err.statusCode === 400 || err.code?.startsWith('FST_ERR_CTP'))
        return refusal(reply, 400, 'bad-request', {
          field: body,
          message: 'expected JSON, found a body that does not parse',
        });
      return refusal(reply, 500, 'internal', {
        field: '(server)',
        message: 'expected to store the answer, found an error; nothing was stored',
      });
    },
  );
  app.setNotFoundHandler((_req, reply) =>
    refusal(reply, 404, 'not-found', {
      field: '(path)',
      message: 'expected POST /api/feedback, POST /api/survey/<id>, POST /api/support, GET /metrics or GET /healthz',
    }),
  );

  app.addHook('onRequest', async (req, reply) => {
    if (req.method !== 'POST') return;
    const origin = req.headers.origin;
    if (!originAllowed(origin, req.headers.host, origins))
      return refusal(reply, 403, 'origin', {
        field: 'Origin',
        message: `expected this site's origin, found ${JSON.stringify(origin)}`,
      });
  });

  const isForm = (req: FastifyRequest) => (req.headers['content-type'] ?? '').split(';')[0].trim() === FORM;
  const acknowledge = (req: FastifyRequest, reply: FastifyReply, body: Record<string, unknown>) =>
    isForm(req)
      ? reply.code(303).header('location', THANKS_PATH).header('cache-control', 'no-store').send()
      : reply.code(201).header('cache-control', 'no-store').type('application/json').send(JSON.stringify(body));

  const tokens = new Map<string, {id: number; page: string; answer: string; expires: number}>();
  const issueToken = (id: number, page: string, answer: string) => {
    const t = now();
    for (const [k, v] of tokens) if (v.expires < t || tokens.size >= MAX_AMEND_TOKENS) tokens.delete(k);
    const token = crypto.randomBytes(18).toString('base64url');
    tokens.set(token, {id, page, answer, expires: t + AMEND_TTL_MS});
    return token;
  };

  app.post('/api/feedback', limit, async (req, reply) => {
    const checked = checkFeedback(req.body, pages, isForm(req));
    if (!checked.ok) return refusal(reply, 400, 'bad-request', checked.refusal);
    const id = store.recordFeedback(checked.value, hourOf(now()));
    // An answer without a comment gets a one-time token, so the comment the reader may add next joins it.
    const amend = checked.value.comment
      ? undefined
      : `/api/feedback/${issueToken(id, checked.value.page, checked.value.answer)}`;
    return acknowledge(req, reply, amend ? {stored: true, amend} : {stored: true});
  });

  app.post<{Params: {token: string}}>('/api/feedback/:token', limit, async (req, reply) => {
    const held = tokens.get(req.params.token);
    if (!held || held.expires < now())
      return refusal(reply, 400, 'bad-request', {
        field: 'token',
        message: 'expected the token of an answer given in the last hour, found an unknown one',
      });
    const checked = checkFeedback(req.body, pages, isForm(req));
    if (!checked.ok) return refusal(reply, 400, 'bad-request', checked.refusal);
    const {page, answer, comment} = checked.value;
    if (page !== held.page || answer !== held.answer)
      return refusal(reply, 400, 'bad-request', {
        field: page !== held.page ? 'page' : 'answer',
        message: 'expected the page and answer the token was given for',
      });
    if (!comment)
      return refusal(reply, 400, 'bad-request', {field: 'comment', message: 'expected a comment, found none'});
    if (!store.amendComment(held.id, comment))
      return refusal(reply, 400, 'bad-request', {
        field: 'token',
        message: 'expected an answer without a comment, found one that has it',
      });
    tokens.delete(req.params.token);
    return acknowledge(req, reply, {stored: true});
  });

  app.post<{Params: {id: string}}>('/api/survey/:id', limit, async (req, reply) => {
    const survey = surveys.get(req.params.id);
    if (!survey)
      return refusal(reply, 400, 'bad-request', {
        field: 'survey',
        message: `expected one of ${[...surveys.keys()].join(', ')}, found ${JSON.stringify(req.params.id.slice(0, 40))}`,
      });
    const checked = checkSurveyResponse(survey, req.body, isForm(req));
    if (!checked.ok) return refusal(reply, 400, 'bad-request', checked.refusal);
    store.recordSurvey(survey.id, checked.value, hourOf(now()));
    return acknowledge(req, reply, {stored: true});
  });

  // Digests of equal length, so comparing them takes the same time whatever the posted token is.
  const digest = (t: string) => crypto.createHash('sha256').update(t).digest();
  const supportDigest = opts.supportToken ? digest(opts.supportToken) : undefined;
  const authorised = async (req: FastifyRequest, reply: FastifyReply) => {
    if (!supportDigest)
      return refusal(reply, 404, 'not-enabled', {
        field: '(path)',
        message: 'expected a collector started with AIBOX_SUPPORT_TOKEN set, found none: support events are off',
      });
    const m = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
    if (!m || !crypto.timingSafeEqual(digest(m[1]), supportDigest))
      return refusal(reply.header('www-authenticate', 'Bearer'), 401, 'unauthorized', {
        field: 'Authorization',
        message: m
          ? 'expected the token in AIBOX_SUPPORT_TOKEN, found another'
          : 'expected "Authorization: Bearer <token>", found none',
      });
  };

  // Checked before the body is read, so a client without the token learns nothing about its input.
  app.post('/api/support', {onRequest: authorised}, async (req, reply) => {
    const checked = checkSupportEvent(req.body, now());
    if (!checked.ok) return refusal(reply, 400, 'bad-request', checked.refusal);
    const decision = decideSupportEvent(checked.value, store.supportEvents(checked.value.id));
    if (decision.kind === 'conflict') return refusal(reply, 409, 'conflict', decision.refusal);
    if (decision.kind === 'refused') return refusal(reply, 400, 'bad-request', decision.refusal);
    const fresh = decision.kind === 'new';
    if (fresh) store.recordSupport(checked.value);
    return reply
      .code(fresh ? 201 : 200)
      .header('cache-control', 'no-store')
      .type('application/json')
      .send(JSON.stringify(fresh ? {stored: true} : {stored: true, duplicate: true}));
  });

  app.get('/metrics', async (_req, reply) =>
    reply
      .type('text/plain; version=0.0.4; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(metricsText(store.metrics())),
  );
  app.get('/healthz', async (_req, reply) => {
    store.counts();
    return reply.type('application/json').header('cache-control', 'no-store').send('{"status":"ok"}');
  });
  return app;
}
