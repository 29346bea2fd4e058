import { CUSTOMER_KINDS, type CustomerKind } from '../../../shared/domain/customer';
import { normaliseHeader } from '../../../shared/domain/import/columnMapping';
import {
  BOOKING_STATUSES,
  PARTICIPATION_ROLES,
  RETURN_INTENTS,
  STAND_TYPES,
  type BookingStatus,
  type ParticipationRole,
  type ReturnIntent,
  type StandType,
} from '../../../shared/domain/participation';

// Spreadsheet text → the app's enum values. Files write them as the app shows them (English or
// Chinese labels), as the stored code, or in a few everyday variants. Compared after
// normaliseHeader (case, width, spaces and punctuation ignored), so "No-show", "no show" and
// "NO_SHOW" are one value.

function table<T extends string>(codes: readonly T[], words: Record<T, string[]>): Map<string, T> {
  const m = new Map<string, T>();
  for (const c of codes) for (const w of [c, ...words[c]]) m.set(normaliseHeader(w), c);
  return m;
}

const ROLE_WORDS: Record<ParticipationRole, string[]> = {
  exhibitor: ['Exhibitor', 'exhibitors', '参展商', '展商', '参展', '参展企业'],
  trade_buyer: ['Trade buyer', 'buyer', 'buyers', 'importer', 'distributor', '贸易商', '采购商', '买家', '采购'],
  professional_visitor: ['Professional visitor', 'trade visitor', 'professional', '专业观众', '专业买家'],
  general_visitor: ['General visitor', 'visitor', 'public', 'consumer', '普通观众', '观众', '公众'],
  partner: ['Partner', 'sponsor', 'media', 'association', 'Partner / sponsor / media', '合作伙伴', '赞助商', '媒体', '协会', '合作伙伴 / 赞助商 / 媒体'],
};
const ROLES = table(PARTICIPATION_ROLES, ROLE_WORDS);
const KINDS = table(CUSTOMER_KINDS, ROLE_WORDS as Record<CustomerKind, string[]>);

const STATUSES = table<BookingStatus>(BOOKING_STATUSES, {
  enquiry: ['Enquiry', 'inquiry', 'lead', 'interested', '询价', '咨询', '意向'],
  reserved: ['Reserved', 'booked', 'hold', 'on hold', '已预订', '预订', '预留'],
  contracted: ['Contracted', 'signed', 'confirmed', '已签约', '签约', '已确认'],
  paid: ['Paid', 'payment received', '已付款', '付款', '已付', '已缴费'],
  attended: ['Attended', 'participated', 'present', '已参展', '参展', '已参加', '到场', '已到场'],
  cancelled: ['Cancelled', 'canceled', 'withdrawn', '已取消', '取消', '退展'],
  no_show: ['No-show', 'no show', 'absent', '未到场', '缺席'],
});

const STAND_TYPE = table<StandType>(STAND_TYPES, {
  raw_space: ['Raw space', 'space only', 'raw', '光地', '空地'],
  shell_scheme: ['Shell scheme', 'shell', 'standard booth', 'standard stand', '标准展位', '标展', '标摊'],
  other: ['Other', '其他'],
});

const INTENT = table<ReturnIntent>(RETURN_INTENTS, {
  yes: ['Yes', 'y', 'true', '1', 'will return', '会', '是', '有', '确定', '愿意'],
  maybe: ['Maybe', 'perhaps', 'undecided', 'unsure', '可能', '待定', '考虑中', '不确定'],
  no: ['No', 'n', 'false', '0', '不会', '否', '无', '不'],
});

const lookup = <T>(m: Map<string, T>, text: string): T | null => m.get(normaliseHeader(text)) ?? null;

export const roleFromText = (t: string) => lookup(ROLES, t);
export const statusFromText = (t: string) => lookup(STATUSES, t);
export const standTypeFromText = (t: string) => lookup(STAND_TYPE, t);
export const intentFromText = (t: string) => lookup(INTENT, t);

/** "Exhibitor, Trade buyer" / "参展商、贸易商" → kinds; null when one part is unknown. */
export function kindsFromText(t: string): CustomerKind[] | null {
  const out: CustomerKind[] = [];
  for (const part of splitList(t)) {
    const k = lookup(KINDS, part);
    if (!k) return null;
    if (!out.includes(k)) out.push(k);
  }
  return out;
}

/** A cell holding several values: separated by commas, semicolons, slashes, 、 or line breaks. */
export function splitList(t: string): string[] {
  return t
    .split(/[,;，；、|\n/]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
