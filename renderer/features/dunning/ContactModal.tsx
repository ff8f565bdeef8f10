import { Loader } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChannel } from '../../api';
import { FormModal } from '../../app/discard';
import { DunningContactEditor } from '../customers/card/DunningTab';

/** The customer's dunning contact editor, opened in place from a list: a change reaches every reminder not yet delivered. */
export function ContactModal({ customerId, name, onClose }: { customerId: string; name: string; onClose(): void }) {
  const { t } = useTranslation();
  const card = useChannel('customers.get', { id: customerId });
  const [dirty, setDirty] = useState(false);
  return (
    <FormModal dirty={dirty} onClose={onClose} title={t('dunning.contactTitle', { name })} size="xl">
      {card.data ? <DunningContactEditor card={card.data} onDirtyChange={setDirty} /> : <Loader size="sm" />}
    </FormModal>
  );
}
