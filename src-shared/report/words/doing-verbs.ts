/**
 * Verbs of mere doing at a label's head, before the things they count (`发展农民专业合作社4121家` counts the 合作社,
 * `梳理“零跑动”事项1498项` the 事项, `铺设平价菜销售网点118个` the 网点): they say that work was done, not what was counted,
 * and the label files drop each before a thing (发展 1/0 — 新发展, which defines the count, stays as one word —,
 * 梳理 2/0, 铺设 1/0 with 新铺设 kept as it defines, 排查整治 1/0, 推出 9/0 already). They go from a
 * label's head only (clause.ts), never from inside a name (`可持续发展实验区`), and only before a noun of three
 * characters or more: a two-character noun alone says too little (`投入…发展教育`, `排查企业`). Not 生产 (生产总值,
 * 生产安全事故 open labels) nor 运营 (运营里程 is what is measured).
 */
export const MERE_DOING_VERBS: readonly string[] = ['发展壮大', '发展', '梳理出', '梳理', '铺设', '排查整治', '排查']

/**
 * Set phrases of manner before a verb (`蹄疾步稳推出…改革举措`, `举一反三排查…隐患`, `分区分类建设高标准农田`): how the
 * work was done, never part of what is counted. They join LEADING_ADVERBS (labels.ts):
 * they go from a label's head.
 */
export const MANNER_PHRASES: readonly string[] = [
  '蹄疾步稳', '举一反三', '分区分类', '分类分批', '分批分类',
  // 多措并举化解…, 因地制宜建设…: how the work was done. (Not 集中攻坚 nor 挂图作战, which also name a kind of things:
  // `集中攻坚工作队`, `挂图作战项目`.)
  '多措并举', '因地制宜',
]

/**
 * Words that open like a verb of mere doing but are one word, or name how development went (`发展中国家`, `发展大道`,
 * `发展类村庄`, `发展资金`, `发展潜力大`, `发展相对滞后的企业`, `排查出确诊病例`): the verb stays there; and 共有产权,
 * which a label opens with once 发展 went before it (共 is an opener elsewhere). They join WORDS_LIKE_OPENERS (labels.ts).
 */
export const WORDS_OPENING_LIKE_DOING: readonly string[] = [
  '发展中', '发展大道', '发展路', '发展街', '发展类', '发展规划', '发展环境', '发展改革', '发展资金', '发展基金', '发展潜力',
  '发展相对', '发展滞后', '发展难题', '发展指标', '发展水平', '发展质量', '发展速度', '发展政策', '排查出', '共有产权',
]

/**
 * Verbs that link a doer to the thing measured (`某重点实验室助力页岩油年产量突破…`, `高校院所开展科技合作项目72项`,
 * `指挥部下设工作组（专班）13个`, `大行动解决企业各类问题3580个`, `银行降息每年节约债务利息支出7亿元`): the doer before
 * them, itself a clause (a body, a campaign, a policy), owns no part of the figure, and the label files drop it every time
 * (开展 15 of 16, 解决 8/8, 争取 10/12 with 向上争取 kept twice, 兑现 2/2, 助力 1/1, 下设 1/1, 节约 2/2, 吸引 1/1, 推动 2/2).
 * What follows the verb is read as a label opened by it (the verb goes or stays as it does at a label's head). Not 带动
 * (`以旧换新带动消费`, `创业带动就业`: the cause names the figure, kept 3 of 4), nor 完成, 实现, 引进, 建成, 新增, whose doer
 * owns what they measure (`产业园实现营业收入` → 产业园营业收入).
 */
export const DOER_LINKING_VERBS: readonly string[] = ['助力', '开展', '下设', '推动', '解决', '兑现', '争取', '节约', '吸引']
