/**
 * The exportable columns of each on-screen table, by the column id the renderer uses (its
 * column chooser's ids): header, cell kind and how a row of the list's own query becomes a
 * cell — enum values in the export's language, money in major units, dates as real dates.
 */
import type { ExportTable } from '../../../shared/api/exports';
import type { ParticipantRow } from '../../../shared/api/participations';
import type { Task } from '../../../shared/api/tasks';
import type { ValueRow } from '../../../shared/api/valuation';
import { maskToKinds, type CustomerListRow } from '../../../shared/domain/customer';
import { FIGURE_KEYS, type FigureKey } from '../../../shared/domain/valuation/figures';
import type { ExportColumn } from '../excel/write/columns';
import { figureCol } from '../excel/write/valueCustomers';
import { WORKBOOK_LABELS, type WorkbookLabels } from '../excel/write/workbookLabels';
import { TABLE_LABELS, type TableLabels } from './tableLabels';

interface Words {
  T: TableLabels;
  W: WorkbookLabels;
  /** The user's today ('YYYY-MM-DD'): what is overdue. */
  today: string;
}

export interface TableColumn<Row> {
  column: (w: Words) => ExportColumn;
  cell: (row: Row, w: Words) => unknown;
}

type Columns<Row> = Record<string, TableColumn<Row>>;

const text = <Row>(header: (w: Words) => string, cell: (row: Row, w: Words) => unknown, width?: number): TableColumn<Row> => ({
  column: (w) => ({ header: header(w), kind: 'text', width }),
  cell,
});
const typed = <Row>(kind: ExportColumn['kind'], header: (w: Words) => string, cell: (row: Row, w: Words) => unknown): TableColumn<Row> => ({
  column: (w) => ({ header: header(w), kind }),
  cell,
});

const join = (parts: readonly (string | null | undefined)[], sep: string) => parts.filter((p) => p).join(sep) || null;

/** Customer list rows (the customer list and a segment's members). */
const CUSTOMER_COLUMNS: Columns<CustomerListRow> = {
  companyName: text((w) => w.T.customer.companyName, (r) => r.companyName, 32),
  primaryContact: text((w) => w.T.customer.primaryContact, (r) => r.primaryContact, 18),
  kinds: text((w) => w.T.customer.kinds, (r, w) => join(r.kinds.map((k) => w.W.kind[k]), w.T.listSep), 22),
  industry: text((w) => w.T.customer.industry, (r) => r.industry, 22),
  // The list's location cell: city, region, country.
  location: text((w) => w.T.customer.location, (r, w) => join([r.city, r.region, r.country], w.T.listSep), 26),
  country: text((w) => w.T.customer.country, (r) => r.country, 14),
  region: text((w) => w.T.customer.region, (r) => r.region, 14),
  city: text((w) => w.T.customer.city, (r) => r.city, 14),
  phone: text((w) => w.T.customer.phone, (r) => r.phone, 16),
  email: text((w) => w.T.customer.email, (r) => r.email, 26),
  website: text((w) => w.T.customer.website, (r) => r.website, 24),
  tags: text((w) => w.T.customer.tags, (r, w) => join(r.tags, w.T.listSep), 22),
  screeningStatus: text((w) => w.T.customer.screeningStatus, (r, w) => w.T.screening[r.screeningStatus], 12),
  // Stored as a whole percentage (0–100): a fraction in the file, formatted as %.
  completeness: typed('percent', (w) => w.T.customer.completeness, (r) => r.completeness / 100),
  createdAt: typed('datetime', (w) => w.T.customer.createdAt, (r) => r.createdAt),
  updatedAt: typed('datetime', (w) => w.T.customer.updatedAt, (r) => r.updatedAt),
};

type FigureColumnKey = Exclude<FigureKey, 'customerId' | 'stage' | 'kinds'>;

const VALUE_COLUMNS: Columns<ValueRow> = {
  companyName: text((w) => w.T.value.companyName, (r) => r.companyName, 32),
  industry: text((w) => w.T.value.industry, (r) => r.industry, 22),
  region: text((w) => w.T.value.region, (r) => r.region, 16),
  stage: text((w) => w.W.figure.stage, (r, w) => w.W.stage[r.stage], 13),
  kinds: text((w) => w.W.figure.kinds, (r, w) => join(maskToKinds(r.kinds).map((k) => w.W.kind[k]), w.T.listSep), 22),
  ...Object.fromEntries(
    FIGURE_KEYS.filter((k): k is FigureColumnKey => k !== 'customerId' && k !== 'stage' && k !== 'kinds').map((k) => {
      const col = figureCol(k);
      // A figure's cell reads only the figures; the workbook's per-customer details are not needed.
      return [k, { column: (w: Words) => col.column(w.W), cell: (r: ValueRow, w: Words) => col.cell(r, null as never, w.W) }];
    }),
  ),
  nextFollowUp: typed('date', (w) => w.T.value.nextFollowUp, (r) => r.nextFollowUp),
};

const PARTICIPANT_COLUMNS: Columns<ParticipantRow> = {
  customerName: text((w) => w.T.participant.customerName, (r) => r.customerName, 32),
  role: text((w) => w.T.participant.role, (r, w) => w.W.role[r.role], 18),
  standNumber: text((w) => w.T.participant.standNumber, (r) => r.standNumber, 10),
  hall: text((w) => w.T.participant.hall, (r) => r.hall, 10),
  standArea: typed('number', (w) => w.T.participant.standArea, (r) => r.standArea),
  listPrice: typed('money', (w) => w.T.participant.listPrice, (r) => r.listPrice),
  priceCharged: typed('money', (w) => w.T.participant.priceCharged, (r) => r.priceCharged),
  discount: typed('money', (w) => w.T.participant.discount, (r) => r.discount),
  status: text((w) => w.T.participant.status, (r, w) => w.W.status[r.status], 12),
  statusAt: typed('date', (w) => w.T.participant.statusAt, (r) => r.statusAt),
  satisfaction: typed('integer', (w) => w.T.participant.satisfaction, (r) => r.satisfaction),
  intentToReturn: text((w) => w.T.participant.intentToReturn, (r, w) => (r.intentToReturn ? w.W.intent[r.intentToReturn] : null), 10),
};

/** A task's title as the week page shows it: typed, built-in, or the follow-up's summary. */
function taskTitle(r: Task, w: Words): string {
  if (r.title) return r.title;
  if (r.source === 'follow_up' && r.fromInteraction) return w.T.followUp.replace('{{summary}}', r.fromInteraction.summary);
  return w.T.actions[r.defaultKey ?? 'followUp'] ?? r.defaultKey ?? w.T.actions.followUp!;
}

const TASK_COLUMNS: Columns<Task> = {
  // The page's grouping (overdue, today, later this week), which a list sorted by date loses.
  when: text((w) => w.T.task.when, (r, w) => w.T.taskWhen[r.dueOn < w.today ? 'overdue' : r.dueOn === w.today ? 'today' : 'week'], 14),
  dueOn: typed('date', (w) => w.T.task.dueOn, (r) => r.dueOn),
  title: text((w) => w.T.task.title, taskTitle, 44),
  customerName: text((w) => w.T.task.customerName, (r) => r.customerName, 28),
  exhibitionName: text((w) => w.T.task.exhibitionName, (r) => r.exhibitionName, 24),
  type: text((w) => w.T.task.type, (r, w) => (r.interactionType ? w.W.interactionType[r.interactionType] : null), 12),
  source: text((w) => w.T.task.source, (r, w) => w.T.source[r.source], 12),
  stage: text((w) => w.T.task.stage, (r, w) => (r.stage ? w.W.stage[r.stage] : null), 12),
};

export interface TableRowTypes {
  customers: CustomerListRow;
  value: ValueRow;
  participants: ParticipantRow;
  segment: CustomerListRow;
  tasks: Task;
}

export const TABLE_COLUMNS: { [T in ExportTable]: Columns<TableRowTypes[T]> } = {
  customers: CUSTOMER_COLUMNS,
  value: VALUE_COLUMNS,
  participants: PARTICIPANT_COLUMNS,
  segment: CUSTOMER_COLUMNS,
  tasks: TASK_COLUMNS,
};

export function tableWords(lang: 'en' | 'zh', today: string): Words {
  return { T: TABLE_LABELS[lang], W: WORKBOOK_LABELS[lang], today };
}

/** Ids the table does not know, with their index (a field error each). */
export function unknownColumns(table: ExportTable, ids: readonly string[]): number[] {
  const known = TABLE_COLUMNS[table] as Columns<unknown>;
  return ids.flatMap((id, i) => (Object.prototype.hasOwnProperty.call(known, id) ? [] : [i]));
}
