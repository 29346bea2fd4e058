import type { Messages } from '../../i18n/messages';

export const en = {
  title: 'Settings',
  workspace: {
    title: 'This workspace',
    hint: 'Stored in the workspace file “{{name}}”, so they travel with it.',
    organisationName: 'Organisation name',
    organisationHint: 'Your company, the organiser of the exhibitions.',
    organisationPlaceholder: 'e.g. Shenzhen Expo Co., Ltd.',
    staffName: 'Your name',
    staffHint: 'Recorded with your screening decisions.',
    staffPlaceholder: 'e.g. Li Na',
    currency: 'Currency',
    currencyHint: 'For stand prices, revenue and customer value.',
    saved: 'Settings saved',
    readOnly: 'This workspace is open read-only, so its settings cannot be changed.',
    reset: 'Undo changes',
  },
  language: {
    title: 'Language',
    hint: 'The language of the app on this computer (also in the top bar).',
  },
  data: {
    title: 'Where your data lives',
    hint: 'Everything stays on this computer. To keep a copy elsewhere, copy the workspace file while the app is closed.',
    workspaceFile: 'Workspace file',
    dataDir: 'App data folder',
    dataDirHint: 'Preferences, logs and the list of recent workspaces.',
    workspacesDir: 'New workspaces folder',
    manage: 'Manage workspaces',
  },
  about: {
    title: 'About',
    version: 'App version',
    schema: 'Data structure version',
  },
};

export const zh: Messages<typeof en> = {
  title: '设置',
  workspace: {
    title: '本工作区',
    hint: '保存在工作区文件“{{name}}”中，随文件一起转移。',
    organisationName: '机构名称',
    organisationHint: '您的公司，即展会的主办方。',
    organisationPlaceholder: '例如：深圳会展有限公司',
    staffName: '您的姓名',
    staffHint: '甄别客户时，将记录为操作人。',
    staffPlaceholder: '例如：李娜',
    currency: '货币',
    currencyHint: '用于展位价格、收入和客户价值。',
    saved: '设置已保存',
    readOnly: '此工作区以只读方式打开，无法修改设置。',
    reset: '撤销修改',
  },
  language: {
    title: '语言',
    hint: '本机上应用界面使用的语言（顶部栏也可切换）。',
  },
  data: {
    title: '数据保存位置',
    hint: '所有数据都保存在本机。如需在别处保留副本，请在关闭应用后复制工作区文件。',
    workspaceFile: '工作区文件',
    dataDir: '应用数据文件夹',
    dataDirHint: '偏好设置、日志和最近使用的工作区列表。',
    workspacesDir: '新工作区文件夹',
    manage: '管理工作区',
  },
  about: {
    title: '关于',
    version: '应用版本',
    schema: '数据结构版本',
  },
};
