import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'

vi.mock('electron', () => import('../../../mocks/electron'))
const { buildMenuTemplate } = await import('../../../../src-main/desktop/menu')

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])])
}

describe('application menu', () => {
  it('is in Chinese and sends its commands to the page', () => {
    const sent: string[] = []
    const items = flatten(buildMenuTemplate((a) => sent.push(a), false))
    const labels = items.map((i) => i.label).filter(Boolean)
    expect(labels).toEqual(expect.arrayContaining(['文件(&F)', '编辑(&E)', '视图(&V)', '放映(&S)', '帮助(&H)', '导入报告…', '撤销', '从头开始']))
    expect(labels.every((l) => /[\u4e00-\u9fff]/.test(l!))).toBe(true)
    const start = items.find((i) => i.accelerator === 'F5')!
    ;(start.click as () => void)()
    items.find((i) => i.accelerator === 'Shift+F5')!.click!({} as never, undefined, {} as never)
    expect(sent).toEqual(['present-start', 'present-from-current'])
  })
})
