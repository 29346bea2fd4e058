import type { CustomerKind, CustomerSource, PartnerType, ScreeningStatus, SizeBand } from '../domain/customer';
import type { EditionStatus, ExhibitionFrequency, ExhibitionMaturity } from '../domain/exhibition';
import type { ComplaintState, InteractionDirection, InteractionType, LeadTemperature } from '../domain/interaction';
import type { Signal, Stage, TaskSource } from '../domain/lifecycle';
import type { BookingStatus, ParticipationRole, ReturnIntent, StandType } from '../domain/participation';
import type { NpsGroup, ProbabilitySource, Quadrant, Tier } from '../domain/valuation/figures';
import type { ScoreComponent } from '../domain/valuation/settings';
import { byLanguage, type Word } from './words';

// The one table of how the enum values of shared/domain are shown, in every UI language. The
// renderer's locales, the value workbook and the list exports all read it, so a stage or a
// booking status reads the same on screen and in Excel. Record<Enum, Word>: a value without a
// label, or a label without its Chinese, is a type error.

export const STAGE_WORDS: Record<Stage, Word> = {
  cultivation: { en: 'Cultivation', zh: '培育' },
  confirmation: { en: 'Confirmation', zh: '确认' },
  trust: { en: 'Trust', zh: '信任' },
  weakening: { en: 'Weakening', zh: '弱化' },
  lost: { en: 'Lost', zh: '消失' },
};

/** A lifecycle signal's short name (the move it suggested; the screens word each with its evidence). */
export const SIGNAL_WORDS: Record<Signal, Word> = {
  skipped_editions: { en: 'Skipped editions while weakening', zh: '弱化期间连续缺席' },
  negative_wom: { en: 'Negative word of mouth', zh: '负面口碑' },
  open_complaint: { en: 'Complaint left unresolved', zh: '投诉长期未解决' },
  low_satisfaction: { en: 'Low satisfaction', zh: '满意度低' },
  satisfaction_drop: { en: 'Satisfaction fell', zh: '满意度下降' },
  skipped_latest: { en: 'Skipped the latest edition', zh: '缺席最近一届' },
  stand_area_down: { en: 'Smaller stand', zh: '展位面积减少' },
  recovered: { en: 'Recovered', zh: '恢复' },
  rebooked: { en: 'Booked again', zh: '再次预订' },
  repeat_attendance: { en: 'Took part repeatedly', zh: '连续参展' },
  first_booking: { en: 'First booking', zh: '首次预订' },
  returned: { en: 'Came back', zh: '重新回归' },
};

export const CUSTOMER_KIND_WORDS: Record<CustomerKind, Word> = {
  exhibitor: { en: 'Exhibitor', zh: '参展商' },
  trade_buyer: { en: 'Trade buyer', zh: '贸易商' },
  professional_visitor: { en: 'Professional visitor', zh: '专业观众' },
  general_visitor: { en: 'General visitor', zh: '普通观众' },
  partner: { en: 'Partner', zh: '合作伙伴' },
};

/** A participation's role: the customer kinds, a partner named by what it can be. */
export const PARTICIPATION_ROLE_WORDS: Record<ParticipationRole, Word> = {
  ...CUSTOMER_KIND_WORDS,
  partner: { en: 'Partner / sponsor / media', zh: '合作伙伴 / 赞助商 / 媒体' },
};

export const PARTNER_TYPE_WORDS: Record<PartnerType, Word> = {
  association: { en: 'Association', zh: '行业协会' },
  media: { en: 'Media', zh: '媒体' },
  sponsor: { en: 'Sponsor', zh: '赞助商' },
};

export const SIZE_BAND_WORDS: Record<SizeBand, Word> = {
  '1-9': { en: '1–9 employees', zh: '1–9 人' },
  '10-49': { en: '10–49 employees', zh: '10–49 人' },
  '50-249': { en: '50–249 employees', zh: '50–249 人' },
  '250-999': { en: '250–999 employees', zh: '250–999 人' },
  '1000+': { en: '1,000+ employees', zh: '1000 人以上' },
};

export const SCREENING_STATUS_WORDS: Record<ScreeningStatus, Word> = {
  unverified: { en: 'Unverified', zh: '未核实' },
  verified: { en: 'Verified', zh: '已核实' },
  rejected: { en: 'Rejected', zh: '已排除' },
};

export const CUSTOMER_SOURCE_WORDS: Record<CustomerSource, Word> = {
  own_records: { en: 'Own records', zh: '自有记录' },
  previous_edition: { en: 'Previous edition', zh: '往届展会' },
  on_site: { en: 'Captured on site', zh: '现场采集' },
  referral: { en: 'Referral', zh: '客户推荐' },
  association_list: { en: 'Association list', zh: '协会名录' },
  purchased_list: { en: 'Purchased list', zh: '购买名单' },
  website: { en: 'Website', zh: '官网' },
  import: { en: 'Import', zh: '导入' },
  other: { en: 'Other', zh: '其他' },
};

export const BOOKING_STATUS_WORDS: Record<BookingStatus, Word> = {
  enquiry: { en: 'Enquiry', zh: '询价' },
  reserved: { en: 'Reserved', zh: '已预订' },
  contracted: { en: 'Contracted', zh: '已签约' },
  paid: { en: 'Paid', zh: '已付款' },
  attended: { en: 'Attended', zh: '已参展' },
  cancelled: { en: 'Cancelled', zh: '已取消' },
  no_show: { en: 'No-show', zh: '未到场' },
};

export const STAND_TYPE_WORDS: Record<StandType, Word> = {
  raw_space: { en: 'Raw space', zh: '光地' },
  shell_scheme: { en: 'Shell scheme', zh: '标准展位' },
  other: { en: 'Other', zh: '其他' },
};

export const RETURN_INTENT_WORDS: Record<ReturnIntent, Word> = {
  yes: { en: 'Yes', zh: '会' },
  maybe: { en: 'Maybe', zh: '可能' },
  no: { en: 'No', zh: '不会' },
};

export const INTERACTION_TYPE_WORDS: Record<InteractionType, Word> = {
  call: { en: 'Call', zh: '电话' },
  email: { en: 'Email', zh: '邮件' },
  meeting: { en: 'Meeting', zh: '会谈' },
  visit: { en: 'Visit', zh: '拜访' },
  event: { en: 'Event / dinner', zh: '活动 / 宴请' },
  complaint: { en: 'Complaint', zh: '投诉' },
  feedback: { en: 'Feedback / survey', zh: '反馈 / 调查' },
  referral: { en: 'Referral', zh: '推荐' },
  advice: { en: 'Advice / idea received', zh: '建议 / 想法' },
  other: { en: 'Other', zh: '其他' },
};

export const INTERACTION_DIRECTION_WORDS: Record<InteractionDirection, Word> = {
  inbound: { en: 'Inbound', zh: '客户来访 / 来电' },
  outbound: { en: 'Outbound', zh: '我方主动联系' },
};

export const COMPLAINT_STATE_WORDS: Record<ComplaintState, Word> = {
  open: { en: 'Open', zh: '未解决' },
  resolved: { en: 'Resolved', zh: '已解决' },
};

export const LEAD_TEMPERATURE_WORDS: Record<LeadTemperature, Word> = {
  hot: { en: 'Hot', zh: '热' },
  warm: { en: 'Warm', zh: '温' },
  cold: { en: 'Cold', zh: '冷' },
};

/** Where a task came from, as a list column (the task list itself says "Playbook: <stage>"). */
export const TASK_SOURCE_WORDS: Record<TaskSource, Word> = {
  playbook: { en: 'Stage action', zh: '阶段行动' },
  follow_up: { en: 'Follow-up', zh: '跟进' },
  manual: { en: 'Added by hand', zh: '手动添加' },
};

export const EXHIBITION_FREQUENCY_WORDS: Record<ExhibitionFrequency, Word> = {
  annual: { en: 'Annual', zh: '每年一届' },
  biennial: { en: 'Every two years', zh: '两年一届' },
  semiannual: { en: 'Twice a year', zh: '每年两届' },
  irregular: { en: 'Irregular', zh: '不定期' },
};

export const EXHIBITION_MATURITY_WORDS: Record<ExhibitionMaturity, Word> = {
  new: { en: 'New', zh: '新展' },
  growing: { en: 'Growing', zh: '成长期' },
  mature: { en: 'Mature', zh: '成熟期' },
};

export const EDITION_STATUS_WORDS: Record<EditionStatus, Word> = {
  planned: { en: 'Planned', zh: '筹备中' },
  open: { en: 'Open for booking', zh: '招展中' },
  running: { en: 'Running', zh: '进行中' },
  closed: { en: 'Closed', zh: '已结束' },
};

/** A tier on its own ("Tier A"); a column headed "Tier" shows just the letter. */
export const TIER_WORDS: Record<Tier, Word> = {
  A: { en: 'Tier A', zh: 'A 级' },
  B: { en: 'Tier B', zh: 'B 级' },
  C: { en: 'Tier C', zh: 'C 级' },
  D: { en: 'Tier D', zh: 'D 级' },
};

export const QUADRANT_WORDS: Record<Quadrant, Word> = {
  key: { en: 'Key account', zh: '关键客户' },
  profit: { en: 'Profit account', zh: '利润客户' },
  strategic: { en: 'Strategic account', zh: '战略客户' },
  marginal: { en: 'Marginal', zh: '边缘客户' },
};

export const NPS_GROUP_WORDS: Record<NpsGroup, Word> = {
  promoter: { en: 'Promoter', zh: '推荐者' },
  passive: { en: 'Passive', zh: '被动者' },
  detractor: { en: 'Detractor', zh: '贬损者' },
};

export const PROBABILITY_SOURCE_WORDS: Record<ProbabilitySource, Word> = {
  model: { en: 'Model', zh: '模型' },
  fallback: { en: 'Fallback', zh: '备用规则' },
};

/** The score's components, short (the workbook's weights table). */
export const SCORE_COMPONENT_WORDS: Record<ScoreComponent, Word> = {
  economic: { en: 'Economic', zh: '经济' },
  profit: { en: 'Profit', zh: '盈利' },
  potential: { en: 'Potential', zh: '潜在贡献' },
  demonstration: { en: 'Demonstration', zh: '示范' },
  recommendation: { en: 'Recommendation', zh: '推荐' },
  capability: { en: 'Capability', zh: '能力' },
  satisfaction: { en: 'Satisfaction', zh: '满意度' },
  loyalty: { en: 'Loyalty', zh: '忠诚度' },
  retention: { en: 'Retention', zh: '保持率' },
};

// Per language, for locale files: `stage: STAGE_LABELS.en`.
export const STAGE_LABELS = byLanguage(STAGE_WORDS);
export const CUSTOMER_KIND_LABELS = byLanguage(CUSTOMER_KIND_WORDS);
export const PARTICIPATION_ROLE_LABELS = byLanguage(PARTICIPATION_ROLE_WORDS);
export const PARTNER_TYPE_LABELS = byLanguage(PARTNER_TYPE_WORDS);
export const SIZE_BAND_LABELS = byLanguage(SIZE_BAND_WORDS);
export const SCREENING_STATUS_LABELS = byLanguage(SCREENING_STATUS_WORDS);
export const CUSTOMER_SOURCE_LABELS = byLanguage(CUSTOMER_SOURCE_WORDS);
export const BOOKING_STATUS_LABELS = byLanguage(BOOKING_STATUS_WORDS);
export const STAND_TYPE_LABELS = byLanguage(STAND_TYPE_WORDS);
export const RETURN_INTENT_LABELS = byLanguage(RETURN_INTENT_WORDS);
export const INTERACTION_TYPE_LABELS = byLanguage(INTERACTION_TYPE_WORDS);
export const INTERACTION_DIRECTION_LABELS = byLanguage(INTERACTION_DIRECTION_WORDS);
export const COMPLAINT_STATE_LABELS = byLanguage(COMPLAINT_STATE_WORDS);
export const LEAD_TEMPERATURE_LABELS = byLanguage(LEAD_TEMPERATURE_WORDS);
export const EXHIBITION_FREQUENCY_LABELS = byLanguage(EXHIBITION_FREQUENCY_WORDS);
export const EXHIBITION_MATURITY_LABELS = byLanguage(EXHIBITION_MATURITY_WORDS);
export const EDITION_STATUS_LABELS = byLanguage(EDITION_STATUS_WORDS);
export const TIER_LABELS = byLanguage(TIER_WORDS);
export const QUADRANT_LABELS = byLanguage(QUADRANT_WORDS);
export const NPS_GROUP_LABELS = byLanguage(NPS_GROUP_WORDS);
export const PROBABILITY_SOURCE_LABELS = byLanguage(PROBABILITY_SOURCE_WORDS);
