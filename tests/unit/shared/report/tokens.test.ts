import { describe, expect, it } from 'vitest'
import { normalizeForAnalysis } from '../../../../src-shared/report/normalize'
import { tokenizeFigures } from '../../../../src-shared/report/tokens/figures'

const tokens = (text: string) =>
  tokenizeFigures(normalizeForAnalysis(text), text).map((t) => ({ value: t.value, high: t.high, unit: t.unit, written: t.written, post: t.post }))
const one = (text: string) => tokens(text)[0]

describe('the tokeniser reads numbers in every written form', () => {
  it('Arabic and full-width digits, decimals, grouping commas and a sign', () => {
    expect(one('增长１２．５％')).toMatchObject({ value: 12.5, unit: '%' })
    expect(one('完成1,234亿元')).toMatchObject({ value: 1234, unit: '亿元' })
    expect(one('下降-0.3%')).toMatchObject({ value: -0.3, unit: '%' })
    expect(tokens('新增就业3，新增企业200家').map((t) => t.value)).toEqual([200])
  })
  it('ranges with both ends, as written', () => {
    expect(one('增长4.5%—5%')).toMatchObject({ value: 4.5, high: 5, unit: '%', written: '4.5%—5%' })
    expect(one('增长6%-7%')).toMatchObject({ value: 6, high: 7, written: '6%-7%' })
    expect(one('增长4.5～5%')).toMatchObject({ value: 4.5, high: 5, unit: '%' })
    expect(one('增长6%至7%')).toMatchObject({ value: 6, high: 7 })
    expect(one('创建2-3家')).toMatchObject({ value: 2, high: 3, unit: '家' })
    // A change from one level to another is no range.
    expect(tokens('由21%提升至74%').map((t) => t.high)).toEqual([null, null])
  })
  it('Chinese numerals, fractions, tenths, doublings and halves', () => {
    expect(one('面积翻一番')).toMatchObject({ value: 2, unit: '倍', written: '翻一番' })
    expect(one('产值翻两番')).toMatchObject({ value: 4, unit: '倍', written: '翻两番' })
    expect(one('货值翻番')).toMatchObject({ value: 2, unit: '倍', written: '翻番' })
    expect(one('出口额翻了一番多')).toMatchObject({ value: 2, unit: '倍', written: '翻了一番', post: '多' })
    expect(one('客流量翻了两番')).toMatchObject({ value: 4, unit: '倍', written: '翻了两番' })
    // Quote marks around the whole figure only stress it; a quoted name is no figure.
    expect(one('科技型企业数量实现“翻番”，')).toMatchObject({ value: 2, unit: '倍', written: '翻番' })
    expect(tokens('启动“翻一番”计划')).toEqual([])
    expect(one('扩大五成')).toMatchObject({ value: 50, unit: '%', written: '五成' })
    expect(one('占全国超4成')).toMatchObject({ value: 40, unit: '%', written: '4成' })
    expect(one('三分之一的资金')).toMatchObject({ value: 33.3, unit: '%', written: '三分之一' })
    expect(one('占1/4')).toMatchObject({ value: 25, unit: '%', written: '1/4' })
    expect(one('下降百分之六')).toMatchObject({ value: 6, unit: '%' })
    expect(one('增长一倍')).toMatchObject({ value: 1, unit: '倍' })
    expect(one('提高十个百分点')).toMatchObject({ value: 10, unit: '个百分点' })
    expect(one('压减一半以上')).toMatchObject({ value: 50, unit: '%', post: '以上' })
    expect(one('两次降准')).toMatchObject({ value: 2, unit: '次' })
    // 二次 before a noun is "secondary", no count: 二次供水, 二次开发.
    expect(tokens('改造二次供水泵房，推动二次开发')).toEqual([])
    expect(one('完成84处二次供水改造')).toMatchObject({ value: 84, unit: '处' })
  })
  it('magnitudes with and without a unit, and units of the genre', () => {
    expect(one('突破万亿元')).toMatchObject({ value: 1, unit: '万亿元', written: '万亿' })
    expect(one('突破千亿元')).toMatchObject({ value: 1000, unit: '亿元', written: '千亿' })
    // Money written without 元 after a word of reaching (突破千亿、…); never a threshold of a name (超千亿城市, 过百亿的企业).
    expect(one('工业营收突破千亿、利润增长')).toMatchObject({ value: 1000, unit: '亿', written: '千亿' })
    expect(one('经济总量破万亿')).toMatchObject({ value: 1, unit: '万亿', written: '万亿' })
    expect(tokens('建成超千亿城市，培育过百亿的企业')).toEqual([])
    // 台阶 is the milestone, not the unit 台 (machines): 迈上3万亿台阶 is 3 万亿.
    expect(one('迈上3万亿台阶')).toMatchObject({ value: 3, unit: '万亿' })
    expect(one('新增工业机器人2万台')).toMatchObject({ value: 2, unit: '万台' })
    // A bare 万 after a word of reaching counts 1 万 of the unit after it; not in a name (万人以上城镇).
    expect(one('学院在校生突破万人')).toMatchObject({ value: 1, unit: '万人' })
    expect(tokens('万人以上城镇')).toEqual([])
    // 近百家, 超千人, 首破千万: the bare hundred, thousand or ten million after a word of reaching.
    expect(one('入驻企业近百家')).toMatchObject({ value: 100, unit: '家' })
    expect(one('引进人才超千人')).toMatchObject({ value: 1000, unit: '人' })
    expect(one('游客首破千万')).toMatchObject({ value: 1000, unit: '万' })
    expect(tokens('百家企业入驻，人口超百万的城市')).toEqual([])
    // A unit of time after a decimal is a measured duration; after a whole number it is no figure (连续30个月).
    expect(one('去化周期降至6.2个月')).toMatchObject({ value: 6.2, unit: '个月' })
    expect(one('受教育年限达到10.8年')).toMatchObject({ value: 10.8, unit: '年' })
    expect(tokens('连续30个月回升，已有12年')).toEqual([])
    // A bare magnitude right before a noun is a threshold inside a name (超千亿元园区, 亿元以上项目), no figure.
    expect(tokens('营收超千亿元园区达到12家').map((t) => t.value)).toEqual([12])
    expect(tokens('亿元以上制造业项目开工数增长9%').map((t) => t.value)).toEqual([9])
    expect(one('跨上百亿元台阶')).toMatchObject({ value: 100, unit: '亿元' })
    // 万元GDP, 亿元GDP: the denominator of a rate, no figure.
    expect(tokens('万元GDP水耗下降6%').map((t) => t.value)).toEqual([6])
    expect(tokens('亿元地区生产总值事故死亡率下降9%').map((t) => t.value)).toEqual([9])
    expect(one('近翻倍增长')).toMatchObject({ value: 2, unit: '倍', written: '翻倍' })
    expect(one('接待邮轮120艘次')).toMatchObject({ value: 120, unit: '艘次' })
    expect(one('跨上百亿元')).toMatchObject({ value: 100, unit: '亿元', written: '百亿' })
    // A digit before 千亿 multiplies it, read in 亿 as the bare 千亿 is.
    expect(one('跨越2千亿')).toMatchObject({ value: 2000, unit: '亿' })
    expect(one('减少1109万')).toMatchObject({ value: 1109, unit: '万' })
    expect(one('调派4万多名')).toMatchObject({ value: 4, unit: '万名' })
    expect(one('3000多万户')).toMatchObject({ value: 3000, unit: '万户' })
    const units = ['列', '场', '场次', '小时', '部', '支', '亿方', '亿千瓦时', '万座', '元/月', '元/人', '岁', '万吨/日', '亿袋']
    for (const unit of units) expect(one(`达到12${unit}`)?.unit).toBe(unit)
    expect(one('收窄至2：1以内')).toMatchObject({ value: 2, unit: '：1', post: '以内' })
    // A rate per 10万 is written with a slash; it is no fraction (12/10万 is not 120%).
    expect(one('孕产妇死亡率降至12.5/10万')).toMatchObject({ value: 12.5, unit: '/10万', post: null })
    expect(one('完成目标的3/4')).toMatchObject({ value: 75, unit: '%' })
  })
  it('the first level of a change written bare, with the unit of the level it reaches', () => {
    expect(tokens('人均绿地面积由9.5增加到11.2平方米').map((t) => [t.value, t.unit])).toEqual([
      [9.5, '平方米'],
      [11.2, '平方米'],
    ])
    expect(tokens('企业数从3.1提高到4.6万家').map((t) => [t.value, t.unit])).toEqual([
      [3.1, '万家'],
      [4.6, '万家'],
    ])
    // Neither level with a unit, or no 由/从: nothing to carry.
    expect(tokens('人口结构比由2.31下降到2.25')).toEqual([])
    expect(tokens('编号9增加到12个')).toHaveLength(1)
  })
  it('bare values of a list that write a rate’s unit only once, at the last', () => {
    expect(tokens('分别提高1.2和3.4个百分点').map((t) => [t.value, t.unit])).toEqual([
      [1.2, '个百分点'],
      [3.4, '个百分点'],
    ])
    expect(tokens('分别增长6、9.5、12%').map((t) => [t.value, t.unit])).toEqual([
      [6, '%'],
      [9.5, '%'],
      [12, '%'],
    ])
    // Only a rate's unit: 2018和2019年 are years, 3和5个 no list of rates.
    expect(tokens('2018和2019年')).toEqual([])
    expect(tokens('建成3和5个').map((t) => t.value)).toEqual([5])
    // 个 on the earlier values is 个百分点 cut short (1.3个和0.8个百分点); counts of things in a list stay counts.
    expect(tokens('分别回落1.3个和0.8个百分点').map((t) => [t.value, t.unit])).toEqual([
      [1.3, '个百分点'],
      [0.8, '个百分点'],
    ])
    expect(tokens('快于全国2.1个、0.6个与0.4个百分点').map((t) => t.unit)).toEqual(['个百分点', '个百分点', '个百分点'])
    expect(tokens('建成4个和9个示范园').map((t) => [t.value, t.unit])).toEqual([
      [4, '个'],
      [9, '个'],
    ])
    expect(tokens('新建2个和提高1.5个百分点').map((t) => t.unit)).toEqual(['个', '个百分点'])
  })
  it('units of energy, kits, doses, pairs and wagons, and their nouns that are no units', () => {
    // 度 is a unit only after a magnitude: 亿度 is 亿千瓦时, 30度 or 季度 is none.
    expect(one('全年发电量4100亿度')).toMatchObject({ value: 4100, unit: '亿度' })
    expect(one('累计发电1.3万亿度')).toMatchObject({ value: 1.3, unit: '万亿度' })
    expect(tokens('气温30度')).toEqual([])
    expect(one('数控机床达到320台套')).toMatchObject({ value: 320, unit: '台套' })
    expect(one('换装设备约2万台（套）')).toMatchObject({ value: 2, unit: '万台（套）' })
    expect(one('接种疫苗86.5万剂次')).toMatchObject({ value: 86.5, unit: '万剂次' })
    expect(one('友好城市达到48对')).toMatchObject({ value: 48, unit: '对' })
    expect(one('建成16幢人才公寓')).toMatchObject({ value: 16, unit: '幢' })
    expect(one('查处违纪案件37起')).toMatchObject({ value: 37, unit: '起' })
    // Things with a measure word of their own: a 万 or 亿 before it is part of the unit, not a bare magnitude.
    expect(one('建成新能源汽车充电桩2.4万根')).toMatchObject({ value: 2.4, unit: '万根' })
    expect(one('肉鸭出栏3200万羽')).toMatchObject({ value: 3200, unit: '万羽' })
    expect(one('货运班列开行460班')).toMatchObject({ value: 460, unit: '班' })
    expect(one('获批上市12款新药')).toMatchObject({ value: 12, unit: '款' })
    expect(one('新建笼式足球场86片')).toMatchObject({ value: 86, unit: '片' })
    // Computing power and volumes of liquor; 升 alone is none (提升3个位次).
    expect(one('智能算力达到12Eflops')).toMatchObject({ value: 12, unit: 'Eflops' })
    expect(one('黄酒产能达到3.5万千升')).toMatchObject({ value: 3.5, unit: '万千升' })
    // The denominator written first: 每立方米35微克 is 35 微克/立方米; 每10万人口 stays no figure.
    expect(one('细颗粒物浓度降至每立方米35微克')).toMatchObject({ value: 35, unit: '微克/立方米' })
    expect(tokens('每10万人口')).toEqual([])
    // …and it carries to the second level of its clause (从每立方米…下降到…微克), not past a comma.
    expect(tokens('细颗粒物浓度从每立方米42微克下降到31微克').map((t) => [t.value, t.unit])).toEqual([
      [42, '微克/立方米'],
      [31, '微克/立方米'],
    ])
    expect(tokens('浓度为每立方米42微克，另一站点31微克').map((t) => t.unit)).toEqual(['微克/立方米'])
    // A series of ordinals (第一、二、三产业, 第一和第二批) is no rank; a rank before a clause of its own still is.
    expect(tokens('第一、二、三产业')).toEqual([])
    expect(tokens('入选第一和第二批试点')).toEqual([])
    expect(one('面积居全国第一、五年增长5倍')).toMatchObject({ value: 1, unit: '位' })
    // …and written out in words after it, kept as written.
    expect(one('细颗粒物平均浓度29微克每立方米')).toMatchObject({ value: 29, unit: '微克每立方米' })
    // An index or a gap written as a bare number is one; a bare number elsewhere is none.
    expect(one('商品零售价格指数102.5左右')).toMatchObject({ value: 102.5, unit: '', post: '左右' })
    expect(one('城乡收入倍差缩小到1.92')).toMatchObject({ value: 1.92, unit: '' })
    expect(one('城乡居民收入比缩小至2.31')).toMatchObject({ value: 2.31, unit: '' })
    // The ratio sign ∶ reads as ： does (2∶1, as written).
    expect(one('城乡居民收入比缩小到1.86∶1')).toMatchObject({ value: 1.86, unit: '∶1' })
    expect(one('群众满意度达到97.3')).toMatchObject({ value: 97.3, unit: '' })
    expect(tokens('完成了3.52，指数2024年发布')).toEqual([])
    expect(tokens('开行货运班列12列530车').map((t) => t.unit)).toEqual(['列', '车'])
    // 对口, 车道: the start of a noun.
    expect(tokens('建成双向6车道公路，与3对口县结对')).toEqual([])
    // Units with a bracket, shown as written; charging points counted by 枪; events by 届.
    expect(one('新开工9条（段）城际公路')).toMatchObject({ value: 9, unit: '条（段）' })
    expect(one('筹集人才住房1.6万余套（间）')).toMatchObject({ value: 1.6, unit: '万套（间）', post: null })
    expect(one('新建公共充电桩830枪')).toMatchObject({ value: 830, unit: '枪' })
    expect(one('惠及群众46万人（次）')).toMatchObject({ value: 46, unit: '万人（次）' })
    expect(one('举办展会32场（次）')).toMatchObject({ value: 32, unit: '场（次）' })
    expect(one('完成复明手术800例')).toMatchObject({ value: 800, unit: '例' })
    expect(one('成功举办5届茶博会')).toMatchObject({ value: 5, unit: '届' })
    // Charging points counted by post or by gun (桩（枪）, as written); works along a line by 延米, a length.
    expect(one('新建公共充电桩450桩（枪）')).toMatchObject({ value: 450, unit: '桩（枪）' })
    expect(one('加固堤防3.2万延米')).toMatchObject({ value: 3.2, unit: '万延米' })
    // Energy in tonnes of standard coal, written long or short.
    expect(one('节约能源15万吨标准煤')).toMatchObject({ value: 15, unit: '万吨标准煤' })
    expect(one('能源消费总量控制在2.1亿吨标煤左右')).toMatchObject({ value: 2.1, unit: '亿吨标煤', post: '左右' })
    // After a measure word a name may start with Latin letters; after a bare magnitude letters are a unit not known.
    expect(one('启动8个EOD生态项目')).toMatchObject({ value: 8, unit: '个' })
    expect(tokens('装机容量12万kVA')).toEqual([])
    // Energy and power in Latin letters are units; letters that are no unit still make a code (5G, RCEP2).
    expect(one('储能电池产量达到35GWh')).toMatchObject({ value: 35, unit: 'GWh' })
    expect(one('光伏装机容量12万kW')).toMatchObject({ value: 12, unit: '万kW' })
    expect(tokens('建成5G基站，加入RCEP2年')).toEqual([])
  })
  it('magnitudes written in two parts', () => {
    // 多 inside 万…亿: three trillion and more, not 3万 and a stray 亿元.
    expect(tokens('累计为企业减负4万多亿元')).toEqual([{ value: 4, high: null, unit: '万亿元', written: null, post: null }])
    // A magnitude and one digit of the next one down make one number.
    expect(tokens('日均新登记企业2万3千多户')).toEqual([{ value: 23000, high: null, unit: '户', written: '2万3千多户', post: null }])
    expect(tokens('农村公路通车里程3万2千公里')).toMatchObject([{ value: 32000, unit: '公里' }])
    expect(tokens('参保人数2亿4千多万人')).toMatchObject([{ value: 24000, unit: '万人', written: '2亿4千多万人' }])
    // Not a compound: 万 then a count of thousands of something else (6千人 is 6000人, read on its own).
    expect(tokens('新增就业1万人，6千人返乡')).toMatchObject([{ value: 1, unit: '万人' }, { value: 6000, unit: '人' }])
  })
  it('ranks as numbers, words and top places', () => {
    expect(one('居全国第5位')).toMatchObject({ value: 5, unit: '位' })
    expect(one('居全省第三')).toMatchObject({ value: 3, unit: '位', written: '第三' })
    expect(one('保持全市首位')).toMatchObject({ value: 1, unit: '位', written: '首位' })
    expect(one('进入全国前十')).toMatchObject({ value: 10, unit: '位', post: '以内' })
    expect(tokens('第十四届人大，第一批试点')).toEqual([])
    // Counted from the bottom: the words are the figure's, and it is no place from the top.
    const bottom = (text: string) => tokenizeFigures(normalizeForAnalysis(text), text)[0]?.fromBottom === true
    expect(one('排名倒数第2位')).toMatchObject({ value: 2, unit: '位', written: '倒数第2位' })
    expect(one('居全省倒数第三')).toMatchObject({ value: 3, written: '倒数第三' })
    expect([bottom('排名倒数第2位'), bottom('居全省倒数第三'), bottom('居全省第三')]).toEqual([true, true, false])
  })
  it('skips years, dates, codes, durations, denominators and quoted names', () => {
    expect(tokens('2023年2月29日，5G基站，PM2.5，“1158”目标，连续30个月，每10万人口，《2035年远景目标》')).toEqual([])
    expect(tokens('算力规模11.4万P')).toEqual([])
    // The first end of a change takes the unit written once at the second (由128增加到208平方公里); not against the
    // direction of the change (由500增加到1.2万人: 500 of something else).
    expect(tokens('建成区面积由128增加到208平方公里').map((t) => [t.value, t.unit])).toEqual([[128, '平方公里'], [208, '平方公里']])
    expect(tokens('市场主体由12.4万户增加到22.4万户').map((t) => t.unit)).toEqual(['万户', '万户'])
    expect(tokens('就业人数由500增加到1.2万人').map((t) => [t.value, t.unit])).toEqual([[1.2, '万人']])
    // How many milestones were passed: 连跨2个万亿元台阶, 跨越3个千亿级台阶.
    expect(tokens('连跨2个万亿元台阶，跨越3个千亿级台阶')).toEqual([])
    // How long a record has lasted: 连续N次, 连续N届, in figures or words.
    expect(tokens('连续6次获评全国文明城市，连续四次夺得金奖，已连续3届蝉联冠军，已连续689天无事故')).toEqual([])
    expect(tokens('2个20万吨级泊位，7亿吨级矿产地，省委八届八次全会')).toEqual([{ value: 2, high: null, unit: '个', written: null, post: null }])
  })
  it('never yields a number that is not finite', () => {
    const huge = `${'9'.repeat(400)}亿元`
    expect(tokens(`完成${huge}`).every((t) => Number.isFinite(t.value))).toBe(true)
  })
})
