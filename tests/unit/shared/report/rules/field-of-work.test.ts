import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: field-of-work', () => {
  it('drops the field closing a list of examples before the work it is done in', () => {
    expect(lvu('在生物制造、低空装备等领域实施关键技术攻关项目45个以上。')).toEqual([['关键技术攻关项目', 45, '个']])
    expect(lvu('围绕新能源、新材料等领域实施重大科技项目12项。')).toEqual([['重大科技项目', 12, '项']])
    expect(lvu('统筹推进财税、金融等领域改革任务38项。')).toEqual([['改革任务', 38, '项']])
  })
  it('drops a whole 在… phrase naming the field before the verb', () => {
    expect(lvu('在数字经济领域实施重点项目26个。')).toEqual([['重点项目', 26, '个']])
    expect(lvu('在高耗能行业实施节能改造项目64项。')).toEqual([['节能改造项目', 64, '项']])
  })
  it('keeps a field word that opens the name of the things counted', () => {
    expect(lvu('培育纺织、机械等行业龙头企业9家。')).toEqual([['行业龙头企业', 9, '家']])
    expect(lvu('行业领军企业达到14户。')).toEqual([['行业领军企业', 14, '户']])
  })
  it('keeps the field before a bare measure, which is the field\'s', () => {
    expect(lvu('力争能源、水利等领域投资达到320亿元以上。')).toEqual([['领域投资', 320, '亿元']])
  })
})
