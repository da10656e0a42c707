import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: honoured-count', () => {
  it('shows a count of things named by one or two characters with the honour or selection after them', () => {
    expect(lvu('全市3所中学入选省级示范性高中名单。')).toEqual([['入选省级示范性高中名单的中学', 3, '所']])
    expect(lvu('9部剧目获评省“精品工程”奖。')).toEqual([['获评省精品工程奖的剧目', 9, '部']])
    expect(lvu('6个乡镇成功创建省级森林乡镇。')).toEqual([['省级森林乡镇', 6, '个']])
  })
  it('names the class itself when the honour is a class of the same things', () => {
    expect(lvu('12家企业入选省级制造业单项冠军企业。')).toEqual([['省级制造业单项冠军企业', 12, '家']])
  })
  it('reads a ranking list named by its size as a name, not a figure (500强, 百强)', () => {
    expect(lvu('14家企业入围中国制造业500强。')).toEqual([['入围中国制造业500强的企业', 14, '家']])
    expect(lvu('9家企业跻身省民营企业百强榜。')).toEqual([['跻身省民营企业百强榜的企业', 9, '家']])
    expect(lvu('3个县进入全省县域经济前十强。').map(([l]) => l)).not.toContain('进入全省县域经济前十强的县')
  })
  it('leaves honours in a list to be paired with the things counted', () => {
    expect(lvu('5个县、86个镇获评全国百强县、千强镇。').map(([l]) => l)).not.toContain('获评全国百强县的镇')
  })
  it('keeps the count silent when no honour follows, or the honour holds a figure of its own', () => {
    expect(lvu('8所学校全部开学。')).toEqual([])
    expect(lvu('5家企业进入前10名。').map(([, v, u]) => `${v}${u}`)).not.toContain('5家')
  })
  it('reads names closed by 等 before the count as examples of the things honoured, not as their owner', () => {
    expect(lvu('甲乙电子、丙丁科技等6家企业入选省级专精特新企业名单。')).toEqual([['入选省级专精特新企业名单的企业', 6, '家']])
    expect(lvu('东湖小学等4所学校获评全国文明校园。')).toEqual([['获评全国文明校园的学校', 4, '所']])
  })
  it('leaves the honour to a subject or verb that stands before the count', () => {
    expect(lvu('全市新建8所学校入选示范名单。').map(([l]) => l)).not.toContain('入选示范名单的学校')
  })
})
