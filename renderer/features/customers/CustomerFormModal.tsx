import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Customer, type CustomerInput, customerInputSchema, customerKinds, languages } from '../../../shared/domain/customer/customer';
import { centsToUnits, unitsToCents } from '../../../shared/domain/money/money';
import { zodIssues } from '../../../shared/result';
import { api, unwrap } from '../../api';
import { useErrorText } from '../../app/errors';
import { useFormat } from '../../i18n/format';
import { intlLocale } from '../../i18n';
import { countryCodes } from '../../../shared/domain/countries';
import { vatExample } from '../../../shared/domain/customer/vat';
import { FormActions } from '../../app/FormActions';
import { MoneyInput } from '../../app/MoneyInput';
import { FormModal } from '../../app/discard';

type Values = Omit<CustomerInput, 'creditLimitCents' | 'paymentTermsDays'> & {
  creditLimit: number | string;
  paymentTermsDays: number | string;
};

const emptyValues: Values = {
  number: '',
  name: '',
  language: 'nl',
  country: 'NL',
  kind: 'business',
  vatNumber: '',
  cocNumber: '',
  street: '',
  postcode: '',
  city: '',
  email: '',
  phone: '',
  paymentTermsDays: 30,
  creditLimit: '',
  accountManager: '',
  description: '',
};

function toValues(c: Customer): Values {
  return {
    number: c.number,
    name: c.name,
    language: c.language,
    country: c.country,
    kind: c.kind,
    vatNumber: c.vatNumber,
    cocNumber: c.cocNumber,
    street: c.street,
    postcode: c.postcode,
    city: c.city,
    email: c.email,
    phone: c.phone,
    paymentTermsDays: c.paymentTermsDays,
    creditLimit: c.creditLimitCents === null ? '' : centsToUnits(c.creditLimitCents),
    accountManager: c.accountManager,
    description: c.description,
  };
}

function toInput(v: Values): CustomerInput {
  const { creditLimit, paymentTermsDays, ...rest } = v;
  return {
    ...rest,
    paymentTermsDays: paymentTermsDays === '' ? Number.NaN : Number(paymentTermsDays),
    creditLimitCents: creditLimit === '' ? null : unitsToCents(Number(creditLimit)),
  };
}

/** Creates a customer (no `customer`) or edits one. The shared schema checks the form; main checks again. */
export function CustomerFormModal({ customer, onClose }: { customer?: Customer; onClose(saved?: Customer): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errors = useErrorText();
  const countries = useMemo(() => {
    const names = new Intl.DisplayNames([intlLocale[fmt.language]], { type: 'region' });
    const main = countryCodes.slice(0, 4);
    const rest = countryCodes.slice(4).map((c) => ({ value: c, label: names.of(c) ?? c }));
    rest.sort((a, b) => a.label.localeCompare(b.label, intlLocale[fmt.language]));
    return [...main.map((c) => ({ value: c, label: names.of(c) ?? c })), ...rest];
  }, [fmt.language]);
  // An example of the customer's own country: a German customer's number is shown as DE…, not as a Dutch one.
  const vatHint = (country: string) => {
    const example = vatExample(country);
    return example ? t('customers.hints.vatNumber', { example }) : t('customers.hints.vatNumberAny');
  };
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: customer ? toValues(customer) : emptyValues,
    validate: (values) => {
      const parsed = customerInputSchema.safeParse(toInput(values));
      if (parsed.success) return {};
      return Object.fromEntries(
        zodIssues(parsed.error).map((i) => [i.field === 'creditLimitCents' ? 'creditLimit' : i.field, errors.word(i)]),
      );
    },
  });

  useEffect(() => {
    if (customer) return;
    void unwrap(api().customers.nextNumber({})).then(({ number }) => {
      if (form.getValues().number) return;
      form.setFieldValue('number', number);
      // The generated number is no change of the user's: closing the untouched form asks nothing.
      form.resetDirty({ ...emptyValues, number });
    });
    // Only once, when the form opens for a new customer.
  }, []);

  const submit = form.onSubmit(async (values) => {
    const input = toInput(values);
    const result = customer ? await api().customers.update({ id: customer.id, fields: input }) : await api().customers.create(input);
    if (!result.ok) {
      const issues = result.error.details?.issues ?? [];
      if (issues.length > 0) {
        form.setErrors(Object.fromEntries(issues.map((i) => [i.field === 'creditLimitCents' ? 'creditLimit' : i.field, errors.word(i)])));
      } else {
        notifications.show({ color: 'red', title: t('errors.title'), message: t(`errors.codes.${result.error.code}`) });
      }
      return;
    }
    notifications.show({ color: 'teal', message: t(customer ? 'customers.updated' : 'customers.created', { name: result.value.name }) });
    onClose(result.value);
  });

  const f = (key: keyof Values) => ({ ...form.getInputProps(key), key: form.key(key) });
  return (
    <FormModal dirty={form.isDirty()} onClose={() => onClose()} size="xl" title={customer ? t('customers.editTitle', { number: customer.number }) : t('customers.createTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={3}>
            <TextInput label={t('customers.fields.number')} required {...f('number')} />
            <TextInput label={t('customers.fields.name')} required {...f('name')} style={{ gridColumn: 'span 2' }} data-autofocus />
          </SimpleGrid>
          <SimpleGrid cols={3}>
            <Select
              label={t('customers.fields.kind')}
              description={t('customers.hints.kind')}
              data={customerKinds.map((k) => ({ value: k, label: t(`customers.kinds.${k}`) }))}
              allowDeselect={false}
              {...f('kind')}
            />
            <Select
              label={t('customers.fields.language')}
              data={languages.map((l) => ({ value: l, label: t(`common.languages.${l}`) }))}
              allowDeselect={false}
              {...f('language')}
            />
            <Select label={t('customers.fields.country')} data={countries} searchable allowDeselect={false} {...f('country')} />
          </SimpleGrid>
          {!customer && (
            // A new customer's address becomes its head office; later addresses are kept on the card.
            <SimpleGrid cols={3}>
              <TextInput label={t('customers.fields.street')} {...f('street')} />
              <TextInput label={t('customers.fields.postcode')} {...f('postcode')} />
              <TextInput label={t('customers.fields.city')} {...f('city')} />
            </SimpleGrid>
          )}
          <SimpleGrid cols={2}>
            <TextInput label={t('customers.fields.email')} type="email" {...f('email')} />
            <TextInput label={t('customers.fields.phone')} {...f('phone')} />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <TextInput label={t('customers.fields.vatNumber')} description={vatHint(form.getValues().country)} {...f('vatNumber')} />
            <TextInput label={t('customers.fields.cocNumber')} description=" " {...f('cocNumber')} />
          </SimpleGrid>
          <SimpleGrid cols={3}>
            <NumberInput label={t('customers.fields.paymentTermsDays')} min={0} max={365} allowDecimal={false} {...f('paymentTermsDays')} />
            <MoneyInput
              label={t('customers.fields.creditLimit')}
              description={t('customers.hints.creditLimit')}
              {...f('creditLimit')}
            />
            <TextInput label={t('customers.fields.accountManager')} description=" " {...f('accountManager')} />
          </SimpleGrid>
          <Textarea label={t('customers.fields.description')} autosize minRows={2} {...f('description')} />
          <FormActions onCancel={() => onClose()} submitting={form.submitting} />
        </Stack>
      </form>
    </FormModal>
  );
}
