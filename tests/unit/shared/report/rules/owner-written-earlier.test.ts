import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

/** label and confidence of the figure at index k of a review paragraph. */
function labelAt(k: number, ...body: string[]): [string, string] | undefined {
  const m = figures(...body)[k]
  return m ? [m.label, m.confidence.level] : undefined
}

describe('bare measures whose owner is written earlier in the sentence', () => {
  describe('a later list item that is a second measure of the first item’s thing', () => {
    it('takes the thing the first item names, without the first item’s measure', () => {
      expect(lvu('单位地区生产总值能耗、水耗分别下降4%、6%。')).toEqual([
        ['单位地区生产总值能耗', -4, '%'],
        ['单位地区生产总值水耗', -6, '%'],
      ])
      expect(lvu('12个省控断面水质优良率、达标率分别为91.7%、100%。')[1]?.[0]).toBe('省控断面水质达标率')
      expect(lvu('城区绿化覆盖率、绿地率分别达到41%、36.5%。')[1]?.[0]).toBe('城区绿地率')
      expect(lvu('发明专利申请量、授权量分别增长9%、13%。')[1]?.[0]).toBe('发明专利授权量')
      expect(lvu('公积金归集额、提取额分别达到56亿元、38亿元。')[1]?.[0]).toBe('公积金提取额')
      expect(lvu('规上工业总产值和增加值分别完成860亿元和215亿元。')[1]?.[0]).toBe('规上工业增加值')
    })
    it('is sure of it: the figure goes on a slide (was 待核对 as a measure alone)', () => {
      expect(labelAt(1, '单位地区生产总值能耗、水耗分别下降4%、6%。')).toEqual(['单位地区生产总值水耗', 'high'])
    })
    it('reads the accidents of a list by what counts them (起数, 宗数, 事故数)', () => {
      expect(lvu('道路交通事故起数、亡人数分别下降11%和14%。')[1]?.[0]).toBe('道路交通事故亡人数')
      expect(lvu('工贸行业事故宗数、死亡人数、受伤人数分别下降20%、18%和25%。').map((x) => x[0])).toEqual([
        '工贸行业事故宗数',
        '工贸行业事故死亡人数',
        '工贸行业事故受伤人数',
      ])
      // Only 数 is shared: the thing is the accidents, not 各类安 (cut as long as 死亡人数).
      expect(lvu('各类火灾事故数、死亡人数分别下降15%、30%。')[1]?.[0]).toBe('各类火灾事故死亡人数')
      expect(lvu('危化品事故发生起数、死亡人数分别下降10%、12%。')[1]?.[0]).toBe('危化品事故死亡人数')
    })
    it('leaves a second measure that is no measure of the first item’s thing as written', () => {
      // 开工率 is not a second measure of 办结率: whose projects started, the list does not say.
      expect(lvu('新签约项目立项手续办结率、开工率分别达到95%、80%。')[1]?.[0]).toBe('开工率')
    })
  })

  describe('a measure alone in the clause after a measure of the same family', () => {
    it('gives the dead of accidents the accidents counted right before', () => {
      expect(lvu('较大事故起数下降25%、死亡人数下降30%。')[1]?.[0]).toBe('较大事故死亡人数')
    })
    it('gives a hub’s passengers the hub whose freight came first', () => {
      expect(lvu('航空货邮吞吐量12.6万吨、客运量980万人次，分别居中部机场第3、第5位。')).toEqual([
        ['航空货邮吞吐量', 12.6, '万吨'],
        ['航空客运量', 980, '万人次'],
        ['航空货邮吞吐量', 3, '位'],
        ['航空客运量', 5, '位'],
      ])
    })
    it('gives an enterprise measure the enterprises measured first, and reads a total past the measure ending it', () => {
      expect(lvu('区属国企营收增长12%、利润总额增长6%、资产总额增长9%。').map((x) => x[0])).toEqual([
        '区属国企营收',
        '区属国企利润总额',
        '区属国企资产总额',
      ])
      // 资产总额…，营业收入…: the enterprises' revenue, not their 资产's.
      expect(lvu('区属国企资产总额突破900亿元，营业收入增长11%。')[1]?.[0]).toBe('区属国企营业收入')
    })
    it('leaves the measure alone after a list of several things (whose dead, the sentence does not say)', () => {
      expect(lvu('工贸事故宗数、交通事故宗数、火灾起数分别下降10%、12%、8%，死亡人数减少40人。')[3]?.[0]).toBe('死亡人数')
    })
    it('flags a throughput alone: whose freight it is stays to be said', () => {
      expect(labelAt(1, '开行国际班列300列，货运量突破50万吨。')).toEqual(['货运量', 'low'])
    })
  })

  describe('a value added alone after the sector the sentence opens with', () => {
    it('is that sector’s value added, and so is the growth after it', () => {
      expect(lvu('服务业提质增效，实现增加值1260亿元，增长6.2%。')).toEqual([
        ['服务业增加值', 1260, '亿元'],
        ['服务业增加值', 6.2, '%'],
      ])
      expect(lvu('全市民营经济持续壮大，新增经营主体2.1万户，完成增加值930亿元。')[1]?.[0]).toBe('民营经济增加值')
      expect(lvu('规模以上工业企业达到860家，增加值增长8%。')[1]?.[0]).toBe('规模以上工业增加值')
    })
    it('is the sector the sentence is about, not the one it is compared with', () => {
      expect(lvu('农业增速快于工业，增加值增长4.1%。')[0]?.[0]).toBe('农业增加值')
    })
    it('is no sector’s when the sentence opens otherwise or with a park named after one', () => {
      expect(labelAt(0, '深入实施强工兴市战略，工业经济稳中有进，完成增加值300亿元。')).toEqual(['增加值', 'low'])
      expect(lvu('工业园区提档升级，园区完成增加值88亿元。')[0]?.[0]).not.toBe('工业增加值')
    })
  })

  describe('grain measures alone after the grain the sentence is about', () => {
    it('gives 总产, 单产 and 净调出量 their crop', () => {
      expect(lvu('粮食生产再获丰收，总产达到96.5亿斤。')[0]?.[0]).toBe('粮食总产')
      expect(lvu('棉花种植提质增效，总产48万吨。')[0]?.[0]).toBe('棉花总产')
      expect(lvu('粮食总产量达到152万吨，单产达到412公斤/亩。')[1]?.[0]).toBe('粮食单产')
      expect(lvu('粮食连年丰收，总产量达到420亿斤，净调出量居全国第6位。')[1]?.[0]).toBe('粮食净调出量')
    })
  })

  describe('a rate or an increment alone right after one level', () => {
    it('is the rate or the increment of that level’s thing', () => {
      expect(lvu('地区生产总值达到2860亿元，增长6.1%，增速比上年提高0.8个百分点，居全省第4位。').slice(2)).toEqual([
        ['地区生产总值增速', 0.8, '个百分点'],
        ['地区生产总值增速', 4, '位'],
      ])
      expect(lvu('GDP增长7.2%，增量达到186亿元。')[1]?.[0]).toBe('GDP增量')
      expect(lvu('一般公共预算收入完成168亿元、增长9.4%、增量全省第二。')[2]?.[0]).toBe('一般公共预算收入增量')
    })
    it('is how far a rate improved, after a rate in percent (…优良比例92%，改善幅度…)', () => {
      expect(lvu('市控断面水质优良比例达到92.4%，改善幅度居全省第二。')[1]).toEqual(['市控断面水质优良比例改善幅度', 2, '位'])
      // (Not after a count, nor after a clause between: flagged, alone.)
      expect(labelAt(1, '治理黑臭水体16条，改善幅度居全省第二。')).toEqual(['改善幅度', 'low'])
      expect(labelAt(1, '市控断面水质优良比例达到92.4%，河湖面貌持续好转，改善幅度居全省第二。')).toEqual(['改善幅度', 'low'])
    })
    it('is left alone, flagged, after a list, a share, or a clause between', () => {
      // (总量和增速 ranked with 均 right after the figures are theirs: rank-list.ts names them.)
      expect(labelAt(2, '固定资产投资完成620亿元，增长12%，总量和增速均居全省第一。')).toEqual(['固定资产投资总量', 'high'])
      expect(labelAt(2, '民营经济增加值达到410亿元，占生产总值的52%，增速达到9%。')).toEqual(['增速', 'low'])
      expect(figures('数字经济增长12%左右，软件、集成电路加速发展，人工智能等增速超过25%。')[1]?.label).not.toMatch(/^数字经济/)
    })
    it('never names a count (增速在15个城市中…)', () => {
      expect(figures('地区生产总值年均增长8.2%，增速在15个副省级城市中保持前列。')[1]?.label).not.toBe('地区生产总值增速')
    })
  })

  describe('a rate of a deed after a count of the things it measures (达标率, 开工率)', () => {
    it('is the rate of those things, and the count before it no figure', () => {
      expect(lvu('12个县级以上集中式饮用水水源地水质达标率100%。')).toEqual([['县级以上集中式饮用水水源地水质达标率', 100, '%']])
      expect(lvu('45个市级重点项目开工率达到92%。')).toEqual([['市级重点项目开工率', 92, '%']])
      expect(lvu('30个地表水国考断面、9个县级以上饮用水水源地水质达标率均为100%。').map((x) => x[0])).not.toContain('达标率')
    })
    it('leaves the count as it is when no percentage follows the rate', () => {
      expect(lvu('80项市级重点工程开工率、竣工率创历年新高。')).toEqual([['市级重点工程', 80, '项']])
    })
  })

  describe('a coverage rate alone right after a count of things built', () => {
    it('is how far those things reach, without the deed that built them', () => {
      expect(lvu('新建农村卫生厕所2.6万座，普及率达到91%。')[1]?.[0]).toBe('农村卫生厕所普及率')
      expect(lvu('社区嵌入式托育点达到86个，覆盖率75%。')[1]?.[0]).toBe('社区嵌入式托育点覆盖率')
      expect(lvu('上云工业企业超过3万家、覆盖率提高到46%。')[1]?.[0]).toBe('上云工业企业覆盖率')
    })
    it('stays alone, flagged, after people or items counted', () => {
      expect(labelAt(1, '全市60岁以上老人已接种82万人、覆盖率93%。')).toEqual(['覆盖率', 'low'])
      expect(labelAt(1, '公布“一次办”事项清单860项，覆盖率97%。')).toEqual(['覆盖率', 'low'])
    })
  })
})
