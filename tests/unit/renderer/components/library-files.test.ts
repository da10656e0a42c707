// @vitest-environment happy-dom
import { config, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiError, WORKSPACE_ERROR_MESSAGES } from '@shared/errors'
import { i18n, setLocale } from '../../../../src-renderer/src/i18n'
import LibraryItem from '../../../../src-renderer/src/components/LibraryItem.vue'
import ProblemFiles from '../../../../src-renderer/src/components/ProblemFiles.vue'
import OpenElsewhereNotice from '../../../../src-renderer/src/components/OpenElsewhereNotice.vue'
import NoticeArea from '../../../../src-renderer/src/components/NoticeArea.vue'
import { useNoticesStore } from '../../../../src-renderer/src/stores/notices'

config.global.plugins = [i18n]
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => setLocale('zh-CN'))

describe('library file names and titles', () => {
  it('shows a title without bidi controls, isolated in <bdi>', () => {
    const item = { kind: 'report' as const, id: 'r-1', title: '报告\u202Efdp.exe', revision: 1, updatedAt: '2024-01-01T00:00:00Z', readOnly: false, size: 3 }
    const wrapper = mount(LibraryItem, { props: { item, testId: 'report-item', detail: '3 项指标', time: '今天' } })
    const title = wrapper.find('.title')
    expect(title.element.tagName).toBe('BDI')
    expect(title.text()).toBe('报告fdp.exe')
    expect(wrapper.text()).not.toMatch(BIDI)
  })

  it('lists damaged files with their reason and a restore button, and other files as not Huibao files', async () => {
    const wrapper = mount(ProblemFiles, {
      props: {
        damaged: [
          { kind: 'report', id: 'r-bad', fileName: 'reports/r-bad.json', reason: '不是有效的 JSON', backups: 2 },
          { kind: 'briefing', id: 'b-link', fileName: 'briefings/b-link.json', reason: '这是一个指向别处的链接', backups: 0 },
        ],
        foreign: [{ kind: 'report', fileName: 'reports/说明\u202Etxt.exe', reason: '文件名不是汇报使用的编号格式' }],
      },
    })
    const damaged = wrapper.findAll('[data-testid="damaged-item"]')
    expect(damaged.map((d) => d.find('bdi').text())).toEqual(['reports/r-bad.json', 'briefings/b-link.json'])
    expect(damaged[1]!.find('button').attributes('disabled')).toBeDefined()
    await damaged[0]!.find('button').trigger('click')
    expect(wrapper.emitted('restore')).toEqual([['report', 'r-bad']])
    const foreign = wrapper.findAll('[data-testid="foreign-item"]')
    expect(foreign).toHaveLength(1)
    expect(foreign[0]!.find('bdi').text()).toBe('reports/说明txt.exe')
    expect(wrapper.text()).toContain('不是汇报的文件')
    expect(wrapper.text()).not.toMatch(BIDI)
  })

  it('shows nothing when every file is fine', () => {
    expect(mount(ProblemFiles, { props: { damaged: [], foreign: [] } }).find('section').exists()).toBe(false)
  })
})

describe('workspace open elsewhere', () => {
  it('names the other program, its machine and process', () => {
    const wrapper = mount(OpenElsewhereNotice, { props: { others: [{ pid: 1234, host: 'PC-办公室', program: 'web', since: '2024-01-01T00:00:00Z' }] } })
    expect(wrapper.text()).toContain('此工作区也在浏览器模式中打开（PC-办公室，进程 1234）。')
    setLocale('en')
    expect(mount(OpenElsewhereNotice, { props: { others: [{ pid: 1234, host: 'pc', program: 'desktop', since: '' }] } }).text()).toContain('also open in another Huibao window (pc, process 1234)')
  })
})

describe('disk errors on screen', () => {
  it('say what happened in the interface language', async () => {
    const notices = useNoticesStore()
    notices.error(new ApiError('disk-full', WORKSPACE_ERROR_MESSAGES['disk-full']['zh-CN']))
    const wrapper = mount(NoticeArea)
    expect(wrapper.text()).toContain('磁盘空间已满')
    setLocale('en')
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toContain('The disk is full')
  })

  it('show an error repeated by a failing autosave once', () => {
    const notices = useNoticesStore()
    for (let i = 0; i < 3; i++) notices.error(new ApiError('no-permission', WORKSPACE_ERROR_MESSAGES['no-permission']['zh-CN']))
    expect(notices.items).toHaveLength(1)
  })
})
