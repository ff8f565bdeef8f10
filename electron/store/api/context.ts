import type { Area, Contract, OutputOf, ParsedInputOf } from '../../../shared/contract';
import type { Def } from '../../../shared/contract/channel';
import type { ReferenceScheme } from '../../../shared/domain/payment/reference';
import type { Language } from '../../../shared/domain/customer/customer';
import type { Jurisdiction } from '../../../shared/domain/dunning/statutory/costs';
import type { Actor } from '../actor';

/** The office settings a dunning run reads; the language names the shipped policies and their levels. */
export type OfficeDunning = { country: Jurisdiction; skipDirectDebit: boolean; language: Language };

/** What main sends with every call: who acts and when (from the business clock), and the office's settings a write needs. */
export type StoreContext = { actor: Actor; today: string; scheme: ReferenceScheme; office: OfficeDunning };

/**
 * The store's side of one contract channel: the input as main parsed it, plus the context. A method may accept more
 * (the schema's input form, where its repository parses again before it writes), never less.
 */
export type StoreChannel<D> = D extends Def ? (input: ParsedInputOf<D>, ctx: StoreContext) => Promise<OutputOf<D>> : never;

/** The channels of an area the store answers as they are, typed from the contract; main forwards them unchanged. */
export type StoreChannels<A extends Area, N extends keyof Contract[A] = keyof Contract[A]> = { [K in N]: StoreChannel<Contract[A][K]> };
