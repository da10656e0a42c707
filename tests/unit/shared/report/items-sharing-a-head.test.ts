import { describe, expect, it } from 'vitest'
import { figures } from './figures'

const labels = (...sentences: string[]) => figures(...sentences).map((m) => `${m.label}=${m.value}${m.unit}`)

describe('short items named before the head they share, with one figure, are all counted (甲、乙、丙补短板项目N个)', () => {
  it.each([
    ['实施文化、体育、城乡供水设施补短板项目320个。', ['文化、体育、城乡供水设施补短板项目=320个']],
    ['建成国家、省级农业产业化示范联合体12个。', ['国家、省级农业产业化示范联合体=12个']],
    ['争取中央、省级预算内投资补助8.6亿元。', ['中央、省级预算内投资补助=8.6亿元']],
    ['完成人工造林、封山育林、退化林修复和森林抚育12万亩。', ['人工造林、封山育林、退化林修复和森林抚育=12万亩']],
  ])('%s', (sentence, expected) => {
    expect(labels(sentence)).toEqual(expected)
  })

  it('gives the works the amount that follows (…补短板项目N个、完成投资X亿元)', () => {
    expect(labels('实施交通、水利、城乡基础设施补短板项目260个、完成投资88亿元。')).toEqual([
      '交通、水利、城乡基础设施补短板项目=260个',
      '交通、水利、城乡基础设施补短板项目投资=88亿元',
    ])
  })

  it('keeps the last item alone when an item before it holds a figure of its own (服务项目11类)', () => {
    expect(labels('落实基本公共卫生服务项目12类、重大公共卫生服务项目7项。').at(-1)).toBe('重大公共卫生服务项目=7项')
  })

  it('keeps the list of a rank in a name (500强)', () => {
    expect(labels('引进世界500强、中国民营企业500强项目21个。')).toEqual(['世界500强、中国民营企业500强项目=21个'])
  })

  it('still pairs items that have figures of their own (新建改扩建幼儿园30所、中小学12所)', () => {
    expect(labels('新建改扩建幼儿园30所、中小学12所。')).toEqual(['新建改扩建幼儿园=30所', '新建改扩建中小学=12所'])
  })
})
