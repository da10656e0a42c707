import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

/**
 * People or things counted before what they got: a verb with its complement of result and 了 (用上了, 住上了, 吃上了),
 * or 受到. The noun ends before the verb, never inside it (家庭用, 个人受), and the label keeps what they got.
 */
describe('what the counted received', () => {
  it('ends the noun before a verb with its complement of result and 了', () => {
    expect(lvu('老城区改造完成，1.6万户家庭用上了管道燃气。')).toEqual([['家庭用上管道燃气户数', 1.6, '万户']])
    expect(lvu('全年又有2400户居民住上了新房。')).toEqual([['居民住上新房户数', 2400, '户']])
    expect(lvu('全县8000余名学生吃上了免费午餐。')).toEqual([['学生吃上免费午餐', 8000, '名']])
  })
  it('keeps 受到 and what follows as the things counted', () => {
    expect(lvu('5名教师受到省政府表彰。')).toEqual([['教师受到省政府表彰', 5, '名']])
    expect(lvu('资助政策落实到位，1.2万名困难学生受到学费资助。')).toEqual([['困难学生受到学费资助', 1.2, '万名']])
  })
  it('leaves a verb without a complement of result and a destination as they were', () => {
    expect(lvu('2万户居民住进新房。')).toEqual([['居民住进新房户数', 2, '万户']])
    expect(lvu('选派300名骨干医生到乡镇卫生院。')).toEqual([['骨干医生', 300, '名']])
  })
})
