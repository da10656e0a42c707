import { describe, expect, it } from 'vitest'
import { needsCheck } from '../../../../../src-shared/report/needs-check'
import { figures, lvu } from '../figures'

describe('rule: shared-verb over matters of administration', () => {
  it('carries 取消 or 取消、下放 from the first item to the later items of the series', () => {
    expect(lvu('全年取消、下放县级行政权力事项48项、便民服务事项21项。')).toEqual([
      ['取消、下放县级行政权力事项', 48, '项'],
      ['取消、下放便民服务事项', 21, '项'],
    ])
    expect(lvu('取消涉企审批事项37项、证明材料96项。')).toEqual([
      ['取消涉企审批事项', 37, '项'],
      ['取消证明材料', 96, '项'],
    ])
  })
  it('leaves an item that names a deed of its own to it', () => {
    expect(lvu('取消县级审批事项12项、合并9项。').map(([l]) => l)).not.toContain('取消合并')
    expect(lvu('取消下放市级行政权力事项64项、承接省级取消和下放审批事项31项。')).toEqual([
      ['取消下放市级行政权力事项', 64, '项'],
      ['承接省级取消和下放审批事项', 31, '项'],
    ])
  })
})

describe('其他 and 其余 open a label', () => {
  it('keeps them as written (其 is no clause opener there)', () => {
    expect(lvu('其他公用经费压减8%。')).toEqual([['其他公用经费', -8, '%']])
    expect(lvu('其余乡镇卫生院标准化率达到90%。')).toEqual([['其余乡镇卫生院标准化率', 90, '%']])
  })
  it('flags the others of a set when the label does not say which (其他基地)', () => {
    const [others] = figures('建成其他4个基地。')
    expect(others?.label).toBe('其他基地')
    expect(others && needsCheck(others)).toBe(true)
    const [named] = figures('其他营利性服务业营业收入增长9.5%。')
    expect(named && needsCheck(named)).toBe(false)
  })
})
