import { importService } from '../../services/imports';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

export const importsHandlers = ({ store, settings, ctx }: HandlerDeps): Handlers['imports'] => {
  const imports = importService(store, settings, ctx);
  return {
    preview: ({ files, csv, include }) => imports.preview(files, csv, include),
    commit: ({ previewId }) => imports.commit(previewId),
  };
};

export const bankHandlers = ({ forward }: HandlerDeps): Handlers['bank'] => forward('bank', ['unmatched', 'searchInvoices', 'match', 'ignore']);
