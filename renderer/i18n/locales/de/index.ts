/** German: the terms of a German Buchhaltung or Mahnwesen; formal „Sie“. */
export { activities } from './activities';
export { app } from './app';
export { attachments } from './attachments';
export { bank } from './bank';
export { common } from './common';
export { contacts } from './contacts';
export { customers } from './customers';
export { dunning } from './dunning';
export { errors } from './errors';
export { imports } from './imports';
export { invoices } from './invoices';
export { mail } from './mail';
export { outbox } from './outbox';
export { payments } from './payments';
export { receivables } from './receivables';
export { settings } from './settings';
export { policies } from './policies';
