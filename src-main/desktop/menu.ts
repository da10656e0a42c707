import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { MENU_CHANNEL, type MenuAction } from '../../src-shared/api-channels'

/** The application menu, in Chinese. Commands that belong to the page are sent to it as menu actions. */
export function buildMenuTemplate(send: (action: MenuAction) => void, isMac: boolean): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [{ label: '汇报', submenu: [{ role: 'about', label: '关于汇报' }, { type: 'separator' }, { role: 'quit', label: '退出汇报' }] } as MenuItemConstructorOptions] : []),
    {
      label: '文件(&F)',
      submenu: [
        { label: '导入报告…', accelerator: 'CmdOrCtrl+O', click: () => send('import-report') },
        { label: '新建汇报', accelerator: 'CmdOrCtrl+N', click: () => send('new-briefing') },
        { label: '返回文件库', accelerator: 'CmdOrCtrl+L', click: () => send('show-library') },
        { type: 'separator' },
        isMac ? { role: 'close', label: '关闭窗口' } : { role: 'quit', label: '退出' },
      ],
    },
    {
      label: '编辑(&E)',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
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
    {
      label: '放映(&S)',
      submenu: [
        { label: '从头开始', accelerator: 'F5', click: () => send('present-start') },
        { label: '从当前幻灯片开始', accelerator: 'Shift+F5', click: () => send('present-from-current') },
      ],
    },
    {
      label: '帮助(&H)',
      submenu: [{ label: '快捷键', accelerator: 'F1', click: () => send('show-help') }],
    },
  ]
}

export function setupMenu(getWindow: () => BrowserWindow | null): void {
  const send = (action: MenuAction) => getWindow()?.webContents.send(MENU_CHANNEL, action)
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(send, process.platform === 'darwin')))
}
