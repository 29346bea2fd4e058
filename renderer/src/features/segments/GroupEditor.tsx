import { ActionIcon, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { MAX_SEGMENT_DEPTH, type GroupOp } from '@shared/domain/segment';
import { IconBracketsContain, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConditionRow } from './ConditionRow';
import { newCondition, newGroup, type DraftGroup, type DraftNode } from './draft';

interface Props {
  group: DraftGroup;
  depth: number;
  onChange: (g: DraftGroup) => void;
  onRemove?: () => void;
}

/** A group of conditions joined by AND ("all") or OR ("any"); groups nest up to the limit. */
export function GroupEditor({ group, depth, onChange, onRemove }: Props) {
  const { t } = useTranslation('segments');
  const replace = (key: string, next: DraftNode | null) =>
    onChange({ ...group, items: group.items.flatMap((it) => (it.key === key ? (next ? [next] : []) : [it])) });
  const add = (n: DraftNode) => onChange({ ...group, items: [...group.items, n] });
  const nested = depth > 1;

  return (
    <Stack
      gap="xs"
      p={nested ? 'sm' : 0}
      data-testid={nested ? 'segment-group' : 'segment-root'}
      style={
        nested
          ? { borderLeft: '3px solid var(--mantine-color-teal-4)', background: 'var(--mantine-color-gray-0)', borderRadius: 4 }
          : undefined
      }
    >
      <Group gap="xs" justify="space-between">
        <Group gap="xs">
          <Text size="sm">{t('group.matchPrefix')}</Text>
          <SegmentedControl
            size="xs"
            aria-label={t('group.opLabel')}
            value={group.op}
            onChange={(v) => onChange({ ...group, op: v as GroupOp })}
            data={[
              { value: 'and', label: t('group.all') },
              { value: 'or', label: t('group.any') },
            ]}
          />
          <Text size="sm">{t('group.matchSuffix')}</Text>
        </Group>
        {onRemove && (
          <ActionIcon variant="subtle" color="gray" onClick={onRemove} aria-label={t('group.removeGroup')}>
            <IconTrash size={16} />
          </ActionIcon>
        )}
      </Group>
      {group.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {nested ? t('group.emptyNested') : t('group.empty')}
        </Text>
      )}
      {group.items.map((it) =>
        it.kind === 'group' ? (
          <GroupEditor key={it.key} group={it} depth={depth + 1} onChange={(g) => replace(it.key, g)} onRemove={() => replace(it.key, null)} />
        ) : (
          <ConditionRow key={it.key} cond={it} onChange={(c) => replace(it.key, c)} onRemove={() => replace(it.key, null)} />
        ),
      )}
      <Group gap="xs">
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => add(newCondition('kind'))}>
          {t('group.addCondition')}
        </Button>
        {depth < MAX_SEGMENT_DEPTH && (
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconBracketsContain size={14} />}
            onClick={() => add(newGroup(group.op === 'and' ? 'or' : 'and', [newCondition('kind')]))}
          >
            {t('group.addGroup')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
