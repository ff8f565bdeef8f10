import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { SmsGateway } from '../../shared/domain/outbox/sms-gateways';

type Preset = Exclude<SmsGateway, 'none'>;

/**
 * What the gateway does with the next requests: take the SMS; refuse the credentials (as each gateway does it);
 * fail on its side (500) or ask to wait (429); answer with a web page (a hotel Wi-Fi's sign-in); refuse the number
 * for good; read the request and cut the connection without an answer; or read it, take the SMS and answer too late.
 */
export type GatewayMode = 'accept' | 'unauthorized' | 'server_error' | 'busy' | 'html' | 'refuse_number' | 'drop' | 'slow';

export type ReceivedSms = { preset: Preset; sender: string; to: string; text: string; reference: string };

export type TestGateway = {
  port: number;
  mode: GatewayMode;
  /** Modes for the next requests, one each, before `mode` applies again. */
  next: GatewayMode[];
  /** How long a slow answer takes. */
  slowMs: number;
  /** Every SMS the gateway took (sent on to the phone), in order, whatever became of its answer. */
  received: ReceivedSms[];
  /** How many requests reached the gateway per text, taken or not. */
  arrivals: Map<string, number>;
  /** The address of a preset's API on this server, as Settings → SMS would name it. */
  url(preset: Preset): string;
  close(): Promise<void>;
};

/** What every preset's credentials are on this server. */
export const GATEWAY_SECRET = 'test-key-1';
export const GATEWAY_ACCOUNT = 'AC0123456789';

type Parsed = { authorized: boolean; sms: Omit<ReceivedSms, 'preset'> };
type Answer = { status: number; body: string; contentType?: string };
type Spec = {
  path: string;
  read(body: string, headers: IncomingHttpHeaders, path: string): Parsed;
  taken(sms: Omit<ReceivedSms, 'preset'>, n: number): Answer;
  unauthorized: Answer;
  refused: Answer;
};

const json = (status: number, body: unknown): Answer => ({ status, body: JSON.stringify(body), contentType: 'application/json' });
const form = (body: string) => Object.fromEntries(new URLSearchParams(body));
const fromDigits = (n: string) => (n.startsWith('00') ? `+${n.slice(2)}` : n.startsWith('+') ? n : `+${n}`);
const basic = (headers: IncomingHttpHeaders) => Buffer.from(String(headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString();

const specs: Record<Preset, Spec> = {
  cm: {
    path: '/v1.0/message',
    read(body) {
      const { messages } = JSON.parse(body) as { messages: { authentication: { producttoken: string }; msg: { from: string; to: { number: string }[]; body: { content: string }; reference: string }[] } };
      const [m] = messages.msg;
      return { authorized: messages.authentication.producttoken === GATEWAY_SECRET, sms: { sender: m!.from, to: fromDigits(m!.to[0]!.number), text: m!.body.content, reference: m!.reference } };
    },
    taken: (sms) => json(200, { details: 'Created 1 message(s)', errorCode: 0, messages: [{ to: sms.to, status: 'Accepted', reference: sms.reference, parts: 1, messageDetails: null, messageErrorCode: 0 }] }),
    unauthorized: json(401, { details: 'No account found for the given authentication', errorCode: 101, messages: [] }),
    refused: json(400, { details: 'Request not processed', errorCode: 201, messages: [{ to: '', status: 'Rejected', reference: '', parts: 0, messageDetails: 'Gsm \'0031\' is not a number.', messageErrorCode: 303 }] }),
  },
  spryng: {
    path: '/v1/messages',
    read(body, headers) {
      const b = JSON.parse(body) as { body: string; originator: string; recipients: string[]; reference: string };
      return { authorized: headers.authorization === `Bearer ${GATEWAY_SECRET}`, sms: { sender: b.originator, to: fromDigits(b.recipients[0]!), text: b.body, reference: b.reference } };
    },
    taken: (sms, n) => json(200, { id: `spryng-${n}`, encoding: 'unicode', originator: sms.sender, body: sms.text, reference: sms.reference, credits: 1, scheduled_at: null }),
    unauthorized: json(401, { message: 'Unauthenticated.' }),
    refused: json(422, { message: 'The given data was invalid.', errors: { recipients: ['The recipient is invalid.'] } }),
  },
  messagebird: {
    path: '/messages',
    read(body, headers) {
      const b = JSON.parse(body) as { body: string; originator: string; recipients: string[]; reference: string };
      return { authorized: headers.authorization === `AccessKey ${GATEWAY_SECRET}`, sms: { sender: b.originator, to: fromDigits(b.recipients[0]!), text: b.body, reference: b.reference } };
    },
    taken: (sms, n) => json(201, { id: `49e40bae0b374f1ca5e3d04d46edc7c${n}`, direction: 'mt', type: 'sms', originator: sms.sender, body: sms.text, reference: sms.reference, recipients: { totalCount: 1, totalSentCount: 1 } }),
    unauthorized: json(401, { errors: [{ code: 2, description: 'Request not allowed (incorrect access_key)', parameter: 'access_key' }] }),
    refused: json(422, { errors: [{ code: 9, description: 'no (correct) recipients found', parameter: 'recipient' }] }),
  },
  twilio: {
    path: `/2010-04-01/Accounts/${GATEWAY_ACCOUNT}/Messages.json`,
    read(body, headers, path) {
      const b = form(body);
      const authorized = basic(headers) === `${GATEWAY_ACCOUNT}:${GATEWAY_SECRET}` && path.includes(`/Accounts/${GATEWAY_ACCOUNT}/`);
      return { authorized, sms: { sender: b.From!, to: b.To!, text: b.Body!, reference: '' } };
    },
    taken: (sms, n) => json(201, { sid: `SM${String(n).padStart(32, '0')}`, status: 'queued', to: sms.to, from: sms.sender, body: sms.text, num_segments: '1' }),
    unauthorized: json(401, { code: 20003, message: 'Authenticate', more_info: 'https://www.twilio.com/docs/errors/20003', status: 401 }),
    refused: json(400, { code: 21211, message: "The 'To' number is not a valid phone number.", status: 400 }),
  },
  seven: {
    path: '/api/sms',
    read(body, headers) {
      const b = form(body);
      return { authorized: headers['x-api-key'] === GATEWAY_SECRET, sms: { sender: b.from!, to: b.to!, text: b.text!, reference: b.foreign_id! } };
    },
    taken: (sms, n) => json(200, { success: '100', total_price: 0.075, balance: 10, debug: 'false', sms_type: 'direct', messages: [{ id: `7700${n}`, sender: sms.sender, recipient: sms.to, text: sms.text, encoding: 'gsm', parts: 1, price: 0.075, success: true, error: null, error_text: null }] }),
    // seven.io answers a wrong key with its bare error code, and HTTP 200.
    unauthorized: { status: 200, body: '900', contentType: 'text/plain' },
    refused: { status: 200, body: '202', contentType: 'text/plain' },
  },
  vonage: {
    path: '/sms/json',
    read(body) {
      const b = form(body);
      return { authorized: b.api_key === GATEWAY_ACCOUNT && b.api_secret === GATEWAY_SECRET, sms: { sender: b.from!, to: fromDigits(b.to!), text: b.text!, reference: b['client-ref']! } };
    },
    taken: (sms, n) => json(200, { 'message-count': '1', messages: [{ to: sms.to.slice(1), 'message-id': `0C00000021${n}`, status: '0', 'remaining-balance': '15.5', 'message-price': '0.0333', network: '20408' }] }),
    unauthorized: json(200, { 'message-count': '1', messages: [{ status: '4', 'error-text': 'Bad Credentials' }] }),
    refused: json(200, { 'message-count': '1', messages: [{ status: '6', 'error-text': 'Unroutable message - rejected' }] }),
  },
  custom: {
    path: '/custom/send',
    read(body, headers) {
      const b = JSON.parse(body) as { from: string; to: string; text: string; reference: string };
      return { authorized: headers['x-auth-token'] === GATEWAY_SECRET, sms: { sender: b.from, to: b.to, text: b.text, reference: b.reference } };
    },
    taken: (_sms, n) => json(200, { result: { ok: true, id: `C-${n}` } }),
    unauthorized: json(401, { result: { ok: false, error: 'bad token' } }),
    refused: json(200, { result: { ok: false, error: 'number not reachable' } }),
  },
};

/** Settings → SMS's custom gateway as this server's /custom/send takes it. */
export const CUSTOM_SETUP = {
  format: 'json',
  authHeader: 'X-Auth-Token',
  authValue: '{{secret}}',
  body: '{"from":"{{sender}}","to":"{{to}}","text":"{{text}}","reference":"{{reference}}"}',
  success: 'result.ok=true',
  idPath: 'result.id',
} as const;

const HTML = '<!DOCTYPE html><html><head><title>Sign in to Hotel Wi-Fi</title></head><body><form>Room number</form></body></html>';

function send(res: ServerResponse, a: Answer): void {
  res.writeHead(a.status, { 'content-type': a.contentType ?? 'text/plain' });
  res.end(a.body);
}

/**
 * A real HTTP server on 127.0.0.1 that speaks each preset's API shape (CM, Spryng, MessageBird, Twilio, seven.io,
 * Vonage) and the custom one of CUSTOM_SETUP: it checks each gateway's own authentication, reads the SMS back out of
 * its own request format, and answers the way that gateway answers.
 */
export async function testGateway(initial: GatewayMode = 'accept'): Promise<TestGateway> {
  const sockets = new Set<Socket>();
  const state: TestGateway = { port: 0, mode: initial, next: [], slowMs: 1_500, received: [], arrivals: new Map(), url: () => '', close: async () => {} };
  const take = (preset: Preset, sms: Omit<ReceivedSms, 'preset'>) => state.received.push({ preset, ...sms });

  async function answer(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const preset = (Object.keys(specs) as Preset[]).find((p) => specs[p].path === path || (p === 'twilio' && /^\/2010-04-01\/Accounts\/[^/]+\/Messages\.json$/.test(path)));
    if (!preset || req.method !== 'POST') return send(res, { status: 404, body: 'Not Found' });
    const spec = specs[preset];
    const { authorized, sms } = spec.read(body, req.headers, path);
    state.arrivals.set(sms.text, (state.arrivals.get(sms.text) ?? 0) + 1);
    const mode = state.next.shift() ?? state.mode;
    if (!authorized || mode === 'unauthorized') return send(res, spec.unauthorized);
    if (mode === 'server_error') return send(res, { status: 500, body: 'Internal Server Error' });
    if (mode === 'busy') return send(res, { status: 429, body: 'Too Many Requests' });
    if (mode === 'html') return send(res, { status: 200, body: HTML, contentType: 'text/html; charset=utf-8' });
    if (mode === 'refuse_number') return send(res, spec.refused);
    take(preset, sms);
    // The SMS is on its way to the phone; the answer never leaves, or leaves too late.
    if (mode === 'drop') return void req.socket.destroy();
    if (mode === 'slow') await new Promise((r) => setTimeout(r, state.slowMs));
    send(res, spec.taken(sms, state.received.length));
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => void answer(req, res, Buffer.concat(chunks).toString('utf8')).catch(() => send(res, { status: 400, body: 'Bad Request' })));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.address() as AddressInfo).port;
  state.url = (preset) => `http://127.0.0.1:${state.port}${preset === 'twilio' ? '/2010-04-01/Accounts/{{account}}/Messages.json' : specs[preset].path}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return state;
}
