import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: shared-verb', () => {
  it('lets 新增 on the first item cover the items after it, and the part after 其中', () => {
    expect(lvu('新增省级工程中心12个、博士后工作站5个。').map((f) => f[0])).toEqual(['新增省级工程中心', '新增博士后工作站'])
    expect(lvu('净增市场主体2.3万户，其中企业6200户。').map((f) => f[0])).toEqual(['净增市场主体', '净增企业'])
    expect(lvu('新认定专精特新企业85家、创新型中小企业300家。').map((f) => f[0])).toEqual(['新认定专精特新企业', '新认定创新型中小企业'])
    // 新缔结 defines the items; their total is of the things, not of the additions.
    expect(lvu('新缔结友好城市2个、友好交流城市4个，总数达26个。').map((f) => f[0])).toEqual([
      '新缔结友好城市', '新缔结友好交流城市', '友好交流城市总数',
    ])
  })
  it('lets 改造 cover the items after it, as labels keep it', () => {
    expect(lvu('改造城镇老旧小区1.2万户、市政管网300公里。').map((f) => f[0])).toEqual(['改造城镇老旧小区', '改造市政管网'])
  })
  it('lets a chain of works verbs, and 盘活, cover the items after it', () => {
    expect(lvu('更新改造雨水管网60公里、污水管网45公里。').map((f) => f[0])).toEqual(['更新改造雨水管网', '更新改造污水管网'])
    expect(lvu('新建改扩建幼儿园6所、小学3所。').map((f) => f[0])).toEqual(['新建改扩建幼儿园', '新建改扩建小学'])
    expect(lvu('盘活闲置土地1.5万亩、厂房40万平方米。').map((f) => f[0])).toEqual(['盘活闲置土地', '盘活厂房'])
    expect(lvu('新改建燃气管网30公里、热力管网12公里。').map((f) => f[0])).toEqual(['新改建燃气管网', '新改建热力管网'])
  })
  it('carries a verb kept before what it counts along a 、 series, but not into the part after 其中', () => {
    expect(lvu('开工安置房1.1万套、人才公寓3200套。').map((f) => f[0])).toEqual(['开工安置房', '开工人才公寓'])
    expect(lvu('退出落后焦化产能90万吨、电解铝产能12万吨。').map((f) => f[0])).toEqual(['退出落后焦化产能', '退出落后电解铝产能'])
    expect(lvu('种植中药材8万亩、食用菌2万亩。').map((f) => f[0])).toEqual(['种植中药材', '种植食用菌'])
    expect(lvu('新建社区书屋12个、口袋公园30个，维修乡村道路80公里、涵洞45座。').map((f) => f[0])).toEqual([
      '新建社区书屋', '新建口袋公园', '维修乡村道路', '维修涵洞',
    ])
    expect(lvu('开工建设保障性住房2万套，其中公租房8000套。').map((f) => f[0])).toEqual(['开工建设保障性住房', '公租房'])
    // A stage of the works of its own is no item of the series (the event's subject is project-events' business).
    expect(lvu('开工安置房1.1万套、基本建成6000套。').map((f) => f[0])).not.toContain('开工基本建成')
  })
  it('carries no verb that leaves the label (培育: what was fostered is counted)', () => {
    expect(lvu('培育科技型中小企业40家、省级工程研究中心6个。').map((f) => f[0])).toEqual(['科技型中小企业', '省级工程研究中心'])
  })
  it('leaves an item with an action of its own, and a level reached, out of the series', () => {
    expect(lvu('改造老旧小区120个、启动棚户区改造30个。').map((f) => f[0])).toEqual(['改造老旧小区', '棚户区改造'])
    expect(lvu('新增造林面积20万亩、森林覆盖率从40%提高到42%。').map((f) => f[0])).toEqual(['新增造林面积', '森林覆盖率', '森林覆盖率'])
  })
  it('lets 改建, 新建改建, 新发展 and 签约 cover the items after them, but not an item that opens with the verb', () => {
    expect(lvu('改建乡村道路420公里、农村厕所2.6万座。').map((f) => f[0])).toEqual(['改建乡村道路', '改建农村厕所'])
    expect(lvu('新建改建城市支路18公里、停车场9个。').map((f) => f[0])).toEqual(['新建改建城市支路', '新建改建停车场'])
    expect(lvu('签约先进制造项目88个、签约金额640亿元。').map((f) => f[0])).not.toContain('签约签约金额')
  })
  it('leaves an item with a verb of its own', () => {
    expect(lvu('新增就业5200人、再就业1300人。').map((f) => f[0])).toEqual(['新增就业', '再就业'])
    expect(lvu('新增耕地2万亩、提质改造盐碱地6万亩。').map((f) => f[0])).toEqual(['新增耕地', '提质改造盐碱地'])
  })

  it('lets 新登记 on the whole cover the part after 其中, and the growth and rank carried from it', () => {
    expect(lvu('新登记经营主体8.2万户、增长9%，其中企业2.6万户、增长12%，增速居全省第二位。').map((f) => f[0])).toEqual([
      '新登记经营主体',
      '新登记经营主体',
      '新登记企业',
      '新登记企业',
      '新登记企业增速',
    ])
  })
})
