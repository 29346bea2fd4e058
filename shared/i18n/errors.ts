import { STAGE_LABELS } from './enumLabels';

// Messages the backend sends to users (validation and API errors), in both UI languages.
// Keys with a parameter are written "key:param" by the schemas (e.g. "err.tooLong:200").

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

type Catalog = Record<string, (p: string) => string>;

/** Why a file could not be written (electron/backend/store/fileProblem.ts names the reason). */
const fileProblemEn: Record<string, string> = {
  diskFull: 'the disk is full',
  noAccess: 'the app may not write to that folder',
  inUse: 'the file is in use by another program, or the app may not write there',
  missing: 'the folder was removed',
  notFolder: 'a file stands where the backup folder should be',
};
const fileProblemZh: Record<string, string> = {
  diskFull: '磁盘已满',
  noAccess: '应用无权写入该文件夹',
  inUse: '文件正被其他程序占用，或应用无权写入该位置',
  missing: '该文件夹已被移除',
  notFolder: '备份文件夹的位置上有一个同名文件',
};

const en: Catalog = {
  'err.required': () => 'This field is required.',
  'err.controlChars': () => 'Remove the invisible control characters from this text.',
  'err.text': () => 'Must be text.',
  'err.tooLong': (n) => `Must be at most ${n} characters.`,
  'err.tooMany': (n) => `At most ${n} entries.`,
  'err.email': () => 'Not a valid email address (name@company.com).',
  'err.phone': () => 'Not a valid phone number: 6 to 20 digits; spaces, + - ( ) allowed.',
  'err.url': () => 'Not a valid website address (company.com or https://company.com).',
  'err.id': () => 'Not a valid record id.',
  'err.datetime': () => 'Not a valid date and time.',
  'err.invalidInput': () => 'Some fields need attention.',
  'err.unknownMethod': (m) => `Unknown operation "${m}".`,
  'err.notFound': () => 'The record no longer exists.',
  'err.conflict': () => 'Someone changed this record meanwhile. Reload it and try again.',
  'err.noWorkspace': () => 'No workspace is open.',
  'err.workspaceMissing': (p) => `The workspace file was not found: ${p}`,
  'err.workspaceDamaged': () =>
    'This workspace file is damaged and cannot be opened safely. Open one of its backups instead.',
  'err.workspaceTooNew': (v) =>
    `This workspace was saved by a newer version of Exhibition CRM (schema ${v}). Update the app to open it.`,
  'err.notWorkspace': () => 'This file is not an Exhibition CRM workspace.',
  'err.busy': () => 'The workspace is busy with a long task. Try again in a moment.',
  'err.cancelled': () => 'Cancelled.',
  'err.internal': () => 'Something went wrong. The details were written to the log file.',
  'err.diskFull': () => 'The disk is full. Free some space and try again.',
  'err.noAccess': () => 'The app may not write to this file or folder. Check its permissions, or choose another place.',
  'err.fileInUse': () =>
    'The file could not be written: it may be open in another program (Excel?), or the app may not write there. Close it, or choose another name.',
  'err.diskIo': () => 'The disk could not be read or written (is it full, or was the drive removed?). Free some space or reconnect the drive, then try again.',
  'err.jobFailed': (p) => `An unexpected error occurred (${p}).`,
  'err.jobThreadEnded': (p) => `The task's thread ended unexpectedly (code ${p}). Try again; if it happens again, restart the app.`,
  'err.confirmEmpty': () => 'Confirm to empty the Trash.',
  'err.exists': () => 'A workspace file with this name already exists.',
  'err.duplicateContact': () => 'This contact appears twice in the list.',
  'err.partnerTypeNeedsPartner': () => 'A partner type can only be set when the customer is a partner.',
  'err.absolutePath': () => 'Give the full path of the file (starting with / or a drive letter).',
  'err.readOnly': () => 'This workspace is open read-only: changes cannot be saved.',
  'err.needsUpgrade': () => 'This workspace must be upgraded to the current version before it can be opened read-only. Open it normally once.',
  // backups, restore (issue 7)
  'err.backup.verifyFailed': () => 'The backup was written but did not pass its check, so it was deleted. Try again; if it fails again, choose another backup folder.',
  'err.backup.writeFailed': (p) => `The backup could not be written${fileProblemEn[p] ? `: ${fileProblemEn[p]}` : ' (disk full, folder removed or not writable?)'}.`,
  'err.backup.folderMissing': () => 'This folder does not exist (or the drive is not connected).',
  'err.backup.folderNotWritable': () => 'Backups cannot be written into this folder (no permission, or a read-only drive).',
  'err.backup.fileMissing': () => 'This file does not exist (any more).',
  'err.backup.notBackup': () => 'This file is not an intact Exhibition CRM workspace or backup.',
  'err.backup.sameFile': () => 'Choose a different file than the open workspace.',
  'err.backup.sqlitePath': () => 'The file name must end in .sqlite.',
  'err.backup.inUse': () => 'The workspace is open in another window or program. Close it there first.',
  // exhibitions, editions, participations
  'err.date': () => 'Not a valid date (YYYY-MM-DD).',
  'err.number': () => 'Must be a number.',
  'err.negative': () => 'Must not be negative.',
  'err.tooLarge': (n) => `Must be at most ${Number(n).toLocaleString('en')}.`,
  'err.cents': () => 'At most two decimals.',
  'err.wholeNumber': () => 'Must be a whole number.',
  'err.satisfaction': () => 'A score from 0 to 10 (whole numbers).',
  'err.cancelReason': () => 'Say why it was cancelled.',
  'err.endBeforeStart': () => 'The end date is before the start date.',
  'err.sameEdition': () => 'Choose a different edition to invite into.',
  // valuation settings
  'err.weightsAllZero': () => 'Give at least one component a weight above 0.',
  'err.cutoffsOrder': () => 'Each cut-off must be above the one before it (A < B < C).',
  'err.snapshotMissing': () => 'This assessment does not exist (any more) for this exhibition.',
  'err.export.notAssessed': () => 'This exhibition has not been assessed yet: assess it first, then export.',
  'err.export.xlsxPath': () => 'The file name must end in .xlsx.',
  'err.export.absolutePath': () => 'Choose where to save the file (a full path is needed).',
  'err.export.folderMissing': () => 'This folder does not exist (any more). Choose another one.',
  'err.export.isFolder': () => 'This is a folder. Add a file name to the path.',
  'err.export.tablePath': () => 'The file name must end in .xlsx or .csv, matching the format.',
  'err.export.unknownColumn': () => 'This column cannot be exported.',
  'err.customerMissing': () => 'This customer does not exist (or is in the Trash).',
  'err.editionMissing': () => 'This edition does not exist.',
  'err.exhibitionMissing': () => 'This exhibition does not exist.',
  'err.segmentMissing': () => 'This segment does not exist.',
  'err.duplicateParticipation': () => 'This customer already takes part in this edition in this role.',
  'err.confirmDeleteExhibition': (p) => {
    const [e = '0', n = '0'] = p.split(',');
    return `Deleting this exhibition also deletes its ${e} edition(s) and ${n} participation(s). Confirm to go ahead.`;
  },
  'err.confirmDeleteEdition': (n) => `Deleting this edition also deletes its ${n} participation(s). Confirm to go ahead.`,
  // segments
  'err.segmentPickOne': () => 'Choose at least one value.',
  'err.segmentPickEdition': () => 'Choose an edition.',
  'err.segmentRangeEmpty': () => 'Give a minimum, a maximum or both.',
  'err.segmentMinOverMax': () => 'The maximum is below the minimum.',
  'err.segmentUnknownCondition': () => 'Unknown kind of condition.',
  'err.segmentTooDeep': (n) => `Groups can be nested at most ${n} levels deep.`,
  'err.segmentNameTaken': () => 'A segment with this name already exists.',
  'err.segmentIdOrDefinition': () => 'Give either a saved segment or a definition.',
  // interactions, referrals
  'err.notComplaint': () => 'Only a complaint can be open or resolved.',
  'err.followUpBeforeContact': () => 'The follow-up date is before the contact itself.',
  'err.selfReferral': () => 'A customer cannot refer itself.',
  'err.referralCycle': () => 'The chosen customer was itself referred (directly or indirectly) by this customer: that would make a circle.',
  'err.cursor': () => 'Not a valid page position. Reload the list.',
  // on-site capture
  'err.temperature': () => 'Choose hot, warm or cold.',
  // relationship lifecycle
  'err.stage': () => 'Choose a stage: cultivation, confirmation, trust, weakening or lost.',
  'err.signal': () => 'Unknown signal.',
  'err.tooSmall': (n) => `Must be at least ${n}.`,
  'err.moveNotAllowed': (p) => {
    const [from = '', to = ''] = p.split(',');
    return `A relationship cannot move from ${from} to ${to}.`;
  },
  'err.moveSameStage': () => 'The relationship is already in this stage.',
  'err.moveReasonRequired': () => 'Say why: declaring a loss, or skipping to trust by hand, needs a reason.',
  'err.moveInFuture': () => 'A move cannot be dated in the future.',
  'err.moveBeforeBegan': (d) => `A move cannot be dated before the relationship began (${d}).`,
  'err.moveBeforeLatest': (d) => `A move cannot be dated before the latest move (${d}).`,
  'err.relationshipMissing': () => 'This customer has no relationship with this exhibition.',
  'err.relationshipConflict': () => 'This relationship moved meanwhile (perhaps in another window). Reload it and try again.',
  'err.suggestionGone': () => 'This suggestion no longer applies (the facts changed). Reload the suggestions.',
  // tasks, playbooks
  'err.taskDone': () => 'This task is already done (perhaps in another window). Reload the list.',
  'err.taskOpen': () => 'This task is not done, so it cannot be reopened. Reload the list.',
  'err.dueDays': () => 'A whole number of days from 0 to 365.',
  'err.actionStage': () => 'This action belongs to another stage.',
  // reading spreadsheets for import (electron/backend/excel/read)
  'err.import.empty': () => 'This file is empty. Choose a file that has a list in it.',
  'err.import.tooLarge': () =>
    'This file is too large to import (the limit is 100 MB). Split the list into smaller files, or delete unused sheets and columns, and try again.',
  'err.import.tooManyRows': () =>
    'This sheet has more rows than can be imported at once (200,000). Split the list into several files and import them one by one.',
  'err.import.tooManyColumns': () =>
    'This sheet has more columns than a list can have (1,000). Delete the columns you do not need (check for stray values far to the right) and try again.',
  'err.import.notSpreadsheet': () =>
    'This is not a spreadsheet. Choose an Excel (.xlsx, .xls), OpenDocument (.ods) or CSV file — a PDF or Word file cannot be imported.',
  'err.import.corrupt': () =>
    'This file is damaged and cannot be read. Open it in Excel, save it again as .xlsx, and try again.',
  'err.import.encrypted': () => 'This file is password-protected. Remove the password in Excel and try again.',
  'err.import.timeout': () =>
    'Reading this file took too long and was stopped. Save it again as .xlsx or CSV with only the list you need, and try again.',
  'err.import.unreadable': () => 'This file could not be read. Check that it still exists and is not open in another program, then try again.',
  'err.import.sheetMissing': () => 'This sheet is no longer in the file. Choose the sheet again.',
  // import flow (electron/backend/imports)
  'err.import.unknownValue': (v) => `Unknown value “${v}”: use one of the values the app offers for this field.`,
  'err.import.sessionGone': () => 'This import is no longer open (it was closed or unused for too long). Open the file again.',
  'err.import.nothingToImport': () => 'Nothing to import: every row was rejected or skipped.',
  'err.import.alreadyCommitted': () => 'This file has already been imported. Open it again to import it once more.',
  'err.import.alreadyUndone': () => 'This import has already been undone.',
  'err.import.anotherCommitting': () => 'Another import is being saved. Import this file when it has finished.',
  'err.import.undoRunning': () => 'An import is being undone. Import this file when the undo has finished.',
  'err.import.undoing': () => 'This import is being undone already.',
  'err.import.undoWaits': () => 'Another import is being saved or undone. Undo this one when it has finished.',
  'err.import.workspaceChanged': () =>
    'The workspace changed while this import waited (another import, an entry, a restore or a deletion), and rows of this file are affected. Import it again: the rows are then checked against the workspace as it is now.',
  'err.import.nothingMapped': () => 'Map at least one column to a field first.',
  'err.import.ambiguousNumber': (v) =>
    `“${v}” is unclear: a dot before three digits may mark decimals or thousands. Write it without a thousands mark (4500) or with two decimals (4.50).`,
  'err.import.totalsRow': () => 'A totals row, not a customer: not imported.',
  'err.import.date': (v) => `“${v}” is not a date (write it e.g. 2025-03-07, 7/3/2025, 7 Mar 2025 or 2025年3月7日).`,
  // Audit trail (issue 7)
  'err.retentionDays': () => 'Enter a whole number of days from 1 to 3650.',
  'err.auditChangedSince': () => 'This record was changed again since; only its latest change can be undone. Reload to see it.',
  'err.auditWrongRecord': () => 'That change does not belong to this record.',
  'err.auditUndoInsert': () => 'Creating a record cannot be undone here; delete or trash it instead.',
  'err.auditUndoDelete': () => 'This record cannot be brought back: the customer or edition it belonged to is gone.',
};

const zh: Catalog = {
  'err.required': () => '此项为必填项。',
  'err.controlChars': () => '请删除文本中不可见的控制字符。',
  'err.text': () => '必须是文本。',
  'err.tooLong': (n) => `最多 ${n} 个字符。`,
  'err.tooMany': (n) => `最多 ${n} 项。`,
  'err.email': () => '邮箱地址无效（例如 name@company.com）。',
  'err.phone': () => '电话号码无效：应为 6 到 20 位数字，可包含空格、+ - ( )。',
  'err.url': () => '网址无效（例如 company.com 或 https://company.com）。',
  'err.id': () => '记录编号无效。',
  'err.datetime': () => '日期时间无效。',
  'err.invalidInput': () => '有些字段需要修改。',
  'err.unknownMethod': (m) => `未知操作“${m}”。`,
  'err.notFound': () => '该记录已不存在。',
  'err.conflict': () => '此记录已被他人修改。请重新加载后再试。',
  'err.noWorkspace': () => '尚未打开工作区。',
  'err.workspaceMissing': (p) => `找不到工作区文件：${p}`,
  'err.workspaceDamaged': () => '此工作区文件已损坏，无法安全打开。请改为打开它的某个备份。',
  'err.workspaceTooNew': (v) => `此工作区由更新版本的 Exhibition CRM 保存（数据结构 ${v}）。请更新应用后再打开。`,
  'err.notWorkspace': () => '此文件不是 Exhibition CRM 工作区。',
  'err.busy': () => '工作区正在执行耗时任务，请稍后再试。',
  'err.cancelled': () => '已取消。',
  'err.internal': () => '出现错误，详细信息已写入日志文件。',
  'err.diskFull': () => '磁盘已满。请腾出空间后再试。',
  'err.noAccess': () => '应用无权写入此文件或文件夹。请检查其权限，或换一个位置。',
  'err.fileInUse': () => '无法写入该文件：它可能正被其他程序（如 Excel）打开，或应用无权写入该位置。请关闭它，或换一个文件名。',
  'err.diskIo': () => '无法读写磁盘（磁盘已满，或驱动器已移除？）。请腾出空间或重新连接驱动器后再试。',
  'err.jobFailed': (p) => `发生意外错误（${p}）。`,
  'err.jobThreadEnded': (p) => `任务的线程意外结束（代码 ${p}）。请重试；如再次发生，请重新启动应用。`,
  'err.confirmEmpty': () => '请确认清空回收站。',
  'err.exists': () => '同名的工作区文件已存在。',
  'err.duplicateContact': () => '此联系人在列表中出现了两次。',
  'err.partnerTypeNeedsPartner': () => '只有合作伙伴类客户才能设置合作伙伴类型。',
  'err.absolutePath': () => '请填写文件的完整路径（以 / 或盘符开头）。',
  'err.readOnly': () => '此工作区以只读方式打开，无法保存更改。',
  'err.needsUpgrade': () => '此工作区需先升级到当前版本才能以只读方式打开。请先正常打开一次。',
  // 备份、恢复（issue 7）
  'err.backup.verifyFailed': () => '备份已写入但未通过校验，已被删除。请重试；如果仍然失败，请换一个备份文件夹。',
  'err.backup.writeFailed': (p) => `无法写入备份${fileProblemZh[p] ? `：${fileProblemZh[p]}` : '（磁盘已满、文件夹被移除或不可写？）'}。`,
  'err.backup.folderMissing': () => '此文件夹不存在（或驱动器未连接）。',
  'err.backup.folderNotWritable': () => '无法在此文件夹中写入备份（没有权限，或驱动器为只读）。',
  'err.backup.fileMissing': () => '此文件不存在（或已被删除）。',
  'err.backup.notBackup': () => '此文件不是完好的 Exhibition CRM 工作区或备份。',
  'err.backup.sameFile': () => '请选择与当前打开的工作区不同的文件。',
  'err.backup.sqlitePath': () => '文件名必须以 .sqlite 结尾。',
  'err.backup.inUse': () => '此工作区正在另一个窗口或程序中打开。请先在那里关闭。',
  // exhibitions, editions, participations
  'err.date': () => '日期无效（格式 YYYY-MM-DD）。',
  'err.number': () => '必须是数字。',
  'err.negative': () => '不能为负数。',
  'err.tooLarge': (n) => `不能超过 ${Number(n).toLocaleString('zh')}。`,
  'err.cents': () => '最多保留两位小数。',
  'err.wholeNumber': () => '必须是整数。',
  'err.satisfaction': () => '请填写 0 到 10 之间的整数。',
  'err.cancelReason': () => '请填写取消原因。',
  'err.endBeforeStart': () => '结束日期早于开始日期。',
  'err.sameEdition': () => '请选择另一届展会作为邀请目标。',
  // valuation settings
  'err.weightsAllZero': () => '至少要有一项权重大于 0。',
  'err.cutoffsOrder': () => '每个分界必须大于前一个（A < B < C）。',
  'err.snapshotMissing': () => '该展会没有这次评估（或已被清理）。',
  'err.export.notAssessed': () => '该展会尚未评估：请先评估，再导出。',
  'err.export.xlsxPath': () => '文件名必须以 .xlsx 结尾。',
  'err.export.absolutePath': () => '请选择文件的保存位置（需要完整路径）。',
  'err.export.folderMissing': () => '该文件夹不存在（或已被删除），请另选一个。',
  'err.export.isFolder': () => '这是一个文件夹。请在路径后加上文件名。',
  'err.export.tablePath': () => '文件名必须以 .xlsx 或 .csv 结尾，并与所选格式一致。',
  'err.export.unknownColumn': () => '此列无法导出。',
  'err.customerMissing': () => '该客户不存在（或已在回收站中）。',
  'err.editionMissing': () => '该届展会不存在。',
  'err.exhibitionMissing': () => '该展会不存在。',
  'err.segmentMissing': () => '该细分不存在。',
  'err.duplicateParticipation': () => '该客户已以此身份参加本届展会。',
  'err.confirmDeleteExhibition': (p) => {
    const [e = '0', n = '0'] = p.split(',');
    return `删除此展会将同时删除其 ${e} 届展会和 ${n} 条参展记录。请确认后继续。`;
  },
  'err.confirmDeleteEdition': (n) => `删除此届展会将同时删除其 ${n} 条参展记录。请确认后继续。`,
  // segments
  'err.segmentPickOne': () => '请至少选择一个值。',
  'err.segmentPickEdition': () => '请选择一届展会。',
  'err.segmentRangeEmpty': () => '请填写最小值、最大值或两者。',
  'err.segmentMinOverMax': () => '最大值小于最小值。',
  'err.segmentUnknownCondition': () => '未知的条件类型。',
  'err.segmentTooDeep': (n) => `条件组最多嵌套 ${n} 层。`,
  'err.segmentNameTaken': () => '已有同名的细分。',
  'err.segmentIdOrDefinition': () => '请指定一个已保存的细分或一个细分条件。',
  // interactions, referrals
  'err.notComplaint': () => '只有投诉才有“未解决 / 已解决”状态。',
  'err.followUpBeforeContact': () => '跟进日期早于这次联系本身。',
  'err.selfReferral': () => '客户不能推荐自己。',
  'err.referralCycle': () => '所选客户本身（直接或间接）由此客户推荐，这样会形成循环。',
  'err.cursor': () => '分页位置无效，请重新加载列表。',
  // on-site capture
  'err.temperature': () => '请选择热、温或冷。',
  // relationship lifecycle
  'err.stage': () => '请选择阶段：培育、确认、信任、弱化或消失。',
  'err.signal': () => '未知的信号。',
  'err.tooSmall': (n) => `不能小于 ${n}。`,
  'err.moveNotAllowed': (p) => {
    const names: Record<string, string> = STAGE_LABELS.zh;
    const [from = '', to = ''] = p.split(',');
    return `关系不能从“${names[from] ?? from}”转到“${names[to] ?? to}”。`;
  },
  'err.moveSameStage': () => '该关系已处于此阶段。',
  'err.moveReasonRequired': () => '请说明原因：宣布消失或手动直接转为信任需要填写原因。',
  'err.moveInFuture': () => '阶段变更的日期不能晚于今天。',
  'err.moveBeforeBegan': (d) => `阶段变更的日期不能早于关系开始的日期（${d}）。`,
  'err.moveBeforeLatest': (d) => `阶段变更的日期不能早于上一次变更（${d}）。`,
  'err.relationshipMissing': () => '该客户与此展会尚无关系记录。',
  'err.relationshipConflict': () => '该关系已被修改（可能在另一个窗口中）。请重新加载后再试。',
  'err.suggestionGone': () => '此建议已不再适用（相关事实已变化）。请重新加载建议列表。',
  // tasks, playbooks
  'err.taskDone': () => '此任务已完成（可能在另一个窗口中）。请重新加载列表。',
  'err.taskOpen': () => '此任务尚未完成，无法重新打开。请重新加载列表。',
  'err.dueDays': () => '请填写 0 到 365 之间的整数天数。',
  'err.actionStage': () => '此行动属于另一个阶段。',
  // 读取导入用的电子表格
  'err.import.empty': () => '此文件是空的。请选择一个包含名单的文件。',
  'err.import.tooLarge': () => '此文件太大，无法导入（上限 100 MB）。请把名单拆分成较小的文件，或删除不用的工作表和列后再试。',
  'err.import.tooManyRows': () => '此工作表的行数超过一次可导入的上限（200,000 行）。请把名单拆分成几个文件，逐个导入。',
  'err.import.tooManyColumns': () => '此工作表的列数超过名单可有的上限（1,000 列）。请删除不需要的列（注意右侧远处零散的内容）后再试。',
  'err.import.notSpreadsheet': () => '这不是电子表格文件。请选择 Excel（.xlsx、.xls）、OpenDocument（.ods）或 CSV 文件——PDF 或 Word 文件无法导入。',
  'err.import.corrupt': () => '此文件已损坏，无法读取。请在 Excel 中打开并重新另存为 .xlsx 后再试。',
  'err.import.encrypted': () => '此文件设有密码保护。请在 Excel 中取消密码后再试。',
  'err.import.timeout': () => '读取此文件耗时过长，已停止。请只保留所需的名单，重新另存为 .xlsx 或 CSV 后再试。',
  'err.import.unreadable': () => '无法读取此文件。请确认文件仍然存在且未被其他程序占用，然后再试。',
  'err.import.sheetMissing': () => '文件中已没有此工作表。请重新选择工作表。',
  'err.import.unknownValue': (v) => `无法识别的值“${v}”：请使用本应用为该字段提供的选项之一。`,
  'err.import.sessionGone': () => '此导入已不再打开（已关闭或长时间未使用）。请重新打开文件。',
  'err.import.nothingToImport': () => '没有可导入的内容：所有行都被拒绝或跳过。',
  'err.import.alreadyCommitted': () => '此文件已导入。如需再次导入，请重新打开文件。',
  'err.import.alreadyUndone': () => '此次导入已撤销。',
  'err.import.anotherCommitting': () => '另一个导入正在保存。请在其完成后再导入此文件。',
  'err.import.undoRunning': () => '正在撤销一次导入。请在撤销完成后再导入此文件。',
  'err.import.undoing': () => '此次导入正在撤销中。',
  'err.import.undoWaits': () => '另一个导入正在保存或撤销。请在其完成后再撤销此次导入。',
  'err.import.workspaceChanged': () => '在此导入等待期间工作区发生了变化（其他导入、录入、恢复或删除），本文件中有行受到影响。请再次导入：届时将按工作区的当前状态重新核对这些行。',
  'err.import.nothingMapped': () => '请先将至少一列对应到字段。',
  'err.import.ambiguousNumber': (v) => `“${v}”含义不明确：三位数字前的点可能是小数点，也可能是千位分隔符。请写成不带千位分隔符的数（如 4500）或两位小数（如 4.50）。`,
  'err.import.totalsRow': () => '这是合计行，不是客户：不导入。',
  'err.import.date': (v) => `“${v}”不是有效日期（可写作 2025-03-07、7/3/2025、7 Mar 2025 或 2025年3月7日）。`,
  // 审计记录（问题 7）
  'err.retentionDays': () => '请输入 1 到 3650 之间的整数天数。',
  'err.auditChangedSince': () => '此记录之后又被修改过；只能撤销最近一次修改。请重新加载查看。',
  'err.auditWrongRecord': () => '该修改不属于此记录。',
  'err.auditUndoInsert': () => '新建记录无法在此撤销；请删除或移入回收站。',
  'err.auditUndoDelete': () => '无法恢复此记录：它所属的客户或届次已不存在。',
};

const catalogs: Record<Language, Catalog> = { en, zh };

/** "err.tooLong:200" → "Must be at most 200 characters." Unknown keys are returned as they are. */
export function translateError(key: string, lang: Language = 'en'): string {
  const i = key.indexOf(':');
  const name = i < 0 ? key : key.slice(0, i);
  const param = i < 0 ? '' : key.slice(i + 1);
  const fn = catalogs[lang][name] ?? catalogs.en[name];
  return fn ? fn(param) : key;
}

export function isErrorKey(s: string): boolean {
  return s.startsWith('err.');
}
