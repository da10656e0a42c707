import { describe, expect, it } from 'vitest'
import { completeItems, listItems } from '../../../../../src-shared/report/rules/list-pairing'
import { figures, lvu } from '../figures'

const view = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.qualifier])

describe('rule: list-pairing', () => {
  it('keeps items that each end in a whole measure (总量, 数量, 人数) whole, without the last one\'s measure', () => {
    expect(lvu('群众来信总量、越级上访数量分别下降18.2%和36.5%。')).toEqual([
      ['群众来信总量', -18.2, '%'],
      ['越级上访数量', -36.5, '%'],
    ])
  })

  it('drops a quoted name of the set after the 等 closing a 分别 list: each item keeps its own name and the tail', () => {
    expect(lvu('家用电器、纺织服装、塑料玩具等“老三样”出口分别增长12%、8.5%和20%。')).toEqual([
      ['家用电器出口', 12, '%'],
      ['纺织服装出口', 8.5, '%'],
      ['塑料玩具出口', 20, '%'],
    ])
  })
  it('gives the thing before 及其 to the measure after it: the measure is its own', () => {
    expect(view('全年新设市场主体及其出资额分别增长9.6%和14.2%。').map((f) => [f[0], f[1]])).toEqual([
      ['新设市场主体', 9.6],
      ['新设市场主体出资额', 14.2],
    ])
  })
  it('gives two modifiers joined by 和 the body after the second, and the head before the first', () => {
    expect(view('医废收集和处置单位规范化运营检查合格率分别达到94%和97%。').map((f) => f[0])).toEqual([
      '医废收集单位规范化运营检查合格率',
      '医废处置单位规范化运营检查合格率',
    ])
    expect(view('外资和民营企业户数分别增长6%和11%。').map((f) => f[0])).toEqual(['外资企业户数', '民营企业户数'])
    // Two things, each with its own body, are two bodies side by side, not two modifiers.
    expect(view('国有企业和民营单位数量分别增长3%和5%。').map((f) => f[0])).toEqual(['国有企业数量', '民营单位数量'])
    // A place and a body, or a first item whose noun the last names again, are no pair of modifiers.
    expect(view('省直部门和中直单位分别安排资金8亿元和2亿元。').map((f) => f[0])).not.toContain('省直部门单位分别安排资金')
    expect(view('小微贷款和民营企业贷款余额分别增长12%、9%。').map((f) => f[0])).toEqual(['小微贷款余额', '民营企业贷款余额'])
  })
  it('stands items of one kind (places, bodies) parallel to the part of the last that ends as that kind', () => {
    expect(view('试点乡、试点村污水收集处理覆盖率分别达到90%和75%。').map((f) => f[0])).toEqual(['试点乡污水收集处理覆盖率', '试点村污水收集处理覆盖率'])
    expect(view('主城区、两县城区燃气普及率分别达到99%和92%。').map((f) => f[0])).toEqual(['主城区燃气普及率', '两县城区燃气普及率'])
    expect(view('事业单位、企业职工最低工资标准分别提高6%和8%。').map((f) => f[0])).toEqual(['事业单位职工最低工资标准', '企业职工最低工资标准'])
    // Of two parts of the last ending as places (农村, 农村社区), the one as long as the first item.
    expect(view('城镇和农村社区卫生服务覆盖率分别达到95%和80%。').map((f) => f[0])).toEqual(['城镇社区卫生服务覆盖率', '农村社区卫生服务覆盖率'])
  })
  it('flags a later item after a first opened by the central town: whether it is the town\'s too is not written', () => {
    const [town, later] = figures('主城区雨污分流管网覆盖率、污泥无害化处置率分别达到88%和96%。')
    expect(town?.confidence.reasons ?? []).not.toContain('label-from-list')
    expect(later?.label).toBe('污泥无害化处置率')
    expect(later?.confidence.reasons).toContain('label-from-list')
    // Items that name a place of their own are each the place's.
    expect(figures('中心城区、县城燃气普及率分别达到98%和90%。').map((m) => m.confidence.reasons.includes('label-from-list'))).toEqual([false, false])
  })
  it('leaves the growth written before 均 out of the items: it is the verb the rate says', () => {
    expect(view('本外币存款和贷款余额预期增长均为9%左右。').map((f) => [f[0], f[1], f[2]])).toEqual([
      ['本外币存款余额', 9, '左右'],
      ['本外币贷款余额', 9, '左右'],
    ])
    expect(figures('限上零售、住宿营业额增长均在12%以上。').map((m) => [m.label, m.kind])).toEqual([
      ['限上零售营业额', 'growth'],
      ['限上住宿营业额', 'growth'],
    ])
  })
  it('leaves the 等 closing a list out of every item: the tail after it is each one\'s', () => {
    expect(view('纺织、建材、机械等行业增加值均增长12%以上。').map((f) => f[0])).toEqual(['纺织行业增加值', '建材行业增加值', '机械行业增加值'])
    expect(view('粮油、果蔬、茶叶等产业产值分别增长6%、9%和11%。').map((f) => f[0])).toEqual(['粮油产业产值', '果蔬产业产值', '茶叶产业产值'])
  })
  it('gives the tail to earlier items that name a thing and no measure, however long', () => {
    expect(view('限上智能家居产品、服装零售额分别增长18%、7%。').map((f) => f[0])).toEqual(['限上智能家居产品零售额', '限上服装零售额'])
    expect(view('村级综合服务站点、乡镇文化站、农家书屋覆盖率分别达到95%、90%、85%。').map((f) => f[0])).toEqual([
      '村级综合服务站点覆盖率',
      '乡镇文化站覆盖率',
      '农家书屋覆盖率',
    ])
    // An earlier item that measures already keeps the list as written.
    expect(view('出口货值、入境旅客、新设外资企业、免税店销售额分别增长12%、30%、8%、20%。').map((f) => f[0])).toEqual([
      '出口货值',
      '入境旅客',
      '新设外资企业',
      '免税店销售额',
    ])
  })
  it('pairs subjects with values in order, across 、 and 和', () => {
    expect(view('能源、交通投资分别完成480亿元、260亿元。')).toEqual([
      ['能源投资', 480, null],
      ['交通投资', 260, null],
    ])
    expect(view('事故起数和死亡人数分别下降11%和18%。').map((v) => [v[0], v[1]])).toEqual([
      ['事故起数', -11],
      ['事故死亡人数', -18],
    ])
  })
  it('leaves a word opening the clause (其中, 此外) out of the first item: 一、二、三产 are the three sectors', () => {
    expect(view('全县生产总值增长6%，其中一、二、三产增加值分别增长4%以上、8%左右、6%以上。').slice(1)).toEqual([
      ['一产增加值', 4, '以上'],
      ['二产增加值', 8, '左右'],
      ['三产增加值', 6, '以上'],
    ])
    expect(listItems('其中城镇、农村居民人均可支配收入')).toEqual(['城镇', '农村居民人均可支配收入'])
  })
  it('keeps a standard indicator named whole in a list whole, but gives it a rate or share the list shares', () => {
    expect(view('全县地区生产总值、规模工业增加值年均分别增长4.1%和5.2%。').map((f) => f[0])).toEqual(['地区生产总值', '规模工业增加值'])
    expect(view('实际利用外资、对外直接投资分别增长12%和35%。').map((f) => f[0])).toEqual(['实际利用外资', '对外直接投资'])
    expect(view('城镇新增就业、农村劳动力转移就业分别完成年度目标任务的112%、108%。').map((f) => f[0])[0]).toBe('城镇新增就业分别完成年度目标任务')
  })
  it('completes a town and a county seat listed before one measure, level to level (中心城区、县城)', () => {
    expect(view('主城区、县城生活垃圾无害化处理率分别达100%和98%。').map((f) => f[0])).toEqual(['主城区生活垃圾无害化处理率', '县城生活垃圾无害化处理率'])
  })

  it('gives one growth rate after parallel things completed by one measure to each of them', () => {
    expect(view('电子信息业、生物医药业增加值增长12%以上。')).toEqual([
      ['电子信息业增加值', 12, '以上'],
      ['生物医药业增加值', 12, '以上'],
    ])
    // The opening of one name is no item of its own (信息传输、软件和信息技术服务业 is one industry).
    expect(view('信息传输、软件和信息技术服务业增加值增长9%。').map((f) => f[0])).toEqual(['信息传输、软件和信息技术服务业增加值'])
    // A count or an amount may be the things' together: it stays one figure.
    expect(view('电子信息业、生物医药业增加值达到520亿元。').map((f) => f[0])).toHaveLength(1)
  })
  it('gives a measure of trade listed alone (交易额) the head of the item before it', () => {
    expect(view('技术合同交易量、交易额分别增长12%和18%。')).toEqual([
      ['技术合同交易量', 12, null],
      ['技术合同交易额', 18, null],
    ])
  })
  it('pairs comparisons listed after one measure (环比、同比) with their values, each of the measure', () => {
    expect(view('12月工业用电量环比、同比分别增长4.6%、9.2%。')).toEqual([
      ['工业用电量环比', 4.6, null],
      ['工业用电量同比', 9.2, null],
    ])
    expect(view('二手房成交面积同比和环比分别增长12%和3%。').map((f) => f[0])).toEqual(['二手房成交面积同比', '二手房成交面积环比'])
    // 同比 alone before the verb is an adverb, not a comparison listed.
    expect(view('二手房成交面积同比增长12%。').map((f) => f[0])).toEqual(['二手房成交面积'])
  })
  it('splits a list written A、B和C, and keeps an opening the items share in their own names', () => {
    expect(view('能源、交通和水利投资分别完成480亿元、260亿元和70亿元。').map((f) => f[0])).toEqual(['能源投资', '交通投资', '水利投资'])
    expect(view('数字经济、文化产业和现代物流产业增加值分别增长12%、8%和6%。').map((f) => f[0])).toEqual([
      '数字经济增加值',
      '文化产业增加值',
      '现代物流产业增加值',
    ])
    expect(listItems('甲、乙和丙', 3)).toEqual(['甲', '乙', '丙'])
    // Without one value per item the last item stays whole (文化及相关产业 is one name).
    expect(listItems('体育、文化及相关产业', 2)).toEqual(['体育', '文化及相关产业'])
    // The 及 of 普及 joins nothing: 供水普及率、燃气普及率和污水处理率 is three items.
    expect(listItems('供水普及率、燃气普及率和污水处理率', 3)).toEqual(['供水普及率', '燃气普及率', '污水处理率'])
    expect(listItems('燃气普及率和污水处理率', 2)).toEqual(['燃气普及率', '污水处理率'])
  })

  it('splits a subject that says two things at once (存贷款) when it has two values with 分别', () => {
    expect(view('全市金融机构存贷款余额分别达到3000亿元、2600亿元。').map((f) => f[0])).toEqual(['金融机构存款余额', '金融机构贷款余额'])
    // The short pair too (存贷), but not the one ratio of the two (存贷比).
    expect(view('农商行存贷规模分别达到56.2亿元和41.8亿元。').map((f) => f[0])).toEqual(['农商行存款规模', '农商行贷款规模'])
    expect(view('两家银行存贷比分别为68%和71%。').map((f) => String(f[0])).every((l) => l.includes('存贷比'))).toBe(true)
    expect(view('存贷款余额增长8%。').map((f) => f[0])).toEqual(['存贷款余额'])
    expect(view('口岸进出口货物查验时间分别压减30%、25%。').map((f) => f[0])).toEqual(['口岸进口货物查验时间', '口岸出口货物查验时间'])
  })
  it('never opens a shared tail inside a pair word (进出口)', () => {
    expect(view('欧盟、东盟进出口分别增长6%、9%。').map((f) => f[0])).toEqual(['欧盟进出口', '东盟进出口'])
    expect(view('对日本、韩国进出口分别增长6%、9%。').map((f) => f[0])).not.toContain('对日本出口')
  })
  it('splits quoted names written side by side when there is one value for each', () => {
    expect(view('“东片”“西片”工业产值分别增长9%、7%。').map((f) => [f[0], f[1]])).toEqual([
      ['东片工业产值', 9],
      ['西片工业产值', 7],
    ])
    expect(view('“双创”“双招”项目达到60个。').map((f) => f[0])).toEqual(['双创双招项目'])
  })
  it('completes a short first item with the tail and never gives the last item the first one as a head', () => {
    expect(view('全市规上工业税金、利润总额分别增长4.1%和6.2%。').map((f) => f[0])).toEqual(['规上工业税金总额', '规上工业利润总额'])
  })
  it('flags a list split where it is none: an item that is only a measure (、总量分别…)', () => {
    const reasons = figures('推动专精特新企业和创新型企业“双提升”、总量分别达到500家和1200家。').map((m) => m.confidence.reasons)
    expect(reasons).toHaveLength(2)
    for (const r of reasons) expect(r).toContain('label-from-list')
    expect(figures('规上工业企业、服务业企业分别达到500家和1200家。').map((m) => m.confidence.reasons)).toEqual([[], []])
  })
  it('pairs bare values that write their unit once (分别快于面上1.1和2.6个百分点)', () => {
    expect(view('数字经济、海洋经济增加值增速分别快于面上1.1和2.6个百分点。').map((f) => [f[0], f[1]])).toEqual([
      ['数字经济增加值增速', 1.1],
      ['海洋经济增加值增速', 2.6],
    ])
    expect(view('广播电视人口综合覆盖率分别达到99.2%和99.5%。').map((f) => f[0])).toEqual(['广播人口综合覆盖率', '电视人口综合覆盖率'])
    expect(view('实际使用内外资分别增长6%和9%。').map((f) => f[0])).toEqual(['实际使用内资', '实际使用外资'])
  })

  it('gives each item the measure a shared share word is taken of', () => {
    expect(view('数字产业、现代服务业增加值占比分别达到12%、48%。').map((f) => f[0])).toEqual(['数字产业增加值占比', '现代服务业增加值占比'])
  })

  it('reads a unit written short in the earlier values of a list as the last one’s (1.5个、0.87个百分点)', () => {
    expect(figures('城镇、农村居民收入占比分别提高1.2个、0.6个百分点。').map((m) => [m.label, m.value, m.unit])).toEqual([
      ['城镇居民收入占比', 1.2, '个百分点'],
      ['农村居民收入占比', 0.6, '个百分点'],
    ])
    expect(figures('审批时间分别压减至3个、5个工作日以内。').map((m) => [m.label, m.value, m.unit])).toEqual([
      ['审批时间', 3, '个工作日'],
      ['审批时间', 5, '个工作日'],
    ])
  })

  it('gives gaps listed after a comparison (高于全省增速a个、b个和c个百分点) to the rates of the figures before, in order', () => {
    const gaps = figures('全县工业增加值、税收和农民收入分别增长6.2%、5%、7.1%，高于全省增速1.3个、0.4个和0.9个百分点。')
      .filter((m) => m.unit === '个百分点')
      .map((m) => [m.label, m.value])
    expect(gaps).toEqual([
      ['工业增加值增速', 1.3],
      ['税收增速', 0.4],
      ['农民收入增速', 0.9],
    ])
  })

  it('gives values listed without a subject or 分别 the subjects of the figures just before, in order', () => {
    const all = figures('预计城镇、农村居民人均可支配收入分别达到50441元、20278元，增长5%和9%。')
    expect(all.map((m) => [m.label, m.value])).toEqual([
      ['城镇居民人均可支配收入', 50441],
      ['农村居民人均可支配收入', 20278],
      ['城镇居民人均可支配收入', 5],
      ['农村居民人均可支配收入', 9],
    ])
    // Written straight on (`76户215人`) they are no list; with nothing to pair, both are flagged, never one name for two values.
    const lone = figures('全市地区生产总值增长5.5%，增长5%和9%。')
    expect(lone.slice(1).map((m) => m.confidence.level)).toEqual(['low', 'low'])
  })
  it('completes the items with the tail they share', () => {
    expect(view('城镇、农村居民人均可支配收入分别增长4.6%、6.3%。').map((v) => v[0])).toEqual([
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
    ])
    expect(view('存、贷款余额分别增长9%、11%。').map((v) => v[0])).toEqual(['存款余额', '贷款余额'])
    expect(completeItems(['装备制造', '生物医药产业增加值'])).toEqual(['装备制造产业增加值', '生物医药产业增加值'])
    expect(listItems('文化及相关产业、旅游及相关产业增加值')).toEqual(['文化及相关产业', '旅游及相关产业增加值'])
  })
  it('gives every item the head written before the first, and a short first item its parallel part', () => {
    expect(view('农村自来水、卫生户厕普及率分别达到96%、98%。').map((v) => v[0])).toEqual(['农村自来水普及率', '农村卫生户厕普及率'])
    expect(view('金融机构本外币存、贷款余额分别增长9%、11%。').map((v) => v[0])).toEqual(['金融机构本外币存款余额', '金融机构本外币贷款余额'])
    expect(completeItems(['城市', '县城建成区面积'])).toEqual(['城市建成区面积', '县城建成区面积'])
    expect(completeItems(['原煤', '原油', '天然气产量'])).toEqual(['原煤产量', '原油产量', '天然气产量'])
    // A crop's sown area and its output: the crop owns both (粮食播种面积和产量 → 粮食产量).
    expect(completeItems(['油料种植面积', '产量'])).toEqual(['油料种植面积', '油料产量'])
    // A throughput or a volume of business is the tail the items share (港口货物、集装箱吞吐量).
    expect(completeItems(['内河货物', '集装箱吞吐量'])).toEqual(['内河货物吞吐量', '集装箱吞吐量'])
  })
  it('splits 城乡 into urban and rural, and 均 gives every subject the value', () => {
    expect(view('城乡居民人均可支配收入分别增长5.1%和6.8%。').map((v) => v[0])).toEqual([
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
    ])
    expect(view('城镇新增就业、农村劳动力转移就业均增长3%。').map((v) => [v[0], v[1]])).toEqual([
      ['城镇新增就业', 3],
      ['农村劳动力转移就业', 3],
    ])
  })
  it('gives one value with 分别 to each subject', () => {
    expect(view('城乡居民人均可支配收入分别增长7.5%。').map((v) => [v[0], v[1]])).toEqual([
      ['城镇居民人均可支配收入', 7.5],
      ['农村居民人均可支配收入', 7.5],
    ])
    expect(view('城镇和农村居民人均可支配收入分别达3.5万元、2.5万元，分别同比增长7.8%。').slice(2).map((v) => [v[0], v[1]])).toEqual([
      ['城镇居民人均可支配收入', 7.8],
      ['农村居民人均可支配收入', 7.8],
    ])
  })
  it('gives a list without subjects the previous figures’ subjects; a bound before the values is each one\'s, after the last only the last one\'s', () => {
    expect(view('接待游客3200万人次、旅游收入280亿元，分别增长12%、15%。').map((v) => [v[0], v[1]])).toEqual([
      ['接待游客', 3200],
      ['旅游收入', 280],
      ['接待游客', 12],
      ['旅游收入', 15],
    ])
    expect(view('城镇和农村居民人均可支配收入分别达35512元、25689元，分别同比增长7.8%。').map((v) => [v[0], v[1]])).toEqual([
      ['城镇居民人均可支配收入', 35512],
      ['农村居民人均可支配收入', 25689],
      ['城镇居民人均可支配收入', 7.8],
      ['农村居民人均可支配收入', 7.8],
    ])
    // 左右 after the last value is that value's, as most label files read it (13 lists to 7).
    expect(view('一产、二产增加值分别增长3%、6%左右。').map((v) => v[2])).toEqual([null, '左右'])
    expect(view('数字经济、海洋经济增加值占比分别超过10%、8%。').map((v) => v[2])).toEqual(['超过', '超过'])
  })

  it('gives the shared tail, not the last item\'s own part, to an item the last one opens with', () => {
    expect(view('工业、制造业、工业技改投资分别增长9%、12%、6%。')).toEqual([
      ['工业投资', 9, null],
      ['制造业投资', 12, null],
      ['工业技改投资', 6, null],
    ])
  })

  it('lets 限额以上 before the first item qualify every item, and the tail complete them', () => {
    expect(view('限额以上家用电器、通讯器材零售额分别增长27%、40%。')).toEqual([
      ['限额以上家用电器零售额', 27, null],
      ['限额以上通讯器材零售额', 40, null],
    ])
  })

  it('gives the first item\'s head to later items that are only a measure of it, and only to those', () => {
    expect(view('国内游客人次、总花费增长5.6％、7.5％。')).toEqual([
      ['国内游客人次', 5.6, null],
      ['国内游客总花费', 7.5, null],
    ])
    expect(view('接待游客人次、旅游收入分别增长3%、4%。')).toEqual([
      ['接待游客人次', 3, null],
      ['旅游收入', 4, null],
    ])
  })

  it('gives 民营 before the first item, and a share word after the last, to every item', () => {
    expect(view('民营企业增加值、社会消费品零售总额、进出口总额占比分别为41.2%、55%、38.6%。')).toEqual([
      ['民营企业增加值占比', 41.2, null],
      ['民营社会消费品零售总额占比', 55, null],
      ['民营进出口总额占比', 38.6, null],
    ])
  })

  it('gives a per-output head (万元GDP, 单位地区生产总值) written before the first item to every item', () => {
    expect(view('万元GDP水耗、电耗、碳排放分别下降7%、8%、9%。').map((v) => [v[0], v[1]])).toEqual([
      ['万元GDP水耗', -7],
      ['万元GDP电耗', -8],
      ['万元GDP碳排放', -9],
    ])
    expect(view('单位地区生产总值能耗、水耗分别下降3%、4%。').map((v) => v[0])).toEqual(['单位地区生产总值能耗', '单位地区生产总值水耗'])
  })

  it('takes the parallel part of the last item as long as the longest earlier item', () => {
    expect(view('风电、光伏装备、氢能储运、海洋经济产业产值分别增长11%、12%、13%、14%。').map((v) => v[0])).toEqual([
      '风电产业产值',
      '光伏装备产业产值',
      '氢能储运产业产值',
      '海洋经济产业产值',
    ])
    expect(view('小麦、玉米播种面积分别达到80万亩、90万亩。').map((v) => v[0])).toEqual(['小麦播种面积', '玉米播种面积'])
  })

  it('shares a measured head with a later item that is only a measure (收入、支出均…)', () => {
    expect(view('全县一般公共预算收入、支出均增长4%以上。').map((v) => v[0])).toEqual(['一般公共预算收入', '一般公共预算支出'])
  })

  it('pairs a second 分别 before a defining verb with the list before it', () => {
    const all = figures('金融机构人民币存、贷款余额分别达1.2万亿元、0.9万亿元，分别新增1300亿元、1100亿元。')
    expect(all.map((m) => [m.label, m.value])).toEqual([
      ['金融机构人民币存款余额', 1.2],
      ['金融机构人民币贷款余额', 0.9],
      ['金融机构人民币存款余额', 1300],
      ['金融机构人民币贷款余额', 1100],
    ])
  })

  it('gives one doubling after two whole indicators joined by 和 to each of them', () => {
    expect(figures('全县地区生产总值和农村居民人均收入比2012年翻一番。').map((m) => [m.label, m.value, m.unit])).toEqual([
      ['地区生产总值', 2, '倍'],
      ['农村居民人均收入', 2, '倍'],
    ])
  })
  it('gives one doubling after quantities listed with 、 (…投入, …量) to each of them', () => {
    expect(figures('全社会研发经费投入、发明专利授权量翻了一番。').map((m) => [m.label, m.value, m.unit, m.written])).toEqual([
      ['全社会研发经费投入', 2, '倍', '翻了一番'],
      ['发明专利授权量', 2, '倍', '翻了一番'],
    ])
  })

  it('gives one change after whole indicators listed with 、 to each of them', () => {
    const all = figures('城乡居民储蓄存款余额、固定资产投资比2015年翻一番。')
    expect(all.map((m) => [m.label, m.value, m.unit])).toEqual([
      ['城乡居民储蓄存款余额', 2, '倍'],
      ['固定资产投资', 2, '倍'],
    ])
    // In a review of one year the base year only says from where: the review year dates the change, as the label files do.
    expect(all.map((m) => m.confidence.level)).toEqual(['high', 'high'])
    // Not a clause before the list (完成…改造), nor parts a shared tail completes (工业、服务业增加值).
    expect(view('完成老旧厂区供电改造、企业用电成本降低8%。').map((v) => v[0])).toEqual(['企业用电成本'])
    expect(view('工业、服务业增加值增长5%。')).toHaveLength(1)
  })

  it('gives one value after whole indicators listed with 、 to each of them, a list A、B和C split on 和 too', () => {
    expect(view('制造业投资、民间投资年均增长7%左右。')).toEqual([
      ['制造业投资', 7, '左右'],
      ['民间投资', 7, '左右'],
    ])
    expect(view('乡镇污水处理率、农村卫生厕所普及率和垃圾收运覆盖率达到95%。').map((v) => v[0])).toEqual([
      '乡镇污水处理率',
      '农村卫生厕所普及率',
      '垃圾收运覆盖率',
    ])
    // Parts of one name, a list closed by 等, a 和 inside an earlier item: not whole indicators each.
    expect(view('电子信息、装备制造等产业产值增长12%。')).toHaveLength(1)
    expect(view('科研项目立项数量和获资助额、创新平台数量实现翻番。').map((v) => v[0])).not.toContain('获资助额')
  })

  it('gives one rate after things a rate completes (甲、乙事项办结率) to each of them, and a share or a total to none', () => {
    expect(view('不动产登记事项、社会保障事项网上办结率98%。')).toEqual([
      ['不动产登记事项网上办结率', 98, null],
      ['社会保障事项网上办结率', 98, null],
    ])
    // A share, a growth of a total, parts of one name, a list closed by 等: one figure.
    expect(view('“马上办、网上办”事项占比达到90%。')).toHaveLength(1)
    expect(view('电子信息、装备制造产业产值增长12%。')).toHaveLength(1)
    expect(view('养老、医疗机构签约服务率达95%。')).toHaveLength(1)
    expect(view('城市社区、农村社区等服务站覆盖率达到100%。')).toHaveLength(1)
  })

  it('gives one value after 均 and a verb it does not know (均提标至) to each subject, the verb left out', () => {
    expect(view('高龄津贴和孤儿基本生活费均提标至每人每月80元。')).toEqual([
      ['高龄津贴', 80, null],
      ['孤儿基本生活费', 80, null],
    ])
    // 均衡 is a word, not the adverb of each.
    expect(view('城区和乡村学校办学均衡达到95%。')).toHaveLength(1)
  })

  it('gives a preposition before the first item to every item, and drops the 的 that joins the tail', () => {
    expect(view('对欧盟、东盟、非洲的进出口总额分别增长12%、20%和8%。').map((v) => v[0])).toEqual([
      '对欧盟进出口总额',
      '对东盟进出口总额',
      '对非洲进出口总额',
    ])
    expect(view('对东南亚、中亚五国进出口分别增长6%、18%。').map((v) => v[0])).toEqual(['对东南亚进出口', '对中亚五国进出口'])
    // 对外 is a word of its own, no preposition of the list.
    expect(view('对外贸易、利用外资分别增长6%、9%。').map((v) => v[0])).toEqual(['对外贸易', '利用外资'])
  })

  it('gives 产品 and the trade after the last kind of goods to a kind of one word (机电和高新技术产品出口)', () => {
    expect(view('机电和高新技术产品进出口分别增长6.3%、12%。').map((v) => v[0])).toEqual(['机电产品进出口', '高新技术产品进出口'])
    expect(view('机电、劳动密集型产品出口分别增长4%、2.5%。').map((v) => v[0])).toEqual(['机电产品出口', '劳动密集型产品出口'])
    expect(view('纺织服装、机电产品出口额分别增长5%、6%。').map((v) => v[0])[0]).toBe('纺织服装出口额')
  })

  it('gives the deed after the last object of a preposition (出口, 进出口) to every object, however long each is', () => {
    expect(view('对“金砖”国家、拉美、中东欧出口分别增长9.5%、21%、7.2%。').map((v) => v[0])).toEqual([
      '对金砖国家出口',
      '对拉美出口',
      '对中东欧出口',
    ])
    expect(view('对区域全面经济伙伴关系协定成员国、东盟进出口分别增长4%、6%。').map((v) => v[0])).toEqual([
      '对区域全面经济伙伴关系协定成员国进出口',
      '对东盟进出口',
    ])
  })

  it('completes a longer first item that ends as the last one does with the shared tail', () => {
    expect(view('饮用水水源地水质抽检、出厂水抽检达标率分别为98.2%、99.6%。').map((v) => v[0])).toEqual([
      '饮用水水源地水质抽检达标率',
      '出厂水抽检达标率',
    ])
  })

  it('splits levels of government that open the subject, one value each (市县 → 市…, 县…)', () => {
    expect(view('市县审批事项分别精简30%和25%。').map((v) => [v[0], v[1]])).toEqual([
      ['市审批事项', -30],
      ['县审批事项', -25],
    ])
    // Not inside a word (城市县城…), nor with one value.
    expect(view('城市县城建成区面积分别扩大3%和5%。').map((v) => v[0])).not.toContain('市县城建成区面积')
  })

  it('gives one figure after 各 to each item, with the verb that defines the first', () => {
    expect(figures('新建改扩建小学、初中各12所。').map((m) => [m.label, m.value, m.unit])).toEqual([
      ['新建改扩建小学', 12, '所'],
      ['新建改扩建初中', 12, '所'],
    ])
    // Without 各 the figure is the list's as a whole.
    expect(view('新建改扩建小学、初中12所。')).toHaveLength(1)
  })

  it('gives a concentration after the last item, and a head before the first, to every item', () => {
    expect(view('PM10、PM2.5平均浓度分别下降4%、6%。').map((v) => v[0])).toEqual(['PM10平均浓度', 'PM2.5平均浓度'])
    expect(view('主城区建成区人口和面积分别达到150万人、120平方公里。').map((v) => v[0])).toEqual(['主城区建成区人口', '主城区建成区面积'])
  })

  it('gives each subject both rates joined after them when one value is for all (均)', () => {
    expect(view('人大代表议案、政协委员提案办理率和满意率均为100%。').map((v) => v[0])).toEqual([
      '人大代表议案办理率',
      '人大代表议案满意率',
      '政协委员提案办理率',
      '政协委员提案满意率',
    ])
    expect(view('城镇、农村低保覆盖率和救助率均达到98%。').map((v) => v[0])).toEqual([
      '城镇低保覆盖率',
      '城镇低保救助率',
      '农村低保覆盖率',
      '农村低保救助率',
    ])
    // Two values are paired in order, not crossed.
    expect(view('议案办理率和满意率分别为99%、98%。').map((v) => v[1])).toEqual([99, 98])
  })

  it('gives a later measure that ends as the first one does the head before as much of the first (资产总额、利润总额)', () => {
    expect(view('市属企业资产总额、利润总额分别增长9%和7%。').map((v) => v[0])).toEqual(['市属企业资产总额', '市属企业利润总额'])
  })

  it('gives a rate with 均 and no subject the figures of the clause before, one rate each', () => {
    expect(view('办理人大代表议案120件、政协提案300件，办结率均为100%。').map((v) => v[0])).toEqual([
      '人大代表议案',
      '政协提案',
      '人大代表议案办结率',
      '政协提案办结率',
    ])
    // One figure before: the rate stays its own, to be checked.
    expect(view('办理政协提案300件，办结率均为100%。').map((v) => v[0])).toEqual(['政协提案', '办结率'])
  })

  it('pairs a list before 分别 and a defining verb, the verb ending each label', () => {
    expect(view('铁路、高速公路通车里程分别新增50公里、80公里。').map((v) => v[0])).toEqual(['铁路通车里程新增', '高速公路通车里程新增'])
    // A two-character first item ends where its last character recurs in the last item, not where the last begins like it.
    expect(view('工业、制造业、工业技改投资分别增长9%、13%、6%。').map((v) => v[0])).toEqual(['工业投资', '制造业投资', '工业技改投资'])
    // With an object after the verb the items own it, each whole: no tail of the last is given to the first.
    expect(view('高新区、滨江生态产业园分别新增企业320家、150家。').map((v) => v[0])).toEqual(['高新区新增企业', '滨江生态产业园新增企业'])
  })

  it('keeps an industry item whole before a tail that opens with 产业', () => {
    expect(view('纺织业、数字创意产业产值分别增长7%、15%。').map((v) => v[0])).toEqual(['纺织业产值', '数字创意产业产值'])
    expect(view('建筑业、现代物流产业投资分别增长4%和9%。').map((v) => v[0])).toEqual(['建筑业投资', '现代物流产业投资'])
    // Not when 产业 begins a thing of its own: the items are parallel to what comes before it.
    expect(view('林业、畜牧产业园分别新增8个、5个。').map((v) => v[0])).toEqual(['林业产业园新增', '畜牧产业园新增'])
  })

  it('pairs levels of place level to level, whatever their lengths', () => {
    expect(view('乡镇、行政村卫生室覆盖率分别达95%、90%。').map((v) => v[0])).toEqual(['乡镇卫生室覆盖率', '行政村卫生室覆盖率'])
    expect(view('力争创建国家、自治区森林乡村各3个。').map((v) => v[0])).toEqual(['国家森林乡村', '自治区森林乡村'])
  })
  it('gives a later rate of how a service does (满意率, 办结率) the service the first rate names', () => {
    expect(lvu('政务服务热线诉求办结率、满意率分别达98.1%和96.4%。')).toEqual([
      ['政务服务热线诉求办结率', 98.1, '%'],
      ['政务服务热线诉求满意率', 96.4, '%'],
    ])
  })
  it('does not give the head of the first item to an item that opens with the head\'s own last word', () => {
    expect(lvu('规上工业增加值、工业用电量分别增长6.1%和9.3%。')).toEqual([
      ['规上工业增加值', 6.1, '%'],
      ['工业用电量', 9.3, '%'],
    ])
    expect(lvu('规上工业增加值、利润分别增长6.1%和9.3%。').map((v) => v[0])).toEqual(['规上工业增加值', '规上工业利润'])
  })
  it('gives the head and the tail of a pair word contracted after a head (银行存、贷款余额) to both items', () => {
    expect(lvu('全县银行存、贷款余额分别达到318亿元和246亿元。').map((v) => v[0])).toEqual(['银行存款余额', '银行贷款余额'])
    expect(lvu('全市进、出口总额分别增长5.2%和7.4%。').map((v) => v[0])).toEqual(['进口总额', '出口总额'])
  })
  it('gives the head and the tail to both items of a pair word written whole after a head (金融机构存款、贷款余额)', () => {
    expect(lvu('年末银行业存款、贷款余额双双突破2000亿元。').map((v) => v[0])).toEqual(['银行业存款余额', '银行业贷款余额'])
    expect(lvu('全区人民币存款、贷款余额分别增长7.6%和10.2%。').map((v) => v[0])).toEqual(['人民币存款余额', '人民币贷款余额'])
    expect(lvu('存款、贷款余额分别增长7.6%和10.2%。').map((v) => v[0])).toEqual(['存款余额', '贷款余额'])
    // (A contraction with nothing after the second word still shares the head: 实际利用内、外资.)
    expect(lvu('实际利用内、外资分别增长9%和6%。').map((v) => v[0])).toEqual(['实际利用内资', '实际利用外资'])
  })
  it('drops a count of the listed places (两市, 三县) written before their measure: each item is named alone', () => {
    expect(lvu('东港、西港两区地区生产总值双双突破500亿元。').map((v) => v[0])).toEqual(['东港地区生产总值', '西港地区生产总值'])
    expect(lvu('南县、北县和中县三县粮食产量分别达到41万吨、37万吨和29万吨。').map((v) => v[0])).toEqual([
      '南县粮食产量',
      '北县粮食产量',
      '中县粮食产量',
    ])
    // (A count that is not the list's size, or opens an item, is part of its name.)
    expect(lvu('新城区、两县城区供水普及率分别达到99%和95%。').map((v) => v[0])).toEqual(['新城区供水普及率', '两县城区供水普及率'])
  })
  it('names the sectors of an ordinal list as the genre names each alone (第一产业…; 一产… as written)', () => {
    const names = (text: string) => lvu(text).map((v) => v[0])
    expect(names('其中一、二、三产业增加值分别增长4.1%、5.3%、6.2%。')).toEqual(['第一产业增加值', '第二产业增加值', '第三产业增加值'])
    expect(names('第一、二、三产业分别增长3%、6%和7%。')).toEqual(['第一产业', '第二产业', '第三产业'])
    expect(names('一二三产业增加值分别增长3.8%、6.2%、6.4%。')).toEqual(['第一产业增加值', '第二产业增加值', '第三产业增加值'])
    expect(names('二、三产业增加值分别增长7%、8%。')).toEqual(['第二产业增加值', '第三产业增加值'])
    expect(names('一、二、三产增加值分别增长3.5%、7%、5%。')).toEqual(['一产增加值', '二产增加值', '三产增加值'])
    expect(names('三次产业增加值分别增长3%、4%、5%。')).toEqual(['第一产业增加值', '第二产业增加值', '第三产业增加值'])
  })
  it('opens the shared tail at 全产业链, however long the last item\'s own part (食用菌, 中药材)', () => {
    expect(lvu('茶叶、中药材全产业链产值分别达到100亿元、120亿元。')).toEqual([
      ['茶叶全产业链产值', 100, '亿元'],
      ['中药材全产业链产值', 120, '亿元'],
    ])
    expect(lvu('白酒、食用菌全产业链产值分别达到300亿元、80亿元。').map((v) => v[0])).toEqual(['白酒全产业链产值', '食用菌全产业链产值'])
  })
})

describe('rule: list-pairing (a growth word alone, or a base, before values 分别)', () => {
  it('gives each growth after 增速分别 to the level listed before it, as growth', () => {
    expect(figures('金融机构本外币存贷款余额分别达到4.74万亿元和4.69万亿元，增速分别达到13.9%和15%。').map((m) => [m.label, m.value, m.kind])).toEqual([
      ['金融机构本外币存款余额', 4.74, 'amount'],
      ['金融机构本外币贷款余额', 4.69, 'amount'],
      ['金融机构本外币存款余额', 13.9, 'growth'],
      ['金融机构本外币贷款余额', 15, 'growth'],
    ])
  })
  it('gives each addition against five years ago (比五年前分别增加) to the thing listed before it', () => {
    expect(figures('跨国公司地区总部、外资研发中心分别达到771家和481家，比五年前分别增加236家和85家。').map((m) => [m.label, m.value])).toEqual([
      ['跨国公司地区总部', 771],
      ['外资研发中心', 481],
      ['跨国公司地区总部', 236],
      ['外资研发中心', 85],
    ])
  })
})

describe('rule: list-pairing (a defining verb before a list sharing a head)', () => {
  it('completes the first item without the verb, then gives every item the verb (新增三级、三甲医院)', () => {
    expect(lvu('新增三级、三甲医院各1家。').map((v) => v[0])).toEqual(['新增三级医院', '新增三甲医院'])
    expect(lvu('新增国家级、省级示范区分别为3个和5个。').map((v) => v[0])).toEqual(['新增国家级示范区', '新增省级示范区'])
  })
})

describe('rule: list-pairing (a quoted name last, then the measure)', () => {
  it('gives the measure after the quoted name to each item, never a piece of the name', () => {
    expect(lvu('会议、文件和“督查考”精简比例分别达到20%、41%和63%。').map((v) => v[0])).toEqual(['会议精简比例', '文件精简比例', '督查考精简比例'])
    // A noun after the quoted name is the last item's own.
    expect(lvu('刑事案件、命案、“盗抢骗”案件同比分别下降4%、36%和9%。').map((v) => v[0])).toEqual(['刑事案件', '命案', '盗抢骗案件'])
  })
  it('ends the last item at the 等 closing a list of short items, whatever their lengths (装备、化医和消费品等行业)', () => {
    expect(lvu('装备、化医和消费品等行业产值增速分别为9.3%、7.5%、11.7%。').map((v) => v[0])).toEqual(['装备行业产值', '化医行业产值', '消费品行业产值'])
    expect(lvu('钢材、水泥和平板玻璃等行业产量分别下降3%、5%、2%。').map((v) => v[0])).toEqual(['钢材行业产量', '水泥行业产量', '平板玻璃行业产量'])
    // Without 等 a two-character first item still stands parallel to as many characters of the last.
    expect(lvu('城市、县城建成区面积分别达到120、45平方公里。').map((v) => v[0])).toEqual(['城市建成区面积', '县城建成区面积'])
  })
})
