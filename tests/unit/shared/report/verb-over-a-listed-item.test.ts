import { describe, expect, it } from 'vitest'
import { figures } from './figures'

const labels = (...sentences: string[]) => figures(...sentences).map((m) => `${m.label}=${m.value}${m.unit}`)

describe('a defining verb of a series covers a later item that is itself a list (新增…18个、A和B各2家)', () => {
  it.each([
    ['新增市级重点实验室12个、工程技术研究中心和企业技术中心各5家。', ['新增市级重点实验室=12个', '新增工程技术研究中心=5家', '新增企业技术中心=5家']],
    ['全年退出采砂场6家、小水电和风电各2座、砖瓦窑3个。', ['退出采砂场=6家', '退出小水电=2座', '退出风电=2座', '退出砖瓦窑=3个']],
  ])('%s', (sentence, expected) => {
    expect(labels(sentence)).toEqual(expected)
  })

  it('leaves a list that opens a sentence of its own (no series before it)', () => {
    expect(labels('全年新增市级重点实验室12个。', '工程技术研究中心和企业技术中心各达到5家。')).toEqual(['新增市级重点实验室=12个', '工程技术研究中心=5家', '企业技术中心=5家'])
  })
})
