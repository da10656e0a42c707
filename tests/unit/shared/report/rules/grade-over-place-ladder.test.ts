import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

const labels = (text: string) => lvu(text).map((f) => f[0])

describe('rule: grade-over-place-ladder', () => {
  it('gives a later item the first item’s grade when it names the same designation at another level of place', () => {
    expect(labels('年内创建县级园林镇4个、园林村18个。')).toEqual(['县级园林镇', '县级园林村'])
    expect(labels('新建省级生态乡镇6个、生态村庄21个。')).toEqual(['新建省级生态乡镇', '新建省级生态村庄'])
    expect(labels('评定州级民族团结进步示范县1个、进步示范村9个。')).toEqual(['州级民族团结进步示范县', '州级民族团结进步示范村'])
    expect(labels('创建市级文明社区7个，市级文明乡镇3个、文明村15个。')).toContain('市级文明村')
  })
  it('leaves items of other names, and items with a grade of their own, as written (the label files’ majority)', () => {
    expect(labels('新建省级精品示范村13个、和美乡村中心村30个。')).toEqual(['新建省级精品示范村', '新建和美乡村中心村'])
    expect(labels('创建国家级卫生县城1个、省级卫生村9个。')).toEqual(['国家级卫生县城', '省级卫生村'])
    expect(labels('新增国家级绿色工厂6家、绿色园区2个。')).toEqual(['新增国家级绿色工厂', '新增绿色园区'])
    // One character of a name is no designation shared.
    expect(labels('创建市级美丽乡镇5个、示范村40个。')).toEqual(['市级美丽乡镇', '示范村'])
  })
})
