import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

const placeOf = (head: string) => analyzeReportText(`${head}\n\n各位代表：\n\n现在，我代表市人民政府向大会报告工作，请予审议。\n\n一、2020年工作回顾\n\n全市生产总值增长4%。`).place

describe('the place of a date line a web page prints on two lines, or with a space before the term', () => {
  it('reads the place before a blank line when the meeting goes on after it (`在合肥市` / `第十六届人民代表大会…`)', () => {
    expect(placeOf('——2021年1月18日在某山市\n\n第十六届人民代表大会第四次会议上')).toBe('某山市')
    expect(placeOf('政府工作报告\n\n——2021年2月25日在某宁市第十五届\n\n人民代表大会第八次会议上')).toBe('某宁市')
  })

  it('reads the place before a space and the term (`在某某岛市 第七届人民代表大会`)', () => {
    expect(placeOf('——2021年1月7日在某芦岛市 第七届人民代表大会第五次会议上')).toBe('某芦岛市')
  })

  it('reads no place from a date line that names none', () => {
    expect(placeOf('——2021年1月7日在市第十六届人民代表大会第四次会议上')).toBeNull()
  })
})
