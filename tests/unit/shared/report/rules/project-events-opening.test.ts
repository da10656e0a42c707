import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

/** A later event of things whose opening the sentence counted first (rules/project-events.ts, words/verbs.ts). */
describe('rule: project-events, after an opening event', () => {
  it('names what was built or finished by the things, not by their opening (新开工…，基本建成…)', () => {
    expect(figures('新开工保障性租赁住房4200套，基本建成3100套；开工建设安置房1800套，建成1500套。').map((m) => [m.label, m.value])).toEqual([
      ['新开工保障性租赁住房', 4200],
      ['保障性租赁住房基本建成', 3100],
      ['开工建设安置房', 1800],
      ['安置房建成', 1500],
    ])
  })

  it('keeps an opening that is one of two (开工和在建) and a build verb of a compound (新建、改扩建)', () => {
    expect(figures('开工和在建标准厂房320万平方米，建成110万平方米。新建、改扩建中小学12所，投用9所。').map((m) => m.label)).toEqual([
      '开工和在建标准厂房',
      '开工和在建标准厂房建成',
      '新建、改扩建中小学',
      '新建、改扩建中小学投用',
    ])
  })
})
