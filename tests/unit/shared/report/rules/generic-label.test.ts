import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: generic-label', () => {
  it('makes a generic subject a measure of the sentence’s subject', () => {
    expect(lvu('引进产业项目120个，总投资560亿元。')).toEqual([
      ['产业项目', 120, '个'],
      ['产业项目总投资', 560, '亿元'],
    ])
    expect(lvu('新增市场主体2.1万户，总量达18万户。')).toEqual([
      ['新增市场主体', 2.1, '万户'],
      ['市场主体总量', 18, '万户'],
    ])
    // The total of a thing whose growth the clause before compared: the thing's total, not its growth's.
    expect(lvu('地区生产总值增速高于全省2个百分点，总量达到2600亿元左右。')[1]).toEqual(['地区生产总值', 2600, '亿元'])
    expect(lvu('工业投资增速比全国高3个百分点，总量突破900亿元。')[1]).toEqual(['工业投资总量', 900, '亿元'])
    // A total measure of its own after another measure of the thing (接待总人数…、总收入…) is the thing's.
    // (then reception-revenue names the revenue of a reception tourism's: 旅游总收入)
    expect(lvu('旅游接待总人数2300万人次、总收入突破260亿元。')[1]).toEqual(['旅游总收入', 260, '亿元'])
    // The output after a crop's sown area is the crop's (粮食播种面积…，总产量… → 粮食总产量).
    expect(lvu('粮食播种面积稳定在320万亩，总产量达到130万吨。')[1]).toEqual(['粮食总产量', 130, '万吨'])
    // 总部企业 names things (head offices), not a total of the thing before.
    expect(lvu('服务业增加值达到3000亿元，总部企业突破500家。')[1]).toEqual(['总部企业', 500, '家'])
    // A total named again by 总量/规模 is the same total.
    expect(lvu('外贸进出口总额增长8%，总量居全省第4位。').map((f) => f[0])).toEqual(['外贸进出口总额', '外贸进出口总额'])
  })
  it('names the total after a net addition, after a comma or a 、, without the verb of the addition', () => {
    expect(lvu('全区净增经营主体1.2万户，总量达到9万户。')[1]).toEqual(['经营主体总量', 9, '万户'])
    expect(lvu('净增市场主体3万户、总量突破20万户。')[1]).toEqual(['市场主体总量', 20, '万户'])
    expect(lvu('经营主体净增1.5万户，总量达到12万户。')[1]).toEqual(['经营主体总量', 12, '万户'])
    expect(lvu('风电装机新增60万千瓦，占比提高到18%。')[1]).toEqual(['风电装机占比', 18, '%'])
  })
  it('gives a share that names only the whole (占GDP比重) the thing the sentence is about, named whole', () => {
    expect(lvu('数字经济增加值达到1820亿元，增长9.6%，占GDP比重提高1.5个百分点。')[2]).toEqual(['数字经济增加值占GDP比重', 1.5, '个百分点'])
    expect(lvu('全市外贸进出口总额增长11%，占全省比重达到21.4%。')[1]).toEqual(['外贸进出口总额占全省比重', 21.4, '%'])
    // (With nothing before it, it stays as written, flagged.)
    expect(figures('占GDP比重提高1.5个百分点。')[0]?.confidence.reasons).toContain('label-vague')
  })
  it('names a share without the 的 before 比重, as the label files do', () => {
    expect(lvu('民生支出占一般公共预算支出的比重达到78.5%。')).toEqual([['民生支出占一般公共预算支出比重', 78.5, '%']])
  })

  it('makes a measure of a thing a measure of what the sentence is about, or flags it', () => {
    expect(lvu('新能源汽车市场渗透率全省第一，保有量突破50万辆。')[1]).toEqual(['新能源汽车保有量', 50, '万辆'])
    expect(lvu('出让矿业权755宗、成交价616.6亿元。')[1]).toEqual(['出让矿业权成交价', 616.6, '亿元'])
    expect(figures('项目全面达产，完成年产值超1100亿元。')[0]?.confidence.reasons).toContain('label-vague')
  })
  it('reads 支出 after a 收入 as the same owner\'s spending, and carries it to the growth after it', () => {
    expect(figures('一般公共预算收入86亿元、增长6.1%，支出突破300亿元、增长4.2%。').map((m) => [m.label, m.value])).toEqual([
      ['一般公共预算收入', 86],
      ['一般公共预算收入', 6.1],
      ['一般公共预算支出', 300],
      ['一般公共预算支出', 4.2],
    ])
  })
  it('gives a contract sum the things signed, naming the signing once', () => {
    expect(lvu('签约文旅项目48个、签约金额360亿元。')[1]).toEqual(['文旅项目签约金额', 360, '亿元'])
  })

  it('gives a contract sum, a building investment or a land area the things counted before, without their verb', () => {
    expect(lvu('签约文旅招商项目20个、合同金额300亿元。').map((f) => f[0])).toEqual(['签约文旅招商项目', '文旅招商项目合同金额'])
    expect(lvu('实施重点项目120个、完成建设投资突破500亿元。').map((f) => f[0])[1]).toBe('重点项目建设投资')
  })
  it('names the works\' investment without the year\'s 年度, and keeps 年度计划投资', () => {
    expect(lvu('全年实施市级重点项目150个，完成年度投资280亿元以上。')[1]).toEqual(['市级重点项目投资', 280, '亿元'])
    expect(lvu('全年实施市级重点项目150个，年度计划投资300亿元。')[1]).toEqual(['市级重点项目年度计划投资', 300, '亿元'])
  })
  it('writes the measure once when the subject already ends in it or its total (…总投资 + 年度投资)', () => {
    expect(lvu('推进总投资800亿元的县级重点工程，完成年度投资96.5亿元。').map((f) => f[0])).toEqual(['县级重点工程总投资', '县级重点工程投资'])
    expect(lvu('实施总投资2000亿元的120个省重点项目，年度投资完成310亿元。')[2]).toEqual(['省重点项目投资', 310, '亿元'])
  })
})
