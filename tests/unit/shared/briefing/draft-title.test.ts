import { describe, expect, it } from 'vitest'
import { draftTitle, fittingHeading, organizationOf, uniqueTitle } from '../../../../src-shared/briefing/draft-title'

describe('names in a draft', () => {
  it('titles the briefing by the report’s title, or by its year when the title is a file name', () => {
    expect(draftTitle({ title: '2024年政府工作报告', year: 2024 })).toBe('2024年政府工作报告')
    expect(draftTitle({ title: 'province_gansu_2026', year: 2026 })).toBe('2026年政府工作报告')
    expect(draftTitle({ title: 'gzbg', year: null })).toBe('gzbg')
    expect(draftTitle({ title: '', year: null })).toBe('汇报初稿')
  })

  it('names the body that delivers a place’s report', () => {
    expect(organizationOf('甘肃省')).toBe('甘肃省人民政府')
    expect(organizationOf('海拉尔区')).toBe('海拉尔区人民政府')
    expect(organizationOf('全国')).toBe('国务院')
    expect(organizationOf(null)).toBe('')
  })

  it('numbers a second draft and never gives two the same name', () => {
    expect(uniqueTitle('2024年政府工作报告', [])).toBe('2024年政府工作报告')
    expect(uniqueTitle('2024年政府工作报告', ['别的汇报'])).toBe('2024年政府工作报告')
    expect(uniqueTitle('2024年政府工作报告', ['2024年政府工作报告'])).toBe('2024年政府工作报告（2）')
    expect(uniqueTitle('2024年政府工作报告', ['2024年政府工作报告', '2024年政府工作报告（2）'])).toBe('2024年政府工作报告（3）')
    // A renamed or deleted draft leaves its number taken or free as it is.
    expect(uniqueTitle('2024年政府工作报告', ['2024年政府工作报告', '2024年政府工作报告（5）'])).toBe('2024年政府工作报告（6）')
    expect(uniqueTitle('2024年政府工作报告', ['2024年政府工作报告（2）'])).toBe('2024年政府工作报告')
  })

  it('shortens a heading to its opening clauses, never inside one', () => {
    const heading = '持续扩大对内对外开放，在打造国内国际双循环市场经营便利地、粤港澳大湾区重要战略腹地上带好头'
    expect(fittingHeading(heading, () => true)).toBe(heading)
    expect(fittingHeading(heading, (t) => t.length <= 12)).toBe('持续扩大对内对外开放')
    expect(fittingHeading('一，二，三，四', (t) => t.length <= 3)).toBe('一，二')
  })
})
