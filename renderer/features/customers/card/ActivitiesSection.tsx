import { Badge, Button, Checkbox, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput, ThemeIcon, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconChecklist, IconNote, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerCard } from '../../../../shared/contract';
import { type Activity, type ActivityInput, activityInputSchema, activityKinds } from '../../../../shared/domain/customer/activity';
import { AppFailure, type FieldIssue, zodIssues } from '../../../../shared/result';
import { api, unwrap, useStoreMutation } from '../../../api';
import { useErrorText } from '../../../app/errors';
import { useFormat } from '../../../i18n/format';
import { FormActions } from '../../../app/FormActions';
import { FormModal } from '../../../app/discard';
import { DateField } from '../../../app/DateField';

type Kind = (typeof activityKinds)[number];
type Values = { kind: Kind; text: string; dueDate: string; responsible: string; contactId: string | null; invoiceId: string | null };
const formFields: (keyof Values)[] = ['kind', 'text', 'dueDate', 'responsible', 'contactId', 'invoiceId'];

/** What main gets: due date and responsible only for tasks; an empty responsible lets main fill in the user. */
const toInput = (customerId: string, v: Values): ActivityInput => ({
  customerId,
  kind: v.kind,
  text: v.text,
  contactId: v.contactId || null,
  invoiceId: v.invoiceId || null,
  dueDate: v.kind === 'task' ? v.dueDate || null : null,
  responsible: v.kind === 'task' ? v.responsible : '',
});

const isOverdue = (a: Activity, today: string): boolean => a.kind === 'task' && !a.done && !!a.dueDate && a.dueDate < today;

/** Open tasks, soonest due first; then notes and done tasks, most recent first. */
function splitActivities(activities: Activity[]): { planned: Activity[]; done: Activity[] } {
  const planned = activities
    .filter((a) => a.kind === 'task' && !a.done)
    .sort((a, b) => (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') || a.createdAt.localeCompare(b.createdAt));
  const done = activities
    .filter((a) => a.kind === 'note' || a.done)
    .sort((a, b) => (b.doneAt ?? b.createdAt).localeCompare(a.doneAt ?? a.createdAt));
  return { planned, done };
}

function ActivityFormModal({ card, kind, onClose }: { card: CustomerCard; kind: Kind; onClose(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errors = useErrorText();
  const customerId = card.customer.id;

  const toErrors = (issues: FieldIssue[]): { onForm: Record<string, string>; elsewhere: string[] } => {
    const onForm: Record<string, string> = {};
    const elsewhere: string[] = [];
    for (const i of issues) {
      if ((formFields as string[]).includes(i.field)) onForm[i.field] = errors.word(i);
      else elsewhere.push(errors.word(i));
    }
    return { onForm, elsewhere };
  };

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { kind, text: '', dueDate: '', responsible: '', contactId: null, invoiceId: null },
    validate: (values) => {
      const parsed = activityInputSchema.safeParse(toInput(customerId, values));
      return parsed.success ? {} : toErrors(zodIssues(parsed.error)).onForm;
    },
  });

  const submit = form.onSubmit(async (values) => {
    try {
      await unwrap(api().activities.add(toInput(customerId, values)));
    } catch (e) {
      const { onForm, elsewhere } = toErrors(e instanceof AppFailure ? e.issues : []);
      form.setErrors(onForm);
      if (Object.keys(onForm).length === 0 || elsewhere.length > 0) {
        notifications.show({ color: 'red', title: t('errors.title'), message: elsewhere.length > 0 ? elsewhere.join(' · ') : errors.message(e) });
      }
      return;
    }
    notifications.show({ color: 'teal', message: t(values.kind === 'task' ? 'activities.taskAdded' : 'activities.noteAdded') });
    onClose();
  });

  const isTask = form.values.kind === 'task';
  const contactOptions = card.contacts
    .filter((c) => c.active)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((c) => ({ value: c.id, label: c.function ? `${c.name} (${c.function})` : c.name }));
  const invoiceOptions = [...card.openInvoices]
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .map((i) => ({ value: i.id, label: t('activities.invoiceOption', { number: i.number, date: fmt.date(i.dueDate) }) }));

  return (
    <FormModal dirty={form.isDirty()} onClose={onClose} size="lg" title={t(isTask ? 'activities.newTask' : 'activities.newNote')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SegmentedControl
            aria-label={t('activities.kind')}
            data={activityKinds.map((k) => ({ value: k, label: t(`activities.kinds.${k}`) }))}
            {...form.getInputProps('kind')}
          />
          <Textarea label={t('activities.fields.text')} required autosize minRows={3} maxRows={10} data-autofocus {...form.getInputProps('text')} />
          {isTask && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <DateField label={t('activities.fields.dueDate')} required {...form.getInputProps('dueDate')} />
              <TextInput
                label={t('activities.fields.responsible')}
                description={t('activities.hints.responsible')}
                {...form.getInputProps('responsible')}
              />
            </SimpleGrid>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('activities.fields.contact')}
              placeholder={t('activities.hints.noContact')}
              data={contactOptions}
              clearable
              searchable
              nothingFoundMessage={t('activities.hints.noContacts')}
              {...form.getInputProps('contactId')}
            />
            <Select
              label={t('activities.fields.invoice')}
              placeholder={t('activities.hints.noInvoice')}
              data={invoiceOptions}
              clearable
              searchable
              nothingFoundMessage={t('activities.hints.noInvoices')}
              {...form.getInputProps('invoiceId')}
            />
          </SimpleGrid>
          <FormActions onCancel={onClose} submitting={form.submitting} />
        </Stack>
      </form>
    </FormModal>
  );
}

function ActivityRow({ activity: a, card, onToggle, toggling }: { activity: Activity; card: CustomerCard; onToggle(a: Activity): void; toggling: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const overdue = isOverdue(a, card.today);
  const invoice = a.invoiceId ? card.openInvoices.find((i) => i.id === a.invoiceId) : undefined;
  const contact = a.contactId ? card.contacts.find((c) => c.id === a.contactId) : undefined;

  return (
    <Group
      wrap="nowrap"
      align="flex-start"
      gap="sm"
      data-testid="activity-row"
      data-kind={a.kind}
      data-done={a.done ? 'true' : 'false'}
      data-overdue={overdue ? 'true' : 'false'}
      style={overdue ? { borderLeft: '3px solid var(--mantine-color-red-6)', paddingLeft: 8 } : undefined}
    >
      {a.kind === 'task' ? (
        <Checkbox
          mt={2}
          checked={a.done}
          disabled={toggling}
          onChange={() => onToggle(a)}
          aria-label={t(a.done ? 'activities.markUndone' : 'activities.markDone', { text: a.text })}
        />
      ) : (
        <ThemeIcon variant="light" color="gray" size={20} mt={1} aria-label={t('activities.kinds.note')} role="img">
          <IconNote size={14} />
        </ThemeIcon>
      )}
      <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Text size="sm" c={overdue ? 'red.7' : undefined} td={a.kind === 'task' && a.done ? 'line-through' : undefined} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {a.text}
        </Text>
        {a.kind === 'task' && (
          <Group gap={8}>
            {a.dueDate && (
              <Text size="xs" c={overdue ? 'red.7' : 'dimmed'} fw={overdue ? 600 : undefined} data-testid="activity-due">
                {t('activities.due', { date: fmt.date(a.dueDate) })}
              </Text>
            )}
            {overdue && (
              <Badge size="xs" color="red" variant="filled">
                {t('activities.overdue')}
              </Badge>
            )}
            {a.responsible && (
              <Text size="xs" c="dimmed">
                {t('activities.responsible', { name: a.responsible })}
              </Text>
            )}
          </Group>
        )}
        {(invoice || a.contactId) && (
          <Group gap={8}>
            {invoice && (
              <Badge size="xs" variant="light" color="blue" tt="none" data-testid="activity-invoice">
                {t('activities.invoice', { number: invoice.number })}
              </Badge>
            )}
            {a.contactId && (
              <Text size="xs" c="dimmed" data-testid="activity-contact">
                {contact ? (
                  t('activities.contact', { name: contact.name })
                ) : (
                  <Text span inherit fs="italic">
                    {t('activities.contactDeleted')}
                  </Text>
                )}
              </Text>
            )}
          </Group>
        )}
        <Text size="xs" c="dimmed">
          {t('activities.createdBy', { when: fmt.instant(a.createdAt), who: a.createdBy })}
          {a.kind === 'task' && a.done && a.doneAt
            ? ` · ${t('activities.doneBy', { when: fmt.instant(a.doneAt), who: a.doneBy ?? '' })}`
            : ''}
        </Text>
      </Stack>
    </Group>
  );
}

/** Notes and tasks on the customer: planned (open tasks, soonest first, overdue in red) and done. */
export function ActivitiesSection({ card }: { card: CustomerCard }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [adding, setAdding] = useState<Kind | null>(null);
  const setDone = useStoreMutation(api().activities.setDone);
  const { planned, done } = splitActivities(card.activities);

  const toggle = (a: Activity) =>
    setDone.mutate(
      { id: a.id, done: !a.done },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t(a.done ? 'activities.reopened' : 'activities.completed', { text: a.text }) });
        },
        onError: (e) => notifications.show({ color: 'red', title: t('errors.title'), message: errors.message(e) }),
      },
    );

  const list = (items: Activity[], empty: string) =>
    items.length === 0 ? (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    ) : (
      <Stack gap="sm">
        {items.map((a) => (
          <ActivityRow key={a.id} activity={a} card={card} onToggle={toggle} toggling={setDone.isPending && setDone.variables?.id === a.id} />
        ))}
      </Stack>
    );

  const overdueCount = planned.filter((a) => isOverdue(a, card.today)).length;

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={5}>{t('activities.title')}</Title>
        <Group gap="xs">
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAdding('note')}>
            {t('activities.addNote')}
          </Button>
          <Button size="xs" variant="light" leftSection={<IconChecklist size={14} />} onClick={() => setAdding('task')}>
            {t('activities.addTask')}
          </Button>
        </Group>
      </Group>
      <Stack gap="md">
        <section aria-labelledby={`activities-planned-${card.customer.id}`} data-testid="activities-planned">
          <Group gap={8} mb={6}>
            <Title order={6} id={`activities-planned-${card.customer.id}`}>
              {t('activities.planned')}
            </Title>
            <Badge size="sm" variant="default" data-testid="activities-planned-count">
              {planned.length}
            </Badge>
            {overdueCount > 0 && (
              <Badge size="sm" color="red" variant="light">
                {t('activities.overdueCount', { count: overdueCount })}
              </Badge>
            )}
          </Group>
          {list(planned, t('activities.noPlanned'))}
        </section>
        <section aria-labelledby={`activities-done-${card.customer.id}`} data-testid="activities-done">
          <Group gap={8} mb={6}>
            <Title order={6} id={`activities-done-${card.customer.id}`}>
              {t('activities.done')}
            </Title>
            <Badge size="sm" variant="default" data-testid="activities-done-count">
              {done.length}
            </Badge>
          </Group>
          {list(done, t('activities.noDone'))}
        </section>
      </Stack>
      {adding && <ActivityFormModal card={card} kind={adding} onClose={() => setAdding(null)} />}
    </Paper>
  );
}
