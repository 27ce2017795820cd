/**
 * The "Key actions" menu for the selected customer managed keys: Enable, Disable, Schedule key
 * deletion, Cancel key deletion. Each is the API call the console makes, once per key; actions
 * the selection's states do not allow are unavailable, as in the console.
 */
import { useState } from 'react';
import { formatDateTime } from '@/features/kms-console/lib/format';
import type { Caller } from '@/state/console-client';
import type { useAction } from '@/state/use-action';
import { MenuButton } from '@/features/kms-console/ui/menu-button';
import { ScheduleDeletionDialog } from './schedule-deletion-dialog';

export interface ActionKey {
  keyId: string;
  name: string;
  state: string;
}

const plural = (keys: ActionKey[]) => (keys.length === 1 ? `key ${keys[0]!.name}` : `${keys.length} keys`);

export function KeyActions({ keys, action }: { keys: ActionKey[]; action: ReturnType<typeof useAction> }) {
  const [scheduling, setScheduling] = useState(false);
  const all = (state: string) => keys.length > 0 && keys.every((k) => k.state === state);

  const each = (operation: string, input: (k: ActionKey) => Record<string, unknown>) => (call: Caller) =>
    keys.reduce<Promise<any[]>>(async (acc, k) => [...(await acc), await call(operation, { KeyId: k.keyId, ...input(k) })], Promise.resolve([]));

  const items = [
    {
      label: 'Enable',
      disabled: !all('Disabled'),
      onSelect: () =>
        void action.run(
          each('EnableKey', () => ({})),
          { success: `Enabled ${plural(keys)}.`, failure: `Enabling ${plural(keys)}` },
        ),
    },
    {
      label: 'Disable',
      disabled: !all('Enabled'),
      onSelect: () =>
        void action.run(
          each('DisableKey', () => ({})),
          { success: `Disabled ${plural(keys)}.`, failure: `Disabling ${plural(keys)}` },
        ),
    },
    { label: 'Schedule key deletion', disabled: keys.length === 0 || keys.some((k) => k.state === 'PendingDeletion'), onSelect: () => setScheduling(true) },
    {
      label: 'Cancel key deletion',
      disabled: !all('PendingDeletion'),
      onSelect: () =>
        void action.run(
          each('CancelKeyDeletion', () => ({})),
          {
            success: `Cancelled the deletion of ${plural(keys)}. A key whose deletion is cancelled is Disabled: enable it to use it again.`,
            failure: `Cancelling the deletion of ${plural(keys)}`,
          },
        ),
    },
  ];

  async function schedule(days: number) {
    setScheduling(false);
    await action.run(
      each('ScheduleKeyDeletion', () => ({ PendingWindowInDays: days })),
      {
        success: (outs: { DeletionDate: Date }[]) => `Scheduled ${plural(keys)} for deletion on ${formatDateTime(outs[0]!.DeletionDate)}.`,
        failure: `Scheduling the deletion of ${plural(keys)}`,
      },
    );
  }

  return (
    <>
      <MenuButton label="Key actions" items={items} />
      {scheduling && <ScheduleDeletionDialog keys={keys} onCancel={() => setScheduling(false)} onSchedule={(d) => void schedule(d)} />}
    </>
  );
}
