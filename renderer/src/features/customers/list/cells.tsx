import type { CustomerKind, CustomerListRow, ScreeningStatus } from '@shared/domain/customer';
import type { CSSProperties, ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import classes from './cells.module.css';

// Small, pure cell renderers of the customer table. Every cell fits one fixed row height
// (two short lines at most) so the virtualised list can position rows without measuring.

const KIND_COLORS: Record<CustomerKind, string> = {
  exhibitor: 'teal',
  trade_buyer: 'blue',
  professional_visitor: 'violet',
  general_visitor: 'gray',
  partner: 'orange',
};

const SCREENING_COLORS: Record<ScreeningStatus, string> = {
  unverified: 'gray',
  verified: 'green',
  rejected: 'red',
};

const lightColors = (color: string) =>
  ({
    '--badge-bg': `var(--mantine-color-${color}-light)`,
    '--badge-fg': `var(--mantine-color-${color}-light-color)`,
  }) as CSSProperties;

const None = () => <span className={classes.none}>—</span>;

export function TwoLines({ main, sub }: { main: ReactNode; sub?: ReactNode }) {
  return (
    <div className={classes.stack}>
      <div className={classes.main}>{main}</div>
      {sub ? <div className={classes.sub}>{sub}</div> : null}
    </div>
  );
}

// Cells take the translate function from the column definitions (which follow the language)
// instead of each subscribing with useTranslation: hundreds of hooks per scroll add up.
type T = TFunction<'customerList'>;

export function CompanyCell({ row, linked = true, t }: { row: CustomerListRow; linked?: boolean; t: T }) {
  return (
    <div className={classes.stack} style={{ gap: 3 }}>
      {linked ? (
        <Link
          to={`/customers/${row.id}`}
          className={classes.company}
          title={row.companyName}
          // The whole row opens the customer; the link is there for keyboard and middle-click.
          onClick={(e) => e.stopPropagation()}
        >
          {row.companyName}
        </Link>
      ) : (
        <div className={classes.company} title={row.companyName}>
          {row.companyName}
        </div>
      )}
      {row.kinds.length > 0 && (
        <div className={classes.badges}>
          {row.kinds.map((k) => (
            <span key={k} className={classes.badge} style={lightColors(KIND_COLORS[k])}>
              {t(`common:kinds.${k}`)}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}

export function ContactCell({ row, t }: { row: CustomerListRow; t: T }) {
  if (!row.primaryContact) return <None />;
  const more = row.contactCount - 1;
  return <TwoLines main={row.primaryContact} sub={more > 0 ? t('cells.moreContacts', { count: more }) : undefined} />;
}

export function LocationCell({ row }: { row: CustomerListRow }) {
  // City and region are often the same (Busan, Busan; 上海, 上海): say it once.
  const place = [...new Set([row.city, row.region].filter(Boolean))].join(' · ');
  if (!row.country && !place) return <None />;
  return <TwoLines main={row.country ?? place} sub={row.country ? place : undefined} />;
}

export function PlainCell({ value }: { value: string | null }) {
  return value ? (
    <div className={classes.main} title={value}>
      {value}
    </div>
  ) : (
    <None />
  );
}

// Rough rendered width of a tag, so the cell shows whole tags rather than slivers.
const CJK = /[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/;
const tagWidth = (tag: string) => 16 + [...tag].reduce((w, ch) => w + (CJK.test(ch) ? 11 : 6.2), 0);
const TAG_SPACE = 120;

export function TagsCell({ tags }: { tags: string[] }) {
  if (tags.length === 0) return <None />;
  let used = 0;
  let fit = 0;
  for (const tag of tags) {
    const w = tagWidth(tag) + (fit ? 4 : 0);
    const more = fit + 1 < tags.length ? 26 : 0;
    if (fit > 0 && used + w + more > TAG_SPACE) break;
    used += w;
    fit++;
  }
  const rest = tags.length - fit;
  return (
    <div className={classes.badges} title={rest > 0 ? tags.join(', ') : undefined}>
      {tags.slice(0, fit).map((tag) => (
        <span key={tag} className={classes.tag} title={tag}>
          {tag}
        </span>
      ))}
      {rest > 0 && <span className={classes.more}>+{rest}</span>}
    </div>
  );
}

export function ScreeningBadge({ status, t }: { status: ScreeningStatus; t: T }) {
  return (
    <span className={classes.status} style={lightColors(SCREENING_COLORS[status])}>
      {t(`common:screening.${status}`)}
    </span>
  );
}

function completenessColor(p: number): string {
  if (p >= 80) return 'var(--mantine-color-teal-6)';
  if (p >= 50) return 'var(--mantine-color-yellow-6)';
  return 'var(--mantine-color-red-6)';
}

export function CompletenessCell({ value, t }: { value: number; t: T }) {
  return (
    <div className={classes.completeness} role="img" aria-label={t('cells.completeness', { value })}>
      <span
        className={classes.ring}
        style={{ '--ring-value': value, '--ring-color': completenessColor(value) } as CSSProperties}
      />
      <span aria-hidden>{value}%</span>
    </div>
  );
}
