import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const view = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.kind, m.qualifier])

describe('rule: cut-by-rate', () => {
  it('reads a cut written as its rate before the verb as a fall of what the verb cuts', () => {
    expect(view('各部门按不低于8%的幅度压缩会议经费。')).toEqual([['会议经费', -8, 'growth', '不低于']])
    expect(view('按10%的比例削减非刚性支出。')).toEqual([['非刚性支出', -10, 'growth', null]])
  })
  it('leaves a rate before a verb that cuts nothing', () => {
    expect(view('按不低于8%的幅度增加教育投入。').map(([, v]) => v)).not.toContain(-8)
  })
})
