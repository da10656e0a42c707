import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: subject', () => {
  it('takes the subject of the clause without scope, time, verb or quote marks', () => {
    expect(lvu('全市规模以上工业增加值增长7.1%。')).toEqual([['规模以上工业增加值', 7.1, '%']])
    expect(lvu('2024年，“惠企贷”投放86亿元。')).toEqual([['惠企贷投放', 86, '亿元']])
    expect(lvu('累计完成棚户区改造32万平方米。')).toEqual([['棚户区改造', 32, '万平方米']])
    expect(lvu('组织各地同步开展采供对接活动1061场。')).toEqual([['采供对接活动', 1061, '场']])
    expect(lvu('五年新增商业营业面积50万平方米。')).toEqual([['新增商业营业面积', 50, '万平方米']])
    expect(lvu('次年提高大病保险最高支付限额3800元。')).toEqual([['大病保险最高支付限额', 3800, '元']])
    expect(lvu('为困难家庭发放蔬菜价格补贴251万元。')).toEqual([['困难家庭蔬菜价格补贴', 251, '万元']])
    expect(lvu('一般公共预算收入剔除虚增空转因素后完成10.4亿元。')).toEqual([['一般公共预算收入', 10.4, '亿元']])
    expect(lvu('环卫工人生活补贴人均月增200元。')).toEqual([['环卫工人生活补贴', 200, '元']])
    expect(lvu('开发园区力争新引进“四类500强”企业5家。')).toEqual([['开发园区新引进四类500强企业', 5, '家']])
    expect(lvu('每个县（市、区）新引进项目20个以上。')).toEqual([['每个县新引进项目', 20, '个']])
    expect(lvu('完成林分优化提升200万亩。')).toEqual([['林分优化提升', 200, '万亩']])
    expect(lvu('人大代表建议68件，办结率100%。')[1]).toEqual(['办结率', 100, '%'])
    expect(lvu('清单化项目化改造排水管网90公里、燃气管网40公里，荣获省科学技术奖12项。')).toEqual([
      ['改造排水管网', 90, '公里'],
      ['改造燃气管网', 40, '公里'],
      ['省科学技术奖', 12, '项'],
    ])
    expect(lvu('公共卫生服务补助标准提高到年人均89元，老党员生活补助月人均增加80元。')).toEqual([
      ['公共卫生服务补助标准', 89, '元'],
      ['老党员生活补助', 80, '元'],
    ])
    expect(lvu('年末金融机构存款余额突破900亿元，到年底新增耕地1.2万亩。')).toEqual([
      ['金融机构存款余额', 900, '亿元'],
      ['新增耕地', 1.2, '万亩'],
    ])
    // 年底前 says by when, whole: no 前 is left in the label.
    expect(lvu('年底前完成棚户区片区改造26个。')).toEqual([['棚户区片区改造', 26, '个']])
  })
  it('drops a verb of naming, hosting or opening and an adverb before the noun, but keeps a noun that opens with one', () => {
    expect(lvu('创建省级森林乡村8个，评定星级农家乐12家。')).toEqual([
      ['省级森林乡村', 8, '个'],
      ['星级农家乐', 12, '家'],
    ])
    expect(lvu('落地外资研发中心6个，开通国际班列线路9条，承担省级试点任务15项。')).toEqual([
      ['外资研发中心', 6, '个'],
      ['国际班列线路', 9, '条'],
      ['省级试点任务', 15, '项'],
    ])
    expect(lvu('入选省级专精特新企业37家，提供创业担保贷款5亿元。')).toEqual([
      ['省级专精特新企业', 37, '家'],
      ['创业担保贷款', 5, '亿元'],
    ])
    expect(lvu('全年景区平均上座率仅为41%。')).toEqual([['景区平均上座率', 41, '%']])
    expect(lvu('始终保持教育支出占财政支出的20%以上。')).toEqual([['教育支出占财政支出比重', 20, '%']])
    expect(lvu('实施好8件民生实事。')).toEqual([['民生实事', 8, '件']])
    expect(lvu('全县已建成光伏装机86万千瓦。')).toEqual([['光伏装机', 86, '万千瓦']])
    // 在 before a time or a standard indicator is a preposition; before anything else it may open the thing.
    expect(lvu('力争在下半年实现重点项目开工率达到95%。')).toEqual([['重点项目开工率', 95, '%']])
    expect(lvu('在社会消费品零售总额增长7%的同时，在建项目达到320个。')).toEqual([
      ['社会消费品零售总额', 7, '%'],
      ['在建项目', 320, '个'],
    ])
    expect(lvu('创建全国文明村镇4个。')).toEqual([['全国文明村镇', 4, '个']])
    expect(lvu('各地创建示范项目压减60%。')[0]?.[0]).toBe('创建示范项目')
  })
  it('drops an enumeration before 等 and an action inside the label', () => {
    expect(figures('化工、建材、食品等主导产业占规上工业比重达58%。')[0]).toMatchObject({ label: '主导产业占规上工业比重', quote: '主导产业占规上工业比重达58%' })
    expect(lvu('重点项目完成投资420亿元。')).toEqual([['重点项目投资', 420, '亿元']])
    expect(lvu('市级财政安排乡村振兴资金6亿元。')).toEqual([['市级财政乡村振兴资金', 6, '亿元']])
    expect(lvu('省级安排的民生项目有40个。')[0]?.[0]).toBe('省级安排的民生项目')
    // One named example goes too, unless what is left names too little.
    expect(lvu('引进博士等高层次人才1200名。')[0]?.[0]).toBe('高层次人才')
    expect(lvu('举办灯会等活动300场。')[0]?.[0]).toBe('灯会等活动')
  })
  it('lets the owner of an action own the short items after it', () => {
    expect(lvu('国有企业完成营业收入900亿元，利润45亿元。')).toEqual([
      ['国有企业营业收入', 900, '亿元'],
      ['国有企业利润', 45, '亿元'],
    ])
  })
  it('keeps the characters of the report (full-width brackets)', () => {
    expect(lvu('细颗粒物（PM2.5）平均浓度下降至26微克/立方米。')).toEqual([['细颗粒物（PM2.5）平均浓度', 26, '微克/立方米']])
  })
  it('keeps a bracket inside a name and drops a note in brackets after what it qualifies', () => {
    expect(lvu('中欧班列（长沙）开行量增长20%。')[0]?.[0]).toBe('中欧班列（长沙）开行量')
    expect(lvu('每千人口执业（助理）医师数达到3.5人。')[0]?.[0]).toBe('每千人口执业（助理）医师数')
    expect(lvu('一般公共预算收入（同口径）增长4%。')[0]?.[0]).toBe('一般公共预算收入')
    expect(lvu('规模以上工业（按可比价）增加值增长6%。')[0]?.[0]).toBe('规模以上工业增加值')
    expect(lvu('新建村级养老服务站（老年食堂）40个。')[0]?.[0]).toBe('新建村级养老服务站')
    expect(lvu('撤并乡镇（街道）12个。')[0]?.[0]).toBe('撤并乡镇（街道）')
  })

  it('reads a quoted name with a 、 inside as one name, not a list', () => {
    expect(lvu('“一窗受理、集成服务”事项达到860项。')[0]?.[0]).toBe('一窗受理、集成服务事项')
  })

  it('keeps the things listed before 等 when what follows is only a measure of them', () => {
    expect(lvu('稳定粮食产量，蔬菜、水果、食用菌等产量增长4%。')[0]?.[0]).toBe('蔬菜、水果、食用菌等产量')
    expect(lvu('电子信息、生物医药等新兴产业增加值增长12%。')[0]?.[0]).toBe('新兴产业增加值')
  })

  it('drops verbs of creating and gathering and the adverbs of diligence before what is counted', () => {
    expect(lvu('创成省级美丽乡村示范县3个。')[0]?.[0]).toBe('省级美丽乡村示范县')
    expect(lvu('打造特色商业街区12条。')[0]?.[0]).toBe('特色商业街区')
    expect(lvu('聚引高层次人才800名。')[0]?.[0]).toBe('高层次人才')
    expect(lvu('认真办理政协提案315件。')[0]?.[0]).toBe('政协提案')
    expect(lvu('开行中欧班列1200列。')[0]?.[0]).toBe('中欧班列')
    expect(lvu('成功转移就业农村劳动力3.6万人。')[0]?.[0]).toBe('转移就业农村劳动力')
  })

  it('drops verbs of passing, law-making, sanction, demarcation and supply before what they count', () => {
    expect(lvu('提请市人大常委会审议通过地方性法规6件。')[0]?.[0]).toBe('地方性法规')
    expect(lvu('制定政府规章8件。')[0]?.[0]).toBe('政府规章')
    expect(lvu('制定、修订和废止政府规章11件。')).toMatchObject([['政府规章', 11, '件']])
    expect(figures('制定、修订和废止政府规章11件。')[0]?.quote).toBe('制定、修订和废止政府规章11件')
    expect(lvu('给予党纪政务处分3021人。')[0]?.[0]).toBe('党纪政务处分')
    expect(lvu('划定生态保护红线面积1.2万平方公里。')[0]?.[0]).toBe('生态保护红线面积')
    expect(lvu('整合投入涉农资金9.6亿元。')[0]?.[0]).toBe('涉农资金')
    expect(lvu('有序投放储备冻猪肉800吨。')[0]?.[0]).toBe('储备冻猪肉')
  })

  it('keeps 各类 and 各项 (the sum over every kind) and drops 各地, 各级 (where, not what)', () => {
    expect(lvu('开展各类技能培训6万人次。')[0]?.[0]).toBe('各类技能培训')
    expect(lvu('各项存款余额增长8.1%。')[0]?.[0]).toBe('各项存款余额')
    expect(lvu('各级财政安排教育资金41亿元。')[0]?.[0]).toBe('财政教育资金')
    // 各族 (of every ethnic group) is part of who is counted.
    expect(lvu('与各族群众结对认亲的干部达到12万名。')[0]?.[0]).toBe('各族群众结对认亲的干部')
  })

  it('drops 预期 (expected) before the indicator, but not from 预期性指标 or 预期目标', () => {
    expect(lvu('预期地区生产总值增长6.5%左右。')[0]?.[0]).toBe('地区生产总值')
    expect(lvu('12项预期性指标全面完成。')[0]?.[0]).toBe('预期性指标')
  })
  it('takes the dash that opens a listed paragraph (——) off the label', () => {
    expect(lvu('——预计地区生产总值增长6.5%，总量突破千亿元大关。').map((f) => f[0])).toEqual(['地区生产总值', '地区生产总值'])
  })
  it('reads past a note that a word holds for the figures below (（下同）) before or after the verb', () => {
    expect(lvu('全市地区生产总值3100亿元，同比（下同）增长6.1%。')).toEqual([['地区生产总值', 3100, '亿元'], ['地区生产总值', 6.1, '%']])
    expect(lvu('全市地区生产总值超3100亿元，同比增长（下同）6.1%。')[1]?.[0]).toBe('地区生产总值')
  })
  it('drops an adverb of how long or how hard before the verb (连续, 集中精力), not inside a name', () => {
    expect(lvu('地区生产总值连续跨越2000亿元、3000亿元两个台阶。').map((f) => f[0])).toEqual(['地区生产总值', '地区生产总值'])
    expect(lvu('集中精力办好15件民生实事。')[0]?.[0]).toBe('民生实事')
  })

  it('drops an adverbial of the basis between the subject and its verb', () => {
    expect(lvu('居民用气价格在去年下调基础上再降5%。')[0]).toEqual(['居民用气价格', -5, '%'])
    expect(lvu('区直机关差旅费按核定标准压减15%。')[0]).toEqual(['区直机关差旅费', -15, '%'])
    // 所有 at the head says where, as 各 does; 亩均 is a measure's own word, not an adverb giving one figure to each.
    expect(lvu('所有行政村集体经济年收入超过20万元。')[0]?.[0]).toBe('行政村集体经济年收入')
    expect(lvu('规上工业企业突破5000家、亩均税收36.5万元。')[1]?.[0]).toBe('亩均税收')
    // 确定 (a target set at) is a verb of level too.
    expect(lvu('经济增长预期目标确定6%左右。')[0]).toEqual(['经济增长预期目标', 6, '%'])
    // 恢复到 is a verb of level, as 达到 is.
    expect(lvu('湿地面积恢复到120万亩。')[0]).toEqual(['湿地面积', 120, '万亩'])
    // An adverb of effort (聚力, 着力) before the verb is no part of what is counted.
    expect(lvu('聚力培育12个重点产业集群。')[0]?.[0]).toBe('重点产业集群')
    // A record named before the figure says how it went (创历史新高), not what is measured.
    expect(lvu('外贸规模创历史新高、增长9.6%。')[0]).toEqual(['外贸规模', 9.6, '%'])
    // The base an amount is per, after its verb (提高到人均, 提高到每人每年), is no part of what is measured.
    expect(lvu('企业退休人员养老金提高到人均3200元/月。')[0]).toEqual(['企业退休人员养老金', 3200, '元/月'])
    expect(lvu('农村低保标准提高到每人每年5200元。')[0]).toEqual(['农村低保标准', 5200, '元'])
    expect(lvu('农民人均1.6万元。')[0]?.[0]).toBe('农民人均')
    // What is taken out or put back to compare like with like: the basis, not what is measured.
    expect(lvu('农村居民人均可支配收入扣除价格因素实际增长6.2%。')[0]).toEqual(['农村居民人均可支配收入', 6.2, '%'])
    expect(lvu('全口径税收还原留抵退税后增长9.5%。')[0]).toEqual(['全口径税收', 9.5, '%'])
    expect(lvu('一般公共预算收入剔除特殊因素增长6%。')[0]).toEqual(['一般公共预算收入', 6, '%'])
  })

  it('drops a measure that names nothing it measures', () => {
    expect(lvu('老城区改造成效明显。全年共完成投资3.5亿元。')).toEqual([])
  })
  it('drops an adverb of the plan before the action, at the head and before an inner action', () => {
    expect(lvu('今年要再淘汰落后水泥产能300万吨，要完成水利建设投资60亿元。')).toEqual([
      ['淘汰落后水泥产能', 300, '万吨'],
      ['水利建设投资', 60, '亿元'],
    ])
    expect(lvu('再减少小微企业社保缴费12亿元，再开工建设城市绿道80公里。')).toEqual([
      ['减少小微企业社保缴费', 12, '亿元'],
      ['开工建设城市绿道', 80, '公里'],
    ])
    expect(lvu('滨江片区要完成投资90亿元。')).toEqual([['滨江片区投资', 90, '亿元']])
    expect(lvu('力促民间投资增长8%，全县财政收入有望达到50亿元。')).toEqual([
      ['民间投资', 8, '%'],
      ['财政收入', 50, '亿元'],
    ])
  })
  it('keeps a manner adverb that is part of a noun before a verb of change or action', () => {
    expect(lvu('重点帮扶对象救助比例达到80%。')).toEqual([['重点帮扶对象救助比例', 80, '%']])
  })
  it('drops a verb of fostering, setting up, supporting or handing down before what it counts', () => {
    expect(lvu('设立人才驿站16家，扶持返乡创业青年820人，下达村级运转经费2.3亿元。')).toEqual([
      ['人才驿站', 16, '家'],
      ['返乡创业青年', 820, '人'],
      ['村级运转经费', 2.3, '亿元'],
    ])
    expect(lvu('除险加固小型水库21座，资助困难家庭学生3.1万人次。')).toEqual([
      ['小型水库', 21, '座'],
      ['困难家庭学生', 3.1, '万人次'],
    ])
    // Alone the verb stays, and the count is the noun's after it.
    expect(lvu('培育2户省级工业设计中心。')).toEqual([['省级工业设计中心', 2, '户']])
    expect(lvu('提请审议地方性法规草案4件。')).toEqual([['地方性法规草案', 4, '件']])
    expect(lvu('市政府提请市人大常委会审议法规议案7件，提请市委研究重大事项30件。')).toEqual([
      ['法规议案', 7, '件'],
      ['重大事项', 30, '件'],
    ])
  })
  it('drops the target a level is held within, and keeps 全国 in 全国首创', () => {
    expect(lvu('城镇调查失业率控制在年度目标5.5%以内。')).toEqual([['城镇调查失业率', 5.5, '%']])
    expect(lvu('综合改革试验区推出48项全国首创经验。')).toEqual([['综合改革试验区全国首创经验', 48, '项']])
  })
  it('drops a sum inside the label before the action (how it counts, not what)', () => {
    expect(lvu('高新区累计入驻科技企业320家，城镇累计新增就业8.6万人。')).toEqual([
      ['高新区入驻科技企业', 320, '家'],
      ['城镇新增就业', 8.6, '万人'],
    ])
  })
  it('reads 多 after a comparison base as a verb of more, and not after 更 (更多: a word)', () => {
    expect(lvu('全年城镇新增就业比上年多12万人。')).toEqual([['城镇新增就业', 12, '万人']])
    expect(lvu('打造更多行业第一。')).toEqual([])
  })
  it('takes a word off the label\'s head only at its end, never inside a word that begins like it', () => {
    expect(lvu('全县累计使用外资3.2亿美元，力争并网装机80万千瓦以上。')).toEqual([
      ['使用外资', 3.2, '亿美元'],
      ['并网装机', 80, '万千瓦'],
    ])
    expect(lvu('与共建“一带一路”国家进出口额增长9%，创建成省级卫生村30个。')).toEqual([
      ['共建一带一路国家进出口额', 9, '%'],
      ['省级卫生村', 30, '个'],
    ])
    expect(lvu('推出优化营商环境措施42条，落实支持高质量发展专项资金6亿元。')).toEqual([
      ['优化营商环境措施', 42, '条'],
      ['高质量发展专项资金', 6, '亿元'],
    ])
  })
  it('drops a base per head, household or pupil after the measure (每人每年), which is the unit\'s', () => {
    expect(lvu('城乡低保标准每人每年不低于5200元，特困人员供养标准提高到每人每月900元。')).toEqual([
      ['城乡低保标准', 5200, '元'],
      ['特困人员供养标准', 900, '元'],
    ])
  })
  it('keeps 为 and the beneficiary before what is done for it (为企业减负), not before a defining verb (为企业新增减负)', () => {
    const view = (text: string) => figures(text).map((m) => [m.label, m.value, m.confidence.level])
    expect(view('全年为小微企业减负62亿元，为个体工商户降低成本8亿元，为外地群众代办事项900余件。')).toEqual([
      ['为小微企业减负', 62, 'high'],
      ['为个体工商户降低成本', 8, 'high'],
      ['为外地群众代办事项', 900, 'high'],
    ])
    expect(lvu('为企业新增减负超过9亿元。')).toEqual([['企业新增减负', 9, '亿元']])
    expect(lvu('累计为个体工商户减轻税费负担超过7亿元。')).toEqual([['为个体工商户减轻税费负担', 7, '亿元']])
  })
  it('drops the standard a work was done to before its verb (高标准建成…), never from a name (高标准农田, 身高标准)', () => {
    expect(lvu('高标准建成社区食堂12个，高水平建设口袋公园20个。')).toEqual([
      ['社区食堂', 12, '个'],
      ['口袋公园', 20, '个'],
    ])
    expect(lvu('高标准农田达到60万亩。')).toEqual([['高标准农田', 60, '万亩']])
    expect(lvu('将儿童免费入园的身高标准由1.2米提高到1.4米。').map((f) => f[0])).toEqual([
      '儿童免费入园的身高标准',
      '儿童免费入园的身高标准',
    ])
  })
  it('drops 年 before a verb of a yearly flow (年接待游客 → 接待游客), not before a noun (年接待量, 年旅客吞吐量)', () => {
    expect(lvu('全县年接待游客突破800万人次。')).toEqual([['接待游客', 800, '万人次']])
    expect(lvu('年节约用水30万吨。')).toEqual([['节约用水', 30, '万吨']])
    expect(lvu('年接待量突破60万人次，年旅客吞吐量达到90万人次。').map((f) => f[0])).toEqual(['年接待量', '年旅客吞吐量'])
  })
  it('names a deed that says what it spares a beneficiary by the deed alone (为企业节约融资成本 → 节约融资成本)', () => {
    expect(lvu('全年为小微企业节约融资成本2800万元，为园区企业节省用电成本1.6亿元。')).toEqual([
      ['节约融资成本', 2800, '万元'],
      ['节省用电成本', 1.6, '亿元'],
    ])
    expect(lvu('为各类经营主体减税降费46亿元。')).toEqual([['减税降费', 46, '亿元']])
    expect(lvu('为小微企业减税让利12亿元。')).toEqual([['减税让利', 12, '亿元']])
    expect(lvu('为实体企业降低物流成本5.2亿元，为外贸企业让利3000万元。')).toEqual([
      ['降低物流成本', 5.2, '亿元'],
      ['让利', 3000, '万元'],
    ])
    // (降低成本 with no named cost is a relief for the beneficiary, and keeps it.)
    expect(lvu('为农户降低成本4亿元。')).toEqual([['为农户降低成本', 4, '亿元']])
  })
  it('drops verbs of buying, breaking through, recognising, leveraging, claiming and striving before what they count', () => {
    expect(lvu('购置消防救援车辆120台，突破核心工艺28项，认定专精特新企业65家，撬动社会投资90亿元。')).toEqual([
      ['消防救援车辆', 120, '台'],
      ['核心工艺', 28, '项'],
      ['专精特新企业', 65, '家'],
      ['社会投资', 90, '亿元'],
    ])
    expect(lvu('认领省级审批事项310项，争创国家级孵化平台6个，协调解决企业诉求2400个，编制修订地方标准17项。')).toEqual([
      ['省级审批事项', 310, '项'],
      ['国家级孵化平台', 6, '个'],
      ['企业诉求', 2400, '个'],
      ['地方标准', 17, '项'],
    ])
    // 批准 before a measure names it: the area approved.
    expect(lvu('批准用地面积增长12%。')[0]?.[0]).toBe('批准用地面积')
  })
  it('drops verbs of winning a title, setting up, handing down and opening before what they count, and keeps 关停取缔', () => {
    expect(lvu('获评省级森林村庄9个，建立湿地公园4处，下拨救灾资金1.3亿元。')).toEqual([
      ['省级森林村庄', 9, '个'],
      ['湿地公园', 4, '处'],
      ['救灾资金', 1.3, '亿元'],
    ])
    expect(lvu('关停取缔小作坊210家，建成启用公办幼儿园15所，对接引进高端人才团队26个，培育发展家庭农场380家。')).toEqual([
      ['关停取缔小作坊', 210, '家'],
      ['公办幼儿园', 15, '所'],
      ['高端人才团队', 26, '个'],
      ['家庭农场', 380, '家'],
    ])
  })
  it('drops an adverb of manner inside the label before its action (逆势新增)', () => {
    expect(lvu('全县个体工商户逆势新增3200户。')).toEqual([['个体工商户新增', 3200, '户']])
  })
  it('reads a one-character verb after a word that ends in another one (群众达), and not at the end of its own word', () => {
    expect(lvu('棚户区改造受益群众达3.2万户，服务群众达12万人次。')).toEqual([
      ['棚户区改造受益群众', 3.2, '万户'],
      ['服务群众', 12, '万人次'],
    ])
    expect(lvu('高新技术企业新增120家。')).toEqual([['高新技术企业新增', 120, '家']])
  })
  it('drops verbs of investigating, renewing, holding a level and declaring void before what they count', () => {
    expect(lvu('查处违法占地案件37起，更新投放新能源出租车620辆，稳定蔬菜种植面积18万亩。')).toEqual([
      ['违法占地案件', 37, '起'],
      ['新能源出租车', 620, '辆'],
      ['蔬菜种植面积', 18, '万亩'],
    ])
    expect(lvu('废止和宣布失效县政府规范性文件21件，培育壮大农业龙头企业12家。')).toEqual([
      ['县政府规范性文件', 21, '件'],
      ['农业龙头企业', 12, '家'],
    ])
  })
  it('drops verbs of receiving, dispatching, issuing, identifying, approving and restoring before what is counted', () => {
    expect(lvu('获省级科技进步奖9项，调度铁矿石产量320万吨、增长4.1%。')).toEqual([
      ['省级科技进步奖', 9, '项'],
      ['铁矿石产量', 320, '万吨'],
      ['铁矿石产量', 4.1, '%'],
    ])
    expect(lvu('出台地方性法规6件，颁布政府规章4件，识别防返贫监测对象2.3万人。')).toEqual([
      ['地方性法规', 6, '件'],
      ['政府规章', 4, '件'],
      ['防返贫监测对象', 2.3, '万人'],
    ])
    expect(lvu('累计恢复国内客运航线12条，批复建设8个市级工程研究中心。')).toEqual([
      ['国内客运航线', 12, '条'],
      ['市级工程研究中心', 8, '个'],
    ])
  })
  it('drops 筹集 with the works it goes with (建设筹集, 改造筹集), as it drops 筹集 alone', () => {
    expect(lvu('建设筹集人才公寓1.2万套，改造筹集租赁住房5000套。')).toEqual([
      ['人才公寓', 1.2, '万套'],
      ['租赁住房', 5000, '套'],
    ])
  })
  it('keeps a defining verb that opens an enumeration before 等 (新增…等, 新建续建改造…等), and reads 甲等 as a grade', () => {
    expect(lvu('新增光伏、风电等新能源装机120万千瓦。')).toEqual([['新增新能源装机', 120, '万千瓦']])
    expect(lvu('新建续建改造滨江路等城市道路45公里。')).toEqual([['新建续建改造城市道路', 45, '公里']])
    expect(lvu('装备制造、纺织服装等主导产业产值增长9%。')).toEqual([['主导产业产值', 9, '%']])
    expect(lvu('新增三级甲等医院2所。')).toEqual([['新增三级甲等医院', 2, '所']])
  })
  it('drops verbs of starting and gathering before what is counted (启动, 集聚)', () => {
    expect(lvu('启动城中村改造1.2万户，集聚数字经济企业300家。')).toEqual([
      ['城中村改造', 1.2, '万户'],
      ['数字经济企业', 300, '家'],
    ])
  })
  it('drops 拟 before a verb of the plan (拟发行, 拟安排), as any modal adverb', () => {
    expect(lvu('拟发行超长期特别国债8000亿元，拟安排地方政府专项债券2.6万亿元。').map((v) => v[0])).toEqual(['超长期特别国债', '地方政府专项债券'])
  })
  it('leaves a one-character verb of change with 至 or 到 out of the subject (扩至, 提至, 增到)', () => {
    expect(lvu('中心城区面积扩至120平方公里。')).toEqual([['中心城区面积', 120, '平方公里']])
    expect(lvu('农村集中供水率提至95%，城区绿地面积增到300万平方米。')).toEqual([
      ['农村集中供水率', 95, '%'],
      ['城区绿地面积', 300, '万平方米'],
    ])
    expect(lvu('主城区面积由80平方公里扩至110平方公里。')).toEqual([
      ['主城区面积', 80, '平方公里'],
      ['主城区面积', 110, '平方公里'],
    ])
    expect(lvu('建成区面积由90平方公里扩增至120平方公里。').map((v) => v[1])).toEqual([90, 120])
  })

  it('reads a series of short subjects after a word of striving as one subject sharing the figure', () => {
    expect(lvu('力争公立医院、基层医疗机构床位达到3.2万张。').map((f) => f[0])).toEqual(['公立医院、基层医疗机构床位'])
    expect(lvu('确保职业院校、技工学校招生达到2万人。').map((f) => f[0])).toEqual(['职业院校、技工学校招生'])
    expect(lvu('预计城乡低保、特困供养对象达到5.6万人。').map((f) => f[0])).toEqual(['城乡低保、特困供养对象'])
    // An item that says what became of something is a clause of its own.
    expect(lvu('确保低保对象动态清零、城镇新增就业3万人。').map((f) => f[0])).toEqual(['城镇新增就业'])
  })
  it('never cuts 到位 (in hand) after the verb: 争取到位X names X, 争取到位资金 names the funds in hand', () => {
    expect(lvu('争取到位地方政府专项债券38.5亿元。')).toEqual([['地方政府专项债券', 38.5, '亿元']])
    expect(lvu('争取到位资金21亿元。')).toEqual([['到位资金', 21, '亿元']])
  })

  it('reads a doer and its linking verb (助力, 开展, 下设, 解决, 节约…) out of what is measured', () => {
    const labels = (text: string) => lvu(text).map((f) => f[0])
    expect(labels('省级工程中心助力马铃薯年产量突破80万吨。')).toEqual(['马铃薯年产量'])
    expect(labels('两所高职院校开展校企合作项目46项。')).toEqual(['校企合作项目'])
    expect(labels('防汛指挥部下设抢险专班9个。')).toEqual(['抢险专班'])
    // 节约 defines the amount and stays, as at a label's head.
    expect(labels('集中采购每年节约财政支出1.3亿元。')).toEqual(['节约财政支出'])
    expect(labels('“百名干部进百企”活动解决企业用工难题420个。')).toEqual(['企业用工难题'])
    // Two verbs before one object both go.
    expect(labels('县里对上争取和兑现农业补贴资金6.1亿元。')).toEqual(['农业补贴资金'])
  })

  it('keeps the doer where it is what is measured or counted', () => {
    const labels = (text: string) => lvu(text).map((f) => f[0])
    // 向上争取 names funds won from above; the label files keep it.
    expect(labels('向上争取专项资金12亿元。')).toEqual(['向上争取专项资金'])
    // A count of bodies counts the doers.
    expect(labels('新增小微企业开展直播电商35家。')).toEqual(['新增小微企业开展直播电商'])
    // The deed describes the doers named after it, a relative clause without 的.
    expect(labels('规上企业中开展技术改造企业比重达40%。')).toEqual(['规上企业中开展技术改造企业比重'])
    // What goes before 和 has an object of its own: the whole is the measure.
    expect(labels('区财政支持技术改造和吸引人才支出增长12%。')).toEqual(['区财政支持技术改造和吸引人才支出'])
    // A word the verb opens (吸引力, 解决方案) is no deed.
    expect(labels('征集共性技术解决方案58个。')).toEqual(['征集共性技术解决方案'])
  })
  it('gives one figure after a list of things to the whole list, over works chained to its verb and works naming items', () => {
    // Works chained to the verb before the list (和改建, 改造, 投用) are the verb's, no item's.
    expect(lvu('新建和改建雨水、污水、中水管网326公里。')).toEqual([['新建和改建雨水、污水、中水管网', 326, '公里']])
    expect(lvu('新建改造游园、口袋公园48个。')).toEqual([['新建改造游园、口袋公园', 48, '个']])
    expect(lvu('累计建成投用公办小学、初中27所。')).toEqual([['公办小学、初中', 27, '所']])
    // Items named by the work done on them (棚户区改造, 农田建设), when the last item closes with a work too.
    expect(lvu('完成老旧街区、城中村综合改造2.6万户。')).toEqual([['老旧街区、城中村综合改造', 2.6, '万户']])
    expect(lvu('完成坡耕地改造、旱作农田建设63万亩。')).toEqual([['坡耕地改造、旱作农田建设', 63, '万亩']])
    // 保障性 is no verb; a level of government alone is an item between others.
    expect(lvu('累计建成公共租赁住房、保障性租赁住房4.2万套。')).toEqual([['公共租赁住房、保障性租赁住房', 4.2, '万套']])
    expect(lvu('创建国家、省、市森林乡村23个。')).toEqual([['国家、省、市森林乡村', 23, '个']])
  })
  it('keeps a list of verbs before one thing, verbs alone and a measure after a work to the other readings', () => {
    expect(lvu('开工新建、改扩建公办幼儿园6所、义务教育学校15所。').map(([l]) => l)).toEqual(['新建、改扩建公办幼儿园', '新建、改扩建义务教育学校'])
    expect(lvu('累计拆除、改造150万平方米。').map(([l]) => l)).not.toContain('拆除、改造')
    expect(lvu('推动产业园区加快建设、产值突破300亿元。').map(([l]) => l)).not.toContain('产业园区加快建设、产值')
  })
})

describe('rule: subject (what opens a clause and what ends a noun)', () => {
  it('reads 系统 right before the number as the noun it ends, not as an adverb', () => {
    expect(lvu('整合信息系统1182个，归集公共数据超过390亿条。')).toEqual([
      ['整合信息系统', 1182, '个'],
      ['归集公共数据', 390, '亿条'],
    ])
  })
  it('reads no subject in the number of a run-in point (三是将18项…)', () => {
    expect(lvu('三是将18项行政事业性收费的免征范围扩大到所有企业。').map((v) => v[0])).not.toContain('三')
  })
  it('drops the base compared and the way of reckoning at a label’s head (比改革前, 按一年计, 按新的统计口径)', () => {
    expect(lvu('今年将比改革前减轻企业和个人负担5000多亿元。').map((v) => v[0])).toEqual(['减轻企业和个人负担'])
    expect(lvu('进口博览会按一年计意向成交726.2亿美元。').map((v) => v[0])).toEqual(['进口博览会意向成交'])
    expect(lvu('全市生产总值按可比价格计算增长6%。').map((v) => v[0])).toEqual(['生产总值'])
    expect(figures('全市生产总值达到500亿元，按新的统计口径增长8.6%。').map((m) => m.label)).toEqual(['生产总值', '生产总值'])
  })
})

describe('rule: subject (grades listed by their numbers)', () => {
  it('reads 一、二类 as one word, not a list number and an item', () => {
    expect(lvu('到2022年一、二类通用机场达到15个。')).toEqual([['一、二类通用机场', 15, '个']])
    expect(figures('全市一、二级公路里程达到500公里。').map((m) => m.quote)).toEqual(['全市一、二级公路里程达到500公里'])
  })
})

describe('rule: subject (a modal before 确保 inside a label)', () => {
  it('takes 要 out with 确保 (曹妃甸区要确保…)', () => {
    expect(lvu('曹妃甸区要确保地区生产总值增长9%。').map((v) => v[0])).toEqual(['曹妃甸区地区生产总值'])
  })
})

