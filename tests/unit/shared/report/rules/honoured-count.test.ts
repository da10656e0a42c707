import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: honoured-count', () => {
  it('shows a count of things named by one or two characters with the honour or selection after them, noun first', () => {
    expect(lvu('全市3所中学入选省级示范性高中名单。')).toEqual([['中学入选省级示范性高中名单', 3, '所']])
    expect(lvu('9部剧目获评省“精品工程”奖。')).toEqual([['剧目获评省精品工程奖', 9, '部']])
    expect(lvu('6个乡镇成功创建省级森林乡镇。')).toEqual([['乡镇创建省级森林乡镇', 6, '个']])
  })
  it('keeps the noun and the deed when the honour is a class of the same things', () => {
    expect(lvu('12家企业入选省级制造业单项冠军企业。')).toEqual([['企业入选省级制造业单项冠军企业', 12, '家']])
  })
  it('reads a noun with a bracket of other units and an adverb before the honour (县（区）均被评为)', () => {
    expect(lvu('4个县（市）均被评为省级“美丽乡村”示范县。')).toEqual([['县（市）被评为省级美丽乡村示范县', 4, '个']])
  })
  it('leaves a session or a year out of the label (第三届, 2022年度)', () => {
    expect(lvu('2家医院荣获第三届省长质量奖。')).toEqual([['医院荣获省长质量奖', 2, '家']])
  })
  it('gives one honour to every count joined before it by 和 or 、, long nouns too', () => {
    expect(lvu('86名个人和5个创新团队入选首批“青年英才”计划。')).toEqual([
      ['个人入选首批青年英才计划', 86, '名'],
      ['创新团队入选首批青年英才计划', 5, '个'],
    ])
    expect(lvu('9个集体、21名个人荣获省委、省政府表彰。')).toEqual([
      ['集体荣获省委、省政府表彰', 9, '个'],
      ['个人荣获省委、省政府表彰', 21, '名'],
    ])
    expect(lvu('7个集体、12名个人受到国务院表彰。')).toEqual([
      ['集体受到国务院表彰', 7, '个'],
      ['个人受到国务院表彰', 12, '名'],
    ])
  })
  it('runs the honour on over the items after 、 that name more honours, not over another statement', () => {
    expect(lvu('8个乡村获评市级生态示范镇、示范村。')).toEqual([['乡村获评市级生态示范镇、示范村', 8, '个']])
    expect(lvu('5家企业入选国家绿色工厂、获批省级技术中心。').map(([l]) => l)).toContain('企业入选国家绿色工厂')
    expect(lvu('14个案例进入全省优秀案例、数量全省最多。').map(([l]) => l)).toContain('案例进入全省优秀案例')
  })
  it('reads a ranking list named by its size as a name, not a figure (500强, 百强)', () => {
    expect(lvu('14家企业入围中国制造业500强。')).toEqual([['企业入围中国制造业500强', 14, '家']])
    expect(lvu('9家企业跻身省民营企业百强榜。')).toEqual([['企业跻身省民营企业百强榜', 9, '家']])
    expect(lvu('3个县进入全省县域经济前十强。').map(([l]) => l)).not.toContain('县进入全省县域经济前十强')
  })
  it('leaves honours in a list to be paired with the things counted', () => {
    const labels = lvu('5个县、86个镇获评全国百强县、千强镇。').map(([l]) => l)
    expect(labels).not.toContain('镇获评全国百强县')
    expect(labels).not.toContain('县获评全国百强县、千强镇')
  })
  it('keeps the count silent when no honour follows, or the honour holds a figure of its own', () => {
    expect(lvu('8所学校全部开学。')).toEqual([])
    expect(lvu('5家企业进入前10名。').map(([, v, u]) => `${v}${u}`)).not.toContain('5家')
  })
  it('reads names closed by 等 before the count as examples of the things honoured, not as their owner', () => {
    expect(lvu('甲乙电子、丙丁科技等6家企业入选省级专精特新企业名单。')).toEqual([['企业入选省级专精特新企业名单', 6, '家']])
    expect(lvu('东湖小学等4所学校获评全国文明校园。')).toEqual([['学校获评全国文明校园', 4, '所']])
  })
  it('leaves the honour to a subject or verb that stands before the count', () => {
    expect(lvu('全市新建8所学校入选示范名单。').map(([l]) => l)).not.toContain('学校入选示范名单')
    expect(lvu('新建9个集体、15名个人荣获省级表彰。').map(([l]) => l)).not.toContain('集体荣获省级表彰')
    expect(lvu('完成2个市级示范乡镇、6个示范村创建工作。').map(([l]) => l)).not.toContain('市级示范乡镇创建工作')
  })
})
