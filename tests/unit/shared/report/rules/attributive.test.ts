import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: attributive', () => {
  it('drops a number that describes a noun', () => {
    expect(lvu('推动钢铁二期20万吨特种钢、30万吨型材等项目开工。')).toEqual([])
    expect(lvu('争取国家新发1万亿元特别国债资金12.5亿元。')).toEqual([['特别国债资金', 12.5, '亿元']])
  })
  it('keeps the object of a counting verb, the head of a clause and an enumeration', () => {
    expect(lvu('新增80项省级标准。')).toEqual([['新增省级标准', 80, '项']])
    expect(lvu('12个“智慧社区”投入使用。')).toEqual([['智慧社区', 12, '个']])
    expect(lvu('财政、税务、金融等5项重点改革全面完成。')).toEqual([['重点改革', 5, '项']])
  })
  it('keeps a count after no more than where (全县, 城镇, 农村), and ends its noun at a verb before 了', () => {
    expect(lvu('农村2.3万户低保家庭换了新房。')).toEqual([['农村低保家庭', 2.3, '万户']])
    expect(lvu('全县860名留守儿童得到结对帮扶。')).toEqual([['留守儿童', 860, '名']])
    expect(lvu('二期3万吨特种钢开工。')).toEqual([])
  })
  it('reads a count then a length or area of the same things in a row before them, flagged when the noun runs into its deed', () => {
    expect(lvu('完成6条42公里农村公路改造。')).toEqual([
      ['农村公路改造', 6, '条'],
      ['农村公路改造', 42, '公里'],
    ])
    expect(figures('对12条86公里河道进行综合治理。').map((m) => [m.value, m.confidence.level])).toEqual([
      [12, 'low'],
      [86, 'low'],
    ])
    expect(figures('新开工甲至乙、丙至丁2条95公里高速公路。').map((m) => [m.value, m.confidence.level])).toEqual([
      [2, 'low'],
      [95, 'low'],
    ])
    expect(lvu('整治3条50公里以上河流。')).toEqual([['整治50公里以上河流', 3, '条']])
  })
  it('drops a unit size multiplied by the number of units', () => {
    expect(lvu('推进华能2×35万千瓦热电联产项目前期工作。')).toEqual([])
  })
  it('drops a capacity before its works, and a size after a count', () => {
    expect(lvu('完成日处理3万吨水厂改扩建。')).toEqual([])
    expect(lvu('完成城区内178座10蒸吨及以下的燃煤小锅炉淘汰改造。')).toEqual([['城区10蒸吨及以下燃煤小锅炉淘汰改造', 178, '座']])
  })
  it('keeps a subject with its own verb, whatever noun follows', () => {
    expect(lvu('城镇登记失业率控制在3.5%的较低水平。')).toEqual([['城镇登记失业率', 3.5, '%']])
  })
  it('keeps a count after a verb that takes one, but no size of the noun after it', () => {
    expect(lvu('打通6条断头路。')).toEqual([['断头路', 6, '条']])
    expect(lvu('抓好全县现有300万吨采砂场整治。')).toEqual([])
  })
  it('keeps an amount after such a verb when its noun is measured in that unit, named by the deed that gathered it', () => {
    expect(lvu('统筹整合4.3亿元资金，支持乡村振兴。')).toEqual([['整合资金', 4.3, '亿元']])
    expect(lvu('整合2800万吨露天煤矿。')).toEqual([])
  })
  it('reads every item of a list of counted nouns joined by 、 and 和, but no grade sharing the next head', () => {
    expect(lvu('9个产业集群、35个产业园区和1200万平方米标准厂房加快建设。')).toEqual([
      ['产业集群', 9, '个'],
      ['产业园区', 35, '个'],
      ['标准厂房', 1200, '万平方米'],
    ])
    // Each item is quoted with the list so far.
    expect(figures('9个产业集群、35个产业园区加快建设。').map((m) => m.quote)).toEqual(['9个产业集群', '9个产业集群、35个产业园区加快建设'])
    expect(lvu('完成8处积水点改造和152处农田水利设施修复。')).toEqual([
      ['积水点改造', 8, '处'],
      ['农田水利设施修复', 152, '处'],
    ])
    expect(lvu('建设3个国家级和12个省级现代农业产业园。').map(([label]) => label)).not.toContain('国家级')
    expect(lvu('推进省级15件惠民实事和县级30件惠民实事。')).toEqual([
      ['省级惠民实事', 15, '件'],
      ['县级惠民实事', 30, '件'],
    ])
  })
  it('reads a count after the batch or the standard it is counted by', () => {
    expect(lvu('首批12个未来社区建设全面启动。')).toEqual([['未来社区', 12, '个']])
    expect(lvu('现行标准下8.6万农村贫困人口全部脱贫。')).toEqual([['农村贫困人口', 8.6, '万']])
  })
  it('reads a count before a threshold in the name as the count of the noun', () => {
    // The size of the settlements is part of their name, as the label files write it (20户以上自然村4G网络覆盖率).
    expect(lvu('完成800公里20户以上自然村通硬化路。')).toEqual([['20户以上自然村通硬化路', 800, '公里']])
    expect(lvu('覆盖1652个30户以上自然村。')).toEqual([['30户以上自然村', 1652, '个']])
  })
  it('reads no figure in the size of the settlements meant (20户以上自然村, 100人以上的村寨)', () => {
    expect(lvu('全市25户以上自然村基本通水泥路。')).toEqual([])
    expect(lvu('确保30户及200人以上自然村通硬化路，20户及以上自然村通动力电。')).toEqual([])
    expect(lvu('实现100人以上的村寨通客车，新增客运线路12条。')).toEqual([['新增客运线路', 12, '条']])
    // Not households before 以上 at a clause's end: they are counted.
    expect(lvu('全年帮扶困难家庭1.2万户以上。').map((f) => f[1])).toEqual([1.2])
  })
  it('names a count of things by their money size with its bound (50亿元以上项目)', () => {
    expect(lvu('全年实施12个5000万元以上项目。')).toEqual([['5000万元以上项目', 12, '个']])
    expect(lvu('新能源等26个50亿元以上产业项目建成投产。')).toEqual([['50亿元以上产业项目', 26, '个']])
  })
  it('keeps a length of lines or an area of land or floor space before its noun, after a verb that takes a count', () => {
    expect(lvu('累计消除820公里黑臭河道、360公里垃圾河。')).toEqual([
      ['黑臭河道', 820, '公里'],
      ['垃圾河', 360, '公里'],
    ])
    expect(lvu('整治4500亩撂荒地。')).toEqual([['撂荒地', 4500, '亩']])
    expect(lvu('依法拆除35万平方米违章建筑。')).toEqual([['拆除违章建筑', 35, '万平方米']])
    // a size of anything else before its noun is still its attribute
    expect(lvu('抓好存量工业300万吨露天矿。')).toEqual([])
    expect(lvu('整治5000亩核心区。')).toEqual([])
    // the length of a single one, a norm per head
    expect(lvu('抓好12公里长的滨江大道。')).toEqual([])
    expect(lvu('搬迁户每户整治2亩坡耕地。')).toEqual([])
  })
})
