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
  it('drops the year and the session of an award from the label (the label files name the award alone)', () => {
    expect(lvu('6项成果获2024年度省科学技术奖。')).toEqual([['成果获省科学技术奖', 6, '项']])
    expect(lvu('2部作品荣获第九届省“精品工程”奖。')).toEqual([['作品荣获省精品工程奖', 2, '部']])
  })
  it('drops the 了 of a deed done, and leaves the things alone to a count of some of them after it', () => {
    expect(lvu('40个社区开展了垃圾分类试点。')).toEqual([['社区开展垃圾分类试点', 40, '个']])
    expect(lvu('有35项成果获省科学技术奖，3项获国家科学技术奖。')).toEqual([
      ['成果获省科学技术奖', 35, '项'],
      ['获国家科学技术奖的成果', 3, '项'],
    ])
  })
  it('shows a noun that stands alone with a deed that changes which of them are counted', () => {
    expect(lvu('3210名下岗职工实现再就业。')).toEqual([['下岗职工实现再就业', 3210, '名']])
    expect(lvu('18项民生工程列入省级试点，')).toEqual([['民生工程列入省级试点', 18, '项']])
    expect(lvu('4家市属国有企业获得AA+主体信用评级。')).toEqual([['市属国有企业获得AA+主体信用评级', 4, '家']])
    expect(lvu('9处城市黑臭水体全部通过省级验收。')).toEqual([['城市黑臭水体通过省级验收', 9, '处']])
    expect(lvu('32名住院患者全部治愈出院。')).toEqual([['住院患者治愈出院', 32, '名']])
    expect(lvu('15名援外医疗队员驰援武汉。')).toEqual([['援外医疗队员驰援武汉', 15, '名']])
    expect(lvu('7个省级数据交换节点上线运行。')).toEqual([['省级数据交换节点上线运行', 7, '个']])
    expect(lvu('5600名低保对象享受到临时价格补贴。')).toEqual([['低保对象享受临时价格补贴', 5600, '名']])
  })
  it('leaves a noun that stands alone as it is before leaving poverty, a means (通过…), a getting of no award, or mere doing', () => {
    expect(lvu('36个建档立卡贫困村实现脱贫。')).toEqual([['建档立卡贫困村', 36, '个']])
    expect(lvu('2.1万农村贫困人口实现稳定脱贫。')).toEqual([['农村贫困人口', 2.1, '万']])
    expect(lvu('800名搬迁群众通过产业帮扶增加收入。').map(([l]) => l)).not.toContain('搬迁群众通过产业帮扶增加收入')
    expect(lvu('5项关键核心技术获得突破。')).toEqual([['关键核心技术', 5, '项']])
    expect(lvu('60个市级重点项目开工建设。').map(([l]) => l)).not.toContain('市级重点项目开工建设')
    expect(lvu('128个市级重点项目建成投产。')).toEqual([['市级重点项目', 128, '个']])
    expect(lvu('9个深度贫困县实现脱贫摘帽。').map(([l]) => l)).not.toContain('深度贫困县实现脱贫摘帽')
  })
  it('leaves a deed to words the noun did not take in whole, to things moved by 将, and to a span of time', () => {
    const labels = (s: string): string[] => lvu(s).map(([l]) => l)
    expect(labels('8个特色农产品新纳入国家地理标志名录。').some((l) => l.includes('纳入'))).toBe(false)
    expect(labels('12家企业在沪深交易所上市或通过发行审核。').some((l) => l.includes('通过发行审核'))).toBe(false)
    expect(labels('明年将300个脱贫村纳入示范村建设范围。')).not.toContain('脱贫村纳入示范村建设范围')
    expect(labels('用27天全部住院患者治愈出院。').some((l) => l.includes('治愈'))).toBe(false)
  })
  it('leaves an honour of its own that opens with the deed (获评, 获批) to honoured-count, which names noun and honour', () => {
    expect(lvu('4个村获评2024年度省美丽乡村。').map(([l]) => l)).toEqual(['村获评省美丽乡村'])
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
