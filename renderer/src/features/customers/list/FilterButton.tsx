import { Button, Checkbox, CheckIcon, Combobox, Group, ScrollArea, Text, useCombobox } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface FilterOption {
  value: string;
  label: string;
}

interface Props {
  /** What is filtered ("Industry"); the button shows it, then the chosen value(s). */
  label: string;
  options: FilterOption[];
  value: string[];
  onChange: (value: string[]) => void;
  multiple?: boolean;
  searchable?: boolean;
}

/**
 * A compact filter chip: a button naming the filter and its current value, opening a list
 * to pick one value (or several). Six of these fit in one row where six selects would not.
 */
export function FilterButton({ label, options, value, onChange, multiple = false, searchable = false }: Props) {
  const { t } = useTranslation('customerList');
  const [search, setSearch] = useState('');
  const combobox = useCombobox({
    onDropdownClose: () => {
      combobox.resetSelectedOption();
      setSearch('');
    },
    onDropdownOpen: () => {
      if (searchable) combobox.focusSearchInput();
    },
  });

  const labelOf = (v: string) => options.find((o) => o.value === v)?.label ?? v;
  const active = value.length > 0;
  const summary = active
    ? value.length === 1
      ? labelOf(value[0]!)
      : t('filters.nSelected', { first: labelOf(value[0]!), count: value.length - 1, total: value.length })
    : null;

  const buttonText = summary ? t('filters.withValue', { label, value: summary }) : label;

  const needle = search.trim().toLocaleLowerCase();
  const shown = needle ? options.filter((o) => o.label.toLocaleLowerCase().includes(needle)) : options;

  const submit = (v: string) => {
    if (multiple) onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v]);
    else {
      onChange(value[0] === v ? [] : [v]);
      combobox.closeDropdown();
    }
  };

  return (
    <Combobox store={combobox} width={260} position="bottom-start" withinPortal onOptionSubmit={submit}>
      <Combobox.Target targetType="button" withExpandedAttribute>
        <Button
          variant={active ? 'light' : 'default'}
          rightSection={<IconChevronDown size={14} stroke={1.8} />}
          onClick={() => combobox.toggleDropdown()}
          // role=combobox takes no name from its content, so name it explicitly.
          aria-label={buttonText}
          styles={{ label: { maxWidth: 220 } }}
                    fw={active ? 600 : 500}
        >
          <Text span inherit truncate c={active ? undefined : 'dimmed'}>
            {buttonText}
          </Text>
        </Button>
      </Combobox.Target>
      <Combobox.Dropdown>
        {searchable && (
          <Combobox.Search
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              combobox.updateSelectedOptionIndex();
            }}
            placeholder={t('filters.searchOptions')}
          />
        )}
        <Combobox.Options>
          <ScrollArea.Autosize mah={280} type="scroll">
            {shown.map((o) => {
              const checked = value.includes(o.value);
              return (
                <Combobox.Option value={o.value} key={o.value} active={checked}>
                  <Group gap="xs" wrap="nowrap">
                    {multiple ? (
                      <Checkbox.Indicator size="xs" checked={checked} />
                    ) : (
                      <CheckIcon size={11} style={{ flexShrink: 0, visibility: checked ? 'visible' : 'hidden' }} />
                    )}
                    <Text size="sm">{o.label}</Text>
                  </Group>
                </Combobox.Option>
              );
            })}
            {shown.length === 0 && <Combobox.Empty>{t('filters.noOptions')}</Combobox.Empty>}
          </ScrollArea.Autosize>
        </Combobox.Options>
        {active && (
          <Combobox.Footer>
            <Button
              variant="subtle"
              size="compact-sm"
              fullWidth
              onClick={() => {
                onChange([]);
                combobox.closeDropdown();
              }}
            >
              {t('filters.clearOne')}
            </Button>
          </Combobox.Footer>
        )}
      </Combobox.Dropdown>
    </Combobox>
  );
}
