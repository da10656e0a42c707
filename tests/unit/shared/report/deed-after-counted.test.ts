import { describe, expect, it } from 'vitest'
import { needsCheck } from '../../../../src-shared/report/needs-check'
import { figures } from './figures'

/** label and whether a person is asked to check it, per figure. */
const checked = (...sentences: string[]) => figures(...sentences).map((m) => `${m.label}${needsCheck(m) ? ' 待核对' : ''}`)

describe('things counted before a deed that picks some of them out are checked by a person (纳入, 列入, 进入, 免费开放, 驰援, 受益)', () => {
  it.each([
    // Counts opening their clause are named with their deed now (rules/deed-of-counted.ts), which needs no check.
    ['20种门诊慢特病纳入医保报销。', '门诊慢特病纳入医保报销'],
    ['9个产业项目列入省重点项目。', '产业项目列入省重点项目'],
    ['3个山区县全部进入全国百强县名单。', '山区县 待核对'],
    ['12座体育场馆免费开放。', '体育场馆 待核对'],
    ['先后选派36名护理人员驰援邻县。', '护理人员 待核对'],
    ['近9万户个体工商户受益。', '个体工商户 待核对'],
    ['40名困难职工稳步纳入社会救助。', '困难职工 待核对'],
  ])('%s', (sentence, expected) => {
    expect(checked(sentence)).toEqual([expected])
  })

  it('leaves things counted before a deed of progress or completion, which the label files name by the noun', () => {
    expect(checked('15件民生实事全面完成。', '8个重点项目加快建设。', '12座体育场馆全部建成。')).toEqual(['民生实事', '重点项目', '体育场馆'])
  })

  it('leaves a figure that is not the count before the noun (the things named before the figure)', () => {
    expect(checked('纳入医保的慢性病达到18种。')).toEqual([expect.not.stringContaining('待核对')])
  })
})
