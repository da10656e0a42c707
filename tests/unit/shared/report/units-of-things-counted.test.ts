import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

/** Measure words of things the genre counts that the unit table lacked (words/units.ts). */
describe('units: medals, satellites, wells, pits and cages, groups, head of livestock, spindles', () => {
  it('counts medals (枚) and satellites (颗) as their own unit', () => {
    expect(lvu('我省运动员在全国运动会上获得金牌23枚。')).toEqual([['全国运动会金牌', 23, '枚']])
    expect(lvu('全年发射遥感卫星14颗。')).toEqual([['发射遥感卫星', 14, '颗']])
  })
  it('counts wells (眼), groups (组) and herds of cattle and sheep together (头只)', () => {
    expect(lvu('关停城区自备水井86眼。')).toEqual([['关停城区自备水井', 86, '眼']])
    expect(lvu('建成智能充电桩120组。').map(([, v, u]) => `${v}${u}`)).toEqual(['120组'])
    expect(lvu('年末牲畜存栏达到460万头只以上。')).toEqual([['牲畜存栏', 460, '万头只']])
  })
  it('counts pits, pools and cages by 口 (沼气池, 山塘, 网箱), but not 口罩, 口岸 or 口袋公园', () => {
    expect(lvu('新建农村户用沼气池3200口。')).toEqual([['新建农村户用沼气池', 3200, '口']])
    expect(lvu('清理取缔2万多口水库网箱养殖。').map(([, v, u]) => `${v}${u}`)).toEqual(['2万口'])
    expect(lvu('全年生产医用口罩300万只。').map(([, , u]) => u)).toEqual(['万只'])
    expect(lvu('新建6口袋公园。').map(([, , u]) => u)).not.toContain('口')
  })
  it('measures cotton spinning capacity in spindles (锭): an amount, not a bare 万', () => {
    const [m] = lvu('全区纺纱产能达到620万锭。')
    expect(m).toEqual(['纺纱产能', 620, '万锭'])
  })
  it('leaves a noun that opens with the measure word alone (组织, 组团, 眼前)', () => {
    expect(lvu('选派3组织部干部。').map(([, , u]) => u)).not.toContain('组')
    expect(lvu('接待12组团游客。').map(([, , u]) => u)).not.toContain('组')
    expect(lvu('治理8眼前沟渠。').map(([, , u]) => u)).not.toContain('眼')
  })
})
