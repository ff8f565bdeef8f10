import { ActionIcon, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerCard } from '../../../../shared/contract';
import { countryCodes } from '../../../../shared/domain/countries';
import { type Address, type AddressInput, addressInputSchema, type AddressKind, addressKinds } from '../../../../shared/domain/customer/address';
import { AppFailure, zodIssues } from '../../../../shared/result';
import { api, unwrap, useStoreMutation } from '../../../api';
import { useErrorText } from '../../../app/errors';
import { intlLocale } from '../../../i18n';
import { useFormat } from '../../../i18n/format';
import { AuditLine } from './AuditLine';
import { FormActions } from '../../../app/FormActions';
import { FormModal } from '../../../app/discard';
import { ConfirmModal } from '../../../app/ConfirmModal';

type Values = { kind: AddressKind; street: string; postcode: string; city: string; country: string };
const fields: (keyof Values)[] = ['kind', 'street', 'postcode', 'city', 'country'];

const kindColor: Record<AddressKind, string> = { visiting: 'blue', postal: 'grape', invoice: 'teal' };

/** One line that names an address, for accessible names and notifications. */
const addressLabel = (a: Pick<Address, 'street' | 'postcode' | 'city'>): string =>
  [a.street, [a.postcode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');

/** Countries as in the customer form (NL, BE, DE, LU first), plus the address's own if it is not among them. */
function useCountryOptions(current: string) {
  const fmt = useFormat();
  return useMemo(() => {
    const names = new Intl.DisplayNames([intlLocale[fmt.language]], { type: 'region' });
    const label = (c: string) => ({ value: c, label: names.of(c) ?? c });
    const main = countryCodes.slice(0, 4).map(label);
    const rest = countryCodes.slice(4).map(label);
    rest.sort((a, b) => a.label.localeCompare(b.label, intlLocale[fmt.language]));
    const all = [...main, ...rest];
    if (current && !all.some((o) => o.value === current)) all.unshift(label(current));
    return all;
  }, [fmt.language, current]);
}

function AddressFormModal({ card, address, onClose }: { card: CustomerCard; address?: Address; onClose(): void }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const countries = useCountryOptions(address?.country ?? card.customer.country);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: address
      ? { kind: address.kind, street: address.street, postcode: address.postcode, city: address.city, country: address.country }
      : { kind: card.addresses.length === 0 ? 'visiting' : 'postal', street: '', postcode: '', city: '', country: card.customer.country },
    validate: (values) => {
      const parsed = addressInputSchema.safeParse(values);
      return parsed.success ? {} : Object.fromEntries(zodIssues(parsed.error).map((i) => [i.field, errors.word(i)]));
    },
  });

  const submit = form.onSubmit(async (values) => {
    const input: AddressInput = values;
    try {
      if (address) await unwrap(api().addresses.update({ id: address.id, address: input }));
      else await unwrap(api().addresses.add({ customerId: card.customer.id, address: input }));
    } catch (e) {
      // Main reports fields as `address.postcode` (input check) or `postcode` (store check).
      const onForm: Record<string, string> = {};
      const elsewhere: string[] = [];
      if (e instanceof AppFailure) {
        for (const i of e.issues) {
          const field = i.field.replace(/^address\./, '');
          if ((fields as string[]).includes(field)) onForm[field] = errors.word(i);
          else elsewhere.push(errors.word(i));
        }
      }
      form.setErrors(onForm);
      if (Object.keys(onForm).length === 0 || elsewhere.length > 0) {
        notifications.show({ color: 'red', title: t('errors.title'), message: elsewhere.length > 0 ? elsewhere.join(' · ') : errors.message(e) });
      }
      return;
    }
    notifications.show({ color: 'teal', message: t(address ? 'customers.addresses.saved' : 'customers.addresses.added') });
    onClose();
  });

  const f = (key: keyof Values) => form.getInputProps(key);
  return (
    <FormModal dirty={form.isDirty()} onClose={onClose} size="lg" title={address ? t('customers.addresses.editTitle') : t('customers.addresses.addTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t('customers.addresses.kind')}
            data={addressKinds.map((k) => ({ value: k, label: t(`customers.addresses.kinds.${k}`) }))}
            allowDeselect={false}
            {...f('kind')}
          />
          <TextInput label={t('customers.fields.street')} required data-autofocus {...f('street')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('customers.fields.postcode')} {...f('postcode')} />
            <TextInput label={t('customers.fields.city')} required style={{ gridColumn: 'span 2' }} {...f('city')} />
          </SimpleGrid>
          <Select label={t('customers.fields.country')} data={countries} searchable allowDeselect={false} {...f('country')} />
          <FormActions onCancel={onClose} submitting={form.submitting} />
        </Stack>
      </form>
    </FormModal>
  );
}

/**
 * The customer's addresses. The first one added is the head office; another can be made the head office, and the
 * head office itself cannot be removed (main refuses and says why).
 */
export function AddressesSection({ card }: { card: CustomerCard }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errors = useErrorText();
  const [editing, setEditing] = useState<Address | 'new' | null>(null);
  const [removing, setRemoving] = useState<Address | null>(null);
  const makeHead = useStoreMutation(api().addresses.makeHeadOffice);
  const remove = useStoreMutation(api().addresses.remove);
  const addresses = [...card.addresses].sort((a, b) => Number(b.isHeadOffice) - Number(a.isHeadOffice));

  const fail = (e: unknown) => notifications.show({ color: 'red', message: errors.message(e) });

  const onMakeHead = (a: Address) =>
    makeHead.mutate(
      { id: a.id },
      { onSuccess: () => notifications.show({ color: 'teal', message: t('customers.addresses.headOfficeChanged', { address: addressLabel(a) }) }), onError: fail },
    );

  const onRemove = (a: Address) =>
    remove.mutate(
      { id: a.id },
      {
        onSuccess: () => {
          setRemoving(null);
          notifications.show({ color: 'teal', message: t('customers.addresses.removed', { address: addressLabel(a) }) });
        },
        onError: fail,
      },
    );

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={5}>{t('customers.addresses.title')}</Title>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')} aria-label={t('customers.addresses.add')}>
          {t('customers.addresses.add')}
        </Button>
      </Group>
      {addresses.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('customers.addresses.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          {addresses.map((a) => {
            const label = addressLabel(a);
            return (
              <Group
                key={a.id}
                justify="space-between"
                align="flex-start"
                wrap="nowrap"
                data-testid="address-row"
                data-head-office={a.isHeadOffice ? 'true' : 'false'}
              >
                <Stack gap={4}>
                  <Group gap={6}>
                    <Badge size="sm" variant="light" color={kindColor[a.kind]}>
                      {t(`customers.addresses.kinds.${a.kind}`)}
                    </Badge>
                    {a.isHeadOffice && (
                      <Badge size="sm" variant="filled" color="indigo">
                        {t('customers.addresses.headOffice')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                    {[a.street, [a.postcode, a.city].filter(Boolean).join(' '), fmt.country(a.country)].filter(Boolean).join('\n')}
                  </Text>
                  <AuditLine record={a} />
                </Stack>
                <Group gap={4} wrap="nowrap">
                  {!a.isHeadOffice && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      loading={makeHead.isPending && makeHead.variables?.id === a.id}
                      onClick={() => onMakeHead(a)}
                      aria-label={t('customers.addresses.makeHeadOfficeOf', { address: label })}
                    >
                      {t('customers.addresses.makeHeadOffice')}
                    </Button>
                  )}
                  <Tooltip label={t('common.edit')}>
                    <ActionIcon variant="subtle" onClick={() => setEditing(a)} aria-label={t('customers.addresses.edit', { address: label })}>
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={a.isHeadOffice ? t('customers.addresses.headOfficeHint') : t('customers.addresses.removeHint')} multiline maw={280}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      loading={remove.isPending && remove.variables?.id === a.id}
                      // The head office is refused by main with its reason at once; any other is asked about first.
                      onClick={() => (a.isHeadOffice ? onRemove(a) : setRemoving(a))}
                      aria-label={t('customers.addresses.remove', { address: label })}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Group>
            );
          })}
        </Stack>
      )}
      {editing && <AddressFormModal card={card} address={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      {removing && (
        <ConfirmModal
          title={t('customers.addresses.removeTitle', { address: addressLabel(removing) })}
          confirmLabel={t('customers.addresses.removeHint')}
          busy={remove.isPending}
          onConfirm={() => onRemove(removing)}
          onClose={() => setRemoving(null)}
        >
          {t('customers.addresses.removeBody')}
        </ConfirmModal>
      )}
    </Paper>
  );
}
