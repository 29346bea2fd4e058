/**
 * Headers and enum words of the list exports (exports.table) in English and Simplified
 * Chinese. The words match the on-screen tables (renderer features customers/list,
 * exhibitions, segments, tasks locales and i18n/common) — the backend cannot import renderer
 * code, so keep them in step. Figures, stages, kinds, roles and statuses come from the value
 * workbook's table (excel/write/workbookLabels.ts).
 */
import type { ScreeningStatus } from '../../../shared/domain/customer';
import type { TaskSource } from '../../../shared/domain/lifecycle';

export interface TableLabels {
  sheet: { customers: string; value: string; participants: string; segment: string; tasks: string };
  customer: {
    companyName: string;
    primaryContact: string;
    kinds: string;
    industry: string;
    location: string;
    country: string;
    region: string;
    city: string;
    phone: string;
    email: string;
    website: string;
    tags: string;
    screeningStatus: string;
    completeness: string;
    createdAt: string;
    updatedAt: string;
  };
  value: { companyName: string; industry: string; region: string; nextFollowUp: string };
  participant: {
    customerName: string;
    role: string;
    standNumber: string;
    hall: string;
    standArea: string;
    listPrice: string;
    priceCharged: string;
    discount: string;
    status: string;
    statusAt: string;
    satisfaction: string;
    intentToReturn: string;
  };
  task: { dueOn: string; title: string; customerName: string; exhibitionName: string; source: string; stage: string; type: string };
  screening: Record<ScreeningStatus, string>;
  source: Record<TaskSource, string>;
  /** Built-in task titles by defaultKey ("cultivation.prospectus"). */
  actions: Record<string, string>;
  followUp: string;
  /** Joins list values (kinds, tags). */
  listSep: string;
}

const en: TableLabels = {
  sheet: { customers: 'Customers', value: 'Value table', participants: 'Participants', segment: 'Segment', tasks: 'Tasks' },
  customer: {
    companyName: 'Company',
    primaryContact: 'Contact',
    kinds: 'Kind',
    industry: 'Industry',
    location: 'Location',
    country: 'Country',
    region: 'Region',
    city: 'City',
    phone: 'Phone',
    email: 'Email',
    website: 'Website',
    tags: 'Tags',
    screeningStatus: 'Screening',
    completeness: 'Complete',
    createdAt: 'Added',
    updatedAt: 'Updated',
  },
  value: { companyName: 'Company', industry: 'Industry', region: 'Region', nextFollowUp: 'Next follow-up' },
  participant: {
    customerName: 'Company',
    role: 'Role',
    standNumber: 'Stand',
    hall: 'Hall',
    standArea: 'Area m²',
    listPrice: 'List price',
    priceCharged: 'Price charged',
    discount: 'Discount',
    status: 'Status',
    statusAt: 'Since',
    satisfaction: 'Satisfaction',
    intentToReturn: 'Intent to return',
  },
  task: { dueOn: 'Due', title: 'Task', customerName: 'Customer', exhibitionName: 'Exhibition', source: 'Source', stage: 'Stage', type: 'Type' },
  screening: { unverified: 'Unverified', verified: 'Verified', rejected: 'Rejected' },
  source: { playbook: 'Stage action', follow_up: 'Follow-up', manual: 'Added by hand' },
  actions: {
    followUp: 'Follow up',
    'cultivation.prospectus': 'Send the exhibition prospectus and invitation',
    'cultivation.research': "Research the company's needs",
    'confirmation.servicePlan': 'Send the exhibitor service plan',
    'confirmation.checkIn': 'Check in after the edition: was it worth it?',
    'trust.keepInTouch': 'Keep in touch: share market news, invite to the industry dinner',
    'trust.askNeeds': 'Ask about changing needs before booking opens',
    'weakening.callWhy': 'Call to find out why it is dissatisfied',
    'weakening.proposeFix': 'Propose a fix (stand location, price, services)',
    'lost.exitCall': 'Exit call: ask for feedback, thank them',
    'lost.noBadWom': 'Make sure there is no bad word of mouth',
  },
  followUp: 'Follow up: {{summary}}',
  listSep: ', ',
};

const zh: TableLabels = {
  sheet: { customers: '客户', value: '价值表', participants: '参展方', segment: '细分', tasks: '任务' },
  customer: {
    companyName: '公司',
    primaryContact: '联系人',
    kinds: '类型',
    industry: '行业',
    location: '所在地',
    country: '国家/地区',
    region: '省/州',
    city: '城市',
    phone: '电话',
    email: '邮箱',
    website: '网站',
    tags: '标签',
    screeningStatus: '甄别',
    completeness: '完整度',
    createdAt: '添加日期',
    updatedAt: '更新日期',
  },
  value: { companyName: '公司', industry: '行业', region: '地区', nextFollowUp: '下次跟进' },
  participant: {
    customerName: '公司',
    role: '身份',
    standNumber: '展位',
    hall: '展馆',
    standArea: '面积（㎡）',
    listPrice: '标价',
    priceCharged: '成交价',
    discount: '折扣',
    status: '状态',
    statusAt: '日期',
    satisfaction: '满意度',
    intentToReturn: '续展意向',
  },
  task: { dueOn: '到期日', title: '任务', customerName: '客户', exhibitionName: '展会', source: '来源', stage: '阶段', type: '方式' },
  screening: { unverified: '未核实', verified: '已核实', rejected: '已排除' },
  source: { playbook: '阶段行动', follow_up: '跟进', manual: '手动添加' },
  actions: {
    followUp: '跟进',
    'cultivation.prospectus': '寄送展会招展书和邀请函',
    'cultivation.research': '调研该企业的需求',
    'confirmation.servicePlan': '发送参展商服务方案',
    'confirmation.checkIn': '展后回访：参展是否值得？',
    'trust.keepInTouch': '保持联系：分享市场资讯，邀请参加行业晚宴',
    'trust.askNeeds': '招展开始前询问其需求变化',
    'weakening.callWhy': '致电了解不满意的原因',
    'weakening.proposeFix': '提出改进方案（展位位置、价格、服务）',
    'lost.exitCall': '告别回访：征求意见并致谢',
    'lost.noBadWom': '确保没有负面口碑',
  },
  followUp: '跟进：{{summary}}',
  listSep: '、',
};

export const TABLE_LABELS: Record<'en' | 'zh', TableLabels> = { en, zh };
