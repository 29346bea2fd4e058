/**
 * Texts of the value-assessment workbook in English and Simplified Chinese: sheet names,
 * headers and enum values. The renderer has the same words in its locales (valuation/explain,
 * exhibitions, interactions, i18n/common), but the backend cannot import renderer code, so the
 * workbook keeps its own table — keep the wording in step with those files.
 */
import type { CustomerKind } from '../../../../shared/domain/customer';
import type { BookingStatus, ParticipationRole, ReturnIntent } from '../../../../shared/domain/participation';
import type { InteractionDirection, InteractionType } from '../../../../shared/domain/interaction';
import type { Stage } from '../../../../shared/domain/lifecycle';
import type { FigureKey, NpsGroup, Quadrant, Tier } from '../../../../shared/domain/valuation/figures';
import type { ScoreComponent } from '../../../../shared/domain/valuation/settings';

export type WorkbookLang = 'en' | 'zh';

type FigureLabels = Record<Exclude<FigureKey, 'customerId'>, string>;

interface Labels {
  sheets: { summary: string; customers: string; stageHistory: string; participations: string; interactions: string };
  summary: {
    title: string;
    exhibition: string;
    generatedAt: string;
    assessedAt: string;
    relationships: string;
    filtered: string;
    filters: string;
    window: string;
    noWindow: string;
    nextEdition: string;
    nextEditionNew: string;
    settings: string;
    windowEditions: string;
    weight: string;
    tierCutoffs: string;
    tierCutoff: string;
    economicHigh: string;
    strategicHigh: string;
    totalsBy: { stage: string; tier: string; quadrant: string; kind: string };
    count: string;
    revenue: string;
    profit: string;
    nps: string;
    edition: string;
    startDate: string;
    npsValue: string;
    respondents: string;
    npsAll: string;
    expected: string;
    expectedValue: string;
    low: string;
    high: string;
    backtest: string;
    backtestEdition: string;
    auc: string;
    baselineAuc: string;
    brier: string;
    beats: string;
    modelKind: string;
    trainExamples: string;
    testExamples: string;
    none: string;
    yes: string;
    no: string;
    setting: string;
    value: string;
  };
  customer: {
    company: string;
    kinds: string;
    industry: string;
    region: string;
    country: string;
    contact: string;
    phone: string;
    email: string;
    stageSince: string;
    daysInStage: string;
    nextFollowUp: string;
  };
  figure: FigureLabels;
  history: { company: string; seq: string; from: string; to: string; at: string; changedBy: string; reason: string; signal: string };
  participation: {
    company: string;
    edition: string;
    startDate: string;
    role: string;
    status: string;
    statusAt: string;
    stand: string;
    hall: string;
    area: string;
    listPrice: string;
    priceCharged: string;
    otherRevenue: string;
    satisfaction: string;
    intent: string;
    leads: string;
    meetings: string;
    cancelReason: string;
  };
  interaction: {
    company: string;
    at: string;
    type: string;
    direction: string;
    staff: string;
    edition: string;
    summary: string;
    outcome: string;
    cost: string;
    followUp: string;
    complaint: string;
  };
  stage: Record<Stage, string>;
  tier: Record<Tier, string>;
  quadrant: Record<Quadrant, string>;
  kind: Record<CustomerKind, string>;
  role: Record<ParticipationRole, string>;
  status: Record<BookingStatus, string>;
  intent: Record<ReturnIntent, string>;
  npsGroup: Record<NpsGroup, string>;
  probabilitySource: Record<'model' | 'fallback', string>;
  modelKind: Record<'logistic' | 'fallback', string>;
  interactionType: Record<InteractionType, string>;
  direction: Record<InteractionDirection, string>;
  complaint: Record<'open' | 'resolved', string>;
  component: Record<ScoreComponent, string>;
  yesNo: { yes: string; no: string };
}

const en: Labels = {
  sheets: { summary: 'Summary', customers: 'Customers', stageHistory: 'Stage history', participations: 'Participations', interactions: 'Interactions' },
  summary: {
    title: 'Customer value assessment',
    exhibition: 'Exhibition',
    generatedAt: 'Generated at',
    assessedAt: 'Assessed at',
    relationships: 'Relationships',
    filtered: 'Relationships in this workbook',
    filters: 'Filters',
    window: 'Editions in the window',
    noWindow: 'No closed edition yet',
    nextEdition: 'Prediction for',
    nextEditionNew: 'The next edition (not created yet)',
    settings: 'Settings used',
    windowEditions: 'Window (latest closed editions)',
    weight: 'Weight',
    tierCutoffs: 'Tier cut-offs (top %)',
    tierCutoff: 'Tier {{tier}} up to',
    economicHigh: 'Economic value high from (0–1)',
    strategicHigh: 'Strategic value high from (0–1)',
    totalsBy: { stage: 'Totals by stage', tier: 'Totals by tier', quadrant: 'Totals by quadrant', kind: 'Totals by kind' },
    count: 'Relationships',
    revenue: 'Revenue',
    profit: 'Profit',
    nps: 'NPS by edition',
    edition: 'Edition',
    startDate: 'Start date',
    npsValue: 'NPS',
    respondents: 'Answers',
    npsAll: 'Whole window',
    expected: 'Expected next-edition revenue',
    expectedValue: 'Expected',
    low: '90 % range from',
    high: '90 % range to',
    backtest: 'Prediction back-test',
    backtestEdition: 'Edition predicted',
    auc: 'Model AUC',
    baselineAuc: 'Baseline AUC (took part last time)',
    brier: 'Brier score (lower is better)',
    beats: 'Model beats the baseline',
    modelKind: 'Model',
    trainExamples: 'Training examples',
    testExamples: 'Tested',
    none: '—',
    yes: 'Yes',
    no: 'No',
    setting: 'Setting',
    value: 'Value',
  },
  customer: {
    company: 'Company',
    kinds: 'Kind',
    industry: 'Industry',
    region: 'Region',
    country: 'Country',
    contact: 'Contact',
    phone: 'Phone',
    email: 'Email',
    stageSince: 'In stage since',
    daysInStage: 'Days in stage',
    nextFollowUp: 'Next follow-up',
  },
  figure: {
    stage: 'Stage',
    kinds: 'Kind',
    economic: 'Economic value',
    referralRevenue: 'Referral revenue',
    referred: 'Referred',
    negativeWom: 'Negative word of mouth',
    costInitial: 'Initial cost',
    costMaintenance: 'Maintenance cost',
    maintenanceInteractions: 'Maintenance interactions',
    discount: 'Discount',
    costEnd: 'End cost',
    profit: 'Profitability',
    demonstrationRating: 'Demonstration',
    areaRank: 'Stand rank',
    areaRankOf: 'Stands ranked',
    recommendation: 'Recommendation',
    capabilityRating: 'Capability rating',
    advice: 'Advice received',
    capability: 'Capability',
    satisfaction: 'Satisfaction',
    satisfactionCount: 'Scores',
    npsGroup: 'NPS group',
    intent: 'Intent',
    streak: 'Streak',
    attendedInWindow: 'Editions in window',
    windowSize: 'Window',
    loyalty: 'Loyalty',
    attendedSinceFirst: 'Editions attended',
    heldSinceFirst: 'Editions held',
    retention: 'Retention',
    repeat: 'Repeat customer',
    contributionShare: 'Contribution',
    revenuePerEdition: 'Revenue per edition',
    remainingEditions: 'Remaining editions',
    potential: 'Potential contribution',
    probability: 'Rebooking probability',
    probabilitySource: 'Prediction source',
    economicNorm: 'Economic (normalised)',
    profitNorm: 'Profit (normalised)',
    recommendationNorm: 'Recommendation (normalised)',
    potentialNorm: 'Potential (normalised)',
    strategicNorm: 'Strategic value',
    score: 'Value score',
    tier: 'Tier',
    quadrant: 'Quadrant',
  },
  history: { company: 'Company', seq: 'No.', from: 'From', to: 'To', at: 'Date', changedBy: 'By', reason: 'Reason', signal: 'Signal' },
  participation: {
    company: 'Company',
    edition: 'Edition',
    startDate: 'Start date',
    role: 'Role',
    status: 'Status',
    statusAt: 'Status since',
    stand: 'Stand',
    hall: 'Hall',
    area: 'Area (m²)',
    listPrice: 'List price',
    priceCharged: 'Price charged',
    otherRevenue: 'Other revenue',
    satisfaction: 'Satisfaction (0–10)',
    intent: 'Intent to return',
    leads: 'Leads',
    meetings: 'Meetings',
    cancelReason: 'Cancel reason',
  },
  interaction: {
    company: 'Company',
    at: 'When',
    type: 'Type',
    direction: 'Direction',
    staff: 'Staff',
    edition: 'Edition',
    summary: 'Summary',
    outcome: 'Outcome',
    cost: 'Cost',
    followUp: 'Follow up on',
    complaint: 'Complaint',
  },
  stage: { cultivation: 'Cultivation', confirmation: 'Confirmation', trust: 'Trust', weakening: 'Weakening', lost: 'Lost' },
  tier: { A: 'A', B: 'B', C: 'C', D: 'D' },
  quadrant: { key: 'Key account', profit: 'Profit account', strategic: 'Strategic account', marginal: 'Marginal' },
  kind: { exhibitor: 'Exhibitor', trade_buyer: 'Trade buyer', professional_visitor: 'Professional visitor', general_visitor: 'General visitor', partner: 'Partner' },
  role: { exhibitor: 'Exhibitor', trade_buyer: 'Trade buyer', professional_visitor: 'Professional visitor', general_visitor: 'General visitor', partner: 'Partner / sponsor / media' },
  status: { enquiry: 'Enquiry', reserved: 'Reserved', contracted: 'Contracted', paid: 'Paid', attended: 'Attended', cancelled: 'Cancelled', no_show: 'No-show' },
  intent: { yes: 'Yes', maybe: 'Maybe', no: 'No' },
  npsGroup: { promoter: 'Promoter', passive: 'Passive', detractor: 'Detractor' },
  probabilitySource: { model: 'Model', fallback: 'Fallback' },
  modelKind: { logistic: 'Logistic regression', fallback: 'Fallback (own rebooking rate)' },
  interactionType: {
    call: 'Call', email: 'Email', meeting: 'Meeting', visit: 'Visit', event: 'Event / dinner', complaint: 'Complaint',
    feedback: 'Feedback / survey', referral: 'Referral', advice: 'Advice / idea received', other: 'Other',
  },
  direction: { inbound: 'Inbound', outbound: 'Outbound' },
  complaint: { open: 'Open', resolved: 'Resolved' },
  component: {
    economic: 'Economic', profit: 'Profit', potential: 'Potential', demonstration: 'Demonstration', recommendation: 'Recommendation',
    capability: 'Capability', satisfaction: 'Satisfaction', loyalty: 'Loyalty', retention: 'Retention',
  },
  yesNo: { yes: 'Yes', no: 'No' },
};

const zh: Labels = {
  sheets: { summary: '摘要', customers: '客户', stageHistory: '阶段历史', participations: '参展记录', interactions: '互动记录' },
  summary: {
    title: '客户价值评估',
    exhibition: '展会',
    generatedAt: '生成时间',
    assessedAt: '评估时间',
    relationships: '客户关系数',
    filtered: '本工作簿中的客户关系',
    filters: '筛选条件',
    window: '评估窗口内的届次',
    noWindow: '尚无已结束的届次',
    nextEdition: '预测针对',
    nextEditionNew: '下一届（尚未创建）',
    settings: '所用设置',
    windowEditions: '评估窗口（最近已结束的届数）',
    weight: '权重',
    tierCutoffs: '等级划分（前 %）',
    tierCutoff: '{{tier}} 级至',
    economicHigh: '经济价值“高”的起点（0–1）',
    strategicHigh: '战略价值“高”的起点（0–1）',
    totalsBy: { stage: '按阶段汇总', tier: '按等级汇总', quadrant: '按象限汇总', kind: '按类型汇总' },
    count: '客户关系数',
    revenue: '收入',
    profit: '盈利',
    nps: '各届 NPS',
    edition: '届次',
    startDate: '开始日期',
    npsValue: 'NPS',
    respondents: '评分数',
    npsAll: '整个窗口',
    expected: '下届预期收入',
    expectedValue: '预期',
    low: '90% 区间下限',
    high: '90% 区间上限',
    backtest: '预测回测',
    backtestEdition: '被预测的届次',
    auc: '模型 AUC',
    baselineAuc: '基准 AUC（上届参加过）',
    brier: 'Brier 分数（越低越好）',
    beats: '模型优于基准',
    modelKind: '模型',
    trainExamples: '训练样本',
    testExamples: '检验样本',
    none: '—',
    yes: '是',
    no: '否',
    setting: '设置',
    value: '数值',
  },
  customer: {
    company: '公司名称',
    kinds: '类型',
    industry: '行业',
    region: '地区',
    country: '国家',
    contact: '联系人',
    phone: '电话',
    email: '邮箱',
    stageSince: '进入阶段日期',
    daysInStage: '阶段天数',
    nextFollowUp: '下次跟进',
  },
  figure: {
    stage: '阶段',
    kinds: '类型',
    economic: '经济价值',
    referralRevenue: '推荐收入',
    referred: '推荐客户数',
    negativeWom: '负面口碑',
    costInitial: '初始成本',
    costMaintenance: '维持成本',
    maintenanceInteractions: '维持互动成本',
    discount: '折扣',
    costEnd: '终止成本',
    profit: '盈利性',
    demonstrationRating: '示范价值',
    areaRank: '展位排名',
    areaRankOf: '参与排名展位数',
    recommendation: '推荐价值',
    capabilityRating: '能力评分',
    advice: '收到建议',
    capability: '能力价值',
    satisfaction: '满意度',
    satisfactionCount: '评分数',
    npsGroup: 'NPS 分组',
    intent: '续展意向',
    streak: '连续参展',
    attendedInWindow: '窗口内参展届数',
    windowSize: '评估窗口',
    loyalty: '忠诚度',
    attendedSinceFirst: '参展届数',
    heldSinceFirst: '举办届数',
    retention: '保持率',
    repeat: '回头客',
    contributionShare: '贡献度',
    revenuePerEdition: '每届收入',
    remainingEditions: '预期剩余届数',
    potential: '潜在贡献',
    probability: '续展概率',
    probabilitySource: '预测来源',
    economicNorm: '经济价值（标准化）',
    profitNorm: '盈利（标准化）',
    recommendationNorm: '推荐（标准化）',
    potentialNorm: '潜在贡献（标准化）',
    strategicNorm: '战略价值',
    score: '价值得分',
    tier: '等级',
    quadrant: '象限',
  },
  history: { company: '公司名称', seq: '序号', from: '原阶段', to: '新阶段', at: '日期', changedBy: '操作人', reason: '原因', signal: '信号' },
  participation: {
    company: '公司名称',
    edition: '届次',
    startDate: '开始日期',
    role: '身份',
    status: '状态',
    statusAt: '状态日期',
    stand: '展位号',
    hall: '展馆',
    area: '面积（平方米）',
    listPrice: '标价',
    priceCharged: '实收价格',
    otherRevenue: '其他收入',
    satisfaction: '满意度（0–10）',
    intent: '续展意向',
    leads: '线索数',
    meetings: '洽谈数',
    cancelReason: '取消原因',
  },
  interaction: {
    company: '公司名称',
    at: '时间',
    type: '类型',
    direction: '方向',
    staff: '员工',
    edition: '届次',
    summary: '摘要',
    outcome: '结果',
    cost: '成本',
    followUp: '跟进日期',
    complaint: '投诉',
  },
  stage: { cultivation: '培育', confirmation: '确认', trust: '信任', weakening: '弱化', lost: '消失' },
  tier: { A: 'A', B: 'B', C: 'C', D: 'D' },
  quadrant: { key: '关键客户', profit: '利润客户', strategic: '战略客户', marginal: '边缘客户' },
  kind: { exhibitor: '参展商', trade_buyer: '贸易商', professional_visitor: '专业观众', general_visitor: '普通观众', partner: '合作伙伴' },
  role: { exhibitor: '参展商', trade_buyer: '贸易商', professional_visitor: '专业观众', general_visitor: '普通观众', partner: '合作伙伴 / 赞助商 / 媒体' },
  status: { enquiry: '询价', reserved: '已预订', contracted: '已签约', paid: '已付款', attended: '已参展', cancelled: '已取消', no_show: '未到场' },
  intent: { yes: '会', maybe: '可能', no: '不会' },
  npsGroup: { promoter: '推荐者', passive: '被动者', detractor: '贬损者' },
  probabilitySource: { model: '模型', fallback: '备用规则' },
  modelKind: { logistic: '逻辑回归', fallback: '备用规则（自身续展率）' },
  interactionType: {
    call: '电话', email: '邮件', meeting: '会谈', visit: '拜访', event: '活动 / 宴请', complaint: '投诉',
    feedback: '反馈 / 调查', referral: '推荐', advice: '建议 / 想法', other: '其他',
  },
  direction: { inbound: '客户来访 / 来电', outbound: '我方主动联系' },
  complaint: { open: '未解决', resolved: '已解决' },
  component: {
    economic: '经济', profit: '盈利', potential: '潜在贡献', demonstration: '示范', recommendation: '推荐',
    capability: '能力', satisfaction: '满意度', loyalty: '忠诚度', retention: '保持率',
  },
  yesNo: { yes: '是', no: '否' },
};

export const WORKBOOK_LABELS: Record<WorkbookLang, Labels> = { en, zh };
export type WorkbookLabels = Labels;
