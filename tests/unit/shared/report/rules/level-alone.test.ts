import { describe, expect, it } from 'vitest'
import { needsCheck } from '../../../../../src-shared/report/needs-check'
import { figures, lvu } from '../figures'

describe('rule: level-alone', () => {
  it('names a level alone by the things counted at the level before it', () => {
    expect(lvu('今年新增国家级工程研究中心3家、省级26家。')).toEqual([
      ['新增国家级工程研究中心', 3, '家'],
      ['新增省级工程研究中心', 26, '家'],
    ])
    expect(lvu('培育国家级农业产业化龙头企业5户、省级41户、市级120户。')).toEqual([
      ['国家级农业产业化龙头企业', 5, '户'],
      ['省级农业产业化龙头企业', 41, '户'],
      ['市级农业产业化龙头企业', 120, '户'],
    ])
  })
  it('names the first level of a list by the things after the last', () => {
    expect(lvu('新增国家级、省级科技企业孵化器4家和18家。')[0]).toEqual(['新增国家级科技企业孵化器', 4, '家'])
  })
  it('names a level after 其中 by the things just counted, the addition before the level', () => {
    expect(lvu('新增高新技术企业85家，其中省级以上12家。')[1]).toEqual(['新增省级以上高新技术企业', 12, '家'])
    expect(lvu('全县拥有各级农民专业合作社210家，其中国家级2家。')[1]).toEqual(['国家级农民专业合作社', 2, '家'])
  })
  it('takes no things of another unit', () => {
    const [, level] = figures('建成国家级示范基地2个，累计投入资金3亿元、省级9家。').filter((m) => m.unit !== '亿元')
    expect(level).toMatchObject({ label: '省级', value: 9, unit: '家' })
    expect(level && needsCheck(level)).toBe(true)
  })
  it('flags a level whose things the sentence does not name', () => {
    const found = figures('推进现代农业园区建设，创建国家级3个，新增省级20个以上。')
    expect(found.map((m) => [m.label, m.value])).toEqual([
      ['国家级', 3],
      ['新增省级', 20],
    ])
    expect(found.every(needsCheck)).toBe(true)
  })
})
