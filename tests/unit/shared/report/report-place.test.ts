import { describe, expect, it } from 'vitest'
import { reportPlaceOf } from '../../../../src-shared/report/report-identity'

/** The place from the report's head (speaker-line.ts), in the forms the sweep of unlabelled reports met. */
describe('the report’s place from its head', () => {
  it('reads the meeting on a date line that ends at 会议 without 上', () => {
    expect(reportPlaceOf('', '——2019年1月8日在某某市第十五届人民代表大会第二次会议\n各位代表：\n现在，我代表市人民政府向大会报告工作。')).toBe('某某市')
  })

  it('reads no place from a government named by its term alone (我代表州第十四届人民政府), but its level', () => {
    const text = '——2022年2月10日在州第十五届人民代表大会第一次会议上\n各位代表：\n现在，我代表州第十四届人民政府，向大会报告工作。楚雄州经济平稳，楚雄州人口稳定。'
    expect(reportPlaceOf('', text)).toBe('楚雄彝族自治州')
    expect(reportPlaceOf('', text.replace(/楚雄州/g, '本州'))).toBeNull()
  })
})
