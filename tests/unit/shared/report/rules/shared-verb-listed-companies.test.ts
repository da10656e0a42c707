import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: shared-verb over a listed company (上市公司 is a noun, not a verb of its own)', () => {
  it('carries the defining verb of the series to 上市公司, 上市企业 and 挂牌企业', () => {
    expect(lvu('新增规上工业企业180家、上市公司6家以上。').map((f) => f[0])).toEqual(['新增规上工业企业', '新增上市公司'])
    expect(lvu('新增高新技术企业300家、上市企业4家、挂牌企业12家。').map((f) => f[0])).toEqual(['新增高新技术企业', '新增上市企业', '新增挂牌企业'])
  })

  it('still leaves an item that opens with a verb of its own alone', () => {
    expect(lvu('新增规上工业企业180家、签约项目25个。').map((f) => f[0])[1]).toBe('签约项目')
  })
})
