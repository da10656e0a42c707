// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ProgressBar from '../../../../src-renderer/src/components/ProgressBar.vue'

describe('ProgressBar', () => {
  it('shows how far a known task is', () => {
    const bar = mount(ProgressBar, { props: { label: '正在导入 报告.txt…', fraction: 0.42 } })
    expect(bar.text()).toContain('正在导入')
    expect(bar.attributes('aria-valuenow')).toBe('42')
    expect(bar.find('.fill').attributes('style')).toContain('width: 42%')
  })

  it('moves without a value when the length of the task is unknown', () => {
    const bar = mount(ProgressBar, { props: { label: '正在生成 PDF…', fraction: null } })
    expect(bar.attributes('aria-valuenow')).toBeUndefined()
    expect(bar.find('.fill').classes()).toContain('indeterminate')
  })
})
