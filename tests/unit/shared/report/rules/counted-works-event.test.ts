import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: counted-works-event', () => {
  it('shows a count of works named by a short noun with what became of them', () => {
    expect(lvu('全年215个项目开工建设。')).toEqual([['项目开工建设', 215, '个']])
    expect(lvu('9条道路完工，城市路网更加通畅。')).toEqual([['道路完工', 9, '条']])
  })
  it('reads names closed by 等 before the count as examples of the works', () => {
    expect(lvu('北城物流园、南湖新材料等64个项目竣工投产。')).toEqual([['项目竣工投产', 64, '个']])
    expect(lvu('推进滨江大道等12个项目相继开工。')).toEqual([['项目开工', 12, '个']])
  })
  it('quotes the events with the count', () => {
    expect(figures('北城物流园等64个项目竣工投产，新增产能一批。')[0]?.quote).toBe('北城物流园等64个项目竣工投产')
  })
  it('leaves the clauses after it about the works, not the events', () => {
    expect(lvu('西江大桥等38个项目开工建设，总投资420亿元。')).toEqual([
      ['项目开工建设', 38, '个'],
      ['项目总投资', 420, '亿元'],
    ])
  })
  it('keeps the count silent when something else than an event follows', () => {
    expect(lvu('东湖路等6条道路加快推进。')).toEqual([])
  })
  it('leaves the works to a subject that stands before the count', () => {
    expect(lvu('开发区7个项目开工建设。').map(([l]) => l)).not.toContain('项目开工建设')
  })
})
