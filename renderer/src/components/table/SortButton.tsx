import { UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import classes from './VirtualTable.module.css';

export type SortDir = 'asc' | 'desc';

/**
 * A column header that sorts by its column: a click flips the current direction, or on an
 * unsorted column starts with `firstDir` (the column's most useful order).
 */
export function SortButton({
  label,
  dir,
  firstDir,
  onSort,
  testId,
}: {
  label: ReactNode;
  dir: SortDir | false;
  firstDir: SortDir;
  onSort: (dir: SortDir) => void;
  testId?: string;
}) {
  const Icon = dir === 'asc' ? IconArrowUp : dir === 'desc' ? IconArrowDown : IconSelector;
  return (
    <UnstyledButton
      className={classes.sortButton}
      data-testid={testId}
      onClick={() => onSort(dir ? (dir === 'asc' ? 'desc' : 'asc') : firstDir)}
    >
      <span className={classes.sortLabel}>{label}</span>
      <Icon size={14} stroke={1.8} style={{ flexShrink: 0, opacity: dir ? 1 : 0.45 }} />
    </UnstyledButton>
  );
}
