import { Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callChannel, unwrap } from '../../api';
import { DateField } from '../../app/DateField';
import { FormActions } from '../../app/FormActions';
import { FormModal } from '../../app/discard';
import { useAction } from './RunTab';

/** Blocks dunning of one invoice or a whole customer, with a reason and an optional last day ("Mahnsperre"). */
export function BlockModal({ scope, targetId, title, onClose }: { scope: 'invoice' | 'customer'; targetId: string; title: string; onClose(): void }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await run(() => unwrap(callChannel('blocks.add', { scope, targetId, reason, until: until || null })), () => t('dunning.blocks.added'));
    if (done) onClose();
  };
  return (
    <FormModal dirty={reason.trim() !== '' || until !== ''} onClose={onClose} title={title}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <TextInput label={t('dunning.blocks.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required data-autofocus />
          <DateField label={t('dunning.blocks.until')} description={t('dunning.blocks.untilHint')} value={until} onChange={setUntil} />
          <FormActions onCancel={onClose} submitting={busy} disabled={!reason.trim()} label={t('dunning.blocks.add')} />
        </Stack>
      </form>
    </FormModal>
  );
}
