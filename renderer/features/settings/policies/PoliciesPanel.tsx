import { Loader, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChannel } from '../../../api';
import { OfficeDunningSettings } from './OfficeDunningSettings';
import { PolicyEditor } from './PolicyEditor';
import { type PolicyRow, PolicyList } from './PolicyList';
import { copyOf, type PolicyValues, toValues } from './policy-form';

/** Settings → Dunning policies: the office's dunning settings and the list; a policy opens in its editor in place. */
export function PoliciesPanel() {
  const { t } = useTranslation();
  const list = useChannel('policies.list', {});
  const [editing, setEditing] = useState<PolicyValues | null>(null);
  if (!list.data) return <Loader size="sm" />;
  const ids = new Set(list.data.map((p) => p.id));
  if (editing) return <PolicyEditor initial={editing} policyIds={ids} onClose={() => setEditing(null)} />;
  return (
    <Stack gap="md">
      <OfficeDunningSettings />
      <PolicyList
        rows={list.data}
        onEdit={(row: PolicyRow) => setEditing(toValues(row))}
        onCopy={(row: PolicyRow) => setEditing(copyOf(row, t('policies.list.copyName', { name: row.name })))}
      />
    </Stack>
  );
}
