import { describe, expect, it } from 'vitest'
import { totalOfAddition } from '../../../../../src-shared/report/rules/total-of-additions'
import { figures } from '../figures'

const view = (...body: string[]) => figures(...body).map((m) => [m.label, m.value])

describe('rule: totals after additions (list-pairing)', () => {
  it('names the things of an addition without the addition (and their 总量 after 净增)', () => {
    expect(totalOfAddition('新增孵化器')).toBe('孵化器')
    expect(totalOfAddition('众创空间新增')).toBe('众创空间')
    expect(totalOfAddition('专利代理机构净增')).toBe('专利代理机构总量')
    expect(totalOfAddition('孵化器')).toBeNull()
  })
  it('gives the totals after a list of additions to the things, in order, never the additions (累计分别达到…)', () => {
    expect(view('国家级孵化器、众创空间分别新增12家和35家，累计分别达到140家和420家。')).toEqual([
      ['国家级孵化器新增', 12],
      ['众创空间新增', 35],
      ['国家级孵化器', 140],
      ['众创空间', 420],
    ])
    expect(view('省级工程研究中心、企业技术中心分别新增8个、21个，达到96个、310个。').slice(2)).toEqual([
      ['省级工程研究中心', 96],
      ['企业技术中心', 310],
    ])
  })
  it('gives the total word the clause writes (总数, 总量) to each of the things', () => {
    expect(view('专精特新企业、单项冠军企业分别新增60家和4家，总数分别达到480家和19家。').slice(2)).toEqual([
      ['专精特新企业总数', 480],
      ['单项冠军企业总数', 19],
    ])
    expect(view('科技型企业、瞪羚企业分别净增300家、25家，总量达到2600家、140家。').slice(2)).toEqual([
      ['科技型企业总量', 2600],
      ['瞪羚企业总量', 140],
    ])
  })
  it('leaves values that are no totals of the additions as they were', () => {
    // A rate after the additions is no total.
    expect(view('孵化器、众创空间分别新增12家和35家，分别增长10%和20%。').slice(2).map((f) => f[0])).not.toContain('孵化器')
    // Values of another kind are no totals of the things counted.
    expect(view('孵化器、众创空间分别新增12家和35家，累计投资分别达到12亿元和3亿元。').slice(2).map((f) => f[0])).not.toEqual(['孵化器', '众创空间'])
  })
})
