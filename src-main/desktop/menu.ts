import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { MENU_CHANNEL, type MenuAction } from '../../src-shared/api-channels'

/**
 * The menu commands the page carries out: label and key of each. The key is also the page's own
 * shortcut (the editor's hotkey table, the show's keys), so where the page handles the key itself —
 * undo and redo, which must reach text fields — the menu shows it without taking it (`registerAccelerator:
 * false`); a click on the item still sends the command.
 */
export const MENU_COMMANDS: Record<MenuAction, { label: string; accelerator: string; pageHandlesKey?: boolean }> = {
  'import-report': { label: '导入报告…', accelerator: 'CmdOrCtrl+O' },
  'new-briefing': { label: '新建汇报', accelerator: 'CmdOrCtrl+N' },
  'show-library': { label: '返回文件库', accelerator: 'CmdOrCtrl+L' },
  undo: { label: '撤销', accelerator: 'CmdOrCtrl+Z', pageHandlesKey: true },
  redo: { label: '重做', accelerator: 'CmdOrCtrl+Shift+Z', pageHandlesKey: true },
  'present-start': { label: '从头开始', accelerator: 'F5' },
  'present-from-current': { label: '从当前幻灯片开始', accelerator: 'Shift+F5' },
  'show-help': { label: '快捷键', accelerator: 'F1' },
}

/** The application menu, in Chinese. Commands that belong to the page are sent to it as menu actions. */
export function buildMenuTemplate(send: (action: MenuAction) => void, isMac: boolean): MenuItemConstructorOptions[] {
  const command = (action: MenuAction): MenuItemConstructorOptions => {
    const { label, accelerator, pageHandlesKey } = MENU_COMMANDS[action]
    return { label, accelerator, ...(pageHandlesKey ? { registerAccelerator: false } : {}), click: () => send(action) }
  }
  return [
    ...(isMac ? [{ label: '汇报', submenu: [{ role: 'about', label: '关于汇报' }, { type: 'separator' }, { role: 'quit', label: '退出汇报' }] } as MenuItemConstructorOptions] : []),
    {
      label: '文件(&F)',
      submenu: [command('import-report'), command('new-briefing'), command('show-library'), { type: 'separator' }, isMac ? { role: 'close', label: '关闭窗口' } : { role: 'quit', label: '退出' }],
    },
    {
      label: '编辑(&E)',
      submenu: [
        command('undo'),
        command('redo'),
        { type: 'separator' },
        // Text and slides alike: the page answers these with its copy, cut and paste events.
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图(&V)',
      submenu: [
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    { label: '放映(&S)', submenu: [command('present-start'), command('present-from-current')] },
    { label: '帮助(&H)', submenu: [command('show-help')] },
  ]
}

export function setupMenu(getWindow: () => BrowserWindow | null): void {
  const send = (action: MenuAction) => getWindow()?.webContents.send(MENU_CHANNEL, action)
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(send, process.platform === 'darwin')))
}
