import { Loader, Paper } from '@mantine/core';
import { useChannel } from '../../api';
import { BlockList } from './BlockList';

/** Every dunning block that holds today, across customers; hand-overs to a collection agency among them. */
export function BlocksTab() {
  const blocks = useChannel('blocks.list', {});
  if (!blocks.data) return <Loader size="sm" />;
  return (
    <Paper withBorder p="md">
      <BlockList blocks={blocks.data} showCustomer />
    </Paper>
  );
}
