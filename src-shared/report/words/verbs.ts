import { COUNTING_VERBS } from './counting-verbs'

/**
 * Verbs of the genre, read right before a figure (after any qualifier). Words are data.
 *
 * Roles: `up` / `down` change a level by the figure (`增长5%`, `下降1.2%`: growth, a fall is negative); `level`
 * reaches it (`达到`, `提高到`, `控制在`: the figure is the level itself); `neutral` does neither (`完成`, `新增`);
 * `more` / `less` compare with something (`高于全国0.5个百分点`).
 */
export type VerbRole = 'up' | 'down' | 'level' | 'neutral' | 'more' | 'less'

export const VERBS: readonly (readonly [string, VerbRole])[] = [
  ['提高到', 'level'], ['提高至', 'level'], ['提升到', 'level'], ['提升至', 'level'],
  ['上升到', 'level'], ['上升至', 'level'], ['跃升到', 'level'], ['跃升至', 'level'], ['增长到', 'level'], ['增长至', 'level'],
  ['增加到', 'level'], ['增加至', 'level'], ['扩大到', 'level'], ['扩大至', 'level'],
  ['拓展到', 'level'], ['拓展至', 'level'], ['扩展到', 'level'], ['扩展至', 'level'], ['延伸到', 'level'], ['延伸至', 'level'],
  ['延长到', 'level'], ['延长至', 'level'],
  ['下降到', 'level'], ['下降至', 'level'], ['降低到', 'level'], ['降低至', 'level'],
  ['减少到', 'level'], ['减少至', 'level'], ['缩小到', 'level'], ['缩小至', 'level'],
  ['压减至', 'level'], ['压减到', 'level'], ['消减至', 'level'], ['消减到', 'level'], ['缩减至', 'level'], ['缩减到', 'level'], ['缩减为', 'level'], ['缩短至', 'level'],
  ['缩短到', 'level'], ['精简至', 'level'], ['精简到', 'level'], ['精简为', 'level'], ['压缩至', 'level'], ['压缩到', 'level'], ['压至', 'level'], ['压到', 'level'],
  ['收窄到', 'level'], ['收窄至', 'level'], ['收窄为', 'level'], ['控制在', 'level'], ['控制到', 'level'], ['稳定在', 'level'],
  // 城镇登记失业率处于3.5%的较低水平: where a level stands.
  ['处于', 'level'], ['处在', 'level'],
  ['保持在', 'level'], ['维持在', 'level'], ['达到', 'level'], ['达至', 'level'], ['迈上', 'level'],
  ['确定为', 'level'], ['确定', 'level'], ['设定在', 'level'], ['设定为', 'level'], ['跨越', 'level'], ['连跨', 'level'], ['迈过', 'level'], ['发展到', 'level'], ['发展至', 'level'], ['恢复到', 'level'], ['恢复至', 'level'],
  ['跨上', 'level'], ['跃上', 'level'], ['站上', 'level'], ['登上', 'level'], ['增至', 'level'], ['升至', 'level'], ['降至', 'level'], ['降到', 'level'], ['减至', 'level'],
  // 面积扩至535平方公里, 占比提至30%: the one-character verbs of a change, with where it ends.
  ['扩至', 'level'], ['扩到', 'level'], ['提至', 'level'], ['涨至', 'level'], ['跌至', 'level'], ['缩至', 'level'], ['增到', 'level'], ['减到', 'level'], ['升到', 'level'], ['跃至', 'level'],
  // 证明由51种下调到9种, 企业开办时间提速至3小时内: adjusted or sped up to where a level ends.
  ['下调到', 'level'], ['下调至', 'level'], ['上调到', 'level'], ['上调至', 'level'], ['提速至', 'level'], ['提速到', 'level'],
  ['回升到', 'level'], ['回升至', 'level'], ['削减到', 'level'], ['削减至', 'level'], ['精减到', 'level'], ['精减至', 'level'], ['扩增到', 'level'], ['扩增至', 'level'],
  ['提高', 'up'], ['提升', 'up'], ['上升', 'up'], ['上涨', 'up'], ['攀升', 'up'], ['扩大', 'up'], ['递增', 'up'],
  // 比增8.5% (Fujian's short 比上年增长): 比 is the comparison, not the subject.
  ['比增', 'up'], ['比降', 'down'], ['比减', 'down'],
  ['增长', 'up'], ['净增长', 'up'], ['增加', 'up'], ['多出', 'more'], ['高出', 'more'], ['高于', 'more'],
  // 优良水体比例优于目标40个百分点: better than, a difference as 高于 gives one.
  ['优于', 'more'], ['好于', 'more'],
  ['快于', 'more'], ['下降', 'down'], ['降低', 'down'], ['压减', 'down'], ['压降', 'down'], ['压缩', 'down'], ['回落', 'down'],
  ['下滑', 'down'], ['缩减', 'down'], ['缩小', 'down'], ['缩短', 'down'], ['下跌', 'down'], ['微降', 'down'], ['递减', 'down'], ['精简', 'down'], ['削减', 'down'],
  ['减少', 'down'], ['低于', 'less'], ['慢于', 'less'],
  ['提标', 'up'], ['上调', 'up'], ['下调', 'down'], ['调增', 'up'], ['调减', 'down'],
  ['完成', 'neutral'], ['实现', 'neutral'], ['做到', 'neutral'], ['保持', 'neutral'], ['占', 'neutral'],
  ['安排', 'neutral'], ['惠及', 'neutral'], ['覆盖', 'neutral'], ['有', 'level'],
  // 高校毕业生将高达765万人: as high as, a level (not 将高 and 达).
  ['高达', 'level'], ['多达', 'level'],
  // 一线边民年人均最高达1.2万元: at most, a level (not 最 and 高达).
  ['最高达', 'level'], ['最多达', 'level'],
  ['按', 'level'], ['达', 'level'], ['为', 'level'], ['是', 'level'], ['至', 'level'], ['到', 'level'], ['在', 'level'],
  // 机采率再提3个百分点: 提 alone, as 提高.
  ['减', 'down'], ['降', 'down'], ['增', 'up'], ['涨', 'up'], ['提', 'up'], ['多', 'more'],
]

/**
 * Words that end in a one-character verb (新增, 递增, 锐减, 拥有, 众多): there the character is part of the word, not a
 * verb. Only these: a character that binds one verb binds no other (受益群众达41万户: 达 is the verb, 众 binds 多 only).
 */
export const WORDS_ENDING_IN_A_VERB: readonly string[] = [
  '新增', '递增', '递减', '剧增', '剧减', '锐减', '猛增', '猛涨', '骤增', '骤降', '骤减', '净增', '净减', '倍增',
  '拥有', '具有', '持有', '享有', '所有', '没有', '现有', '含有', '共有', '所在', '现在', '所占', '所至', '所为',
  '更多', '众多', '许多', '较多', '很多', '最多', '诸多', '更为', '较为', '最为', '更是',
  '前提', '手提',
]

/**
 * Verbs that take a counted object after the figure (`新增150项关键技术`, `发行1万亿元抗疫特别国债`): after one of
 * these, a number followed by its noun is a figure, not an attribute (`华友二期10万吨高纯镍` is one).
 */
export const OBJECT_VERBS: readonly string[] = [
  '新改建', '新改扩建', '新建改扩建', '改扩建', '启动',
  '新增', '新建', '新开工', '建成', '建设', '完成', '实施', '推出', '出台', '发行', '使用', '动用', '守住', '确定', '调派',
  '安排', '引进', '培育', '打造', '创建', '开展', '举办', '发放', '投入', '惠及', '带动', '吸引', '贡献', '设立', '组建',
  '招引', '签约', '办结', '办理', '帮助', '解决', '覆盖', '培训', '救助', '认定', '新认定', '改造', '提供', '资助',
  '减免', '落实', '筹集', '争取', '获得', '下达', '拨付', '承办', '接待', '转移', '吸纳', '开通', '新开通', '开设',
  '开通运营', '建立', '制定', '修订', '出台实施', '部署', '发布', '形成', '攻克', '夺得', '勇夺', '荣获', '斩获', '维修改造', '改造提升',
  '提升改造', '淘汰', '推进', '启动', '创成', '争创', '遴选', '净增', '保障', '新开工建设', '开工建设', '升级改造',
  '提质改造', '改造升级', '提档升级',
  '营造', '构筑', '促成', '建成投产', '建成投用', '建成投运', ...COUNTING_VERBS,
]

/**
 * Verbs and adverbs that end the noun after a figure (`10个“二线口岸”正式启用`: the noun is 二线口岸), so a
 * label read forwards stops there.
 */
export const NOUN_STOPS: readonly string[] = [
  '正式', '全部', '全面', '保质保量', '按年度', '按计划', '已经', '已', '均', '分别', '相继', '先后', '顺利', '成功', '累计', '陆续', '率先',
  '启用', '出台', '施行', '纳入', '投向', '用于', '支持', '帮助', '受益', '开工', '投产', '落地', '获批', '达标',
  '通过', '参与', '入选', '上线', '运行', '得到', '获得', '享受', '领取', '驰援', '获评', '按照', '开展', '调整',
  '交由', '免费', '圆满', '不降', '不减', '直接', '完工', '竣工', '投入使用', '投入运营', '投用', '位列', '进入', '跻身', '列入', '入围',
  '荣获', '获', '构建', '担任', '实现', '取得', '不及', '进展', '加快', '增设', '汛前', '按期', '如期', '提前', '接受', '落户', '赴',
  '并投入', '并投用', '并交付',
  // 8个项目尽快开工, 20家企业力争上市: an adverb of the plan opens the predicate; no noun holds it.
  '尽快', '力争',
  // 9000人通过搬迁过上新生活: a verb with its complement of result, which no noun holds.
  '过上',
  // 12万名退休人员人均月增养老金…: a measure per head starts after the people counted.
  '人均', '户均',
  // 40万贫困人口稳定脱贫: 稳定 says how lastingly they left poverty; the people are the noun.
  '稳定脱贫', '稳定退出',
]

/**
 * What the people or things counted before them received (`2万名贫困学生受到教育资助`, `3名个人受到全国表彰`): the noun
 * ends before it (not at the 到 of a destination), and the label keeps it (受到表彰 is who is counted).
 */
export const VERBS_OF_RECEIVING: readonly string[] = ['受到']

/**
 * What became of the things counted after them: words that open a predicate (`12个输变电项目有序推进`, `为300名老人提供…`) and
 * predicates that close the clause (`8个贫困县摘帽`). The label is the things, when they are named in three
 * characters or more (`6所学校建成投用` keeps its predicate: 学校 alone says too little).
 */
export const PREDICATE_OPENERS: readonly string[] = [
  '有序', '稳步', '全线', '提供', '开通', '退出',
  // 12个技改项目扎实推进, 9家企业实质出清, 6个场馆填补空白, 20项技术集中攻关: adverbs and verbs that open what became
  // of the things; the label files drop them after a count every time (扎实 2/0, 实质 1/0, 填补 1/0, 集中攻关 1/0).
  // Not 就地: after 实现 (实现10万人就地转户) the event is what is counted, as with the closing predicates below.
  '扎实', '实质', '频频', '填补', '集中攻关',
  // 国际友城交流持续深化, 670万农村贫困人口稳定脱贫, 8个断面水质稳定达标: the adverb with its verb (持续 alone stands inside
  // 可持续); the label files drop them after a count every time (12/0 over 稳定/全部…). (…推进 closing the clause: PROGRESS_PREDICATES.)
  '持续深化', '持续优化', '稳定脱贫', '稳定达标', '全部稳定脱贫', '全部脱贫',
  // 82个项目相继开工, 53个项目陆续投产: adverbs of the things' turn.
  '相继', '陆续',
  // 16个特色产业持续巩固提升, 6家实验室多出成果, 50项实事提交大会票决: the adverb with its verb, or a deed of the
  // things (持续 alone stands inside 可持续; 提交 alone inside a quoted name, `“免于提交”事项`).
  '持续巩固', '持续提升', '持续壮大', '持续增强', '持续改善', '持续扩大', '多出成果', '提交大会',
]
/**
 * How the work on the things counted goes on, closing the clause (`17个重大项目加速推进`, `11个特色园区建设扎实推进`,
 * `488项重点改革任务深入推进`): no part of what is counted, even after an event (建设) that the noun ends in.
 */
export const PROGRESS_PREDICATES: readonly string[] = [
  '加速推进', '加快推进', '有序推进', '扎实推进', '深入推进', '稳步推进', '顺利推进', '全面推进', '持续推进', '有力推进', '积极推进',
  '强力推进', '大力推进', '高效推进', '快速推进', '稳妥推进', '加快建设', '加速建设',
  // 40多个场景应用加速上线, 102个跨省合作事项加速落地: the pace of what became of them.
  '加速上线', '加快上线', '加速落地', '加快落地', '加速构建', '加快构建',
]
/**
 * The progress of the things counted, closing the clause as the object of a verb before the count (`加快37件续建重点水利工程
 * 进度`, `加快6条在建高速公路建设进度`): what is counted is the things, not their progress. Not after a word saying what
 * the progress is measured against or of (PROGRESS_MEASURED: `达到序时进度`, `形象进度`), which is the figure's measure.
 */
export const PROGRESS_OBJECTS: readonly string[] = ['建设进度', '创建进度', '审核审批进度', '进度']
export const PROGRESS_MEASURED: readonly string[] = ['序时', '时序', '时间', '形象', '总体', '整体', '投资', '完成']

export const CLOSING_PREDICATES: readonly string[] = [
  '建成投运', '建成投产', '建成投用', '建成通车', '投运', '贯通', '摘帽', '脱贫出列', '出列', '基本完成', '全面完成', '整治完工', '建设完成',
  // 63万农村贫困人口脱贫, 7所普通高中完成改扩建, 24家机构完成整改验收: the label files name the things alone (脱贫 after
  // the people counted: dropped 17 times, kept twice, both after 实现, which keeps the event: VERBS_OF_EVENTS).
  '脱贫', '完成改扩建', '完成改造', '完成整改验收', '完成整改',
  // 8条断头路打通, 40个帮扶项目启动, 12家事业单位转企改制, 30家企业上云, 一支基金设立运营: dropped after a count every
  // time in the label files (打通 1/0, 启动 1/0, 转企改制 1/0, 上云 1/0).
  '打通', '启动', '转企改制', '上云', '设立运营',
  // 3家风电场并网发电, 5座光伏电站并网: what became of the power plants counted, not their name (the held-out labels
  // drop it after a count or leave the figure out).
  '并网发电', '并网运行', '并网',
  // 24个城市游园建成开园, 91家农村福利院完成升级改造, 4个美丽乡村示范片区基本建成, 5家省实验室建成运行, 15个示范乡镇启动建设,
  // 4.5万城镇贫困群众脱贫解困, 39幢产业大楼全面建成: the label files name the things alone every time (7/0).
  '建成开园', '完成升级改造', '基本建成', '全面建成', '建成运行', '启动建设', '脱贫解困',
  // 10个50亿元以上项目签约落地: dropped by the label files (湖州).
  '签约落地',
  // 30个片区规划基本形成, 8个村基本实现…: 基本 with the verb of its state closing the clause (基本 alone opens nouns: 基本农田).
  '基本形成', '基本实现', '基本建立', '基本消除',
  // 260家企业生产经营平稳, 18项赛事叫好又叫座: how the things counted fare, or what they were praised
  // for, closing the clause; no part of what is counted.
  '生产运营平稳', '生产经营平稳', '运营平稳', '运行平稳', '叫好又叫座',
]

/**
 * Predicates of honour and selection (`4所高校入选省高水平大学行列`, `7部作品获评国家“五个一工程”奖`): after a count of
 * things named by one or two characters, the honour says which of them are counted, so the figure shows with it.
 */
export const HONOUR_PREDICATES: readonly string[] = [
  '入选', '获评为', '获评', '荣获', '荣登', '获批', '被评为', '被认定为', '进入', '成功创建', '创建', '入围', '跻身',
  // 4个产品被纳入全国名特优新农产品目录, 3个县区被列入省级试点: being taken into a list or plan says which are counted.
  '被纳入', '被列入',
]

/**
 * Deeds that say what became of things counted before them (`6个项目列入省重点工业项目`, `28项成果获国家科学技术奖`,
 * `52个县通过国家义务教育均衡发展评估认定`, `841条村庄开展整治工作`, `10座电站投产发电`): after a count of things named
 * by one or two characters (silent alone), the deed says which of them are counted, and the label files name them with
 * it, as written (noun + deed: 17 of the 22 such labels; 获…成果 or the class alone the rest). Honours with a class
 * of their own (入选, 获评, 进入…) are HONOUR_PREDICATES'; works done (建成, 完工, 开工) name the things alone. Longest first.
 */
export const DEEDS_ON_COUNTED: readonly string[] = [
  '复制推广', '全国推广', '列入', '纳入', '获得', '荣获', '获', '通过', '达到', '开展', '实现', '投产', '上榜',
]

/**
 * Changes of state that define which of the things counted before them are meant, after a noun long enough to stand
 * alone (`7587名失业人员实现再就业`, `57项重点领域改革列入国省试点`, `6家市属集团公司获得AAA主体信用评级`, `47名确诊患者全部
 * 治愈`): the noun alone would count all such things (all the unemployed), so the figure shows with its deed, as most
 * label files write it (held-out labels after such a count opening its clause, deed kept / dropped: 列入 2/0, 纳入 2/0,
 * 获得·荣获…奖/称号/评级 3/0, 驰援 2/1, 治愈 1/0, 跻身 1/0, 享受 2/0, 上线运行 1/0; 实现 6/3 and 通过 3/3 are split, but
 * there the noun alone is the misleading reading, and the judges call it wrong: 符合条件的贫困人员 for those 实现应保尽保,
 * 失业人员 for those 实现再就业). Left out, as the label
 * files name the things alone there: works begun or done (开工, 建成, 完工, 完成…; 建成投产 and 竣工投产 after a long name
 * split 3/3, and stay with the noun), leaving poverty (脱贫, 摘帽, 出列, 退出) and honours of a class of their own (入选:
 * 2/4, honoured-count's). Mere doing (开展) stays out too. Longest first.
 */
export const DEEDS_DEFINING_COUNTED: readonly string[] = [
  '上线运行', '列入', '纳入', '获得', '荣获', '获', '通过', '实现', '治愈', '驰援', '跻身', '享受',
]

/**
 * What a 通过 of DEEDS_DEFINING_COUNTED passes ends in (`通过国家验收`, `通过市人大常委会审议`): otherwise 通过 says by what
 * means (`960万贫困人口通过易地扶贫搬迁摆脱…`), and the deed is another statement.
 */
export const PASSED_ENDINGS: readonly string[] = [
  '验收', '审议', '审查', '审核', '评估', '评审', '认定', '认证', '考核', '复核', '复审', '复查', '检查', '督导', '鉴定', '测评', '检测', '核查',
]

/** Deeds of DEEDS_ON_COUNTED that receive something: what they received must be named at the end of the clause. */
export const DEEDS_OF_GETTING: readonly string[] = ['获得', '荣获', '获']

/**
 * What such a deed receives ends in (`获国家科学技术奖`, `获“美丽乡村”荣誉称号`, `获国务院督查激励`, `获国家能耗单列`): a clause
 * ending otherwise (`3项工作获某某副委员长甲，乙分别批示肯定`) may be cut before what was received, so a person checks it.
 */
export const GOT_ENDINGS: readonly string[] = [
  '奖', '奖励', '称号', '荣誉', '评级', '认证', '授权', '激励', '表彰', '表扬', '支持', '资助', '单列', '命名', '示范', '认定', '批复', '立项',
]

/** Adverbs between the things counted and their deed (`全部达到`, `均通过`, `成功列入`): no part of the label. */
export const ADVERBS_BEFORE_A_DEED: readonly string[] = ['全部', '全面', '均', '都', '已经', '已', '成功', '顺利', '率先', '先后', '相继', '正式', '首次', '同时']

/**
 * Verbs of a title given to the things counted before them (`5个县被命名为…示范县`, `3个乡镇被评为…`, `11个镇被确定为…示范镇`): the figure counts
 * holders of the title, labelled by the title. The label files do so every time (3/0: 三明 once, 恩施 twice). Not 入选:
 * there they split (the title 2 times, the things 3), and not 获评 (mixed). Without 被, or with who gave it between
 * (`7个县列为…帮扶县`, `16个村被省政府列为…示范村`), the title is the same. Longest first.
 */
export const TITLE_VERBS: readonly string[] = ['被命名为', '被确定为', '被认定为', '被评为', '被列为', '命名为', '确定为', '认定为', '评为', '列为']

/**
 * Verbs of TITLE_VERBS that also put things on a list of another kind (`7个抽水蓄能电站列为国家重点实施项目`): their title
 * labels the things only when it names things of their kind (`7个县列为…帮扶县`); otherwise the label says both
 * (列为国家重点实施项目的抽水蓄能电站).
 */
export const LISTING_TITLE_VERBS: readonly string[] = ['确定为', '认定为', '列为']

/**
 * 新 or 重新 right before the verb that ends a noun read after a count (`66个项目新开工`, `14种疾病新纳入…范围`,
 * `18个停缓建项目重新启动`): an adverb of the verb, no part of the noun. Not in a word ending in 新 (创新, 更新, 焕然一新…):
 * the characters before 新 that make one.
 */
export const NEW_BEFORE_A_VERB: readonly string[] = ['重新', '新']
export const WORDS_ENDING_IN_NEW_AFTER: string = '创革更换焕出翻最全特一'

/** Words that bind a closing predicate after them (`贫困人口净脱贫`: the net count; `整族脱贫`): it stays in the label. */
export const BOUND_BEFORE_A_PREDICATE: readonly string[] = ['净', '整族', '整村', '整乡', '整县']

/**
 * Verbs that, inside a noun read after a count, say what the things did rather than what they are (`科创企业入驻…`,
 * `保险品种实施政策性保险`, `农村贫困人口告别绝对贫困`): the rules cannot tell where the name ends, so a person checks it.
 */
export const PREDICATES_AFTER_THINGS: readonly string[] = [
  '入驻', '实施', '完成', '形成', '成为', '告别', '实现', '开通', '取得', '获得', '进入', '入选', '通过', '出成果', '推广',
]

/** The work done on things counted before them (`启动5个牧场建设`): the figure counts the things, not the work. */
export const WORK_AFTER_COUNTED: readonly string[] = ['建设发展', '建设', '创建']

/**
 * A task or work set on the things counted before it (`完成8万亩高标准农田建设任务`, `完成3000户农村改厕任务`,
 * `抓好20栋危楼排险工作`): the figure counts the things, so the task word goes, and with it the plainest works (建设,
 * 处置, 生产, 排险, 整合), while works that name a programme stay (改厕, 整治, 改造). The label files: after a count of
 * things the task word is dropped 11 times and kept never; after 项 or 期, which count the tasks themselves
 * (`完成60项改革任务`), it is kept 6 times (TASKS_COUNTED_BY). 工作 goes only after one of those works (`30个项目前期工作`
 * keeps it; 颁证工作 dropped once, left). Longest first.
 */
export const TASKS_AFTER_COUNTED: readonly string[] = ['年度任务', '国家任务', '任务', '工作']
export const WORKS_GOING_WITH_A_TASK: readonly string[] = ['建设', '处置', '生产', '排险', '整合']
/** Units that count the tasks themselves (`60项改革任务`, `40期培训任务`): the task word stays. */
export const TASKS_COUNTED_BY: readonly string[] = ['项', '期', '类', '批', '件']

/**
 * Works done on things counted before them (`17条道路的改扩建`, `3万亩退耕还林工程的补植`): a noun ending in one is the work
 * on the things, written without its 的 (道路改扩建), as the labels write it.
 */
/**
 * Kinds of work that, written once after a list of counted things, are each item's (`完成3万套棚户区、120个老旧小区改造`
 * → 棚户区改造 / 老旧小区改造). Not 建设, which the label files drop after the things.
 */
export const WORKS_CLOSING_A_LIST: readonly string[] = ['改扩建', '改造', '整治', '改建', '扩建', '修缮', '加固']

/** Deeds an item of a list can close on by itself (`病险水库除险加固`, `背街小巷改善`): it takes no work from the list's end. */
export const DEEDS_CLOSING_AN_ITEM: readonly string[] = ['加固', '升级', '改善', '治理', '优化', '大修', '新建', '修复', '整修', '美化', '绿化', '亮化']

/** Words naming a kind of work or the part worked on before the work (`无障碍改造`, `环境整治`, `提升改造`). */
export const WORKS_OF_A_KIND: readonly string[] = ['无障碍', '标准化', '环境', '综合', '景观', '提升', '提质', '功能', '节能', '适老化', '品质', '升级']

export const WORKS_ON_COUNTED: readonly string[] = ['改造', '改扩建', '改建', '扩建', '建设', '补植', '整治', '提升', '任务']

/** Verbs of a service reaching things (`覆盖95%以上行政村`): a share of the things after one is a coverage rate. */
export const COVERING_VERBS: readonly string[] = ['覆盖']

/** Verbs whose object is an event (`实现33个贫困县摘帽`): the closing predicate after the things counted is what they count. */
export const VERBS_OF_EVENTS: readonly string[] = ['实现']

/** Verbs that, right after a figure, start its predicate rather than a noun (`9323.1亿元增加4374.4亿元`). */
export const NOUN_START_STOPS: readonly string[] = [
  '增加', '增长', '提高', '提升', '下降', '降低', '减少', '扩大', '实现', '完成', '建成', '实施', '脱贫', '摘帽',
  '退出', '搬迁', '转移', '达到', '超过', '占',
]

/**
 * Verbs that define what is counted and stay in the label wherever they stand: `新增经营主体6万户` and
 * `经营主体净增98万户` count additions, not the stock.
 */
export const DEFINING_VERBS: readonly string[] = ['新增', '净增', '淘汰', '新开通', '新认定']

/**
 * Verbs of building that name what is counted after them (`新改建140公里排水管网` → 新改建排水管网, `开工建设18所幼儿园` →
 * 开工建设幼儿园). Before a count the label files split on 开工建设/新开工建设 (kept 3 times, dropped 3: 哈尔滨 twice, 福建's
 * 集中开工建设 once); the sample keeps 新开工 (新开工重大项目), and so do these.
 */
export const NAMING_BUILD_VERBS: readonly string[] = ['新改建', '新改扩建', '新建改扩建', '新开工建设', '开工建设']

/**
 * Verbs of building that name things counted after them (`新建12个社区食堂` → 新建社区食堂), but not a length or an area
 * (`新建51公里管网` → 管网): before a count the label files keep 新建 10 times and drop it once (天津's 健身场地设施), as
 * before a thing (85/4); before a length they split (2/2) and the rule leaves it. Things only ever counted as built drop
 * it all the same (新建1亿亩高标准农田: BUILT_WITHOUT_ITS_VERB).
 */
export const COUNT_NAMING_BUILD_VERBS: readonly string[] = ['新建']

/** Verbs of rebuilding works (`改造提升12条道路`): they name a two-character noun of works counted after them (改造提升道路). */
export const REBUILDING_VERBS: readonly string[] = [
  '改造', '改造提升', '提升改造', '提质改造', '提标改造', '改造升级', '升级改造', '提档升级', '维修改造', '改扩建', '新改建',
]

/** 启动290万亩高标准农田建设: the frame around a counted noun; the noun is counted, not its 建设. */
export const FRAMES_AROUND_NOUN: readonly (readonly [string, string])[] = [['启动', '建设']]

/** Complements of result right after a verb (`实施好10件实事`, `办好…`): they go with the verb, never into the label. */
export const RESULT_COMPLEMENTS: readonly string[] = ['好']

/** Nouns that hold an object verb (`建成区` is the built-up area; nothing was built): no verb is read inside them. */
export const NOUNS_HOLDING_VERBS: readonly string[] = ['建成区']

/**
 * Verbs the label files keep before what they count, so along a series joined by 、 too (开工…4万套、公租房2.4万套 →
 * 开工公租房), though not into the part after 其中 (开工…，其中棚户区改造… → 棚户区改造, a kind of the homes started):
 * 新建 kept 85 times and dropped 4, 开工建设 7/0, 开工 15/0, 退出 3/0, 维修 2/0, 销售 2/0, 减少 4/2, 种植 2/1, 化解 (capacity,
 * debt, risk: `化解煤炭产能…、水泥产能…` → 化解水泥产能) 16/3. Longest first.
 */
export const SERIES_VERBS: readonly string[] = ['新开工建设', '开工建设', '新建扩建', '新建', '开工', '退出', '维修', '销售', '减少', '种植', '化解']

/**
 * Verbs that a series shares when its first item names them: the defining ones, and the verbs of works that labels
 * keep (`改造城镇老旧小区10万户、市政管网1000公里` → 改造市政管网; `盘活土地2万亩、房产50万平方米` → 盘活房产). Longest
 * first.
 */
export const SHARED_VERBS: readonly string[] = [
  ...DEFINING_VERBS, '新建、改扩建', '新建、改建', '新建改扩建', '新建改建', '新建改造', '新建提升', '新改扩建', '新改建', '更新改造', '改造提升',
  '提质改造', '改扩建', '改建', '改造', '盘活', '新发展', '签约', '新认定', '新引进', '新培育', '新签约', '新缔结', '新登记', '新注册', '新设立',
  ...SERIES_VERBS,
  // What is done to matters of administration defines what is counted all along the series (`取消、下放行政审批事项166项、
  // 公共服务事项75项` → 取消、下放公共服务事项), as the label files write it; an item with a verb of its own keeps it
  // (`取消…113项、下放62项`).
  '取消、下放', '取消和下放', '取消下放', '取消', '下放',
]

/**
 * Verbs of cutting what the government spends or holds (`会议减少25%`, `文件精简14.7%`): after a thing of two characters
 * they stay in the label (rules/cut-thing.ts). Label files: kept after 文件, 会议 (and the sample's 三公两费, 三公经费),
 * dropped after the ten longer subjects (行政权力事项精简82.4% → 行政权力事项).
 */
export const CUT_VERBS: readonly string[] = ['压减', '精简', '压缩', '削减', '减少']

/**
 * Verbs of a rise that, leading the amount or count they add (`增加学位1.5万个`, `增加公共停车位800个`), stay in the label
 * as the verbs of a fall do (`压减粗钢产能27万吨`): the figure counts what was added. The label files keep 增加 before a
 * count every time (11/0); before an amount of money there are too few to tell (kept 3, dropped 1: 国家铁路建设资本金),
 * so there it goes as before (rules/kind.ts). Other verbs of a rise leading a figure (提高…标准200元) they drop, so only 增加.
 */
export const LEADING_ADDITIONS: readonly string[] = ['增加']

/**
 * Nouns that open with a verb of a change (`增加值`, `增长率`): at a clause's head they are what is measured
 * (`增加值占GDP比重超过35%`), not a verb before its object.
 */
export const NOUNS_OPENING_WITH_A_CHANGE: readonly string[] = ['增加值', '增长率', '增长点', '增长极', '下降率', '减少量', '增加量', '增长量']

/** Verbs of a state, not an action: a figure after one describes how things are (`高校毕业生达874万人`). */
export const STATE_VERBS: readonly string[] = ['达', '达到', '有', '为', '是']

/** Words that open a clause of what must be done (`，要促进…`, `，必须确保…`). */
export const DUTY_OPENERS: readonly string[] = ['要', '必须', '务必', '需要', '都要', '更要', '就要', '我们要', '必须要']

/**
 * What happens to projects and works (`落地开工`, `竣工`, `投产`): a label made only of these names no thing; the
 * thing is the sentence's subject (`招商引资项目100个以上，落地开工50个以上`).
 */
export const PROJECT_EVENTS: readonly string[] = [
  // 基本建成 is a stage of housing works of its own (开工…、基本建成…), so its adverb stays.
  '基本建成', '新开工', '开工', '落地', '竣工', '投产', '达产', '签约', '开业', '建成', '完工', '入驻', '落户', '上市', '挂牌', '投用',
  '运营', '开通', '验收', '建设',
]

/**
 * Events a subject may end on when it counts works (`亿元以上重点项目开工108个，完成投资122亿元`,
 * `市级重点项目开复工155个`): the works are what comes before them.
 */
export const WORKS_EVENTS_AT_END: readonly string[] = ['开复工', '开竣工', '新开工', '开工', '竣工', '建成', '完工', '投产', '落地', '签约']

/**
 * What happens to houses once built (`分配入住`, `交付使用`): like PROJECT_EVENTS, a label made only of these is about the
 * houses the sentence counts (`新开工保障性住房…，竣工…，分配入住…` → 保障性住房分配入住). Only in rules/project-events.ts.
 */
export const HANDOVER_EVENTS: readonly string[] = ['分配入住', '交付使用', '交付入住', '分配', '入住', '交付', '交房']

/**
 * How the name of houses ends (`保障性住房`, `各类保障房`, `保障性安居工程`, `棚户区改造`, `楼盘`): only houses are
 * handed over (HANDOVER_EVENTS); `新增廉租住房补贴1000户，…分配入住5000户` hands over no 补贴.
 */
export const HOUSES_ENDINGS: readonly string[] = ['房', '住宅', '公寓', '楼盘', '安居工程', '棚户区改造', '棚改']

/** Units houses handed over are counted in (not people: `入住1.4万人次` are stays of a hostel). */
export const HOUSES_UNITS = /^(?:万)?(?:套|户|栋|间|平方米)(?:（户）|\(户\))?$/u

/**
 * Events that open the things a sentence counts (`新开工棚改项目3000套，基本建成2600套`): a later event of theirs is
 * of the things, not of their opening (棚改项目基本建成).
 */
export const OPENING_EVENTS: readonly string[] = ['新开工建设', '新开工', '开工建设', '开工', '签约', '落地']

/**
 * What happens to powers and matters of administration (`权力事项取消72项、下放679项`): like PROJECT_EVENTS, a label
 * made only of these is about the sentence's subject (权力事项下放).
 */
export const MATTER_EVENTS: readonly string[] = ['取消', '下放', '承接']

/**
 * Other things done to matters of administration (`取消…19项、下放83项、合并36项`): an item of a series that opens with one
 * keeps to it and takes no verb of the series (rules/shared-verb.ts).
 */
export const MATTER_CHANGES: readonly string[] = ['合并', '调整', '精简', '保留', '暂停', '承接']

/**
 * Verbs of adding that open a subject whose total or measure a later clause gives (`新增经营主体6万户，总量达45万户` →
 * 经营主体总量): the total is of the things, not of the additions, so they go before the measure is added
 * (rules/generic-label.ts). Compare ACTIONS_BEFORE_WORKS: a total counts what was added or registered (新登记, 新注册,
 * 净增), never what was started or carried out.
 */
export const ADDITIONS_BEFORE_A_TOTAL: readonly string[] = [
  '新增', '净增', '累计新增', '新登记', '新注册', '新引进', '新签约', '新认定', '新培育', '新缔结', '新建', '引进', '签约',
  '新获批', '新落户', '新开通', '新设立', '新入选',
]

/**
 * Additions after which a level reached, with no measure written, is labelled the things' 总量 (`经营主体净增98万户、
 * 突破1900万户` → 经营主体总量). After any other addition the label files name the things alone (`新增企业5万户、达到
 * 80万户` → 企业; `国家重点实验室新增9家、达到14家` → 国家重点实验室): 16 times, and 总量 after 净增 once.
 */
export const ADDITIONS_BEFORE_A_NAMED_TOTAL: readonly string[] = ['净增']

/**
 * Verbs of adding written after the thing (`经营主体净增2万户，总量…`, `市场主体日均净增1569家，总数…`): no part of what its
 * total measures either, nor is the day the addition is counted by.
 */
export const ADDITIONS_AFTER_A_THING: readonly string[] = ['日均净增', '日均新增', '新增', '净增']

/**
 * Subjects that are only a change of output (`增产8.32亿斤，总产量…`): they name no thing whose total follows.
 */
export const CHANGES_OF_OUTPUT: readonly string[] = ['增产', '减产']

/**
 * Verbs that open the works a sentence is about (`新开工重点项目…，完成投资…` → 重点项目投资): the investment is the
 * works', whatever was done to them, so starting and carrying out (新开工, 实施, 推进) go too (rules/bare-measure.ts).
 * Compare ADDITIONS_BEFORE_A_TOTAL, which keeps those verbs (a total of things started is no total of the things).
 */
export const ACTIONS_BEFORE_WORKS: readonly string[] = ['新增', '新引进', '新签约', '新开工', '新建', '引进', '实施', '推进']

/**
 * Verbs that put an amount of money to a purpose named after it (`投入2亿元建设…`, `安排5亿元用于…`, `统筹800万元发放…`):
 * rules/spent-on-purpose.ts.
 */
export const SPENDING_VERBS: readonly string[] = ['投入', '投资', '安排', '筹集', '筹措', '统筹', '整合']
/**
 * Verbs right after such an amount that name what it is spent on (`用于`, `建设`, `发放`). Longest first at the same start.
 * (Not 奖补, 补贴, 奖励: as often the money's own name, `安排2000万元奖补资金`.)
 */
export const PURPOSE_VERBS: readonly string[] = [
  '专项用于', '用于', '建设', '新建', '实施', '推进', '发展', '开展', '发放', '改造', '注入', '支持', '打造', '扶持',
]

/** Verbs of a rank (`居全国第3位`, `跃升至第2位`, `成为全国第一`): the subject stands before them. Longest first at the same end. */
export const RANK_VERBS: readonly string[] = [
  '排名', '排在', '排位', '位次', '位列', '位居', '名列', '跃居', '跃升至', '跃升', '上升至', '上升到', '提升至', '提升到',
  '升至', '稳居', '保持', '进入', '跻身', '荣登', '分列', '分居', '成为', '排', '居', '列',
  // 上海港集装箱吞吐量连续11年蝉联世界第一, 法治政府建设示范创建并列全国第一: held again, or shared.
  '蝉联', '并列',
]

/**
 * Rank verbs that make a rank only when it closes its clause: `产量成为全国第一。` is a rank, `成为亚洲规模第一的度假区`,
 * `成为旅游第一名镇` name what something becomes.
 */
export const RANK_VERBS_CLOSING_ONLY: readonly string[] = ['成为']

/** Rank verbs that pair the ranks with the figures before, as 分别 does (`增速分列全省第3位、第2位`). */
export const RESPECTIVE_RANK_VERBS: readonly string[] = ['分列', '分居']

/** Nouns ending in 分 (`综合得分居全国第8位`, `平均分列全省第一`): there 分 is the score, and the verb is 居 or 列 alone. */
export const NOUNS_ENDING_IN_FEN: readonly string[] = ['得分', '总分', '评分', '均分', '积分', '学分', '比分', '部分']

/** Is the respective rank verb at `at` of text the end of a score noun and a one-character verb (`得分居`)? */
export function scoreBeforeVerb(text: string, at: number): boolean {
  return NOUNS_ENDING_IN_FEN.some((w) => text.slice(0, at + 1).endsWith(w))
}

/** A regular expression matching one of words at the start of a string, tried in the order given. */
export const leadingWord = (words: readonly string[]): RegExp => new RegExp(`^(?:${words.join('|')})`)
/** A regular expression matching one of words at the end of a string after at least two characters. */
export const trailingWord = (words: readonly string[]): RegExp => new RegExp(`(?<=..)(?:${words.join('|')})$`)

/**
 * Verbs of law-making (`制定政府规章14件`, `制定、修改和废止政府规章9件`): alone or in a chain, the figure counts the
 * rules made, so they leave the label. Not among the leading actions: a chain of them before a clause is one subject.
 */
export const LAW_MAKING_VERBS: readonly string[] = ['制定', '修订', '修改', '废止', '宣布失效']

/**
 * Verbs of the stages of works and housing (`开建`, `在建`, `推出`, `竣工`): alone before a figure in a series, they
 * count the same things as the item before (`开建保障性住房2.8万套、在建6.25万套`).
 */
export const WORKS_VERBS: readonly string[] = [
  '开建', '在建', '新建', '续建', '开工', '新开工', '竣工', '建成', '交付', '推出', '分配', '供应', '筹集', '改造', '投用', '签约',
]

/**
 * The verbs of works a label may open with (`新建改造提升`, `续建竣工`, `提质改造`): a label made of them alone names no
 * thing built (`新建改造提升300万亩`, the fields named in an earlier sentence) and is a fragment to check. Longest first.
 */
export const WORK_VERB_PARTS: readonly string[] = [
  '新改扩建', '改扩建', '新改建', '新开工', '开工', '新建', '改建', '扩建', '续建', '在建', '建设', '建成', '竣工', '投用', '改造',
  '提升', '提质', '提档', '升级', '更新', '整治', '治理', '维修', '修复', '加固', '拓宽', '提标', '改善', '新增', '完成', '实施',
  // …and of closing down (`其中关停取缔3.6万个`: the places closed are named in the clause before).
  '关停', '取缔', '关闭',
]

/**
 * Predicates of how a thing fared that close a clause of their own (`棉花量质齐升、机采率提高…`, `结构持续优化、占比…`): a
 * part of a label before 、 that ends in one is another clause, no item of a list of subjects.
 */
export const STATE_PREDICATES: readonly string[] = [
  '量质齐升', '齐升', '双升', '双增', '齐增', '向好', '回暖', '企稳', '平稳', '显现',
  // With an adverb of degree or pace, a verb of change is a clause (a verb alone may be an item of a list of deeds:
  // `改造提升、新建…`).
  '持续优化', '不断优化', '持续改善', '明显改善', '显著改善', '稳步提升', '显著提升', '大幅提升', '明显提升', '持续提升',
  '稳步增长', '持续增长', '稳中有升', '稳中向好',
]

/**
 * Words that make the words before a 等 a clause about the things counted (`30家企业在新三板等…挂牌`,
 * `149个消防队配备水泵等设备`, `27名援助某地等地医务人员`): the 等 then closes an object of that clause, not examples of
 * the things counted, and the class after it does not name the figure.
 */
export const CLAUSE_WORDS_BEFORE_EXAMPLES: readonly string[] = [
  '在', '为', '向', '给', '对', '从', '参加', '配备', '提供', '完成', '支援', '援助', '谋划', '论证', '关闭', '搬迁',
]

/** A build verb with its other deeds in brackets inside it (`新（改、扩）建`, `改（扩）建`), as the label files keep it. */
export const BRACKETED_BUILD_VERB = /^[新改扩迁续][(（][新改扩迁续、]{1,7}[)）]建/u
