import { describe, expect, it } from 'vitest'
import { isVagueLabel, unitFits } from '../../../../../src-shared/report/rules/confidence'
import { figures, lvu } from '../figures'

const reasons = (body: string) => figures(body).map((m) => m.confidence)

describe('rule: confidence', () => {
  it('is sure of a figure with its own subject, verb and year', () => {
    expect(reasons('全市地区生产总值增长5.6%。')).toEqual([{ level: 'high', reasons: [] }])
  })
  it('is sure of a list paired item by item, a rank or a doubling in words', () => {
    expect(reasons('先进制造业、高技术制造业增加值占规上工业比重分别达到38%、16%。').map((c) => c.level)).toEqual(['high', 'high'])
    expect(reasons('全市粮食产量居全省首位。')[0]).toEqual({ level: 'high', reasons: [] })
    expect(reasons('全市外贸进出口总额实现翻一番。')[0]).toEqual({ level: 'high', reasons: [] })
  })
  it('doubts a noun after a count that holds what the things did', () => {
    expect(lvu('18家科技企业入驻创业园区。')).toEqual([['科技企业入驻创业园区', 18, '家']])
    expect(reasons('18家科技企业入驻创业园区。')[0]).toEqual({ level: 'low', reasons: ['label-vague'] })
    expect(reasons('新建18家科技企业孵化器。')[0]).toEqual({ level: 'high', reasons: [] })
  })
  it('doubts a figure whose label is verbs of works alone, the thing built named in an earlier sentence', () => {
    const [last, next] = reasons('新建改造提升高标准农田120万亩。今年新建改造提升100万亩以上。')
    expect(last).toEqual({ level: 'high', reasons: [] })
    expect(next?.reasons).toContain('label-vague')
  })
  it('doubts a rank shared by the growths before it, read under the names of the things grown', () => {
    const shared = reasons('全县农业产值增长8.2%，旅游收入增长21%，均居全市第一。')
    expect(shared.map((c) => c.level)).toEqual(['high', 'high', 'low', 'low'])
    expect(lvu('全县农业产值增长8.2%，旅游收入增长21%，均居全市第一。').slice(2)).toEqual([['农业产值', 1, '位'], ['旅游收入', 1, '位']])
    // 总量和增速均居…: the rate is ranked by its own name; a rank of the levels, or of one growth alone, is sure.
    expect(reasons('进出口总额增长9%，总量和增速均居全省第2位。').map((c) => c.level)).toEqual(['high', 'high', 'high'])
    expect(reasons('城乡居民人均可支配收入分别为41000元、19000元，均居全省第3。').map((c) => c.level)).toEqual(['high', 'high', 'high', 'high'])
    expect(reasons('粮食产量增长3.1%、居全省第二。').map((c) => c.level)).toEqual(['high', 'high'])
    expect(reasons('工业投资320亿元，增长12%，均居全市第二。').map((c) => c.level)).toEqual(['high', 'high', 'high'])
    expect(reasons('城乡居民收入分别增长6%和7%，农村居民人均可支配收入连续五年居全省第一。').map((c) => c.level)).toEqual(['high', 'high', 'high'])
  })
  it('doubts an increase over last year read as a count or an amount of the thing, not a rate', () => {
    const cs = reasons('今年新开工亿元以上项目86个，比上年增加21个；专项债券安排300亿元、比上年增加45亿元，财政收入比上年增加5%。')
    expect(cs.map((c) => c.reasons.includes('kind-guessed'))).toEqual([false, true, false, true, false])
  })
  it('doubts an increase written alone after the level of the same thing, read under the level\'s name', () => {
    const cs = reasons('安排地方政府债务限额800亿元，增加120亿元；全县粮食总产量达到42万吨，增加1.5万吨，新建粮库6个。')
    expect(cs.map((c) => c.reasons.includes('kind-guessed'))).toEqual([false, true, false, true, false])
  })
  it('doubts an increase read under the name of the level it raised, each value of a list too; not a fall, nor a level reached', () => {
    const cs = reasons('全县城乡居民人均可支配收入分别增加2100元和1500元，各项贷款余额增加86亿元，贫困人口减少1.2万人，城区人口增加到45万人，市场主体净增3000户。')
    expect(cs.map((c) => c.reasons.includes('kind-guessed'))).toEqual([true, true, true, false, false, false])
    // 增长 before a count or an amount (not a rate) says the same: 户籍人口增长2万人 is no population of 2万.
    expect(reasons('全县户籍人口增长2万人，农民人均纯收入增长9%。').map((c) => c.reasons.includes('kind-guessed'))).toEqual([true, false])
  })
  it('doubts a count of things whose noun ends in the work done on them, unless its unit counts work', () => {
    expect(reasons('完成36个薄弱村帮扶工作。')[0]).toEqual({ level: 'low', reasons: ['label-vague'] })
    expect(reasons('抓好12项重点改革工作。')[0]).toEqual({ level: 'high', reasons: [] })
    expect(reasons('新建36个村级服务中心。')[0]).toEqual({ level: 'high', reasons: [] })
  })
  it('says why it is unsure: subjects taken from an earlier list, vague labels, converted words, guessed kinds', () => {
    // (Growths paired in order with the levels just listed are sure: rules/drafted-headlines.test.ts.)
    expect(reasons('城镇、农村居民人均可支配收入达到4.2万元和2.1万元，分别为上年的105%、107%。').slice(2).map((c) => c.reasons)).toEqual([
      ['kind-guessed', 'label-from-list'],
      ['kind-guessed', 'label-from-list'],
    ])
    expect(reasons('建龙钢铁、华光矿业实现产值分别增长12%和20%。')[1]?.reasons).toContain('label-vague')
    // One label for two values of a list whose items were not told apart.
    expect(reasons('城市综合服务指数分别达到97.1%和98.6%。').map((c) => c.reasons)).toEqual([['label-from-list'], ['label-from-list']])
    expect(reasons('城区人口由52万人增加到61万人。').flatMap((c) => c.reasons)).not.toContain('label-from-list')
    expect(reasons('新建安置房1200套、8.6万平方米。').flatMap((c) => c.reasons)).not.toContain('label-from-list')
    expect(reasons('发放资金12亿元，其中企业3亿元。')[0]).toEqual({ level: 'low', reasons: ['label-vague'] })
    expect(reasons('产业规模扩大五成。')[0]?.reasons).toContain('value-converted')
    expect(reasons('优质资源覆盖65%。')[0]?.reasons).toContain('kind-guessed')
  })
  it('says so when the unit does not fit what the label measures', () => {
    expect([unitFits('集中供热面积', 'count'), unitFits('集中供热面积', 'measure'), unitFits('集中供热面积', 'pct')]).toEqual([false, true, true])
    expect(reasons('集中供热面积达到190万平方米，惠及2.58万户。').map((c) => c.reasons)).toEqual([[], ['label-from-context']])
  })
  it('finds labels that may be fragments', () => {
    expect(['惠', '投资', '以下婴幼儿托位数', '总量', '的企业'].map(isVagueLabel)).toEqual([true, true, true, true, true])
    expect(['地区生产总值', '新增经营主体', '和美乡村'].map(isVagueLabel)).toEqual([false, false, false])
    expect(['参合率', '创建率', '赤字率'].map(isVagueLabel)).toEqual([true, true, false])
    // Verbs of works alone, with nothing built; a verb before its thing is a label.
    expect(['困难家庭进行适老化改造', '特色产业作为主攻方向', '不作为慢作为典型案件', '进行中项目', '新引进行业龙头企业', '推进行政审批改革事项'].map(isVagueLabel)).toEqual([true, true, false, false, false, false])
    expect(['最关键的指标就是地区生产总值', '引进资金是十二五', '知名专家在我区', '向我市投资', '绿水青山就是金山银山实践创新基地', '我市地区生产总值'].map(isVagueLabel)).toEqual([
      true, true, true, true, false, false,
    ])
    expect(['税收收入只', '重大项目共', '新开工项目就', '贫困县将', '改造客渡运船只', '肉牛保险在保牛只', '城市公共'].map(isVagueLabel)).toEqual([true, true, true, true, false, false, false])
    expect(['新建改造提升', '续建、竣工', '提质改造', '新建改建农村公路', '改造老旧小区'].map(isVagueLabel)).toEqual([true, true, true, false, false])
    // A preposition before four characters or more says whose trade is measured; before fewer, a fragment.
    expect(['对俄出口', '与东盟国家贸易额', '向外输出电力', '对企业', '与其'].map(isVagueLabel)).toEqual([false, false, false, true, true])
    // A share without its owner.
    expect(['占GDP比重', '服务业增加值占GDP比重'].map(isVagueLabel)).toEqual([true, false])
    // A measure without its owner; one that names a kind of owner stands alone.
    expect(['吞吐量', '增加值', '存栏', '集装箱吞吐量', '贷款余额'].map(isVagueLabel)).toEqual([true, true, true, false, false])
    // A reading that stopped at the word before the value, or kept the word that pairs a list.
    expect(['受惠农户达', '补贴标准从', '园区分别新增企业', '经济发达镇', '通达'].map(isVagueLabel)).toEqual([true, true, true, false, true])
  })

  it('flags a share paired from a list whose label lost the rate the list shares', () => {
    // (Two modifiers of one body now share the body and the rate: list-pairing gives each its whole label.)
    const [first, second] = figures('医废产生和处置单位规范化管理抽查合格率分别达到95%和97%。')
    expect(first?.label).toBe('医废产生单位规范化管理抽查合格率')
    expect(second?.label).toBe('医废处置单位规范化管理抽查合格率')
    expect(second?.confidence.level).toBe('high')
    const rates = figures('农村自来水普及率、行政村垃圾、污水治理率分别达90%、95%、60%。')
    expect(rates.map((m) => m.confidence.level)).toEqual(['high', 'low', 'high'])
  })
  it('flags a name that ends in a place after 在, where the verb it goes with was cut (在城镇 of 在城镇落户)', () => {
    expect(isVagueLabel('农业转移人口在城镇')).toBe(true)
    expect(isVagueLabel('外来务工人员在本地')).toBe(true)
    expect(isVagueLabel('所在城市')).toBe(false)
    expect(figures('近800万农业转移人口在城镇落户。').map((m) => m.confidence.level)).toEqual(['low'])
  })
  it('flags a pilot or model of works with nothing built (试点改造)', () => {
    expect(isVagueLabel('试点改造')).toBe(true)
    expect(isVagueLabel('示范创建')).toBe(false)
    expect(figures('完成6处试点改造任务。').map((m) => m.confidence.level)).toEqual(['low'])
  })
  it('flags a count before two things joined by 和 that end in the same head: it may count the first alone', () => {
    expect(figures('建成疾控中心等8个重点项目和世行贷款医改促进项目。').map((m) => m.confidence.level)).toEqual(['low'])
    expect(figures('改造37条城市干道和街巷道路。').map((m) => m.confidence.level)).toEqual(['high'])
  })

  it('doubts an amount a programme drove read under an indicator’s name, and the change after it; not the total it drove', () => {
    // A part of the trade or the whole of it: no reading can tell, and a slide would show it as the whole.
    const driven = figures('中欧班列开行3200列，带动进出口210亿元、增长9.5%。').filter((m) => m.indicator !== null)
    expect(driven.map((m) => [m.label, m.value, m.confidence.level, m.confidence.reasons])).toEqual([
      ['进出口', 210, 'low', ['label-vague']],
      ['进出口', 9.5, 'low', ['label-vague']],
    ])
    // The whole place's total, or a total reached, or the growth of the total itself.
    for (const body of ['重大项目完成投资860亿元，带动全市固定资产投资2300亿元。', '重大项目完成投资860亿元，带动固定资产投资完成2300亿元。', '基础设施投资增长8%，带动固定资产投资增长4.6%。']) {
      const total = figures(body).filter((m) => m.indicator === 'fixed-asset-investment')
      expect(total.map((m) => m.confidence.level), body).toEqual(['high'])
    }
  })

  it('doubts a label that kept a year inside it, and leaves a year compared with at the end alone', () => {
    for (const body of ['据测算，我市小康社会2021年实现程度为94.3%。', '继2021年机械行业主营业务收入过1000亿元，汽车产业主营业务收入也突破1000亿元。']) {
      const got = figures(body).filter((m) => /\d{4}年/.test(m.label))
      expect(got.length, body).toBe(1)
      expect(got[0]?.confidence.level, body).toBe('low')
    }
    expect(figures('一般公共预算收入是2020年的1.5倍。').map((m) => [m.label, m.confidence.level])).toEqual([['一般公共预算收入', 'high']])
  })
})

describe('rule: confidence (a frame read as the label)', () => {
  it('flags a figure labelled by the frame it is told in (…的基础上)', () => {
    const labelled = figures('全社会固定资产投资在2009年完成5034亿元、2010年完成6353亿元的基础上，去年又完成7300亿元。')
      .filter((m) => m.label.startsWith('基础上'))
    expect(labelled.length).toBeGreaterThan(0)
    for (const m of labelled) expect(m.confidence.level).toBe('low')
  })
})

describe('rule: confidence (a rate per day whose owner was not found)', () => {
  it('flags 每天新增 and 日均办事 alone, not a rate per day with its owner', () => {
    const [, perDay] = figures('全年新登记注册企业增长21.6%，平均每天新增1.2万户。')
    expect([perDay?.label, perDay?.confidence.level]).toEqual(['每天新增', 'low'])
    expect(figures('政务服务一网通办日均办事17.3万件。').map((m) => m.confidence.level)).toEqual(['high'])
  })
})

describe('rule: confidence (an indicator after a part of the place the sentence opens on)', () => {
  it('flags a headline indicator read after the whole place backs one part, or a district supported to develop', () => {
    const caofeidian = figures('举全市之力支持曹妃甸高质量发展，确保年内地区生产总值增长9%，固定资产投资增长10%以上。')
    expect(caofeidian.map((m) => [m.label, m.confidence.level])).toEqual([
      ['地区生产总值', 'low'],
      ['固定资产投资', 'low'],
    ])
    expect(figures('支持武都区建设区域中心城市，地区生产总值达到200亿元。').map((m) => m.confidence.level)).toEqual(['low'])
  })
  it('leaves the place’s own indicators sure after a campaign the whole place wages', () => {
    expect(figures('举全市之力打赢脱贫攻坚战，农村居民人均可支配收入增长9%。').map((m) => m.confidence.level)).toEqual(['high'])
    expect(figures('支持民营经济发展，地区生产总值增长7%左右。').map((m) => m.confidence.level)).toEqual(['high'])
  })
})

