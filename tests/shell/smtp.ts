import { type ParsedMail, simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

/**
 * What the server does with the next messages: take them; refuse the recipient for good (550); refuse the message
 * for now (451, after reading it); read the whole message and drop the connection without an answer; or turn every
 * connection away at the greeting (421), as a server that is down does.
 */
export type Mode = 'accept' | 'refuse_recipient' | 'try_later' | 'drop_after_data' | 'down';

export type Received = { raw: Buffer; mail: ParsedMail; envelopeTo: string[] };

/** One XOAUTH2 login the server saw: the user and token it was given, and whether it let them in. */
export type Login = { user: string; token: string; ok: boolean };

export type TestSmtp = {
  port: number;
  mode: Mode;
  /** A recipient's own mode, over `mode`. */
  byRecipient: Map<string, Mode>;
  /** Every message the server accepted, in order. */
  received: Received[];
  /** How often each Message-ID arrived (accepted or not: a dropped message may still have been delivered). */
  arrivals: Map<string, number>;
  /** Every XOAUTH2 login, in order (none on a server without `xoauth2`). */
  logins: Login[];
  close(): Promise<void>;
};

export type TestSmtpOptions = {
  /** Keep what arrives unparsed (a benchmark's relay). */
  parse?: boolean;
  /** Require an XOAUTH2 login, as Microsoft's server does, and take it when this says the token is good. */
  xoauth2?: (user: string, token: string) => boolean;
};

const refusal = (message: string, responseCode: number) => Object.assign(new Error(message), { responseCode });

/**
 * A real SMTP server on 127.0.0.1 (smtp-server), in plain text as a local relay is: no STARTTLS, and no login unless
 * `xoauth2` asks for one. Messages are read back with mailparser.
 */
export async function testSmtp(initial: Mode = 'accept', { parse = true, xoauth2 }: TestSmtpOptions = {}): Promise<TestSmtp> {
  const state: TestSmtp = { port: 0, mode: initial, byRecipient: new Map(), received: [], arrivals: new Map(), logins: [], close: async () => {} };
  const modeOf = (to: string | undefined) => (to && state.byRecipient.get(to)) || state.mode;
  const server: SMTPServer = new SMTPServer({
    disabledCommands: xoauth2 ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authMethods: ['XOAUTH2'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      const ok = auth.method === 'XOAUTH2' && !!xoauth2?.(auth.username ?? '', auth.accessToken ?? '');
      state.logins.push({ user: auth.username ?? '', token: auth.accessToken ?? '', ok });
      if (ok) return callback(null, { user: auth.username });
      // What Exchange Online and Gmail answer to a bad token: a 334 challenge with the error, then 535.
      callback(null, { data: { status: '401', schemes: 'bearer', scope: 'https://outlook.office.com/SMTP.Send' } });
    },
    onConnect(_session, callback) {
      if (state.mode === 'down') return callback(refusal('Service not available, closing transmission channel', 421));
      callback();
    },
    onRcptTo(address, _session, callback) {
      if (modeOf(address.address) === 'refuse_recipient') return callback(refusal(`5.1.1 <${address.address}>: Recipient address rejected: User unknown`, 550));
      callback();
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const id = /^Message-ID:\s*(<[^>]+>)/im.exec(raw.toString('latin1'))?.[1] ?? '(none)';
        state.arrivals.set(id, (state.arrivals.get(id) ?? 0) + 1);
        const mode = modeOf(session.envelope.rcptTo[0]?.address);
        if (mode === 'try_later') return callback(refusal('4.3.0 Try again later', 451));
        if (mode === 'drop_after_data') {
          // The message is in; the answer never leaves: the socket of this session is cut.
          const connections = (server as unknown as { connections: Set<{ id: string; _socket: { destroy(): void } }> }).connections;
          for (const c of connections) if (c.id === session.id) c._socket.destroy();
          return;
        }
        const envelopeTo = session.envelope.rcptTo.map((r) => r.address);
        // A benchmark's server answers at once, as a relay does, and keeps the message unread.
        if (!parse) {
          state.received.push({ raw, mail: {} as ParsedMail, envelopeTo });
          return callback(null, `2.0.0 Ok: queued as ${state.received.length}`);
        }
        void simpleParser(raw).then((mail) => {
          state.received.push({ raw, mail, envelopeTo });
          callback(null, `2.0.0 Ok: queued as ${state.received.length}`);
        }, callback);
      });
    },
  });
  // A client cut off mid-message (the crash test's killed dispatcher) is the server's everyday: not an error here.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.server.address() as AddressInfo).port;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
