import http, { type ClientRequest, type IncomingMessage } from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import type { ClaimedSms, TryResult } from '../../../shared/domain/outbox/message';
import { readSmsAnswer, type SmsAnswer, type SmsSetup, type SmsVerdict, smsEndpoint, smsReason, smsRequest } from '../../../shared/domain/outbox/sms-gateways';
import { SMS_SECRET, type SecretStore } from '../secrets';
import type { SettingsStore } from '../settings';

export type SmsAccount = { setup: SmsSetup; secret: string };
export type SmsTimeouts = { connectMs: number; answerMs: number };
export const PRODUCT_SMS_TIMEOUTS: SmsTimeouts = { connectMs: 15_000, answerMs: 30_000 };

/** A gateway's answer is a few hundred bytes; more is cut off rather than read into memory. */
const MAX_ANSWER = 64 * 1024;

/** The gateway to send with, or null while Settings → SMS names none (or a preset without its key). */
export async function smsAccountOf(settings: SettingsStore, secrets: SecretStore): Promise<SmsAccount | null> {
  const setup = settings.get().sms;
  if (setup.gateway === 'none') return null;
  const secret = (await secrets.get(SMS_SECRET)) ?? '';
  // A custom gateway may take no secret at all (an office's own relay); every preset needs one.
  return secret || setup.gateway === 'custom' ? { setup, secret } : null;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The gateway's answer, read to its end; rejects when the connection breaks before it. */
function readAnswer(res: IncomingMessage): Promise<SmsAnswer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (c: Buffer) => {
      if ((size += c.length) <= MAX_ANSWER) chunks.push(c);
    });
    res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }));
    res.on('aborted', () => reject(new Error('the connection broke during the answer')));
    res.on('error', reject);
  });
}

/** Whether the gateway's host answers at all: a connection opened (with TLS for https) and closed, nothing sent. */
function reach(url: URL, connectMs: number): Promise<void> {
  const secure = url.protocol === 'https:';
  const port = Number(url.port) || (secure ? 443 : 80);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve, reject) => {
    const socket = secure ? tls.connect({ host, port, servername: net.isIP(host) ? undefined : host }) : net.connect({ host, port });
    const timer = setTimeout(() => socket.destroy(new Error(`${url.host} did not answer within ${connectMs / 1000} s`)), connectMs);
    socket.once(secure ? 'secureConnect' : 'connect', () => {
      clearTimeout(timer);
      socket.destroy();
      resolve();
    });
    socket.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

/**
 * Sends claimed SMS through the office's gateway over HTTP(S), each on a connection of its own: a kept-alive
 * connection the gateway closed meanwhile would break after the request went out and leave the SMS uncertain for
 * nothing. `send` says what became of each one — the outbox's classification (DOMAIN.md §7):
 * - the gateway's answer, read by readSmsAnswer: sent, failed for good, for now (retry), or held (credentials, URL);
 * - the connection failed or timed out before the whole request was written → retry: the gateway cannot have it;
 * - it broke, or no answer came in time, after the request went out → uncertain: the gateway may have sent it.
 * After a retry, an uncertain one or a hold the session is given up (`usable` false) and the next round starts anew.
 */
export class SmsSession {
  private broken = false;
  private readonly live = new Set<ClientRequest>();
  /** Why the gateway refused the office's setup, once it did: nothing more goes until the setup changes. */
  refusal: string | null = null;

  private constructor(
    private readonly account: SmsAccount,
    private readonly timeouts: SmsTimeouts,
  ) {}

  /** Resolves once the gateway's host can be reached; rejects, with the system's reason, while it cannot. */
  static async open(account: SmsAccount, timeouts: SmsTimeouts = PRODUCT_SMS_TIMEOUTS): Promise<SmsSession> {
    await reach(new URL(smsEndpoint(account.setup)), timeouts.connectMs);
    return new SmsSession(account, timeouts);
  }

  get usable(): boolean {
    return !this.broken;
  }

  async send(message: Pick<ClaimedSms, 'from' | 'to' | 'text' | 'messageId'>): Promise<TryResult> {
    const { hold, ...result } = await this.post(message);
    if (hold && result.result !== 'sent') {
      this.refusal = result.reason;
      this.broken = true;
    }
    return result;
  }

  private post(message: Pick<ClaimedSms, 'from' | 'to' | 'text' | 'messageId'>): Promise<SmsVerdict> {
    const { setup, secret } = this.account;
    let out = false;
    // Before the request is written the gateway cannot have it; after, a lost answer may hide a sent SMS.
    const lost = (timedOut: boolean, detail: string): SmsVerdict => {
      this.broken = true;
      if (out) return { result: 'uncertain', reason: smsReason(timedOut ? 'timeout' : 'dropped', detail) };
      return { result: 'retry', reason: smsReason(timedOut ? 'timeout' : 'connection', detail) };
    };
    return new Promise((resolve) => {
      let req: ClientRequest;
      try {
        const request = smsRequest(setup, { sender: message.from, to: message.to, text: message.text, reference: message.messageId }, secret);
        const url = new URL(request.url);
        const headers = { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) };
        req = (url.protocol === 'https:' ? https : http).request(url, { method: 'POST', headers, agent: false });
        req.end(request.body);
      } catch (e) {
        // The settings make a request Node refuses to write (a URL or a header it cannot send): nothing went out.
        return resolve({ result: 'retry', reason: smsReason('connection', messageOf(e)), hold: true });
      }
      const settle = (verdict: SmsVerdict) => {
        clearTimeout(timer);
        this.live.delete(req);
        resolve(verdict);
      };
      const timer = setTimeout(() => {
        settle(lost(true, `no answer within ${this.timeouts.answerMs / 1000} s`));
        req.destroy();
      }, this.timeouts.answerMs);
      this.live.add(req);
      req.on('finish', () => (out = true));
      req.on('error', (e) => settle(lost(false, messageOf(e))));
      req.on('response', (res) =>
        readAnswer(res).then(
          (answer) => settle(readSmsAnswer(setup, answer, message.messageId)),
          (e: unknown) => settle(lost(false, messageOf(e))),
        ),
      );
    });
  }

  /** Nothing stays open between messages. */
  close(): void {}

  /** Cuts whatever is on the wire at once, as a killed process would. */
  destroy(): void {
    this.broken = true;
    for (const req of this.live) req.destroy();
  }
}
