import type { Interaction, InteractionCreateInput, InteractionUpdateInput } from '@shared/api/interactions';
import type { InteractionDirection, InteractionType } from '@shared/domain/interaction';

// The log-interaction form's values and their conversion to and from the API. The moment is
// edited as the user's local wall-clock time ('YYYY-MM-DDTHH:mm', a datetime-local input) and
// sent as an ISO moment; an empty optional field is sent as null.

export interface InteractionFormValues {
  customerId: string | null;
  at: string;
  type: InteractionType;
  direction: InteractionDirection | '';
  staff: string;
  summary: string;
  outcome: string;
  cost: number | string;
  followUpOn: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A Date as the local 'YYYY-MM-DDTHH:mm' a datetime-local input shows. */
export function toLocalInput(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Local 'YYYY-MM-DDTHH:mm' → ISO moment; null when it is not a complete date and time. */
export function fromLocalInput(s: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s)) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function emptyValues(opts: { customerId?: string | null; staff?: string | null; now?: Date } = {}): InteractionFormValues {
  return {
    customerId: opts.customerId ?? null,
    at: toLocalInput(opts.now ?? new Date()),
    type: 'call',
    direction: '',
    staff: opts.staff ?? '',
    summary: '',
    outcome: '',
    cost: 0,
    followUpOn: '',
  };
}

export function valuesOf(i: Interaction): InteractionFormValues {
  return {
    customerId: i.customerId,
    at: toLocalInput(new Date(i.at)),
    type: i.type,
    direction: i.direction ?? '',
    staff: i.staff ?? '',
    summary: i.summary,
    outcome: i.outcome ?? '',
    cost: i.cost,
    followUpOn: i.followUpOn ?? '',
  };
}

function fields(v: InteractionFormValues) {
  return {
    // An unparseable moment is sent as typed, so the backend names the field.
    at: fromLocalInput(v.at) ?? v.at,
    type: v.type,
    direction: v.direction === '' ? null : v.direction,
    staff: v.staff.trim() || null,
    summary: v.summary,
    outcome: v.outcome.trim() || null,
    cost: v.cost === '' ? 0 : Number(v.cost),
    followUpOn: v.followUpOn || null,
  };
}

export function toCreateInput(v: InteractionFormValues): InteractionCreateInput {
  return { customerId: v.customerId ?? '', ...fields(v) };
}

export function toUpdateInput(i: Pick<Interaction, 'id' | 'version'>, v: InteractionFormValues): InteractionUpdateInput {
  return { id: i.id, version: i.version, patch: fields(v) };
}
