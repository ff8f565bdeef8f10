import type { DispatcherStatus, DispatcherStatuses } from '../../../shared/contract/outbox';
import type { ClaimedEmail, ClaimedMessage, ClaimedSms, OutboxChannel, SendOutcome, TryResult } from '../../../shared/domain/outbox/message';
import type { StoreContext } from '../../store/api';
import type { Clock } from '../clock';
import type { SecretStore } from '../secrets';
import type { SettingsStore } from '../settings';
import type { StoreClient } from '../store-client';
import { PRODUCT_SMS_TIMEOUTS, type SmsAccount, smsAccountOf, SmsSession, type SmsTimeouts } from './sms';
import { failureOf } from './account';
import { type SmtpAccount, SmtpSession, type SmtpTimeouts, PRODUCT_TIMEOUTS } from './smtp';

export type DispatcherOptions = {
  /** How often it looks for due messages when nothing woke it: a retry's time, a connection that came back. */
  pollMs: number;
  timeouts: SmtpTimeouts;
  sms: SmsTimeouts;
  /**
   * Connections sending side by side, per channel. Each message waits for its own claim and outcome to be on disk,
   * so one connection spends most of its time waiting; three keep the server busy and stay under the limit of
   * concurrent connections that hosting providers set per account (usually 5 or more).
   */
  connections: number;
};
export const PRODUCT_DISPATCH: DispatcherOptions = { pollMs: 30_000, timeouts: PRODUCT_TIMEOUTS, sms: PRODUCT_SMS_TIMEOUTS, connections: 3 };

/** `mailAccount`: the account to send with (account.ts), null while Settings → E-mail has none. */
/** `mailAccount`: the account to send e-mail with (account.ts), null while Settings → E-mail has none. */
type Deps = { store: StoreClient; settings: SettingsStore; secrets: SecretStore; clock: Clock; ctx(): StoreContext; mailAccount(): Promise<SmtpAccount | null> };

/** One connection to a server (SMTP) or gateway (SMS), as a lane sends over it. */
type Session<M> = {
  readonly usable: boolean;
  /** Why the server refused the office's account, if it did: the lane sends nothing more with that account. */
  readonly refusal?: string | null;
  send(message: M): Promise<TryResult>;
  close(): void;
  destroy(): void;
};

/** A channel's way out: its account from the settings (null: none set) and how to connect with it. */
type Way<A, M extends ClaimedMessage> = { channel: M['channel']; account(): Promise<A | null>; open(account: A): Promise<Session<M>> };

type Request = { outcome: SendOutcome | null; claim: boolean; done(claimed: ClaimedMessage | null): void; fail(e: unknown): void };

/**
 * A lane's steps, committed together: while one store transaction is on its way to the disk, the outcomes and claims
 * of the lane's other connections gather and go in the next one. Each message is still claimed in a committed
 * transaction before it is sent, and its outcome recorded after; a transaction holds a few of each, not one.
 */
function groupCommit(deps: Deps, channel: OutboxChannel, live: () => boolean) {
  let waiting: Request[] = [];
  let busy = false;
  async function flush(): Promise<void> {
    busy = true;
    // Once halted, nothing more reaches the store: what waits, waits forever, as in a process that was killed.
    while (waiting.length > 0 && live()) {
      const batch = waiting;
      waiting = [];
      const outcomes = batch.flatMap((r) => (r.outcome ? [r.outcome] : []));
      const claim = batch.filter((r) => r.claim).length;
      try {
        const { claimed } = await deps.store.call('outbox.step', { outcomes, claim, channel }, deps.ctx());
        let next = 0;
        for (const r of batch) r.done(r.claim ? (claimed[next++] ?? null) : null);
      } catch (e) {
        for (const r of batch) r.fail(e);
      }
    }
    busy = false;
  }
  return (outcome: SendOutcome | null, claim: boolean) =>
    new Promise<ClaimedMessage | null>((done, fail) => {
      waiting.push({ outcome, claim, done, fail });
      if (!busy) void flush();
    });
}

type Flags = { stopped(): boolean; halted(): boolean };

/**
/**
 * One channel's sending: it connects only when a message of its channel is due, claims nothing while the server
 * cannot be reached (offline, messages wait as they are), refuses the office's account (until the account changes)
 * or Microsoft wants a new sign-in, and otherwise sends on its connections until nothing is due.
 */
function lane<A, M extends ClaimedMessage>(deps: Deps, options: DispatcherOptions, way: Way<A, M>, flags: Flags) {
  let status: DispatcherStatus = { state: 'idle', error: '', since: null };
  const sessions = new Set<Session<M>>();
  let held: { account: string; reason: string } | null = null;
  let wake: (() => void) | null = null;
  const step = groupCommit(deps, way.channel, () => !flags.halted());

  const set = (state: DispatcherStatus['state'], error = '') => {
    if (status.state !== state || status.error !== error) status = { state, error, since: deps.clock.now() };
  };

  const pause = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => resolve(), options.pollMs);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    }).finally(() => (wake = null));

  /** Sends on one connection while messages are due; true when it stopped because the connection broke. */
  async function drain(open: Session<M>): Promise<boolean> {
    let outcome: SendOutcome | null = null;
    for (;;) {
      if (flags.halted()) return false;
      // The store claims only this lane's channel, so what comes back is this lane's kind of message.
      const claimed = (await step(outcome, !flags.stopped() && open.usable)) as M | null;
      if (!claimed) return !open.usable && !flags.stopped();
      outcome = { id: claimed.id, ...(await open.send(claimed)) };
    }
  }

  /** One connection's share of a round: whether its connection broke (another round should follow), and any refusal. */
  async function worker(account: A, first: Session<M> | null): Promise<{ again: boolean; refusal: string | null }> {
    const session = first ?? (await way.open(account).catch(() => null));
    if (!session) return { again: false, refusal: null };
    sessions.add(session);
    try {
      const again = await drain(session);
      return { again, refusal: session.refusal ?? null };
    } finally {
      sessions.delete(session);
      session.close();
    }
  }

  const due = () => deps.store.call('outbox.due', { channel: way.channel }, deps.ctx());

  /** One round: connect if anything is due, send until nothing is. True when another round should follow at once. */
  async function round(): Promise<boolean> {
    const account = await way.account();
    if (!account) {
      // Only a message waiting for an account makes the missing account worth saying.
      set((await due()) ? 'unconfigured' : 'idle');
      return false;
    }
    if (held?.account === JSON.stringify(account)) {
      set('refused', held.reason);
      return false;
    }
    held = null;
    if (!(await due())) {
      set('idle');
      return false;
    }
    let first: Session<M>;
    try {
      first = await way.open(account);
    } catch (e) {
      const failure = failureOf(e);
      set(failure.state, failure.error);
      return false;
    }
    set('sending');
    const workers = [worker(account, first), ...Array.from({ length: options.connections - 1 }, () => worker(account, null))];
    const ends = await Promise.all(workers);
    const refusal = ends.find((e) => e.refusal)?.refusal;
    if (refusal) {
      held = { account: JSON.stringify(account), reason: refusal };
      set('refused', refusal);
      return false;
    }
    if (status.state === 'sending') set('idle');
    return ends.some((e) => e.again);
  }

  return {
    async run(): Promise<void> {
      while (!flags.stopped()) {
        const again = await round().catch((e: unknown) => {
          const failure = failureOf(e);
          set(failure.state, failure.error);
          return false;
        });
        if (!again && !flags.stopped()) await pause();
      }
    },
    status: () => status,
    wake: () => wake?.(),
    destroy: () => sessions.forEach((s) => s.destroy()),
  };
}

/**
 * The outbox dispatcher in main: one lane per channel (e-mail over SMTP, SMS through the gateway), each on its own
 * connections so an unreachable mail server never holds up an SMS. A lane claims a due message (queued → sending)
 * in a store transaction before the message touches the network, sends it, and records the outcome in the next
 * transaction, which also claims the next message. At start, before claiming, whatever it left on the wire becomes
 * uncertain.
 */
export function outboxDispatcher(deps: Deps, options: DispatcherOptions) {
  let stopped = false;
  let halted = false;
  let loop: Promise<void> | null = null;
  const flags: Flags = { stopped: () => stopped, halted: () => halted };
  const email = lane<SmtpAccount, ClaimedEmail>(
    deps,
    options,
    { channel: 'email', account: () => deps.mailAccount(), open: (a) => SmtpSession.open(a, options.timeouts) },
    flags,
  );
  const sms = lane<SmsAccount, ClaimedSms>(
    deps,
    options,
    { channel: 'sms', account: () => smsAccountOf(deps.settings, deps.secrets), open: (a) => SmsSession.open(a, options.sms) },
    flags,
  );
  const lanes = [email, sms];

  async function run(): Promise<void> {
    await deps.store.call('outbox.recover', {}, deps.ctx());
    await Promise.all(lanes.map((l) => l.run()));
  }

  return {
    start(): void {
      loop ??= run();
    },
    status: (): DispatcherStatuses => ({ email: email.status(), sms: sms.status() }),
    /** Looks for due messages now: after queuing, a retry, or a changed account. */
    kick(): void {
      lanes.forEach((l) => l.wake());
    },
    /** Finishes the messages on the wire and records them, then stops: nothing is left "sending". */
    async stop(): Promise<void> {
      stopped = true;
      lanes.forEach((l) => l.wake());
      await loop;
    },
    /** What a killed main process leaves behind: the connections cut mid-message, nothing more written. */
    halt(): void {
      stopped = true;
      halted = true;
      lanes.forEach((l) => {
        l.destroy();
        l.wake();
      });
    },
  };
}

export type OutboxDispatcher = ReturnType<typeof outboxDispatcher>;
