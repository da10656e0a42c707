import { describe, expect, it } from 'vitest'
import { needsCheck } from '../../../../src-shared/report/needs-check'
import { figures } from './figures'

/** label and whether a person is asked to check it, per figure. */
const checked = (...sentences: string[]) => figures(...sentences).map((m) => `${m.label}${needsCheck(m) ? ' 待核对' : ''}`)

describe('an extent or a count of users named alone is checked by a person (改造面积, 新增里程, 新增用户)', () => {
  it.each([
    ['推进棚户区改造项目56个，改造面积96万平方米。', ['棚户区改造项目', '改造面积 待核对']],
    ['新增4个县通高速公路，新增里程312公里。', ['新增里程 待核对']],
    ['新建天然气管网85公里，新增用户2.6万户。', ['新建天然气管网', '新增用户 待核对']],
    ['种植面积达到28万亩。', ['种植面积 待核对']],
  ])('%s', (sentence, expected) => {
    expect(checked(sentence).slice(-expected.length)).toEqual(expected)
  })

  it('leaves an extent that names whose it is (茶叶种植面积, 城市轨道交通运营里程)', () => {
    expect(checked('全市茶叶种植面积达到28万亩。', '城市轨道交通运营里程达到96公里。')).toEqual(['茶叶种植面积', '城市轨道交通运营里程'])
  })
})
