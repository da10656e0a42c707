import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const view = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.unit, m.kind])

describe('rule: counted-rate', () => {
  it('reads a count before the name of a rate as part of the name, and gives the rate its percentage', () => {
    expect(view('全市9个省控断面水质优良比例、城市饮用水水源地水质达标率均达到100%。')).toEqual([
      ['省控断面水质优良比例', 100, '%', 'share'],
      ['城市饮用水水源地水质达标率', 100, '%', 'share'],
    ])
    expect(view('全市13个重点监测断面水质优良比例达到92.3%。')).toEqual([['重点监测断面水质优良比例', 92.3, '%', 'share']])
  })
  it('keeps a count of things that are no rate, and a count with no percentage after it', () => {
    expect(view('建成12个污水处理厂，处理率达到95%。')[0]).toEqual(['污水处理厂', 12, '个', 'count'])
    expect(view('新建8个水质监测站。')).toEqual([['新建水质监测站', 8, '个', 'count']])
  })
})
