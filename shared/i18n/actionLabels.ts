import type { Language } from './errors';
import { byLanguage, type InLanguage, type Word, type WordTree } from './words';

// The built-in playbook actions' titles (electron/backend/tasks/playbookDefaults.ts keys them
// "stage.action"), shown on the task list and the playbooks page and written to the task export.

export const PLAYBOOK_ACTION_WORDS = {
  followUp: { en: 'Follow up', zh: '跟进' },
  cultivation: {
    prospectus: { en: 'Send the exhibition prospectus and invitation', zh: '寄送展会招展书和邀请函' },
    research: { en: "Research the company's needs", zh: '调研该企业的需求' },
  },
  confirmation: {
    servicePlan: { en: 'Send the exhibitor service plan', zh: '发送参展商服务方案' },
    checkIn: { en: 'Check in after the edition: was it worth it?', zh: '展后回访：参展是否值得？' },
  },
  trust: {
    keepInTouch: { en: 'Keep in touch: share market news, invite to the industry dinner', zh: '保持联系：分享市场资讯，邀请参加行业晚宴' },
    askNeeds: { en: 'Ask about changing needs before booking opens', zh: '招展开始前询问其需求变化' },
  },
  weakening: {
    callWhy: { en: 'Call to find out why it is dissatisfied', zh: '致电了解不满意的原因' },
    proposeFix: { en: 'Propose a fix (stand location, price, services)', zh: '提出改进方案（展位位置、价格、服务）' },
  },
  lost: {
    exitCall: { en: 'Exit call: ask for feedback, thank them', zh: '告别回访：征求意见并致谢' },
    noBadWom: { en: 'Make sure there is no bad word of mouth', zh: '确保没有负面口碑' },
  },
} satisfies WordTree;

/** Nested, for locale files (i18next reads "actions.cultivation.prospectus"). */
export const PLAYBOOK_ACTION_LABELS: Record<Language, InLanguage<typeof PLAYBOOK_ACTION_WORDS>> = byLanguage(PLAYBOOK_ACTION_WORDS);

/** Flat by the stored key ("cultivation.prospectus"), as a task carries it. */
export const PLAYBOOK_ACTION_WORDS_BY_KEY: Record<string, Word> = Object.fromEntries(
  Object.entries(PLAYBOOK_ACTION_WORDS).flatMap(([k, v]) =>
    'en' in v ? [[k, v as Word]] : Object.entries(v as Record<string, Word>).map(([a, w]) => [`${k}.${a}`, w]),
  ),
);
