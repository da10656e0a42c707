import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: deed-of-counted', () => {
  it('shows a count of things named by one or two characters with what became of them, noun then deed', () => {
    expect(lvu('8个项目列入省级重大产业项目。')).toEqual([['项目列入省级重大产业项目', 8, '个']])
    expect(lvu('12项商品纳入“乡村好物”目录，')).toEqual([['商品纳入乡村好物目录', 12, '项']])
    expect(lvu('5座水库投产蓄水。')).toEqual([['水库投产蓄水', 5, '座']])
    expect(lvu('600条村庄开展人居环境整治。')).toEqual([['村庄开展人居环境整治', 600, '条']])
    expect(lvu('40个事项实现“掌上办”。')).toEqual([['事项实现掌上办', 40, '个']])
  })
  it('keeps the other kinds of unit in brackets after the noun, and drops an adverb before the deed', () => {
    expect(lvu('23个县（市、区）全部通过省级卫生县城复审。')).toEqual([['县（市、区）通过省级卫生县城复审', 23, '个']])
    expect(lvu('9个县(市、区)均达到国家森林城市标准。')).toEqual([['县(市、区)达到国家森林城市标准', 9, '个']])
  })
  it('drops the year of an award from the label, and keeps the session it names', () => {
    expect(lvu('6项成果获2024年度省科学技术奖。')).toEqual([['成果获省科学技术奖', 6, '项']])
    expect(lvu('2部作品荣获第九届省“精品工程”奖。')).toEqual([['作品荣获第九届省精品工程奖', 2, '部']])
  })
  it('drops the 了 of a deed done, and leaves the things alone to a count of some of them after it', () => {
    expect(lvu('40个社区开展了垃圾分类试点。')).toEqual([['社区开展垃圾分类试点', 40, '个']])
    expect(lvu('有35项成果获省科学技术奖，3项获国家科学技术奖。')).toEqual([
      ['成果获省科学技术奖', 35, '项'],
      ['获国家科学技术奖的成果', 3, '项'],
    ])
  })
  it('leaves an honour of its own that opens with the deed (获评, 获批) to honoured-count', () => {
    expect(lvu('4个村获评2024年度省美丽乡村。').map(([l]) => l)).not.toContain('村获评省美丽乡村')
  })
  it('reads names closed by 等 before the count as examples of the things counted', () => {
    expect(lvu('东城、西城等4个区县获省政府督查激励。')).toEqual([['区县获省政府督查激励', 4, '个']])
  })
  it('leaves silent a count with a subject or verb before it, a subset (其中), deeds in a list, or a deed holding a figure', () => {
    expect(lvu('其中3个项目列入省重点项目清单。')).toEqual([])
    expect(lvu('新建6所学校通过验收。').map(([l]) => l)).not.toContain('学校通过验收')
    expect(lvu('4个区、7个县通过国家复核。')).toEqual([])
    expect(lvu('5个项目获得资金3亿元。').map(([, v, u]) => `${v}${u}`)).not.toContain('5个')
    expect(lvu('8所学校全部开学。')).toEqual([])
  })
  it('doubts a deed that goes on after 、 or a getting whose object the clause does not name', () => {
    const goesOn = figures('首批12个项目实现快签约、快开工。')[0]
    expect([goesOn?.label, goesOn?.confidence.level]).toEqual(['项目实现快签约', 'low'])
    const cut = figures('2项工作获省委主要领导张某，李某分别批示肯定。')[0]
    expect(cut?.confidence.level).toBe('low')
    expect(figures('7项成果获国家科学技术奖。')[0]?.confidence.level).toBe('high')
  })
})
