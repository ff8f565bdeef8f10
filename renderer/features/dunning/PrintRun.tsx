import { Alert, Button, Group, Modal, Select, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callChannel, unwrap, useStoreMutation } from '../../api';
import { useErrorText } from '../../app/errors';

/** Prints a run's letters still to be posted as one job on the chosen printer (or saves it), and says who could not get one. */
export function PrintRunButton({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [open, setOpen] = useState(false);
  const [printers, setPrinters] = useState<string[]>([]);
  const [printer, setPrinter] = useState<string | null>(null);
  const [saveOnly, setSaveOnly] = useState(false);
  const [missing, setMissing] = useState<string[]>([]);
  const print = useStoreMutation((input: { runId: string; printer: string | null; saveOnly: boolean }) => callChannel('documents.printRun', input));
  const start = async () => {
    setMissing([]);
    setOpen(true);
    const list = await unwrap(callChannel('documents.printers', {})).catch(() => []);
    setPrinters(list);
    setPrinter((p) => p ?? list[0] ?? null);
  };
  const submit = () =>
    print.mutate(
      { runId, printer, saveOnly },
      {
        onSuccess: (out) => {
          setMissing(out.withoutAddress.map((w) => w.customerName));
          const message = out.printed === 0 ? t('dunning.print.nothing') : saveOnly ? t('dunning.print.saved', { count: out.printed }) : t('dunning.print.printed', { count: out.printed });
          notifications.show({ color: out.printed ? 'teal' : 'yellow', message });
          if (out.withoutAddress.length === 0) setOpen(false);
        },
        onError: (e) => notifications.show({ color: 'red', title: t('errors.title'), message: errors.message(e), autoClose: false }),
      },
    );
  return (
    <>
      <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => void start()}>
        {t('dunning.print.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('dunning.print.title')}>
        <Stack gap="sm">
          <Text size="sm">{t('dunning.print.intro')}</Text>
          <Select label={t('dunning.print.printer')} data={printers} value={printer} onChange={setPrinter} disabled={saveOnly} allowDeselect={false} />
          <Switch label={t('dunning.print.saveOnly')} checked={saveOnly} onChange={(e) => setSaveOnly(e.currentTarget.checked)} />
          {missing.length > 0 && (
            <Alert color="yellow" title={t('dunning.print.withoutAddress')}>
              {missing.join(', ')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('common.close')}
            </Button>
            <Button loading={print.isPending} onClick={submit} leftSection={<IconPrinter size={16} />}>
              {saveOnly ? t('dunning.print.save') : t('dunning.print.print')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
