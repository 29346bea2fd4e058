import type { Messages } from '../../i18n/messages';

export const en = {
  title: 'Welcome to Exhibition CRM',
  promise:
    'Know every exhibitor, buyer and partner — and where each relationship stands — so more of them come back to your next edition.',
  offline: 'Works offline. Your data stays in a file on this computer.',
  empty: {
    title: 'Start with an empty workspace',
    body: 'Build your own customer list from scratch: add customers as you meet them, with their contacts and what you know about them.',
    ready: 'Your workspace “{{name}}” is ready and empty.',
    start: 'Start empty',
    create: 'Create and start',
  },
  demo: {
    title: 'Explore a demo workspace',
    body: '500 made-up exhibitors, buyers, visitors and partners, with contacts, tags and screening notes. Try everything without touching real data.',
    note: 'The demo is a separate workspace; you can switch back at any time.',
    start: 'Create demo workspace',
    opening: 'Opening the demo…',
    retry: 'Try again',
  },
  open: {
    title: 'Open an existing workspace',
    hint: 'Continue where you left off, or open a workspace file from elsewhere.',
    noRecent: 'No recent workspaces on this computer yet.',
  },
  footer: { dataDir: 'Data folder:', version: 'Version {{version}}' },
};

export const zh: Messages<typeof en> = {
  title: '欢迎使用展会客户管理',
  promise: '掌握每一位参展商、贸易商和合作伙伴的情况，看清每段客户关系所处的阶段，让更多客户下一届继续参展。',
  offline: '无需联网。数据保存在本机的一个文件中。',
  empty: {
    title: '从空白工作区开始',
    body: '从零建立您自己的客户名单：结识客户时随手添加，连同联系人和您了解的情况。',
    ready: '工作区“{{name}}”已准备就绪，目前还是空的。',
    start: '开始使用',
    create: '创建并开始',
  },
  demo: {
    title: '体验演示工作区',
    body: '内含 500 家虚构的参展商、贸易商、观众和合作伙伴，附有联系人、标签和甄别记录。各项功能尽可放心试用，不会影响真实数据。',
    note: '演示数据保存在单独的工作区中，随时可以切换回来。',
    start: '创建演示工作区',
    opening: '正在打开演示工作区…',
    retry: '重试',
  },
  open: {
    title: '打开已有工作区',
    hint: '从上次停下的地方继续，或打开其他位置的工作区文件。',
    noRecent: '本机还没有最近使用的工作区。',
  },
  footer: { dataDir: '数据文件夹：', version: '版本 {{version}}' },
};
