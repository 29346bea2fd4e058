import { Badge, Divider, Popover, Stack, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ValueRow } from '@shared/api/valuation';
import { explainFigure } from '@shared/domain/valuation/explain';
import { FIGURE_KEYS, type FigureKey, type Quadrant, type Tier } from '@shared/domain/valuation/figures';
import { SCORE_COMPONENTS, type ValuationSettings } from '@shared/domain/valuation/settings';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/hooks';
import { formatFigure, formatInput } from './formatFigure';

// Re-exported so views can take everything about figures from one module.
export { formatFigure } from './formatFigure';
export { useFigureLabel, useFigureMeaning } from './useFigureLabel';

// A value figure that explains itself (issue 5 item 1): hover shows what it means, click or
// Enter opens the formula with this customer's inputs filled in.

export const TIER_COLORS: Record<Tier, string> = { A: 'teal', B: 'blue', C: 'yellow', D: 'gray' };
export const QUADRANT_COLORS: Record<Quadrant, string> = { key: 'teal', profit: 'blue', strategic: 'grape', marginal: 'gray' };

const FIGURES = new Set<string>(FIGURE_KEYS);

/** Label of an explanation input: a figure's label, a score component, or a named setting. */
function useInputLabel() {
  const { t } = useTranslation('valueFormulas');
  return (name: string): string => {
    if (FIGURES.has(name)) return t(`figure.${name as FigureKey}.label`);
    const m = /^([wc])_(\w+)$/.exec(name);
    if (m) {
      const component = t(`component.${m[2] as 'economic'}`);
      return t(m[1] === 'w' ? 'input.weight' : 'input.component', { component });
    }
    return t(`input.${name as 'value'}`);
  };
}

function Shown({ row, figure, text }: { row: ValueRow; figure: FigureKey; text: string }) {
  if (figure === 'tier') {
    return (
      <Badge color={TIER_COLORS[row.tier]} variant="filled" size="sm" style={{ cursor: 'pointer' }}>
        {text}
      </Badge>
    );
  }
  if (figure === 'quadrant') {
    return (
      <Badge color={QUADRANT_COLORS[row.quadrant]} variant="light" size="sm" style={{ cursor: 'pointer' }}>
        {text}
      </Badge>
    );
  }
  const negative = typeof row[figure] === 'number' && (row[figure] as number) < 0;
  return (
    <Text span inherit c={negative ? 'red' : undefined} style={{ borderBottom: '1px dotted var(--mantine-color-dimmed)', cursor: 'help' }}>
      {text}
    </Text>
  );
}

export function FigureValue({
  row,
  figure,
  settings,
  currency,
}: {
  row: ValueRow;
  figure: FigureKey;
  settings: ValuationSettings;
  /** Workspace currency; read from the workspace settings when not given. */
  currency?: string;
}) {
  const { t, i18n } = useTranslation('valueFormulas');
  const lang = i18n.language;
  const workspace = useApi('settings.get', {}, { enabled: currency === undefined, staleTime: 60_000 });
  const cur = currency ?? workspace.data?.currency;
  const [opened, { toggle, close }] = useDisclosure(false);
  const inputLabel = useInputLabel();
  const label = t(`figure.${figure}.label`);
  const text = formatFigure(figure, row[figure], lang, cur);

  let body: React.ReactNode = null;
  if (opened) {
    const ex = explainFigure(figure, row, settings);
    const values: Record<string, string> = {};
    for (const [name, v] of Object.entries(ex.inputs)) values[name] = formatInput(name, v, lang, cur);
    // The score's 18 weight / component inputs read best as one small table.
    const isScore = ex.formula === 'score';
    const rows = Object.entries(values).filter(([name]) => !(isScore && /^[wc]_/.test(name)));
    const weightSum = Number(ex.inputs.weightSum) || 0;
    body = (
      <Stack gap={6} data-testid={`figure-explain-${figure}`}>
        <Text fw={700} size="sm">
          {label}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`figure.${figure}.meaning`)}
        </Text>
        <Divider label={t('popover.formula')} labelPosition="left" />
        <Text size="sm" data-testid="figure-formula">
          {t(`formula.${ex.formula}`, values)}
        </Text>
        {isScore && (
          <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing="xs" fz="xs" data-testid="figure-score-components">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('popover.component')}</Table.Th>
                <Table.Th ta="right">{t('popover.weight')}</Table.Th>
                <Table.Th ta="right">{t('popover.value')}</Table.Th>
                <Table.Th ta="right">{t('popover.points')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {SCORE_COMPONENTS.map((k) => {
                const w = Number(ex.inputs[`w_${k}`]) || 0;
                const c = Number(ex.inputs[`c_${k}`]) || 0;
                return (
                  <Table.Tr key={k}>
                    <Table.Td c="dimmed">{t(`component.${k}`)}</Table.Td>
                    <Table.Td ta="right">{values[`w_${k}`]}</Table.Td>
                    <Table.Td ta="right">{values[`c_${k}`]}</Table.Td>
                    <Table.Td ta="right">{formatInput('behaviour', weightSum > 0 ? (100 * w * c) / weightSum : 0, lang)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        {rows.length > 0 && (
          <>
            <Divider label={t('popover.inputs')} labelPosition="left" />
            <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing="xs" fz="xs">
              <Table.Tbody>
                {rows.map(([name, v]) => (
                  <Table.Tr key={name}>
                    <Table.Td c="dimmed">{inputLabel(name)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {v}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    );
  }

  return (
    <Popover opened={opened} onDismiss={close} width={360} position="bottom" withArrow shadow="md" withinPortal>
      <Popover.Target>
        <UnstyledButton
          onClick={(e) => {
            // Inside a clickable table row, explaining must not also open the customer.
            e.stopPropagation();
            toggle();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') e.stopPropagation();
            // Focus stays on the value, so Escape must close from here too.
            if (e.key === 'Escape' && opened) {
              e.stopPropagation();
              close();
            }
          }}
          aria-label={t('popover.open', { label })}
          data-testid={`figure-${figure}`}
          fz="inherit"
          lh="inherit"
        >
          <Tooltip label={t(`figure.${figure}.meaning`)} openDelay={400} disabled={opened} multiline maw={280} withinPortal>
            <span>
              <Shown row={row} figure={figure} text={text} />
            </span>
          </Tooltip>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown onClick={(e) => e.stopPropagation()}>{body}</Popover.Dropdown>
    </Popover>
  );
}
