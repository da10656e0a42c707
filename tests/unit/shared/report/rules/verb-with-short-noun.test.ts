import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: a two-character noun named with the verb acting on it (选派干部)', () => {
  it('names a short noun after its count with the verb right before the count', () => {
    expect(lvu('全年抽调320名干部，下沉基层一线。')).toEqual([])
    expect(lvu('全年选派320名干部，下沉基层一线。')).toEqual([['选派干部', 320, '名']])
    expect(lvu('我们走访了2.6万家企业。')).toEqual([['走访企业', 2.6, '万家']])
    expect(lvu('今年拆除46座危桥；关停12家煤矿。')).toEqual([
      ['拆除危桥', 46, '座'],
      ['关停煤矿', 12, '家'],
    ])
  })
  it('reads two deeds joined by 、 each with its own verb', () => {
    expect(lvu('选派536名医生、服务2140家企业，解决难题96个。')).toEqual([
      ['选派医生', 536, '名'],
      ['服务企业', 2140, '家'],
      ['难题', 96, '个'],
    ])
  })
  it('keeps a verb unknown elsewhere before a longer noun, as the label files do (交付房屋, 分配公共租赁住房)', () => {
    expect(lvu('年内交付5万多套房屋，分配3200套公共租赁住房。')).toEqual([
      ['交付房屋', 5, '万套'],
      ['分配公共租赁住房', 3200, '套'],
    ])
  })
  it('leaves a short noun alone after a verb of mere doing, or when the clause or its list goes on', () => {
    // 实施, 完成 say nothing of what is counted; 小区 heads a list whose work comes after it; 省 heads a longer name.
    expect(lvu('全年实施48个项目。')).toEqual([])
    expect(lvu('改造860个小区、35条道路的管网。').map(([label]) => label)).not.toContain('改造小区')
    expect(lvu('走访36个省直部门。')).toEqual([['走访省直部门', 36, '个']])
    // people helped are people reached, which no slide counts as a figure of its own
    expect(lvu('帮扶2.1万名群众。')).toEqual([])
  })
  it("takes the count as the verb's object only when the verb opens the clause and the noun closes it", () => {
    // a doer of more than two characters before the verb: 服务 is as often part of a name
    expect(lvu('机关干部结对服务320家企业。')).toEqual([])
    // the noun cut at 不 is no noun; a unit cut short (件次) is none either
    expect(lvu('立案查处26家环保不达标企业。')).toEqual([])
    expect(lvu('为民服务260万件次。')).toEqual([])
    expect(lvu('依法取缔38家无证照小作坊。')).toEqual([['取缔无证照小作坊', 38, '家']])
    // the adverb before the verb is no part of what is counted; 新 is
    expect(lvu('彻底关停17家小炼油厂。')).toEqual([['关停小炼油厂', 17, '家']])
    expect(lvu('新招聘2600名乡村教师。')).toEqual([['新招聘乡村教师', 2600, '名']])
  })
  it('counts the places that left poverty with the verb that says they did (退出, 摘帽, 销号)', () => {
    expect(lvu('全年退出45个贫困村。')).toEqual([['退出贫困村', 45, '个']])
    expect(lvu('累计摘帽6个贫困县。')).toEqual([['摘帽贫困县', 6, '个']])
    expect(lvu('动态销号18个贫困村。')).toEqual([['销号贫困村', 18, '个']])
  })
  it('reads each deed of a 、 list opened by an acting verb (处置), whatever verb opens the next deed', () => {
    expect(lvu('依法处置31家低效企业、关停12家小煤矿。')).toEqual([
      ['处置低效企业', 31, '家'],
      ['关停小煤矿', 12, '家'],
    ])
    expect(lvu('三年处置520家困难企业、淘汰230台燃煤锅炉、新建18座污水处理厂。')).toEqual([
      ['处置困难企业', 520, '家'],
      ['淘汰燃煤锅炉', 230, '台'],
      ['新建污水处理厂', 18, '座'],
    ])
    expect(lvu('依法处置15家“僵尸企业”。')).toEqual([['处置僵尸企业', 15, '家']])
    // a longer doer or string of adverbs before the verb: the verb may be part of a name, and adverbs stay out of labels
    expect(lvu('稳妥高效处置4起债券违约事件。').map(([label]) => label).filter((l) => l.includes('稳妥'))).toEqual([])
  })
})
