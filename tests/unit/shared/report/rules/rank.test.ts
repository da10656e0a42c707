import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

const ranks = (...body: string[]) => figures(...body).filter((m) => m.kind === 'rank').map((m) => [m.label, m.value, m.qualifier])

describe('rule: rank', () => {
  it('reads ranks after a rank verb, in digits and in words', () => {
    expect(ranks('营商环境评价居全省第4位。')).toEqual([['营商环境评价', 4, null]])
    expect(ranks('科技创新指数位居全国第二。')).toEqual([['科技创新指数', 2, null]])
    expect(ranks('湿地保护率居全省之首，生态更加牢固。')).toEqual([['湿地保护率', 1, null]])
    expect(ranks('粮食总产量保持全省首位。')).toEqual([['粮食总产量', 1, null]])
    expect(ranks('实际使用外资上升至中部城市第3位。')).toEqual([['实际使用外资', 3, null]])
    expect(ranks('县域经济综合实力进入全国前十。')).toEqual([['县域经济综合实力', 10, '以内']])
  })
  it('takes the sentence subject for a rank without one, and its growth for 增速', () => {
    expect(ranks('地区生产总值增长6.2%，增速居全省第3位。')).toEqual([['地区生产总值增速', 3, null]])
    expect(ranks('外贸进出口总额突破800亿元，连续12年居全省首位。')).toEqual([['外贸进出口总额', 1, null]])
  })
  it('ranks the figure just before: its growth, its total, each of several with 均', () => {
    // The subject as written, as the label files name it (12 of 16): 增速 only when the text writes it.
    expect(ranks('工业技改投资增长33.6%、居全省第3位。')).toEqual([['工业技改投资', 3, null]])
    expect(ranks('工业技改投资增速达到33.6%、居全省第3位。')).toEqual([['工业技改投资增速', 3, null]])
    expect(ranks('新增经营主体6万户，总量达45万户，排全区第2。')).toEqual([['经营主体总量', 2, null]])
    expect(ranks('外贸进出口增长65.1%，加工贸易增长105.1%，均居全区第1。')).toEqual([
      ['外贸进出口', 1, null],
      ['加工贸易', 1, null],
    ])
    // A clause without a figure between ends the run: the volunteers of two clauses back are not ranked.
    expect(ranks('2.1万名群众参与志愿服务，比赛组织井然有序，本省选手获得12枚金牌和9枚银牌，均居全国第一。').map(([l, v]) => [String(l).replace(/^本省/, ''), v])).toEqual([
      ['选手金牌', 1],
      ['银牌', 1],
    ])
    // 增速均居: the rate written is of each growth before.
    expect(ranks('蔬菜产值、林业产值分别增长4%、8%，增速均居全市第一。')).toEqual([
      ['蔬菜产值增速', 1, null],
      ['林业产值增速', 1, null],
    ])
    expect(ranks('经营主体净增9万户、突破190万户，其中企业超83万户，总量均居全省第一。')).toEqual([
      ['经营主体总量', 1, null],
      ['企业总量', 1, null],
    ])
    // A whole and its part after 其中 are the one thing 均 is over; the counts of another thing before them are not ranked.
    expect(ranks('建成智慧农场42个（含示范农场12个），规上服务业企业达到88家，其中科技服务业企业31家，数量均居全省第一。').map((r) => r[0])).toEqual([
      '规上服务业企业数量',
      '科技服务业企业数量',
    ])
    // (含…) is a part too: the whole before it and the part, not the projects of the clause before.
    const withPart = ranks('招引亿元项目56个，新开工产业项目73个(含外资项目9个)，均居全市第2位。').map((r) => String(r[0]))
    expect(withPart).toHaveLength(2)
    expect(withPart[0]).toBe('新开工产业项目')
    expect(withPart.some((l) => l.includes('亿元项目'))).toBe(false)
    // The rank of a figure whose name says too little (a grade alone) is flagged as that figure is.
    const graded = figures('国家级专精特新企业12家、省级85家，数量均居全市第一。').filter((m) => m.kind === 'rank')
    expect(graded.map((m) => [m.label, m.confidence.reasons?.includes('label-vague') ?? false])).toEqual([
      ['国家级专精特新企业数量', false],
      ['省级专精特新企业数量', false],
    ])
    const vague = figures('重点龙头企业17家、省级95家，数量均居全市第一。').filter((m) => m.kind === 'rank')
    expect(vague.map((m) => [m.label, m.confidence.reasons?.includes('label-vague') ?? false])).toEqual([
      ['重点龙头企业数量', false],
      ['省级数量', true],
    ])
    // Without a part, 均 still covers figures of several units in a row.
    expect(ranks('新增高新技术企业120家，认定科技成果80项，均居全省第3位。').map((r) => r[0])).toEqual(['新增高新技术企业', '科技成果'])
  })
  it('ranks the figures before through a copula right before the scope (均为中部第1, 都是全省第一)', () => {
    expect(ranks('工业投资增长6%、民间投资增长4.5%，分别高于全省1.2个、0.8个百分点，均为西部第1。').map((r) => r.slice(0, 2))).toEqual([
      ['工业投资', 1],
      ['民间投资', 1],
    ])
    expect(ranks('外贸进出口额达到320亿元，为全省第二；').map((r) => r.slice(0, 2))).toEqual([['外贸进出口额', 2]])
    // Not right after a figure, a copula and a scope give a rank no subject: it stays out.
    expect(ranks('改革经验丰富，均为全国第一。')).toEqual([])
  })
  it('reads a rank joined to the rank before: the same subject elsewhere, or the next figure after 分别', () => {
    expect(ranks('原煤产量达1.2亿吨，稳居全国第4位、全省第1位。')).toEqual([
      ['原煤产量', 4, null],
      ['原煤产量', 1, null],
    ])
    expect(ranks('蔬菜、水果产量分别达到300万吨、80万吨，分别居全省第3位、第1位。')).toEqual([
      ['蔬菜产量', 3, null],
      ['水果产量', 1, null],
    ])
    // 分别 after subjects that are no figures before: they take the ranks in order, one each (rank-list.ts).
    expect(ranks('营收和利润分别居全国第5、第6位。').map((r) => r.slice(0, 2))).toEqual([['营收', 5], ['利润', 6]])
    // As many subjects as ranks, or no pairing: never the first rank for every subject.
    expect(ranks('甲市、乙市和丙市分别居全省第5、第6位。').map((r) => r[1])).not.toEqual([5, 5, 5])
  })
  it('reads a place without a verb only after its subject, never an ordinal', () => {
    expect(ranks('新能源汽车渗透率连续3年全省第一。')).toEqual([['新能源汽车渗透率', 1, null]])
    expect(ranks('打造更多全国第一。第一，要抓项目。')).toEqual([])
  })
  it('ranks the figure just before with a clause that is only the place and the rank (、全国第3)', () => {
    expect(ranks('省级重点实验室达到42家、全国第3。')).toEqual([['省级重点实验室', 3, null]])
    expect(ranks('农产品加工业产值增长7.2%，西部第2。')).toEqual([['农产品加工业产值', 2, null]])
    // Without a figure right before, the place alone ranks nothing.
    expect(ranks('各项工作要争创一流，全国第3。')).toEqual([])
    expect(ranks('增长3%。全国第2的经验值得推广。')).toEqual([])
  })

  it('ranks the rate of the thing after a rank of its size (规模…第三、增速…第二)', () => {
    expect(ranks('存款规模居全市第三、增速居全市第二。')).toEqual([
      ['存款规模', 3, null],
      ['存款增速', 2, null],
    ])
  })
  it('ranks the subject of a score written as a bare number before it', () => {
    expect(lvu('公众安全感满意度达到98.1、全省排名第2。')).toEqual([
      ['公众安全感满意度', 98.1, ''],
      ['公众安全感满意度', 2, '位'],
    ])
  })

  it('ranks the yearly rate named before 在…排名, and a locative without 中 is no part of what is ranked', () => {
    const view = figures('地区生产总值年均增速在全省9个地级市中排名第2，在长江中游城市群排名第5。')
      .filter((m) => m.kind === 'rank')
      .map((m) => [m.label, m.value])
    expect(view).toEqual([
      ['地区生产总值年均增速', 2],
      ['地区生产总值年均增速', 5],
    ])
    expect(figures('人均地区生产总值达到9万元，在长江中游城市群排名第3。').filter((m) => m.kind === 'rank').map((m) => m.label)).toEqual(['人均地区生产总值'])
    // Once only, also where the group has no count (在全省资源型城市中).
    expect(ranks('全市生产总值年均增速在全省资源型城市中排名第1。')).toEqual([['生产总值年均增速', 1, null]])
  })

  it('names a rank of the place in an assessment by the assessment; another place keeps its name', () => {
    expect(ranks('某某市在全省营商环境综合评价中位居第二。', '我市在全国文明城市年度测评中连续两年名列第一。', '在“中国最具幸福感城市”榜单中排名第五。')).toEqual([
      ['全省营商环境综合评价', 2, null],
      ['全国文明城市年度测评', 1, null],
      ['中国最具幸福感城市榜单', 5, null],
    ])
    expect(ranks('某某区在全省县域经济高质量发展考核中位列第一。')).toEqual([['某某区全省县域经济高质量发展考核', 1, null]])
    expect(ranks('政务服务持续优化，并连续3年在全省营商环境评价中位列第一。')).toEqual([['全省营商环境评价', 1, null]])
    // A measure ranked among places is the measure's rank, as before.
    expect(ranks('粮食单产在全省考核中名列第三。')).toEqual([['粮食单产', 3, null]])
  })

  it('pairs ranks joined after 分别 with the figures before, in order, whatever their kinds', () => {
    expect(ranks('港口货物吞吐量3.1亿吨、客运量520万人次，分别居全国沿海港口第9、第11位。').map((r) => r.slice(0, 2))).toEqual([
      ['港口货物吞吐量', 9],
      ['港口客运量', 11],
    ])
    expect(ranks('茶叶面积、产量位居全省第一，分别居全国地级市第7位和第6位。').map((r) => r.slice(0, 2))).toEqual([
      ['茶叶面积', 1],
      ['茶叶产量', 1],
      ['茶叶面积', 7],
      ['茶叶产量', 6],
    ])
  })

  it('ranks each level before 均, a count and an amount alike', () => {
    expect(ranks('全年接待游客3.5万人次，实现技术合同成交额420亿元，均保持全省首位。').map((r) => r.slice(0, 2))).toEqual([
      ['接待游客', 1],
      ['技术合同成交额', 1],
    ])
  })

  it('pairs ranks joined by 和 right after a statement of as many figures, in order, with the rate the clause writes', () => {
    expect(ranks('城镇、农村居民人均可支配收入分别增长5.1%、7.2%，居全省第四和第二。').map((r) => r.slice(0, 2))).toEqual([
      ['城镇居民人均可支配收入', 4],
      ['农村居民人均可支配收入', 2],
    ])
    expect(ranks('生产总值、财政收入分别增长6%和9%，增幅分别居全省第三和第一。').map((r) => r.slice(0, 2))).toEqual([
      ['生产总值增幅', 3],
      ['财政收入增幅', 1],
    ])
    // An ordinal joined to another is no rank: 第一批和第二批.
    expect(ranks('入选第一批和第二批试点。')).toEqual([])
  })
  it('reads a rate ranked in a group named with 在, without a rank verb, as the rate of the figure before', () => {
    expect(ranks('全县地区生产总值增长7.1%，在山区县中增速第2，在全市增幅第一。')).toEqual([
      ['地区生产总值增速', 2, null],
      ['地区生产总值增幅', 1, null],
    ])
    expect(ranks('旅游收入达到86亿元，在沿边州市中增幅第3。')).toEqual([['旅游收入增幅', 3, null]])
    // With no figure before, only the rate: flagged as vague, never a subject from elsewhere.
    const alone = figures('在沿边州市中增速第3。').find((m) => m.kind === 'rank')
    expect(alone?.label).toBe('增速')
    expect(alone?.confidence.level).toBe('low')
    // A group without a rate after it is no rank of a figure.
    expect(ranks('在山区县中第2批次完成验收。')).toEqual([])
  })
  it('ranks the yearly rate of the figure before once (水稻面积…年均增速 → 水稻面积年均增速, never 增速年均增速)', () => {
    const ranks = figures('水稻种植面积达到86万亩，年均增加2万亩，年均增速居全市第3位。').filter((m) => m.kind === 'rank')
    expect(ranks.map((m) => m.label)).toEqual(['水稻种植面积年均增速'])
  })
  it('reads a place on a list after 跻身 or 荣登 as a rank named by the list, or by its subject', () => {
    expect(lvu('我市跻身全国综合实力百强城市榜第37位。')).toEqual([['全国综合实力百强城市榜', 37, '位']])
    expect(lvu('全市工业总量跻身全省第5位。')).toEqual([['工业总量', 5, '位']])
    // no rank without 第: 跻身 alone names a group joined
    expect(lvu('跻身全国第一方阵。')).toEqual([])
    // a list written as one names the rank even right after a figure of something else
    expect(lvu('新增养老床位2000张，跻身全国养老服务城市榜第28位。')).toEqual([
      ['新增养老床位', 2000, '张'],
      ['全国养老服务城市榜', 28, '位'],
    ])
    // a rank in a named list or group of places after another rank ranks the place: the carried label is flagged
    const ranks = figures('连续两年营商环境指数排名全省第一，连续三年跻身全国外贸百强市前五。')
    expect(ranks.map((m) => m.confidence.level)).toEqual(['high', 'low'])
  })
})

describe('rule: rank (a list or assessment carried to the next rank)', () => {
  const r = (s: string) => figures(s).filter((m) => m.kind === 'rank').map((m) => [m.label, m.value, m.confidence.level])
  it('flags a rank after a rank on a named list when it names neither list nor measure of its own', () => {
    expect(r('科技创新能力不断提升，我市跻身中国城市创新能力百强榜第12位，跃居全球科研城市第31位。')).toEqual([
      ['中国城市创新能力百强榜', 12, 'high'],
      ['中国城市创新能力百强榜', 31, 'low'],
    ])
    expect(r('全市目标管理绩效考核居全省第3，连续两年跻身全省前4。').map((x) => x[2])).toEqual(['high', 'low'])
    // A measure ranked twice keeps its name.
    expect(r('地区生产总值增速居全省第2位，连续三年位居全省前三。')).toEqual([
      ['地区生产总值增速', 2, 'high'],
      ['地区生产总值增速', 3, 'high'],
    ])
  })
})

describe('rule: rank (the same assessment in a second scope)', () => {
  it('keeps a rank joined with 、 and no verb of its own on the assessment before', () => {
    const r = figures('我市营商环境评价位列全国第二十位、全省第二位。').filter((m) => m.kind === 'rank').map((m) => [m.label, m.value, m.confidence.level])
    expect(r).toEqual([
      ['营商环境评价', 20, 'high'],
      ['营商环境评价', 2, 'high'],
    ])
  })
})

describe('rule: rank (held again, or shared)', () => {
  it('reads 蝉联 and 并列 as verbs of a rank, with no streak or 并 left in the label', () => {
    expect(ranks('上海港集装箱吞吐量连续11年蝉联世界第一。')).toEqual([['上海港集装箱吞吐量', 1, null]])
    expect(ranks('国家中小企业特色产业集群数量并列全国第一。')).toEqual([['国家中小企业特色产业集群数量', 1, null]])
  })
})
