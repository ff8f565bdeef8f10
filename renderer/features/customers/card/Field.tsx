import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A read-only label/value pair as shown on the card. */
export function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" data-testid={testId}>
        {children === '' || children === null || children === undefined ? '—' : children}
      </Text>
    </Stack>
  );
}
