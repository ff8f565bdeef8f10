import type { DispatcherStatus } from '../../../shared/contract/outbox';
import type { ClaimedMessage, SendOutcome } from '../../../shared/domain/outbox/message';
import type { StoreContext } from '../../store/api';
import type { Clock } from '../clock';
import type { StoreClient } from '../store-client';
import { failureOf } from './account';
import { type SmtpAccount, SmtpSession, type SmtpTimeouts, PRODUCT_TIMEOUTS } from './smtp';

export type DispatcherOptions = {
  /** How often it looks for due messages when nothing woke it: a retry's time, a connection that came back. */
  pollMs: number;
  timeouts: SmtpTimeouts;
  /**
   * Connections sending side by side. Each message waits for its own claim and outcome to be on disk, so one
   * connection spends most of its time waiting; three keep the server busy and stay under the limit of concurrent
   * connections that hosting providers set per account (usually 5 or more).
   */
  connections: number;
};
export const PRODUCT_DISPATCH: DispatcherOptions = { pollMs: 30_000, timeouts: PRODUCT_TIMEOUTS, connections: 3 };

/** `mailAccount`: the account to send with (account.ts), null while Settings → E-mail has none. */
type Deps = { store: StoreClient; clock: Clock; ctx(): StoreContext; mailAccount(): Promise<SmtpAccount | null> };

type Request = { outcome: SendOutcome | null; claim: boolean; done(claimed: ClaimedMessage | null): void; fail(e: unknown): void };

/**
 * The connections' steps, committed together: while one store transaction is on its way to the disk, the outcomes
 * and claims of the other connections gather and go in the next one. Each message is still claimed in a committed
 * transaction before it is sent, and its outcome recorded after; a transaction holds a few of each, not one.
 */
function groupCommit(deps: Deps, live: () => boolean) {
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
        const { claimed } = await deps.store.call('outbox.step', { outcomes, claim }, deps.ctx());
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

/**
 * The outbox dispatcher in main. It claims a due message (queued → sending) in a store transaction before the
 * message touches the network, sends it, and records the outcome in the next transaction, which also claims the
 * next message. It connects only when something is due, and claims nothing while the server cannot be reached or
 * refuses the login, or Microsoft wants a new sign-in: messages wait as they are. At start, before claiming, whatever
 * it left on the wire becomes uncertain.
 */
export function outboxDispatcher(deps: Deps, options: DispatcherOptions) {
  let status: DispatcherStatus = { state: 'idle', error: '', since: null };
  let stopped = false;
  let halted = false;
  const sessions = new Set<SmtpSession>();
  let wake: (() => void) | null = null;
  let loop: Promise<void> | null = null;

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

  const step = groupCommit(deps, () => !halted);

  /** Sends on one connection while messages are due; true when it stopped because the connection broke. */
  async function drain(open: SmtpSession): Promise<boolean> {
    let outcome: SendOutcome | null = null;
    for (;;) {
      if (halted) return false;
      const claimed = await step(outcome, !stopped && open.usable);
      if (!claimed) return !open.usable && !stopped;
      outcome = { id: claimed.id, ...(await open.send(claimed)) };
    }
  }

  /** One connection's share of a round: true when its connection broke and another round should follow. */
  async function worker(account: SmtpAccount, first: SmtpSession | null): Promise<boolean> {
    const session = first ?? (await SmtpSession.open(account, options.timeouts).catch(() => null));
    if (!session) return false;
    sessions.add(session);
    try {
      return await drain(session);
    } finally {
      sessions.delete(session);
      session.close();
    }
  }

  /** One round: connect if anything is due, send until nothing is. True when another round should follow at once. */
  async function round(): Promise<boolean> {
    const account = await deps.mailAccount();
    if (!account) {
      set('unconfigured');
      return false;
    }
    if (!(await deps.store.call('outbox.due', {}, deps.ctx()))) {
      set('idle');
      return false;
    }
    let first: SmtpSession;
    try {
      first = await SmtpSession.open(account, options.timeouts);
    } catch (e) {
      const failure = failureOf(e);
      set(failure.state, failure.error);
      return false;
    }
    set('sending');
    const workers = [worker(account, first), ...Array.from({ length: options.connections - 1 }, () => worker(account, null))];
    const again = await Promise.all(workers);
    if (status.state === 'sending') set('idle');
    return again.some(Boolean);
  }

  async function run(): Promise<void> {
    await deps.store.call('outbox.recover', {}, deps.ctx());
    while (!stopped) {
      const again = await round().catch((e: unknown) => {
        const failure = failureOf(e);
        set(failure.state, failure.error);
        return false;
      });
      if (!again && !stopped) await pause();
    }
  }

  return {
    start(): void {
      loop ??= run();
    },
    status: (): DispatcherStatus => status,
    /** Looks for due messages now: after queuing, a retry, or a changed account. */
    kick(): void {
      wake?.();
    },
    /** Finishes the message on the wire and records it, then stops: nothing is left "sending". */
    async stop(): Promise<void> {
      stopped = true;
      wake?.();
      await loop;
    },
    /** What a killed main process leaves behind: the connection cut mid-message, nothing more written. */
    halt(): void {
      stopped = true;
      halted = true;
      for (const s of sessions) s.destroy();
      wake?.();
    },
  };
}

export type OutboxDispatcher = ReturnType<typeof outboxDispatcher>;
