import { ActionIcon, Button, Checkbox, Group, Input, NumberInput, Select, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { dunningChannels } from '../../../../shared/domain/dunning/policy';
import { MoneyInput } from '../../../app/MoneyInput';
import type { LevelValues, PolicyValues } from './policy-form';

const interestKinds = ['none', 'statutory', 'fixed'] as const;
const costsKinds = ['none', 'statutory', 'fixed', 'percentage'] as const;

type Props = {
  form: UseFormReturnType<PolicyValues>;
  /** NL consumer law: the 14-day letter column is shown only there. */
  fourteenDay: boolean;
  onMove(index: number, by: -1 | 1): void;
  onRemove(index: number): void;
  onAdd(): void;
};

/**
 * The levels in their order, one row each: the row is the level, so a refusal of the store lands in the cell it
 * names. Order changes with the arrow buttons beside the number (reachable by Tab and Enter); a level keeps its id
 * when moved.
 */
export function LevelsTable({ form, fourteenDay, onMove, onRemove, onAdd }: Props) {
  const { t } = useTranslation();
  const { levels, levelOneFrom } = form.getValues();
  const levelsError = form.errors.levels;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" data-testid="levels-hint">
        {t('policies.levels.hint')}
      </Text>
      <Table.ScrollContainer minWidth={fourteenDay ? 960 : 900} type="native">
        <Table verticalSpacing={6} horizontalSpacing={6} withTableBorder striped={false} data-testid="levels-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64}>{t('policies.levels.number')}</Table.Th>
              <Table.Th miw={140}>{t('policies.levels.name')}</Table.Th>
              <Table.Th w={92}>{t('policies.levels.days')}</Table.Th>
              <Table.Th w={80}>{t('policies.levels.payWithinDays')}</Table.Th>
              <Table.Th w={132}>{t('policies.levels.interest')}</Table.Th>
              <Table.Th w={132}>{t('policies.levels.costs')}</Table.Th>
              <Table.Th w={150}>{t('policies.levels.channel')}</Table.Th>
              <Table.Th w={64} ta="center">
                {t('policies.levels.finalNotice')}
              </Table.Th>
              {fourteenDay && (
                <Table.Th w={64} ta="center">
                  <Tooltip label={t('policies.levels.fourteenDayLetterHint')} multiline w={300}>
                    <span>{t('policies.levels.fourteenDayLetter')}</span>
                  </Tooltip>
                </Table.Th>
              )}
              <Table.Th w={36} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {levels.map((level, i) => (
              <LevelRow
                key={level.key}
                form={form}
                level={level}
                index={i}
                last={i === levels.length - 1}
                countsFrom={i > 0 ? 'afterDelivered' : levelOneFrom === 'due_date' ? 'afterDue' : 'afterIssue'}
                fourteenDay={fourteenDay}
                onMove={onMove}
                onRemove={levels.length > 1 ? onRemove : undefined}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {levelsError && (
        <Text size="sm" c="red">
          {levelsError}
        </Text>
      )}
      <Group>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={onAdd} disabled={levels.length >= 12}>
          {t('policies.levels.add')}
        </Button>
      </Group>
    </Stack>
  );
}

type RowProps = {
  form: UseFormReturnType<PolicyValues>;
  level: LevelValues;
  index: number;
  last: boolean;
  countsFrom: 'afterDue' | 'afterIssue' | 'afterDelivered';
  fourteenDay: boolean;
  onMove(index: number, by: -1 | 1): void;
  onRemove?(index: number): void;
};

function LevelRow({ form, level, index, last, countsFrom, fourteenDay, onMove, onRemove }: RowProps) {
  const { t } = useTranslation();
  const n = index + 1;
  const path = (field: keyof LevelValues) => `levels.${index}.${field}`;
  const input = (field: keyof LevelValues) => ({ ...form.getInputProps(path(field)), key: form.key(path(field)) });
  // A refusal of the choice (a Belgian consumer's first reminder must be free) is worded below the amount it came with.
  const kindInput = (field: 'interestKind' | 'costsKind') => ({ ...input(field), error: !!form.errors[path(field)] });
  const check = (field: 'finalNotice' | 'fourteenDayLetter') => ({ ...form.getInputProps(path(field), { type: 'checkbox' }), key: form.key(path(field)) });
  const label = (field: string) => t('policies.levels.cell', { field: t(`policies.levels.${field}` as 'policies.levels.name'), n });
  return (
    <Table.Tr data-testid="level-row" style={{ verticalAlign: 'top' }}>
      <Table.Td>
        <Group gap={6} wrap="nowrap" align="flex-start">
          <Text fw={600} size="sm" pt={4} w={18}>
            {n}
          </Text>
          <Stack gap={0}>
            <ActionIcon size="sm" variant="subtle" color="gray" aria-label={t('policies.levels.moveUp', { n })} data-move="up" data-row={level.key} disabled={index === 0} onClick={() => onMove(index, -1)}>
              <IconArrowUp size={14} />
            </ActionIcon>
            <ActionIcon size="sm" variant="subtle" color="gray" aria-label={t('policies.levels.moveDown', { n })} data-move="down" data-row={level.key} disabled={last} onClick={() => onMove(index, 1)}>
              <IconArrowDown size={14} />
            </ActionIcon>
          </Stack>
        </Group>
      </Table.Td>
      <Table.Td>
        <TextInput size="xs" aria-label={label('name')} {...input('name')} />
      </Table.Td>
      <Table.Td>
        <NumberInput size="xs" aria-label={label('days')} min={0} max={730} allowDecimal={false} hideControls {...input('days')} />
        <Text size="xs" c="dimmed" mt={2} data-testid="level-counts-from">
          {t(`policies.levels.${countsFrom}`)}
        </Text>
      </Table.Td>
      <Table.Td>
        <NumberInput size="xs" aria-label={label('payWithinDays')} min={0} max={365} allowDecimal={false} hideControls {...input('payWithinDays')} />
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <Select
            size="xs"
            aria-label={label('interest')}
            data={interestKinds.map((k) => ({ value: k, label: t(`policies.levels.interestKinds.${k}`) }))}
            allowDeselect={false}
            {...kindInput('interestKind')}
          />
          {level.interestKind === 'fixed' && <TextInput size="xs" aria-label={label('interestPct')} inputMode="decimal" rightSection={<Text size="xs">%</Text>} {...input('interestPct')} />}
          <KindError form={form} path={path('interestKind')} />
        </Stack>
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <Select
            size="xs"
            aria-label={label('costs')}
            data={costsKinds.map((k) => ({ value: k, label: t(`policies.levels.costsKinds.${k}`) }))}
            allowDeselect={false}
            {...kindInput('costsKind')}
          />
          {level.costsKind === 'fixed' && <MoneyInput size="xs" aria-label={label('costsAmount')} {...input('costsAmount')} />}
          {level.costsKind === 'percentage' && <TextInput size="xs" aria-label={label('costsPct')} inputMode="decimal" rightSection={<Text size="xs">%</Text>} {...input('costsPct')} />}
          <KindError form={form} path={path('costsKind')} />
        </Stack>
      </Table.Td>
      <Table.Td>
        <Select
          size="xs"
          aria-label={label('channel')}
          data={dunningChannels.map((c) => ({ value: c, label: t(`policies.levels.channels.${c}`) }))}
          allowDeselect={false}
          {...input('channel')}
        />
      </Table.Td>
      <Table.Td pt={12}>
        <Group justify="center">
          <Checkbox aria-label={label('finalNotice')} {...check('finalNotice')} />
        </Group>
      </Table.Td>
      {fourteenDay && (
        <Table.Td pt={12}>
          <Group justify="center">
            <Checkbox aria-label={label('fourteenDayLetter')} {...check('fourteenDayLetter')} />
          </Group>
        </Table.Td>
      )}
      <Table.Td>
        <ActionIcon variant="subtle" color="red" mt={2} aria-label={t('policies.levels.remove', { n })} disabled={!onRemove} onClick={() => onRemove?.(index)}>
          <IconTrash size={16} />
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}

function KindError({ form, path }: { form: UseFormReturnType<PolicyValues>; path: string }) {
  const error = form.errors[path];
  return error ? <Input.Error size="xs">{error}</Input.Error> : null;
}
