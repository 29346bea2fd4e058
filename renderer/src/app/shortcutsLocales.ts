import type { Messages } from '../i18n/messages';

export const en = {
  title: 'Keyboard shortcuts',
  open: 'Keyboard shortcuts',
  or: 'or',
  groups: { everywhere: 'Anywhere in the app', edition: 'On an edition', form: 'Forms and dialogs', capture: 'In quick capture' },
  keys: {
    search: 'Search customers',
    newCustomer: 'New customer',
    logInteraction: 'Log an interaction',
    capture: 'Open quick capture',
    help: 'Show this list',
    addParticipant: 'Add a participant',
    save: 'Save the customer form',
    saveDialog: 'Save a dialog (from a field)',
    close: 'Close or leave without saving',
    newLine: 'New line in a text box of a dialog',
    captureSave: 'Save the lead and start the next one',
    captureSaveNote: 'Save from the note',
    temperature: 'Hot / warm / cold',
    match: 'Use a matching customer / new customer',
    leave: 'Leave quick capture',
  },
};

export const zh: Messages<typeof en> = {
  title: '键盘快捷键',
  open: '键盘快捷键',
  or: '或',
  groups: { everywhere: '应用内任意位置', edition: '届次页面', form: '表单和对话框', capture: '快速录入' },
  keys: {
    search: '搜索客户',
    newCustomer: '新建客户',
    logInteraction: '记录互动',
    capture: '打开快速录入',
    help: '显示此列表',
    addParticipant: '添加参展方',
    save: '保存客户表单',
    saveDialog: '保存对话框（光标在输入框中）',
    close: '关闭或不保存离开',
    newLine: '在对话框的文本框中换行',
    captureSave: '保存线索并开始录入下一条',
    captureSaveNote: '在备注中保存',
    temperature: '热 / 温 / 冷',
    match: '使用匹配的客户 / 新客户',
    leave: '离开快速录入',
  },
};
