import { STAGE_LABELS } from '@shared/i18n/enumLabels';
import type { Messages } from '../../i18n/messages';

// Lifecycle analytics of the current exhibition (issue 4 item 6).

export const en = {
  nav: 'Analytics',
  title: 'Lifecycle analytics',
  subtitle: '{{exhibition}} · as of {{date}}',
  stage: STAGE_LABELS.en,
  noExhibition: {
    title: 'No exhibition yet',
    description: 'Analytics describe one exhibition’s relationships. Set up your exhibition and its editions first.',
    action: 'Go to Exhibitions',
  },
  noHistory: {
    title: 'No stage history yet',
    description: 'Once customers have relationships with “{{exhibition}}” and move through the stages, their distribution, funnel, times and churn appear here.',
    action: 'Open the lifecycle board',
  },
  focus: {
    new: 'This is a new exhibition: grow cultivation and confirmation — {{cultivation}} prospects in cultivation, {{confirmation}} in confirmation.',
    growing: 'This is a growing exhibition: turn customers loyal — {{trust}} relationships are in trust.',
    mature: 'This is a mature exhibition: watch weakening — {{weakening}} relationships are weakening.',
    title: 'Where to focus',
    open: 'Show them',
  },
  distribution: {
    title: 'Stages at each edition',
    hint: 'Where the relationships stood at the end of each past edition, and today.',
    now: 'Today',
    total: '{{n}} in all',
    empty: 'No past edition yet: only today’s stages are shown.',
  },
  funnel: {
    title: 'Conversion funnel',
    hint: 'Relationships that ever got this far (a move straight to trust counts as confirmed).',
    ofPrevious: '{{share}} of the step before',
  },
  durations: {
    title: 'Time in each stage',
    hint: 'Median of the completed stays. The goal: longer confirmation and trust, a shorter way to trust.',
    stage: 'Stage',
    median: 'Median',
    stays: 'Completed stays',
    days_one: '{{n}} day',
    days_other: '{{n}} days',
    none: '—',
    toTrust: 'Time to trust',
    toTrustHint: 'Median from the start of a relationship to its first move into trust ({{n}} relationships).',
  },
  churn: {
    title: 'Churn per edition',
    hint: 'Moves to lost in each edition’s cycle (after the previous edition’s end up to this one’s).',
    edition: 'Cycle',
    running: 'Since {{date}} (running)',
    lost: 'Moved to lost',
    atRisk: 'Not lost during the cycle',
    rate: 'Churn rate',
    chartLost: 'Lost',
  },
};

export const zh: Messages<typeof en> = {
  nav: '生命周期分析',
  title: '生命周期分析',
  subtitle: '{{exhibition}} · 截至 {{date}}',
  stage: STAGE_LABELS.zh,
  noExhibition: {
    title: '还没有展会',
    description: '分析针对某一展会的客户关系。请先建立展会及其各届。',
    action: '前往展会',
  },
  noHistory: {
    title: '还没有阶段记录',
    description: '客户与“{{exhibition}}”建立关系并在各阶段之间推进后，这里会显示阶段分布、转化漏斗、停留时间和流失情况。',
    action: '打开生命周期看板',
  },
  focus: {
    new: '这是一个新展：重点是培育和确认——培育期 {{cultivation}} 个潜在客户，确认期 {{confirmation}} 个。',
    growing: '这是一个成长期展会：重点是把客户变成忠诚客户——信任期共 {{trust}} 个关系。',
    mature: '这是一个成熟期展会：警惕弱化——有 {{weakening}} 个关系正在弱化。',
    title: '工作重点',
    open: '查看这些客户',
  },
  distribution: {
    title: '各届的阶段分布',
    hint: '每届展会结束时及今天，客户关系所处的阶段。',
    now: '今天',
    total: '共 {{n}} 个',
    empty: '还没有已结束的届次：只显示今天的阶段。',
  },
  funnel: {
    title: '转化漏斗',
    hint: '曾经到达该阶段的关系（从培育直接进入信任也算已确认）。',
    ofPrevious: '占上一步的 {{share}}',
  },
  durations: {
    title: '各阶段停留时间',
    hint: '已结束的停留的中位数。目标：延长确认期和信任期，缩短进入信任的时间。',
    stage: '阶段',
    median: '中位数',
    stays: '已结束的停留',
    days_one: '{{n}} 天',
    days_other: '{{n}} 天',
    none: '—',
    toTrust: '进入信任所需时间',
    toTrustHint: '从关系开始到首次进入信任期的中位数（{{n}} 个关系）。',
  },
  churn: {
    title: '每届流失',
    hint: '每届周期内（上一届结束后至本届结束）转入消失的关系。',
    edition: '周期',
    running: '{{date}} 以来（进行中）',
    lost: '转入消失',
    atRisk: '周期内未流失的关系',
    rate: '流失率',
    chartLost: '消失',
  },
};
