import { describe, expect, it } from 'vitest'
import { needsCheck } from '../../../../src-shared/report/needs-check'
import { figures } from './figures'

const labels = (...sentences: string[]) => figures(...sentences).map((m) => `${m.label}=${m.value}${m.unit}`)

describe('people counted as served take the works counted before them (…工程86处，受益人口18.4万人)', () => {
  it.each([
    ['实施城乡供水提质工程42处，受益人口9.6万人。', ['城乡供水提质工程=42处', '城乡供水提质工程受益人口=9.6万人']],
    ['改造城镇老旧小区75个，受益群众2.1万户。', ['改造城镇老旧小区=75个', '改造城镇老旧小区受益群众=2.1万户']],
    ['新建农村公路316公里，受益农户1.3万户。', ['新建农村公路=316公里', '新建农村公路受益农户=1.3万户']],
  ])('%s', (sentence, expected) => {
    expect(labels(sentence)).toEqual(expected)
  })

  it('keeps a label that names the programme already (老年助餐补贴受益群众)', () => {
    expect(labels('老年助餐补贴受益群众9万人。')).toEqual(['老年助餐补贴受益群众=9万人'])
  })

  it('flags the people alone when no works are counted before them and the clause before names no programme', () => {
    // (深入实施饮水安全巩固提升工程，受益群众… names its one programme: 饮水安全巩固提升工程受益群众, programme-before.test.ts.)
    expect(figures('深入实施饮水安全巩固提升工程，受益群众达3.4万人。')[0]?.label).toBe('饮水安全巩固提升工程受益群众')
    const [served] = figures('饮水安全保障水平持续提升，受益群众达3.4万人。')
    expect(served?.label).toBe('受益群众')
    expect(served && needsCheck(served)).toBe(true)
  })

  it('flags the people served by a series of works, which are all its items\' (…工程839处、分散工程9026处，受益人口…)', () => {
    const served = figures('建成集中供水工程210处、分散供水工程1300处，受益人口46万人。').at(-1)
    expect(served?.label).toBe('受益人口')
    expect(served && needsCheck(served)).toBe(true)
  })

  it('takes no money spent as the works (完成投资5亿元，受益群众…)', () => {
    const served = figures('完成投资5亿元，受益群众2万人。').at(-1)
    expect(served?.label).toBe('受益群众')
    expect(served && needsCheck(served)).toBe(true)
  })
})
