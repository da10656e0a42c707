import { describe, expect, it } from 'vitest'
import { figures } from './figures'

const labels = (...sentences: string[]) => figures(...sentences).map((m) => `${m.label}=${m.value}${m.unit}`)

describe('sectors side by side share the measure written after the last (规模以上工业、服务业利润总额)', () => {
  it.each([
    ['全市规模以上工业、服务业利润总额分别增长9%、21%。', ['规模以上工业利润总额=9%', '规模以上服务业利润总额=21%']],
    ['规上工业、建筑业营业收入分别增长6.2%、3.5%。', ['规上工业营业收入=6.2%', '规上建筑业营业收入=3.5%']],
    ['农业、服务业、规模以上工业增加值分别增长3%、7.5%和6%左右。', ['农业增加值=3%', '服务业增加值=7.5%', '规模以上工业增加值=6%']],
    ['数字经济、建筑业增加值占地区生产总值比重分别达到11.5%和8%。', ['数字经济增加值占地区生产总值比重=11.5%', '建筑业增加值占地区生产总值比重=8%']],
  ])('%s', (sentence, expected) => {
    expect(labels(sentence)).toEqual(expected)
  })

  it('keeps an indicator named whole when the other item is no sector (规上工业增加值、固定资产投资)', () => {
    expect(labels('规上工业增加值、固定资产投资分别增长7%、5%。')).toEqual(['规上工业增加值=7%', '固定资产投资=5%'])
  })
})

describe('one-character items share the measure after the last (牛、猪、羊饲养量)', () => {
  it.each([
    ['牛、羊、禽出栏量分别增长4.1%、2.6%和7%。', ['牛出栏量=4.1%', '羊出栏量=2.6%', '禽出栏量=7%']],
    ['猪、牛存栏量分别达到35万头和12万头。', ['猪存栏量=35万头', '牛存栏量=12万头']],
  ])('%s', (sentence, expected) => {
    expect(labels(sentence)).toEqual(expected)
  })
})
