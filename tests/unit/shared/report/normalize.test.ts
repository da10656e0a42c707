import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { normalizeForAnalysis } from '../../../../src-shared/report/normalize'

describe('normalizeForAnalysis', () => {
  it('maps full-width digits, letters and ％．，：（） to half-width', () => {
    expect(normalizeForAnalysis('增长６．５％，ＧＤＰ（一）：')).toBe('增长6.5%,GDP(一):')
  })
  it('maps U+3000 and other spaces to a space and \\r to \\n', () => {
    expect(normalizeForAnalysis('县长\u3000王某\u00a0\t\r\n')).toBe('县长 王某  \n\n')
  })
  it('keeps Chinese punctuation that is not full-width ASCII', () => {
    expect(normalizeForAnalysis('一、二。“三”')).toBe('一、二。“三”')
  })
  it('preserves length for any string (offsets are shared with the original)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => normalizeForAnalysis(s).length === s.length))
  })
})
