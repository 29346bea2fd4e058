import { CloseButton, Group, Kbd, Loader, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFilterDebounce } from '../../../components/table/pendingFilters';
import classes from './SearchBox.module.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

interface Props {
  /** The search in the address; the box follows it when it changes from outside. */
  value: string;
  onSearch: (q: string) => void;
  placeholder: string;
  /** Ctrl/⌘+K and "/" focus this box (only one box on screen should take them). */
  hotkeys?: boolean;
  /** Focus once on mount/when true (e.g. the address says ?focus=search). */
  focusRequested?: boolean;
  onFocusHandled?: () => void;
  busy?: boolean;
}

/** Search as you type: the list follows 150 ms after the last keystroke (at once when an export starts). */
export const SearchBox = memo(function SearchBox({ value, onSearch, placeholder, hotkeys, focusRequested, onFocusHandled, busy }: Props) {
  const { t } = useTranslation('customerList');
  const [text, setText] = useState(value);
  const debounced = useFilterDebounce(text, 150);
  const ref = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (debounced !== value) onSearch(debounced);
    // Only a new debounced text searches; `value` catching up must not search again.
  }, [debounced]);
  useEffect(() => {
    if (value !== debounced) setText(value);
  }, [value]);

  useEffect(() => {
    if (!focusRequested) return;
    ref.current?.focus();
    ref.current?.select();
    onFocusHandled?.();
  }, [focusRequested, onFocusHandled]);

  useEffect(() => {
    if (!hotkeys) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      const modK = (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k';
      if (!modK && !(e.key === '/' && !typing)) return;
      e.preventDefault();
      // Already on the list: focus here and keep the filters. The app-wide Ctrl+K shortcut
      // would navigate to a fresh /customers?focus=search and drop them.
      e.stopPropagation();
      ref.current?.focus();
      ref.current?.select();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [hotkeys]);

  const right = text ? (
    <Group gap={4} wrap="nowrap">
      {busy && <Loader size={14} />}
      <CloseButton
        size="sm"
        aria-label={t('search.clear')}
        onClick={() => {
          setText('');
          onSearch('');
          ref.current?.focus();
        }}
      />
    </Group>
  ) : hotkeys ? (
    <Kbd size="xs">{isMac ? '⌘ K' : 'Ctrl K'}</Kbd>
  ) : null;

  return (
    <TextInput
      ref={ref}
      size="md"
      type="search"
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && text) {
          e.preventDefault();
          setText('');
          onSearch('');
        }
      }}
      placeholder={placeholder}
      aria-label={t('search.label')}
      leftSection={<IconSearch size={18} stroke={1.7} />}
      rightSection={right}
      rightSectionWidth={text ? (busy ? 60 : 40) : 72}
      maxLength={200}
      classNames={{ input: classes.input }}
    />
  );
});
