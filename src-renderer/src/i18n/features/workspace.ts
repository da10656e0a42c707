import { WORKSPACE_ERROR_MESSAGES, type MessageLocale, type WorkspaceErrorCode } from '@shared/errors'

/** The disk's errors, word for word what the services say in Chinese (src-shared/errors.ts). */
function workspaceErrors(locale: MessageLocale): Record<WorkspaceErrorCode, string> {
  const entries = Object.entries(WORKSPACE_ERROR_MESSAGES) as [WorkspaceErrorCode, Record<MessageLocale, string>][]
  return Object.fromEntries(entries.map(([code, text]) => [code, text[locale]])) as Record<WorkspaceErrorCode, string>
}

export default {
  'zh-CN': {
    workspace: {
      openElsewhere: '此工作区也在{program}中打开（{host}，进程 {pid}）。',
      openElsewhereHelp: '两边可以同时使用。同一份文件在两处修改时，后保存的一方会收到提示，不会互相覆盖。',
      programs: { desktop: '另一个汇报窗口', web: '浏览器模式' },
      foreign: '不是汇报的文件',
      foreignHelp: '这些文件不是汇报创建的，汇报不会打开、改动或删除它们。',
    },
    workspaceErrors: workspaceErrors('zh-CN'),
  },
  en: {
    workspace: {
      openElsewhere: 'This workspace is also open in {program} ({host}, process {pid}).',
      openElsewhereHelp: 'Both can be used at once. If the same file is changed in both places, the later save is told so; neither overwrites the other.',
      programs: { desktop: 'another Huibao window', web: 'browser mode' },
      foreign: 'Not Huibao files',
      foreignHelp: 'Huibao did not create these files, and never opens, changes or deletes them.',
    },
    workspaceErrors: workspaceErrors('en'),
  },
}
