import SMTPConnection from 'nodemailer/lib/smtp-connection';
import type { NodemailerError } from 'nodemailer/lib/errors';
import XOAuth2 from 'nodemailer/lib/xoauth2';
import { Readable } from 'node:stream';
import type { ClaimedEmail, TryResult } from '../../../shared/domain/outbox/message';
import type { MailAccount } from '../../../shared/settings';

/** A server and how to log in to it: a password, or XOAUTH2 with a source of fresh access tokens; no user, no login. */
export type SmtpAccount = Pick<MailAccount, 'host' | 'port' | 'security' | 'user'> & ({ password: string } | { token(renew: boolean): Promise<string> });

export type SmtpTimeouts = { connectMs: number; socketMs: number };
export const PRODUCT_TIMEOUTS: SmtpTimeouts = { connectMs: 30_000, socketMs: 120_000 };

const reasonOf = (e: NodemailerError) => (e.response ?? e.message).slice(0, 500);

/**
 * The login of an account. For XOAUTH2, nodemailer asks its generator for the token; ours asks the account's token
 * source, which keeps the tokens (nodemailer's own generator would drop a rotated refresh token). When the server
 * refuses the token, nodemailer asks once more with `renew`, and the source refreshes it.
 */
function loginOf(account: SmtpAccount): SMTPConnection.AuthenticationType {
  if ('password' in account) return { user: account.user, pass: account.password };
  const { token } = account;
  const oauth2 = new XOAuth2({
    user: account.user,
    provisionCallback: (_user, renew, done) => void token(renew).then((t) => done(null, t), (e: Error) => done(e)),
  });
  return { type: 'OAuth2', user: account.user, oauth2 };
}

/**
 * One connection to the office's SMTP server, logged in, for sending messages one after the other. `send` says what
 * became of each message — the outbox's classification (DOMAIN.md §7):
 * - the server accepted it → sent;
 * - the server refused it for good (5xx, a refused recipient) → failed;
 * - the server refused it for now (4xx), or the connection broke before the message's last byte was handed to it
 *   (the server cannot have accepted a message it did not see end) → retry;
 * - the connection broke or went silent after the whole message went out → uncertain: it may have been accepted.
 * After anything but a sent message the connection is given up (`usable` false) and the next one opens anew.
 */
export class SmtpSession {
  private broken = false;

  private constructor(private readonly connection: SMTPConnection) {
    connection.on('error', () => (this.broken = true));
    connection.on('end', () => (this.broken = true));
  }

  /** Connects and logs in; a server that cannot be reached or refuses the login rejects with its reason. */
  static open(account: SmtpAccount, timeouts: SmtpTimeouts = PRODUCT_TIMEOUTS): Promise<SmtpSession> {
    const connection = new SMTPConnection({
      host: account.host,
      port: account.port,
      secure: account.security === 'tls',
      requireTLS: account.security === 'starttls',
      ignoreTLS: account.security === 'none',
      connectionTimeout: timeouts.connectMs,
      greetingTimeout: timeouts.connectMs,
      socketTimeout: timeouts.socketMs,
      socketCloseTimeout: 0,
    });
    return new Promise((resolve, reject) => {
      const fail = (e: Error) => {
        connection.close();
        reject(e);
      };
      connection.once('error', fail);
      connection.connect(() => {
        const ready = () => {
          connection.removeListener('error', fail);
          resolve(new SmtpSession(connection));
        };
        if (!account.user) return ready();
        connection.login(loginOf(account), (e) => (e ? fail(e) : ready()));
      });
    });
  }

  get usable(): boolean {
    return !this.broken;
  }

  send(message: Pick<ClaimedEmail, 'from' | 'to' | 'eml'>): Promise<TryResult> {
    let bodyOut = false;
    const body = Readable.from([Buffer.from(message.eml, 'latin1')]);
    body.once('end', () => (bodyOut = true));
    return new Promise((resolve) => {
      this.connection.send({ from: message.from, to: [message.to] }, body, (e, info) => {
        if (!e) {
          if (info.rejected.length > 0) return resolve({ result: 'failed', reason: reasonOf(info.rejectedErrors?.[0] ?? new Error('recipient refused')) });
          return resolve({ result: 'sent', response: info.response.slice(0, 500) });
        }
        // Whatever state the server is left in, the next message starts on a new connection.
        this.broken = true;
        if (e.responseCode !== undefined) return resolve({ result: e.permanent ? 'failed' : 'retry', reason: reasonOf(e) });
        resolve(bodyOut ? { result: 'uncertain', reason: reasonOf(e) } : { result: 'retry', reason: reasonOf(e) });
      });
    });
  }

  /** Says goodbye to the server and closes. */
  close(): void {
    if (this.broken) this.connection.close();
    else this.connection.quit();
  }

  /** Cuts the connection at once, as a killed process would, whatever is on the wire. */
  destroy(): void {
    this.broken = true;
    this.connection.close();
  }
}
