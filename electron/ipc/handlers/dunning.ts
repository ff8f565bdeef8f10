import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

export const dunningHandlers = ({ forward }: HandlerDeps): Handlers['dunning'] =>
  forward('dunning', ['overview', 'propose', 'refresh', 'review', 'discard', 'execute', 'runReminders', 'runLeftOut', 'reminders', 'markDelivered', 'recordCall', 'customer', 'setCustomer']);

export const blocksHandlers = ({ forward }: HandlerDeps): Handlers['blocks'] => forward('blocks', ['list', 'add', 'lift']);

export const policiesHandlers = ({ forward }: HandlerDeps): Handlers['policies'] =>
  forward('policies', ['list', 'save', 'remove', 'texts', 'saveText', 'resetText', 'rates', 'addRate']);
