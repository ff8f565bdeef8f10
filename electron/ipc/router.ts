import { type Area, type Contract, type ParsedInputOf, type OutputOf, channelDef } from '../../shared/contract';
import { refuseOversized } from '../../shared/payload';
import { fail, ok, type Result, toResultError, zodIssues } from '../../shared/result';

type Def = { input: import('zod').ZodType; output: import('zod').ZodType };

/** One handler per channel of the contract; a missing or mistyped handler fails the build. */
export type Handlers = {
  [A in Area]: {
    [N in keyof Contract[A]]: Contract[A][N] extends Def
      ? (input: ParsedInputOf<Contract[A][N]>) => Promise<OutputOf<Contract[A][N]>>
      : never;
  };
};

/** Who sent a call: each shell says whether the frame is the app's own UI main frame. */
export type Sender = { trusted: boolean; url: string };

export type Dispatch = (channel: string, input: unknown, sender: Sender) => Promise<Result<unknown>>;

export function createRouter(handlers: Handlers): Dispatch {
  return async (channel, input, sender) => {
    if (!sender.trusted) return fail('validation', `call to ${channel} from a foreign frame (${sender.url}) refused`);
    const def = channelDef(channel);
    const [area, name] = channel.split('.') as [Area, string];
    if (!def) return fail('validation', `unknown channel ${channel}`);
    // Before zod: parsing a 500 MB call took minutes and hundreds of MB; measuring it stops at the limit.
    const oversized = refuseOversized(channel, input);
    if (oversized) return oversized;
    const parsed = def.input.safeParse(input);
    if (!parsed.success) return fail('validation', `invalid input for ${channel}`, zodIssues(parsed.error));
    const handler = (handlers[area] as Record<string, (i: unknown) => Promise<unknown>>)[name]!;
    try {
      const value = await handler(parsed.data);
      const out = def.output.safeParse(value);
      if (!out.success) return fail('internal', `handler for ${channel} returned a wrong shape: ${out.error.message}`);
      return ok(out.data);
    } catch (e) {
      return toResultError(e);
    }
  };
}
