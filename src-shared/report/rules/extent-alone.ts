import type { Rule } from './types'

/** Extents and counts that say nothing of whose they are when named alone. */
const EXTENTS: readonly string[] = ['总面积', '面积', '总里程', '里程', '总长度', '长度', '用户', '人数', '户数']
/** Verbs of the works an extent may be read with (`改造面积`, `新增里程`): they say what was done, not to what. */
const WORKS_VERBS: readonly string[] = [
  '恢复治理', '改造', '建设', '新建', '新增', '建成', '整治', '治理', '实施', '完成', '拆除', '征收', '开发', '种植', '播种', '绿化',
  '硬化', '铺设', '受灾',
]
const EXTENT_ALONE = new RegExp(`^(?:${WORKS_VERBS.join('|')})?(?:${EXTENTS.join('|')})$`, 'u')

/**
 * `实施老旧小区改造项目121个，改造面积812万平方米`, `新增7个县通高速公路，新增里程567公里`, `新建管道燃气60公里，新增用户
 * 3万户`: an extent or a count of users named alone, perhaps after the verb of the works, has lost whose it is (the old
 * residential areas', the expressways', the gas network's); on a slide it says nothing. A person checks it (待核对).
 * A label its rules completed from the sentence (`context`) names the owner already.
 */
export const extentAlone: Rule = {
  name: 'extent-alone',
  apply(st) {
    if (st.dropped) return
    for (const d of st.drafts) {
      if ((d.labelSource === 'subject' || d.labelSource === 'noun') && EXTENT_ALONE.test(d.label)) d.reasons.add('label-vague')
    }
  },
}
