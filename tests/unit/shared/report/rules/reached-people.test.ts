import { describe, expect, it } from 'vitest'
import { needsCheck } from '../../../../../src-shared/report/needs-check'
import { figures } from '../figures'

describe('rule: served-beneficiary, people a programme reached (惠及)', () => {
  it('flags a count after 惠及 labelled by the people alone', () => {
    const [reached] = figures('城乡医疗救助惠及38万名困难群众。')
    expect(reached).toMatchObject({ label: '困难群众', value: 38, unit: '万名' })
    expect(reached && needsCheck(reached)).toBe(true)
  })
  it('leaves a count labelled by the programme that reached them', () => {
    const [reached] = figures('“惠民保”惠及56万人。')
    expect(reached).toMatchObject({ label: '惠民保', value: 56, unit: '万人' })
    expect(reached && needsCheck(reached)).toBe(false)
  })
})
