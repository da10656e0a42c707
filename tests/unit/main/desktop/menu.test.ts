import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { MENU_ACTIONS } from '../../../../src-shared/api-channels'

vi.mock('electron', () => import('../../../mocks/electron'))
const { buildMenuTemplate, setupMenu } = await import('../../../../src-main/desktop/menu')
const { fake, BrowserWindow } = await import('../../../mocks/electron')

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])])
}
const click = (item: MenuItemConstructorOptions) => item.click!({} as never, undefined, {} as never)

describe('application menu', () => {
  it('is in Chinese and sends its commands to the page', () => {
    const sent: string[] = []
    const items = flatten(buildMenuTemplate((a) => sent.push(a), false))
    const labels = items.map((i) => i.label).filter(Boolean)
    expect(labels).toEqual(expect.arrayContaining(['文件(&F)', '编辑(&E)', '视图(&V)', '放映(&S)', '帮助(&H)', '导入报告…', '撤销', '从头开始', '快捷键']))
    expect(labels.every((l) => /[\u4e00-\u9fff]/.test(l!))).toBe(true)
    click(items.find((i) => i.accelerator === 'F5')!)
    click(items.find((i) => i.accelerator === 'Shift+F5')!)
    expect(sent).toEqual(['present-start', 'present-from-current'])
  })

  it('has exactly one item for every menu action, each sending its action', () => {
    for (const isMac of [false, true]) {
      const sent: string[] = []
      const commands = flatten(buildMenuTemplate((a) => sent.push(a), isMac)).filter((i) => typeof i.click === 'function')
      commands.forEach(click)
      expect(sent.sort()).toEqual([...MENU_ACTIONS].sort())
    }
  })

  it('F1 opens the page’s shortcut help; 撤销/重做 drive the page’s undo, not Electron’s built-in role', () => {
    const sent: string[] = []
    const items = flatten(buildMenuTemplate((a) => sent.push(a), false))
    const help = items.find((i) => i.label === '快捷键')!
    expect(help.accelerator).toBe('F1')
    const undo = items.find((i) => i.label === '撤销')!
    const redo = items.find((i) => i.label === '重做')!
    expect(undo.role).toBeUndefined()
    expect(redo.role).toBeUndefined()
    expect(items.some((i) => i.role === 'undo' || i.role === 'redo')).toBe(false)
    // The key stays with the page (so Ctrl+Z also reaches a text field); the menu shows it.
    expect(undo).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false })
    expect(redo).toMatchObject({ registerAccelerator: false })
    click(help)
    click(undo)
    click(redo)
    expect(sent).toEqual(['show-help', 'undo', 'redo'])
  })

  it('sends a clicked command to the main window on the menu channel', () => {
    fake.reset()
    const win = new BrowserWindow({})
    setupMenu(() => win as never)
    const items = flatten(fake.menuTemplate as MenuItemConstructorOptions[])
    click(items.find((i) => i.label === '撤销')!)
    expect(win.webContents.sent).toEqual([['huibao:menu', 'undo']])
  })
})
