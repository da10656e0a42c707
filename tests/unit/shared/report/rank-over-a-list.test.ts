import { describe, expect, it } from 'vitest'
import { figures } from './figures'

const labels = (...sentences: string[]) => figures(...sentences).map((m) => `${m.label}=${m.value}${m.unit}`)

describe('a rank before the first item of a list is a later item’s when that item is the same kind of thing', () => {
  it.each([
    ['新创建省级美丽庭院、美丽乡村各25个。', ['新创建省级美丽庭院=25个', '新创建省级美丽乡村=25个']],
    ['建成市级生态乡镇、村各9个。', ['市级生态乡镇=9个', '市级生态村=9个']],
    ['市级示范合作社、示范家庭农场分别达到120家、60家。', ['市级示范合作社=120家', '市级示范家庭农场=60家']],
    ['省级数字工厂、数字车间数量均居全省第一。', ['省级数字工厂数量=1位', '省级数字车间数量=1位']],
  ])('%s', (sentence, expected) => {
    expect(labels(sentence)).toEqual(expected)
  })

  it('is not given to an item of another kind, nor to one that names its own rank', () => {
    expect(labels('国家高新技术企业、科技型中小企业分别达到440家、520家。')).toEqual(['国家高新技术企业=440家', '科技型中小企业=520家'])
    expect(labels('省级重点实验室、国家级工程研究中心分别达到12家、3家。')).toEqual(['省级重点实验室=12家', '国家级工程研究中心=3家'])
  })
})
