/**
 * Headers and enum words of the list exports (exports.table) in every UI language. Enum words
 * and the field names shared with the screens come from shared/i18n; figures, stages, kinds,
 * roles and statuses from the value workbook's table (excel/write/workbookLabels.ts), which
 * reads the same tables. Each word is written once with its translation.
 */
import { PLAYBOOK_ACTION_WORDS_BY_KEY } from '../../../shared/i18n/actionLabels';
import { SCREENING_STATUS_WORDS, TASK_SOURCE_WORDS } from '../../../shared/i18n/enumLabels';
import type { Language } from '../../../shared/i18n/errors';
import { CUSTOMER_FIELD_WORDS, PARTICIPATION_FIELD_WORDS } from '../../../shared/i18n/fieldLabels';
import { byLanguage, type InLanguage, type WordTree } from '../../../shared/i18n/words';

const WORDS = {
  sheet: {
    customers: { en: 'Customers', zh: '客户' },
    value: { en: 'Value table', zh: '价值表' },
    participants: { en: 'Participants', zh: '参展方' },
    segment: { en: 'Segment', zh: '细分' },
    tasks: { en: 'Tasks', zh: '任务' },
  },
  customer: {
    companyName: { en: 'Company', zh: '公司' },
    primaryContact: { en: 'Contact', zh: '联系人' },
    kinds: { en: 'Kind', zh: '类型' },
    industry: CUSTOMER_FIELD_WORDS.industry,
    location: { en: 'Location', zh: '所在地' },
    country: CUSTOMER_FIELD_WORDS.country,
    region: { en: 'Region', zh: '省/州' },
    city: CUSTOMER_FIELD_WORDS.city,
    phone: CUSTOMER_FIELD_WORDS.phone,
    email: CUSTOMER_FIELD_WORDS.email,
    website: CUSTOMER_FIELD_WORDS.website,
    tags: CUSTOMER_FIELD_WORDS.tags,
    screeningStatus: CUSTOMER_FIELD_WORDS.screeningStatus,
    completeness: { en: 'Complete', zh: '完整度' },
    createdAt: { en: 'Added', zh: '添加日期' },
    updatedAt: { en: 'Updated', zh: '更新日期' },
  },
  value: {
    companyName: { en: 'Company', zh: '公司' },
    industry: CUSTOMER_FIELD_WORDS.industry,
    region: { en: 'Region', zh: '地区' },
    nextFollowUp: { en: 'Next follow-up', zh: '下次跟进' },
  },
  participant: {
    customerName: { en: 'Company', zh: '公司' },
    role: PARTICIPATION_FIELD_WORDS.role,
    standNumber: { en: 'Stand', zh: '展位' },
    hall: PARTICIPATION_FIELD_WORDS.hall,
    standArea: { en: 'Area m²', zh: '面积（㎡）' },
    listPrice: PARTICIPATION_FIELD_WORDS.listPrice,
    priceCharged: PARTICIPATION_FIELD_WORDS.priceCharged,
    discount: { en: 'Discount', zh: '折扣' },
    status: { en: 'Status', zh: '状态' },
    statusAt: { en: 'Since', zh: '日期' },
    satisfaction: PARTICIPATION_FIELD_WORDS.satisfaction,
    intentToReturn: { en: 'Intent to return', zh: '续展意向' },
  },
  task: {
    dueOn: { en: 'Due', zh: '到期日' },
    when: { en: 'When', zh: '时间' },
    title: { en: 'Task', zh: '任务' },
    customerName: { en: 'Customer', zh: '客户' },
    exhibitionName: { en: 'Exhibition', zh: '展会' },
    source: { en: 'Source', zh: '来源' },
    stage: { en: 'Stage', zh: '阶段' },
    type: { en: 'Type', zh: '方式' },
  },
  taskWhen: {
    overdue: { en: 'Overdue', zh: '已逾期' },
    today: { en: 'Today', zh: '今天' },
    week: { en: 'Later this week', zh: '本周稍后' },
  },
  screening: SCREENING_STATUS_WORDS,
  source: TASK_SOURCE_WORDS,
  /** Built-in task titles by defaultKey ("cultivation.prospectus"). */
  actions: PLAYBOOK_ACTION_WORDS_BY_KEY,
  followUp: { en: 'Follow up: {{summary}}', zh: '跟进：{{summary}}' },
  listSep: { en: ', ', zh: '、' },
} satisfies WordTree;

export type TableLabels = InLanguage<typeof WORDS>;
export const TABLE_LABELS: Record<Language, TableLabels> = byLanguage(WORDS);
