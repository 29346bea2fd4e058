import type { Messages } from '../../i18n/messages';

// Playbooks: per stage, where the organiser's work should focus (DOMAIN §3, §6) and the actions
// entering the stage creates as tasks. Action texts live in the tasks namespace.

export const en = {
  nav: 'Playbooks',
  title: 'Playbooks',
  subtitle: 'What to do in each stage of a relationship. Entering a stage creates its enabled actions as tasks.',
  focus: 'Focus',
  editFocus: 'Edit focus',
  builtInFocus: 'Use the built-in text',
  customFocus: 'Edited',
  actions: 'Actions on entering the stage',
  noActions: 'No actions: entering this stage creates no tasks.',
  dueIn_one: 'due after {{count}} day',
  dueIn_other: 'due after {{count}} days',
  dueSameDay: 'due the same day',
  enabled: 'Enabled',
  add: 'Add action',
  edit: 'Edit',
  delete: 'Delete',
  up: 'Move up',
  down: 'Move down',
  reset: 'Reset to defaults',
  resetTitle: 'Reset the {{stage}} playbook?',
  resetBody: 'Its focus text and actions go back to the built-in ones. Tasks already created stay.',
  saved: 'Playbook saved',
  failed: 'Could not save',
  form: {
    addTitle: 'New action — {{stage}}',
    editTitle: 'Edit action — {{stage}}',
    title: 'What to do',
    titleHint: 'Leave the built-in text to keep it in both languages.',
    dueDays: 'Due after (days)',
    type: 'Contact type (optional)',
    save: 'Save',
  },
  focusModal: { title: 'Focus — {{stage}}', label: 'Where the work should focus', save: 'Save' },
  focusText: {
    cultivation:
      'Market and promote: the firm is still weighing your exhibition among many. Collect information about it, segment and screen, and spot the opportunity — a clear theme that meets its demand.',
    confirmation:
      'Make its first participation worth it: it is trying you out. Use the standard plan for its category and tailor the services, so value clearly beats cost.',
    trust:
      'Keep the loyalty: track how its needs change and keep meeting them. Stay in touch between editions and improve the plan after every contact.',
    weakening:
      'Find out why it is dissatisfied, remove the causes and win its trust back. Heed every reaction — complaints, falling satisfaction, a smaller stand.',
    lost:
      'Limit the damage: part on good terms so there is no bad word of mouth, learn from its feedback, and keep the exhibition attractive through innovation. It can be won back later.',
  },
};

export const zh: Messages<typeof en> = {
  nav: '阶段行动',
  title: '阶段行动手册',
  subtitle: '客户关系每个阶段该做什么。客户进入某阶段时，其已启用的行动会生成任务。',
  focus: '工作重点',
  editFocus: '编辑重点',
  builtInFocus: '使用内置文字',
  customFocus: '已修改',
  actions: '进入该阶段时的行动',
  noActions: '没有行动：进入此阶段不会生成任务。',
  dueIn_one: '{{count}} 天后到期',
  dueIn_other: '{{count}} 天后到期',
  dueSameDay: '当天到期',
  enabled: '启用',
  add: '添加行动',
  edit: '编辑',
  delete: '删除',
  up: '上移',
  down: '下移',
  reset: '恢复默认',
  resetTitle: '恢复“{{stage}}”的默认行动手册？',
  resetBody: '其工作重点和行动将恢复为内置内容。已生成的任务保留不变。',
  saved: '行动手册已保存',
  failed: '无法保存',
  form: {
    addTitle: '新建行动——{{stage}}',
    editTitle: '编辑行动——{{stage}}',
    title: '要做什么',
    titleHint: '保留内置文字，则中英文界面都会显示对应译文。',
    dueDays: '多少天后到期',
    type: '联系方式（可选）',
    save: '保存',
  },
  focusModal: { title: '工作重点——{{stage}}', label: '工作应聚焦于', save: '保存' },
  focusText: {
    cultivation: '营销与推广：该企业仍在众多展会中评估本展会。收集其信息，进行细分和筛选，发现机会——用明确的主题满足其需求。',
    confirmation: '让它的首次参展物有所值：它正在试用本展会。按其客户类别采用标准方案并提供针对性服务，让价值明显高于成本。',
    trust: '保持忠诚：跟踪其需求变化并持续满足。两届之间保持互动，每次接触后改进方案。',
    weakening: '找出其不满意的原因，消除原因，重新赢得信任。重视每一个反应——投诉、满意度下降、展位缩小。',
    lost: '控制损失：好聚好散，避免负面口碑；从其反馈中学习，通过创新保持展会的吸引力。日后仍可重新争取。',
  },
};
