import Mustache from 'mustache';
import { z } from 'zod';
import type { TryResult } from './message';
import { checkSender, smsLength } from './sms-text';

/**
 * The SMS gateways Debitum speaks, as data: how each one wants an SMS asked for (URL, authentication, body) and how
 * its answer says whether it took it. Pure: main's SMS sender (electron/services/outbox/sms.ts) puts the request on
 * the wire and hands the answer back here. The shapes follow each gateway's public REST API:
 * - CM.com Business Messaging: JSON, the product token inside the body, `errorCode` 0 and the message `Accepted`;
 * - Spryng REST v1: JSON, `Authorization: Bearer`, the created message's `id`;
 * - MessageBird (Bird) REST: JSON, `Authorization: AccessKey`, the created message's `id`;
 * - Twilio Messages: a form, HTTP Basic with the Account SID and auth token, the created message's `sid`;
 * - seven.io: a form, `X-Api-Key`, `success` "100" and `messages[0].id`, or a bare error code such as 900;
 * - Vonage SMS API: a form with `api_key` and `api_secret`, `messages[0].status` "0" and its `message-id`;
 * - custom: the office's own URL, auth header, body template, success check and message id path.
 */
export const smsGateways = ['none', 'cm', 'spryng', 'messagebird', 'twilio', 'seven', 'vonage', 'custom'] as const;
export type SmsGateway = (typeof smsGateways)[number];
type Preset = Exclude<SmsGateway, 'none' | 'custom'>;

/** The placeholders a custom gateway's URL, auth header and body may use. */
export const smsPlaceholders = ['sender', 'to', 'toDigits', 'text', 'reference', 'account', 'secret'] as const;
type Values = Record<(typeof smsPlaceholders)[number], string>;

const DEFAULT_BODY = '{"from":"{{sender}}","to":"{{to}}","text":"{{text}}","reference":"{{reference}}"}';

const isHttpUrl = (u: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(u.replaceAll('{{', '').replaceAll('}}', '')).protocol);
  } catch {
    return false;
  }
};

/** Why a template cannot be used: a placeholder it does not know, or anything beyond plain {{name}} (no sections, no unescaped values). */
function templateProblem(template: string): string | null {
  let tokens: Mustache.TemplateSpans;
  try {
    tokens = Mustache.parse(template);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  const bad = tokens.find(([type, value]) => type !== 'text' && !(type === 'name' && (smsPlaceholders as readonly string[]).includes(value)));
  return bad ? `{{${bad[0] === 'name' ? '' : bad[0]}${bad[1]}}}` : null;
}

const sampleValues: Values = { sender: 'Debitum', to: '+31612345678', toDigits: '31612345678', text: 'a "quoted" text', reference: 'dbt0', account: 'AC0', secret: 's' };

const customGatewaySchema = z.object({
  /** How the body is written: JSON (values JSON-escaped) or an HTML form (values URL-encoded). */
  format: z.enum(['json', 'form']).default('json'),
  authHeader: z.string().trim().max(100).regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]*$/, 'outbox.errors.sms.header').default('Authorization'),
  authValue: z.string().max(500).default('Bearer {{secret}}'),
  body: z.string().max(4000).default(DEFAULT_BODY),
  /** `path=value` in the JSON answer that means the SMS was taken (e.g. `status=0`); empty: any 2xx answer. */
  success: z.string().trim().max(200).regex(/^([^=\s]+=.*)?$/, 'outbox.errors.sms.success').default(''),
  /** Where the gateway's message id is in the JSON answer (e.g. `messages.0.id`); empty: it gives none. */
  idPath: z.string().trim().max(200).default(''),
});

function customIssues(setup: SmsSetup, ctx: z.RefinementCtx): void {
  if (!setup.url) ctx.addIssue({ code: 'custom', path: ['url'], message: 'outbox.errors.sms.urlRequired' });
  for (const field of ['authValue', 'body'] as const) {
    const problem = templateProblem(setup.custom[field]);
    if (problem) ctx.addIssue({ code: 'custom', path: ['custom', field], message: 'outbox.errors.sms.template', params: { detail: problem } });
  }
  if (setup.custom.format === 'json' && !templateProblem(setup.custom.body) && parseJson(fill(setup.custom.body, sampleValues, jsonEscape)) === undefined) {
    ctx.addIssue({ code: 'custom', path: ['custom', 'body'], message: 'outbox.errors.sms.json' });
  }
}

/**
 * Settings → SMS: the gateway and what is not secret about it. The API key, token or secret is kept by the secret
 * store (SMS_SECRET), never here. `url` empty means the gateway's own address; set, it replaces it (CM's regional
 * gateways, a test server), and may name `{{account}}`.
 */
export const smsAccountSchema = z
  .object({
    gateway: z.enum(smsGateways).default('none'),
    sender: z.string().trim().max(20).default(''),
    /** Twilio's Account SID, Vonage's API key: the half of the credentials that is no secret. */
    account: z.string().trim().max(100).default(''),
    url: z.string().trim().max(500).default(''),
    custom: customGatewaySchema.prefault({}),
  })
  .superRefine((setup, ctx) => {
    if (setup.sender && !checkSender(setup.sender).ok) ctx.addIssue({ code: 'custom', path: ['sender'], message: 'outbox.errors.sms.sender' });
    const urlProblem = setup.url ? templateProblem(setup.url) : null;
    if (setup.url && !isHttpUrl(setup.url)) ctx.addIssue({ code: 'custom', path: ['url'], message: 'errors.url' });
    else if (urlProblem) ctx.addIssue({ code: 'custom', path: ['url'], message: 'outbox.errors.sms.template', params: { detail: urlProblem } });
    if (setup.gateway === 'custom') customIssues(setup, ctx);
  });
export type SmsSetup = z.infer<typeof smsAccountSchema>;

/** One SMS as the outbox keeps it: sender and number (E.164) checked when it was queued, the text, our reference. */
export type SmsContent = { sender: string; to: string; text: string; reference: string };
export type SmsRequest = { url: string; headers: Record<string, string>; body: string };
export type SmsAnswer = { status: number; contentType: string; body: string };

/**
 * What the gateway's answer means for the message. `hold`: the gateway refuses the office's setup (its credentials, a
 * URL that is no API), not this SMS; the message waits, and nothing more goes until Settings → SMS change.
 */
export type SmsVerdict = TryResult & { hold?: true };

/** Why an SMS did not go, in a form the Outbox screen words in the user's language: `[sms:<code>] <detail>`. */
export const smsReasonCodes = ['credentials', 'html', 'url', 'busy', 'server', 'refused', 'unreadable', 'timeout', 'dropped', 'connection'] as const;
export type SmsReasonCode = (typeof smsReasonCodes)[number];
export const smsReason = (code: SmsReasonCode, detail: string) => `[sms:${code}] ${detail}`.slice(0, 500);
export function readSmsReason(reason: string): { code: SmsReasonCode; detail: string } | null {
  const m = /^\[sms:([a-z]+)\] ?([\s\S]*)$/.exec(reason);
  return m && (smsReasonCodes as readonly string[]).includes(m[1]!) ? { code: m[1] as SmsReasonCode, detail: m[2]! } : null;
}

const jsonEscape = (s: string) => JSON.stringify(s).slice(1, -1);
const fill = (template: string, values: Values, escape: (s: string) => string) => Mustache.render(template, values, {}, { escape });

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The value at a dotted path (`messages.0.id`) of a JSON answer. */
function at(json: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), json);
}
const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');

const utf8Base64 = (s: string) => btoa(String.fromCharCode(...new TextEncoder().encode(s)));
const jsonBody = (headers: Record<string, string>, body: unknown) => ({ headers: { ...headers, 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) });
const formBody = (headers: Record<string, string>, body: Record<string, string>) => ({
  headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
  body: new URLSearchParams(body).toString(),
});

type Judgement = { ok: true; id: string } | { ok: false; code: 'credentials' | 'busy' | 'refused' | 'unreadable'; detail: string };
const ok = (id: string): Judgement => ({ ok: true, id });
const no = (code: 'credentials' | 'busy' | 'refused' | 'unreadable', detail: string): Judgement => ({ ok: false, code, detail });

type PresetSpec = {
  url: string;
  /** Whether the gateway names an account apart from its secret. */
  account: boolean;
  request(sms: SmsContent, auth: { account: string; secret: string }): { headers: Record<string, string>; body: string };
  /** The gateway's own word in a JSON answer; `unreadable` when the answer is not one it gives. */
  judge(json: unknown, reference: string): Judgement;
};

const digits = (e164: string) => e164.replace(/^\+/, '');
const cmNumber = (e164: string) => `00${digits(e164)}`;
const numberAs = (sender: string, format: (e164: string) => string) => (sender.startsWith('+') ? format(sender) : sender);

function judgeCm(json: unknown): Judgement {
  const code = at(json, 'errorCode');
  const detail = text(at(json, 'messages.0.messageDetails')) || text(at(json, 'details'));
  if (code === 0 && at(json, 'messages.0.status') === 'Accepted') return ok(text(at(json, 'messages.0.reference')));
  if (code === 101 || code === 103) return no('credentials', detail);
  if (code === 500) return no('busy', detail);
  return typeof code === 'number' ? no('refused', `${code} ${detail}`.trim()) : no('unreadable', '');
}

function judgeSeven(json: unknown, reference: string): Judgement {
  if (typeof json === 'number' || typeof json === 'string') {
    const code = Number(json);
    if (!Number.isInteger(code)) return no('unreadable', '');
    if (code === 100) return ok(reference);
    return [300, 900, 902, 903].includes(code) ? no('credentials', `code ${code}`) : no('refused', `code ${code}`);
  }
  const message = at(json, 'messages.0');
  if (at(json, 'success') === '100' && at(message, 'success') !== false) return ok(text(at(message, 'id')) || reference);
  if (at(json, 'success') === undefined) return no('unreadable', '');
  return no('refused', text(at(message, 'error_text')) || `code ${text(at(json, 'success'))}`);
}

function judgeVonage(json: unknown): Judgement {
  const status = text(at(json, 'messages.0.status'));
  const detail = text(at(json, 'messages.0.error-text')) || `status ${status}`;
  if (status === '0') return ok(text(at(json, 'messages.0.message-id')));
  if (status === '4' || status === '8') return no('credentials', detail);
  if (status === '1' || status === '5') return no('busy', detail);
  return status ? no('refused', detail) : no('unreadable', '');
}

/** A created message's id (Spryng, MessageBird, Twilio), else the error the gateway wrote. */
const judgeCreated =
  (idField: string, error: (json: unknown) => string) =>
  (json: unknown): Judgement => {
    const id = text(at(json, idField));
    if (id) return ok(id);
    const detail = error(json);
    return detail ? no('refused', detail) : no('unreadable', '');
  };

const presets: Record<Preset, PresetSpec> = {
  cm: {
    url: 'https://gw.cmtelecom.com/v1.0/message',
    account: false,
    request: (sms, { secret }) =>
      jsonBody(
        {},
        {
          messages: {
            authentication: { producttoken: secret },
            msg: [{ from: numberAs(sms.sender, cmNumber), to: [{ number: cmNumber(sms.to) }], body: { type: 'auto', content: sms.text }, reference: sms.reference, minimumNumberOfMessageParts: 1, maximumNumberOfMessageParts: 8 }],
          },
        },
      ),
    judge: judgeCm,
  },
  spryng: {
    url: 'https://rest.spryngsms.com/v1/messages',
    account: false,
    request: (sms, { secret }) =>
      jsonBody({ authorization: `Bearer ${secret}` }, { body: sms.text, encoding: 'auto', originator: numberAs(sms.sender, digits), recipients: [digits(sms.to)], route: 'business', reference: sms.reference }),
    judge: judgeCreated('id', (j) => text(at(j, 'message'))),
  },
  messagebird: {
    url: 'https://rest.messagebird.com/messages',
    account: false,
    request: (sms, { secret }) =>
      jsonBody({ authorization: `AccessKey ${secret}` }, { originator: numberAs(sms.sender, digits), body: sms.text, recipients: [digits(sms.to)], reference: sms.reference, datacoding: 'auto' }),
    judge: judgeCreated('id', (j) => text(at(at(j, 'errors'), '0.description'))),
  },
  twilio: {
    url: 'https://api.twilio.com/2010-04-01/Accounts/{{account}}/Messages.json',
    account: true,
    // Twilio takes no client reference; the SID it answers with is what its console finds the message by.
    request: (sms, { account, secret }) => formBody({ authorization: `Basic ${utf8Base64(`${account}:${secret}`)}` }, { To: sms.to, From: sms.sender, Body: sms.text }),
    judge: judgeCreated('sid', (j) => `${text(at(j, 'code'))} ${text(at(j, 'message'))}`.trim()),
  },
  seven: {
    url: 'https://gateway.seven.io/api/sms',
    account: false,
    request: (sms, { secret }) => formBody({ 'x-api-key': secret }, { to: sms.to, from: sms.sender, text: sms.text, foreign_id: sms.reference }),
    judge: judgeSeven,
  },
  vonage: {
    url: 'https://rest.nexmo.com/sms/json',
    account: true,
    request: (sms, { account, secret }) =>
      formBody(
        {},
        // Vonage sends a text as GSM unless told otherwise, which garbles "Zoë"; `unicode` sends it as UCS-2.
        { api_key: account, api_secret: secret, from: numberAs(sms.sender, digits), to: digits(sms.to), text: sms.text, type: smsLength(sms.text).encoding === 'ucs2' ? 'unicode' : 'text', 'client-ref': sms.reference },
      ),
    judge: judgeVonage,
  },
};

/** Whether the gateway names an account (Twilio's SID, Vonage's key) besides its secret. */
export const needsAccount = (gateway: SmsGateway) => gateway === 'custom' || (gateway !== 'none' && presets[gateway].account);

const valuesOf = (setup: SmsSetup, sms: SmsContent, secret: string): Values => ({ ...sms, toDigits: digits(sms.to), account: setup.account, secret });

const noValues = Object.fromEntries(smsPlaceholders.map((p) => [p, ''])) as Values;

/** The address the SMS is posted to, with the placeholders given filled in (the others empty: enough to name its host). */
export function smsEndpoint(setup: SmsSetup, values: Partial<Values> = {}): string {
  const template = setup.url || (setup.gateway === 'none' || setup.gateway === 'custom' ? '' : presets[setup.gateway].url);
  return fill(template, { ...noValues, account: setup.account, ...values }, encodeURIComponent);
}

/** The HTTP request that asks the configured gateway to send one SMS. */
export function smsRequest(setup: SmsSetup, sms: SmsContent, secret: string): SmsRequest {
  const values = valuesOf(setup, sms, secret);
  const url = smsEndpoint(setup, values);
  if (setup.gateway === 'none') throw new Error('no SMS gateway is set');
  if (setup.gateway !== 'custom') return { url, ...presets[setup.gateway].request(sms, { account: setup.account, secret }) };
  const c = setup.custom;
  const escape = c.format === 'json' ? jsonEscape : encodeURIComponent;
  const headers: Record<string, string> = { 'content-type': c.format === 'json' ? 'application/json' : 'application/x-www-form-urlencoded', accept: 'application/json' };
  if (c.authHeader) headers[c.authHeader.toLowerCase()] = fill(c.authValue, values, String);
  return { url, headers, body: fill(c.body, values, escape) };
}

function judgeCustom(setup: SmsSetup, json: unknown, reference: string): Judgement {
  const { success, idPath } = setup.custom;
  if (success) {
    if (json === undefined) return no('unreadable', '');
    const [path, expected] = [success.slice(0, success.indexOf('=')), success.slice(success.indexOf('=') + 1)];
    if (text(at(json, path)) !== expected) return no('refused', `${path} is “${text(at(json, path))}”, not “${expected}”`);
  }
  return ok((idPath && text(at(json, idPath))) || reference);
}

const isHtml = (a: SmsAnswer) => /text\/html/i.test(a.contentType) || /^\s*<(!doctype html|html)/i.test(a.body);

/** What the gateway said, short: the HTTP status, its own words where it gave some, else the start of its answer. */
function said(a: SmsAnswer, words = ''): string {
  const title = isHtml(a) ? /<title[^>]*>([^<]*)<\/title>/i.exec(a.body)?.[1]?.trim() : undefined;
  const shown = words || (title !== undefined ? `a web page “${title}”` : a.body.replace(/\s+/g, ' ').trim().slice(0, 200));
  return shown ? `HTTP ${a.status}: ${shown}` : `HTTP ${a.status}`;
}

const retry = (code: SmsReasonCode, detail: string, hold = false): SmsVerdict => ({ result: 'retry', reason: smsReason(code, detail), ...(hold ? { hold: true as const } : {}) });

function fromJudgement(j: Judgement, a: SmsAnswer): SmsVerdict {
  if (j.ok) return { result: 'sent', response: j.id ? `HTTP ${a.status}, message id ${j.id}` : `HTTP ${a.status}` };
  if (j.code === 'credentials') return retry('credentials', said(a, j.detail), true);
  if (j.code === 'busy') return retry('busy', said(a, j.detail));
  if (j.code === 'refused') return { result: 'failed', reason: smsReason('refused', said(a, j.detail)) };
  // The gateway took the request and answered something we cannot read: it may have sent the SMS.
  return { result: 'uncertain', reason: smsReason('unreadable', said(a)) };
}

/**
 * The outbox's classification of a gateway's answer (DOMAIN.md §7): 401/403 name the credentials and hold the
 * gateway; 429 and 5xx are for now (retried with backoff); a web page where the API should answer, a redirect or a
 * 404 mean the URL is wrong (held); another 4xx refuses this SMS for good; a 2xx is read as the gateway reads it.
 */
export function readSmsAnswer(setup: SmsSetup, a: SmsAnswer, reference: string): SmsVerdict {
  const json = isHtml(a) ? undefined : parseJson(a.body);
  const judged = setup.gateway === 'custom' ? judgeCustom(setup, json, reference) : setup.gateway === 'none' ? no('unreadable', '') : presets[setup.gateway].judge(json, reference);
  const words = judged.ok ? '' : judged.detail;
  if (a.status === 401 || a.status === 403) return retry('credentials', said(a, words), true);
  if (a.status === 429 || a.status >= 500) return retry(isHtml(a) ? 'html' : a.status === 429 ? 'busy' : 'server', said(a, words));
  if (isHtml(a)) return retry('html', said(a), true);
  if (a.status < 200 || (a.status >= 300 && a.status < 400) || a.status === 404 || a.status === 405) return retry('url', said(a), true);
  if (a.status >= 400) return fromJudgement(judged.ok || judged.code === 'unreadable' ? no('refused', '') : judged, a);
  return fromJudgement(judged, a);
}
