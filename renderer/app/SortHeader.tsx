import { Group, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';

export type Sort<C extends string> = { column: C; direction: 'asc' | 'desc' };

/** A sortable column header: a click sorts by it, a second click reverses. */
export function SortHeader<C extends string>({
  column,
  label,
  title,
  sort,
  onSort,
  numeric,
  className,
}: {
  column: C;
  label: string;
  title: string;
  sort: Sort<C>;
  onSort(next: Sort<C>): void;
  numeric?: boolean;
  className?: string;
}) {
  const active = sort.column === column;
  return (
    <UnstyledButton
      role="columnheader"
      className={className}
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      title={title}
      onClick={() => onSort({ column, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })}
    >
      <Group gap={4} wrap="nowrap" justify={numeric ? 'flex-end' : 'flex-start'}>
        <Text fw={600} size="sm">
          {label}
        </Text>
        {active && (sort.direction === 'asc' ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />)}
      </Group>
    </UnstyledButton>
  );
}
