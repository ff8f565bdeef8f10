import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

export const invoicesHandlers = ({ forward }: HandlerDeps): Handlers['invoices'] =>
  forward('invoices', ['create', 'update', 'delete', 'setDispute', 'setPromise', 'setNextAction', 'get', 'comment']);

export const receivablesHandlers = ({ forward }: HandlerDeps): Handlers['receivables'] => forward('receivables', ['list']);

export const paymentsHandlers = ({ forward }: HandlerDeps): Handlers['payments'] => forward('payments', ['add', 'allocate', 'undo', 'reverse', 'forCustomer']);
