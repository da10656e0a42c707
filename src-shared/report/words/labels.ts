import type { UnitClass } from './units'
import { RELATIVE_TIME_WORDS } from './periods'
import { NOUNS_HOLDING_VERBS } from './verbs'
import { MANNER_PHRASES, WORDS_OPENING_LIKE_DOING } from './doing-verbs'

/**
 * Words that are not the thing measured: they are stripped from a label, or tell how to complete one.
 * Words are data: a new adverb or scope is a new string here, never a new rule.
 */

/**
 * Second characters a two-character item shares with a one-character item before it (`存、贷款` → 存款, `中、小学生`,
 * `工、农业`, `省、市级`): the first character alone stands parallel. Any other (`茶、竹、油樟产业`: 樟 is the tree's own
 * name) leaves the one-character item whole.
 */
export const CONTRACTED_SECOND_CHARACTERS: readonly string[] = ['款', '学', '业', '口', '费', '税', '级', '区', '产', '校', '院']

/**
 * Nouns that open with 新 (`新三板挂牌公司`, `新能源汽车`, `新型储能`): 新 is part of the name here, no verb of adding, so an
 * item so named still takes the verb of its series (`新增上市企业7家、新三板挂牌公司140家` → 新增新三板挂牌公司).
 */
export const NOUNS_OPENING_WITH_XIN: readonly string[] = [
  '新三板', '新能源', '新材料', '新兴', '新型', '新一代', '新农合', '新农村', '新时代', '新经济', '新业态', '新基建', '新三样',
  '新品种', '新产品', '新技术', '新媒体', '新市民', '新生儿', '新冠',
]

/**
 * Words that end in a one-character adverb of ADVERBS (供应, 公共, 成都, 主要, 内需): there the character is part of the
 * word, never an adverb to strip (`供应1.8万套` is no `供` plus `应`).
 */
export const WORDS_ENDING_IN_AN_ADVERB: readonly string[] = [
  '供应', '响应', '适应', '效应', '反应', '呼应', '照应', '感应',
  '公共',
  '首都', '成都', '京都', '古都', '国都', '省都',
  '主要', '纲要', '摘要',
  '必需', '急需', '所需', '刚需', '内需', '外需', '军需', '按需', '无需', '民需',
]

/** Adverbs and connectives between the subject and its verb (`同比增长`, `分别达到`, `要高于`). */
export const ADVERBS: readonly string[] = [
  '分别', '同比', '比上年', '较上年', '比去年', '较去年',
  // 赤字率按2.8%安排，比去年预算高0.2个百分点: a figure against last year's budgeted one, no subject of its own.
  '比上年预算', '较上年预算', '比去年预算', '较去年预算',
  // 分别达到771家和481家，比五年前分别增加236家和85家: against the start of the years reviewed, as 比上年.
  '比五年前', '较五年前', '比十年前', '较十年前', '均', '累计', '连续', '共计', '合计', '总计', '首次', '再次', '再',
  '继续', '持续', '进一步', '已经', '已', '刚刚', '共', '全年', '一年内', '一年', '当年', '年内', '每年', '稳步', '大幅', '平均', '年均',
  '又', '还', '也', '都', '将', '力争', '力促', '有望', '可望', '预计', '据初步统计', '据初步核算', '初步统计', '初步核算', '确保', '争取', '全部', '整体', '总体', '各', '要', '拟', '应', '需',
  // 进出口总额逆势增长15%, 空气优良率历史性达到100%, 增速逐季提高: how it went, not what.
  '逆势', '逆市', '历史性', '逐季',
  // 生产总值即将迈上两千亿元台阶: when, not what.
  '即将',
  // 报销比例相应提高5个百分点, 对应上调: in step with something else, not what.
  '相应', '对应',
  // 优良天数比例稳定保持在90%以上, 水质稳定达到Ⅲ类: how lastingly, not what.
  '稳定',
  // 存贷款余额双双突破1万亿元, 稀土、钢铁产值并肩站上千亿元台阶: both (all) of them, not what.
  '双双', '并肩',
  // 地方级财政收入仍达到1229.3亿元, 农民人均可支配收入…仍然达到11326元: still, despite something, not what.
  '仍然', '依然', '仍',
  // 项目审批时限无差别压减至60个工作日: for all alike, not what.
  '无差别',
  // 地区生产总值提前实现翻一番, 如期完成…任务: how early or whether on time, not what.
  '提前', '如期',
  '一次性', '高质量', '仅仅', '仅', '始终', '一直', '坚决', '切实', '认真', '扎实', '着力', '聚力', '合力', '大力', '积极', '努力', '全力', '集中精力', '集中力量', '同口径', '按可比口径', '可比口径', '按可比价格计算', '按可比价计算', '按可比价', '可比', '实际', '名义',
]

/**
 * A short `both` right before a verb or bound (`存贷款余额双超1.6万亿元`): as 双双, how it went, not what (`双` alone
 * elsewhere opens names: 双创, 双一流).
 */
export const ADVERBS_OF_BOTH: readonly string[] = ['双']

/**
 * Adverbs inside a label before its action that say how it went or how it counts, not what (`城镇累计新增就业`,
 * `市场主体数量逆势新增`): they go (label files: 逆势 dropped 2/0).
 */
export const ADVERBS_BEFORE_AN_INNER_ACTION: readonly string[] = ['累计', '累积', '逆势', '逆市']

/**
 * A total inside a label before its action (`“飓风行动”共拆除违法建设`, `商丘新区共引进项目`, `市本级共争取专项资金`): as 累计,
 * how it counts, not what; LABELLING.md drops 共 with 累计. Longest first.
 */
export const TOTALS_BEFORE_AN_INNER_ACTION: readonly string[] = ['共计', '共']
/**
 * Verbs kept in a label (`拆除违法建设`, `受理事项`) that a total before them goes with, besides the actions a label's head
 * drops (完成, 引进, 投入…).
 */
export const KEPT_VERBS_AFTER_A_TOTAL: readonly string[] = [
  '拆除', '受理', '培训', '整治', '查处', '办理', '治理', '救助', '清理', '调解', '破获', '打掉', '抓获', '处置', '化解', '收集',
  '举办', '接待', '帮扶', '资助', '安置', '关停', '取缔', '淘汰', '流转', '造林', '植树', '检查', '排查', '整改',
]
/** Words that end in 共 and are no total (`公共投入`, `中共党员`, `一共`, `总共`): the character before it, kept. */
export const WORDS_ENDING_IN_A_TOTAL: readonly string[] = ['公', '中', '一', '总']

/**
 * Adverbs of the plan and of repetition before an action (`要完成…`, `再减少…`, `今年要再压减…`, `拟发行…`): they go with the
 * action, at a label's head or before an inner action (`集美新城要完成投资` → 集美新城投资). Longest first.
 */
export const MODAL_ADVERBS: readonly string[] = ['要再', '要', '再', '又', '还', '也', '已经', '已', '拟']

/** Adverbs of manner before a verb (`系统部署`, `深入推进`): stripped before the verb, never from a label's head. */
export const VERB_ADVERBS: readonly string[] = [
  '系统', '全面', '深入', '扎实', '有序', '统筹', '集中', '重点', '先后', '相继', '率先', '稳妥', '加快', '加力', '圆满',
  '顺利', '同步', '基本', '免费', '超额', '接连', '突出', '成功', '逐步', '清单化项目化', '清单化', '项目化', '市场化', '常态化', '规范化',
  // 及时出台28条稳增长政策措施
  '及时', '足额',
  // 高效办理市人大代表建议414件, 精准帮扶7.2万名就业困难人员: how well, not what.
  '高效', '精准',
  // 滚动实施100个重点技改项目, 动态实施10项民生实事: how the work is renewed, not what.
  '滚动', '动态',
]

/**
 * 高标准建成旅游集散中心4家, 高水平建设口袋公园: to what standard the work was done, not what; dropped at a label's head
 * before an action only (the label files drop it there 4/4; 高标准农田 and 身高标准 are names and keep it).
 */
export const STANDARDS_OF_WORK: readonly string[] = ['高标准', '高水平']

/** Scope words before a label that say where, not what (`全市地区生产总值` → 地区生产总值). */
export const SCOPE_PREFIXES: readonly string[] = [
  '全市', '全省', '全区', '全县', '全州', '全国', '全盟', '全旗', '全镇', '全乡', '全域', '全岛', '我市', '我省', '我区',
  '我县', '我州', '我国', '本市', '本省', '本区', '本县',
]

/** Scope words an indicator's name drops besides SCOPE_PREFIXES (rules of a label keep them: 全年 is a time there). */
export const INDICATOR_SCOPE_PREFIXES: readonly string[] = ['全年', '地级及以上城市']

/** Words of every one of (`各地`, `各级`, `所有`) at a label's head: they say where, not what. Longest first. */
export const EVERY_ONE: readonly string[] = ['所有', '各个', '各级', '各地', '各种', '各']

/**
 * The places 各 counts over at a label's head (`各地区细化清单事项`, `各市组建了…企业集团`, `各县(市、区)新建…`): who did it,
 * not what is measured; the whole goes, not 各 alone (which would leave `区细化清单事项`). Longest first; a place
 * character that opens a word (`各市场主体`, `各区域`, `各县域`) is no place.
 */
export const PLACES_AFTER_EVERY: readonly string[] = [
  '省区市', '县市区', '地区', '地方', '市州', '州市', '市县', '县市', '县区', '区县', '乡镇', '街道', '镇街', '街镇', '省', '市', '州', '盟', '县',
  '区', '旗', '乡', '镇',
]
/** Characters that make a place word after 各 the opening of another word (`市场`, `区域`, `县域`, `乡村`, `镇村`). */
export const AFTER_PLACE_IN_A_WORD = '场域民村城级间长委直属'

/**
 * Words of every kind of (`各类人才`, `各项贷款余额`) that stay in a label: the figure is the sum over the kinds, as most
 * labels write it (kept 8 times, dropped 4, across the label files); and 各具 (`各具特色的美食街`), where 各 is no scope.
 */
export const EVERY_KIND: readonly string[] = ['各类', '各项', '各族', '各具']

/**
 * The end, close or start of a year named by a relative time word (`去年底`, `今年末`, `上年初`): one time word with it, never
 * a 底 left to open the label (`去年底企业数量` → 企业数量, not 底企业数量).
 */
const PARTS_OF_A_YEAR: readonly string[] = ['底前', '末前', '底', '末', '初']
const YEARS_WITH_THEIR_PARTS: readonly string[] = RELATIVE_TIME_WORDS.filter((w) => /[今去明上本当]年$/u.test(w)).flatMap((w) =>
  PARTS_OF_A_YEAR.map((p) => `${w}${p}`),
)

/** Time phrases that open a clause; never a subject (`今明两年职业技能培训…`). */
export const TIME_PHRASES: readonly string[] = [...new Set([
  // 资金19.78亿元，是上年的近4倍: last year's as the base of a multiple; the subject is the clause before's.
  '是上年的', '是去年的', '是上年', '是去年',
  ...RELATIVE_TIME_WORDS, ...YEARS_WITH_THEIR_PARTS, '去年以来', '全年', '当年', '年内', '本年', '同期', '次年', '五年', '到年底', '到年末', '年底前', '年末前', '年底',
  '年末', '年初',
])]

/**
 * A span of years at a label's head (`四年完成全社会固定资产投资`, `三年新增规模以上工业企业`, `两年内高新技术企业`, `多年来取消…`,
 * `多年累计改造…`): when, not what. Its numerals, and what may follow the years (内, 来, 多来, 间). 五年 is a TIME_PHRASE of its
 * own. (多年 before a noun, `多年生牧草`, is no span: it needs an action or 来 after it.)
 */
export const SPAN_NUMERALS: readonly string[] = ['两', '二', '三', '四', '五', '六', '七', '八', '九', '十', '多']
export const SPAN_ENDINGS: readonly string[] = ['多来', '来', '内', '间']
/** Words that end a programme's name (`三年提升计划`, `三年行动`, `三年棚改任务`): a span before them is part of the name. */
export const PROGRAMME_ENDINGS: readonly string[] = ['计划', '行动', '工程', '任务', '规划', '攻坚', '战役', '项目']
/**
 * The end of a frame around what was done before (`在办好省定12件民生实事的基础上，再新增3件`, `在完成24万亩高标准农田建设
 * 任务基础上`): no part of what is counted. Longest first.
 */
export const FRAME_ENDINGS: readonly string[] = ['的基础上', '基础上']
/** A total between the span and its action (`两年累计完成`, `三年共投入`). */
export const TOTALS_AFTER_A_SPAN: readonly string[] = ['累计', '累积', '共计', '共']

/**
 * Time words that say when, not what, inside a label: a quarter or half year before or after the subject
 * (`一季度`, `生产总值前三季度`), a span after it (`单位GDP能耗五年下降`), `年内` anywhere (`…经济区年内完成投资`).
 * A month before the subject (`3月份…复工率`) is read as a pattern (rules/label-times.ts).
 */
export const LABEL_QUARTERS: readonly string[] = [
  '前三季度', '前两季度', '第一季度', '第二季度', '第三季度', '第四季度', '一季度', '二季度', '三季度', '四季度', '上半年', '下半年',
]
export const LABEL_SPANS_AFTER: readonly string[] = [
  '五年', '四年', '三年', '两年', '全年', '年内',
  // 财政收入十年接近翻一番, 快递业务量近三年平均增长…, 粮食产量连年稳定在…
  '十年', '近五年', '近三年', '近两年', '近年', '连年',
]

/**
 * Times after a 在 at a label's head (`力争在上半年实现…开工率`): the preposition and the time go; the period is the
 * period rules' business.
 */
export const TIMES_AFTER_ZAI: readonly string[] = [
  '上半年', '下半年', '前三季度', '一季度', '二季度', '三季度', '四季度', '年内', '年底前', '年底', '年末', '今年', '明年',
]

/** Words that open a sentence or clause without being its subject (`其中`, `同时`, `一是`). */
export const CLAUSE_OPENERS: readonly string[] = [
  '其中', '同时', '此外', '我们', '有望', '上述', '以上', '这些', '该', '此', '使', '让', '另外', '并且', '并', '且', '以及', '及', '和', '与', '的', '之', '而', '其', '为', '将', '把',
  // 尤其是人均地区生产总值突破1万美元: a connective that singles out what follows.
  '尤其是', '特别是', '比如', '例如',
  // 从而带动全社会投资…, 进而拉动消费…: a connective of consequence, before the deed that reached the figure.
  '从而', '进而',
  // 作为实际管理服务人口超过2200万的超大城市: what the subject is taken as, before the figure that describes it.
  '作为',
  // 面对一季度全市生产总值大幅下降6.7%: what the speech faced, before the figure.
  '面对',
]

/**
 * Adverbs of expectation, persistence, earliness and keeping to time before the action that reached a figure (`预计可实现地区生产总值…`,
 * `仍然实现接待游客…`, `提前实现经济总量…翻一番`): they go with the action, at a label's head.
 */
export const ADVERBS_BEFORE_A_RESULT: readonly string[] = ['仍然', '依然', '仍', '可', '提前', '如期']
/** The actions of reaching a result those adverbs stand before. */
export const ACTIONS_OF_A_RESULT: readonly string[] = ['实现', '完成', '达到', '接待', '保持']

/**
 * The conditions of a year a target or a result is set under (`正常年景下粮食产量稳定在…`, `大灾之年粮食总产…`): no part
 * of what is measured (the label files: 粮食产量).
 */
export const CONDITIONS_OF_A_YEAR: readonly string[] = ['正常年景下', '正常年景', '大灾之年', '特殊年景下']

/**
 * Verbs of furthering before a standard indicator (`促进城镇新增就业9万人`): the figure is the indicator's. Before anything
 * else the verb may name the measure (`促进消费措施`) and stays.
 */
export const VERBS_BEFORE_AN_INDICATOR: readonly string[] = ['促进']

/**
 * Words that begin like an opener, an adverb or an action but are one word (`和美乡村`, `对接`, `并网装机`, `使用外资`):
 * nothing is taken off a label's head inside one, so a verb is cut at a word's end only (`累计使用外资` → 使用外资, never
 * 用外资). The label files keep 使用外资/利用外资 (29 times, never dropped), 并网 (3/0), 共建 (3/0).
 */
export const WORDS_LIKE_OPENERS: readonly string[] = [
  '其他', '其余', '和美', '和谐', '与会', '及时', '为民办实事', '为民服务', '对接', '对标', '对外', '对口', '向往',
  '使用外资', '利用外资', '并网', '共建', '依法行政', '依法治', '共享', '高质量发展', '优化营商环境', '稳定脱贫', '稳定就业', '预期性', '预期目标', '预期寿命',
  // 其他登记类型, 其余县市: 其 opens the word for the rest, not a clause (was read 他登记类型).
  '其他', '其余',
  // 让利促销活动: 让利 (a discount) is one word, not 让 opening a clause (was read 利促销活动).
  '让利',
  // 共同富裕标志性成果, 共有产权住房, “为企服务”平台: 共 and 为 open the word (was read 同富裕…, 企服务平台).
  '共同', '共有', '共治', '为企服务',
  ...WORDS_OPENING_LIKE_DOING,
]

/**
 * Names whose scope is part of the name (`全国重点实验室`, `全国文明城市`), and scopes made adjectives (`全省性会议`): the
 * scope stays.
 */
export const SCOPED_NAMES: readonly string[] = [
  '全国重点实验室', '全国文明', '全国示范', '全国百强', '全国先进', '全国首创', '全国性', '全省性', '全市性', '全区性', '全县性',
  // Titles the country gives (`全国卫生乡镇`, `全国重点文物保护单位`, `全国乡村旅游重点村`, `全国“一村一品”示范村镇`).
  '全国卫生', '全国重点', '全国乡村治理', '全国乡村旅游', '全国民主法治', '全国特色', '全国劳动模范', '全国“', '全国未成年人思想道德',
]

/** Verbs at the head of a label that say what was done, not what is measured (`完成棚户区改造…`). */
export const LEADING_ACTIONS: readonly string[] = [
  '累计完成', '累积完成', '高质量完成', '累计', '累积', '共计', '合计', '共', '实现', '完成', '引进', '发放', '获得',
  '争取到', '争取', '获批', '带动', '吸引', '招引', '兑现', '拨付', '筹集', '筹措', '落实', '投入', '办结', '办理', '拟安排',
  '安排', '使用', '动用', '发行', '推出', '确定', '守住', '部署', '大力推进', '大力推动', '积极推进', '推动', '推进',
  '加快', '力争', '力促', '确保', '努力', '计划', '预计', '预期', '全力', '用好', '用足', '用活', '布局', '开展', '举办', '组织', '惠及', '帮助', '吸纳', '解决', '优化', '完善', '加强', '支持', '实施',
  '谋划实施', '谋划编制', '谋划', '荣获', '签署',
  // 《纲要》提出地区生产总值年均增长5%左右: the plan that sets out a goal is no part of what it measures (no label file keeps 提出).
  '提出',
  // Verbs of winning a title, setting up, handing down, closing and opening (获评省级美丽村庄36个 counts the 村庄): the
  // label files drop each every time (获评 2/0, 建立 2/0, 下拨 1/0, 关停/关停取缔 3/0, 建成启用 2/0, 对接引进 1/0).
  '获评', '建立', '下拨', '建成启用', '对接引进',
  // …and of investigating, renewing the fleet and holding a level (查处 1/0, 更新投放 1/0, 稳定 at the head 1/0).
  '查处', '更新投放', '稳定',
  // Verbs of naming, hosting and opening: 创建4A级旅游景区5个 counts the 景区 (创建示范项目, a kind of project, is a noun).
  '创建', '评定', '承担', '入选', '提供', '落地', '开通运营', '开通', '始终保持', '保持',
  '创成', '打造', '聚引', '整合组建', '组建', '建成运营', '开行',
  // Verbs of passing, sanction, demarcation and supply (通过地方性法规9件 counts the 法规): what was passed or given.
  '审议通过', '通过', '给予', '划定', '整合投入', '投放',
  // A verb with its result complement (实施好10件惠民实事): the 好 goes with the verb.
  '实施好', '落实好', '办好', '建好', '管好',
  // …and with 成, the result of naming (创建成全国文明村镇 counts the 村镇).
  '创建成', '打造成',
  // Verbs of buying, breaking through, recognising, leveraging, claiming and striving (购置新能源公交车1000台 counts the
  // 公交车): the label files drop each more often than they keep it (购置 2/0, 突破 2/0, 认定 2/1, 撬动 1/0, 认领 1/0,
  // 争创 1/0, 协调解决 1/0, 提质连通 1/0, 清理清除 1/0, 编制修订 1/0). Not 批准 (1/0): before a measure it names it
  // (批准用海面积增长…, the area approved).
  '购置', '突破', '认定', '撬动', '认领', '争创', '协调解决', '提质连通', '清理清除', '编制修订',
  // Verbs of receiving, holding, dispatching, issuing, identifying, approving and restoring before what they count
  // (获省级奖励12项 counts the 奖励, 调度原煤产量 is the output): no label in the label files opens with one; before a
  // thing they drop 获 2/0, 调度 3/0, 出台 3/0, 颁布 1/0, 识别 1/0, 批复 1/0, 恢复 2/0 (新增、恢复水浇地, a chain
  // with a defining verb, keeps it), and 筹集 after the works it goes with (建设筹集, 改造筹集) 6/0, as 筹集 alone.
  '建设筹集', '改造筹集', '获', '调度', '出台', '颁布', '识别', '批复建设', '批复', '恢复',
  // …and of starting, settling and gathering (启动城中村改造3万户 counts the 改造): dropped at a label's head 启动 5 times
  // against 1 (河北), 落户 2/0, 集聚 1/0. Not 储备 (1/0): it is also what a stock is (储备冻猪肉, 储备林).
  '启动建设', '启动', '落户', '集聚',
  // 引领带动全市建成和美乡村…, 辐射带动农户…: a verb of leading others on, before what they did or who they are.
  '引领带动', '辐射带动',
]

/**
 * Verbs of fostering, setting up, supporting and handing down before what they count (`培育专精特新企业12家` counts the
 * 企业): they leave a label when a thing follows them; alone they stay, so a count after them is read as the count of
 * the noun after it (`培育1户省级企业技术中心`). The label files drop 培育 8 times and keep it twice (both of trees
 * grown); 设立, 下设, 助力, 扶持, 资助, 下达, 除险加固 are dropped every time they occur (once each).
 */
export const ACTIONS_BEFORE_A_THING: readonly string[] = [
  '培育发展', '培育壮大', '培育形成', '培育', '设立', '下设', '助力', '扶持', '资助', '下达', '除险加固',
  // 形成创新成果506项, 累计形成压采能力…: a verb of coming about before what came about (no label of the label files opens
  // with it; 工业项目形成有效投资 keeps it inside).
  '形成',
  // 取得人均地区生产总值全区第二: the verb of an achievement before what it ranks (no label of the label files opens with it).
  '取得',
]

/**
 * Measures that name what was done with the money (`投入资金`, `筹措资金`): the deed is part of the measure and stays.
 * After works they are the works' (`实施援建项目361个、投入资金4.56亿元` → 援建项目投入资金); alone they are kept for a
 * person to check whose money it is (rules/bare-measure.ts).
 */
export const DEED_MEASURES: readonly string[] = ['投入资金', '筹措资金', '筹集资金']
/**
 * Funds named by the deed that gathered them when the amount stands before them (`整合769亿元资金` → 整合资金): the verb
 * stays in the label. Unlike DEED_MEASURES, 整合资金 is a name of its own (`整合资金14.6亿元`), not vague.
 */
export const FUNDS_NAMED_BY_THEIR_DEED: readonly string[] = [...DEED_MEASURES, '整合资金']

/** Nouns that open with a leading action (`创建示范项目`: projects of model-building): the action is part of the thing. */
export const NOUNS_OPENED_BY_ACTION: readonly string[] = ['创建示范', '评比表彰', '计划生育', ...DEED_MEASURES]

/** Adverbs that never start a thing measured, stripped from a label's head (not 实际: 实际使用外资). */
export const LEADING_ADVERBS: readonly string[] = [
  ...ADVERBS.filter((w) => w.length > 1 && w !== '实际' && w !== '名义'),
  // 成功转移安置群众: how it went, before what was done.
  '成功',
  // 用心用情办好…实事, 率先建成…, 千方百计稳住…: the manner or the timeliness of the deed, never what it counts.
  // 依法拆除违法建筑, 依法依规处置…: by law, how it was done (依法行政, 依法治市 are names: WORDS_LIKE_OPENERS).
  '依法依规', '依法',
  '用心用情用力', '用心用情', '率先', '先后', '千方百计', '想方设法', '多措并举', '全力以赴', '强力',
  // 阶段性减免…, 阶段性将…起征点提高到…: for a time, how long the deed holds, never what it counts.
  '阶段性',
  // 彻底关停…: how thoroughly, before what was closed.
  '彻底',
  ...MANNER_PHRASES,
]

/**
 * Measures named inside a list of one thing's figures (`完成65条、总长度57.9公里的城市道路新建改造`): the item's
 * label is the thing's plus the measure.
 */
export const ITEM_MEASURES: readonly string[] = ['总长度', '长度', '总里程', '里程', '总面积', '面积', '总投资', '投资', '总规模', '规模']

/**
 * Measures written before a figure that describes the noun after it (`总投资11.4亿元的基础设施PPP项目`): the figure is
 * that measure of the noun. Longest first.
 */
export const ATTRIBUTE_MEASURES: readonly string[] = [
  '计划总投资', '总投资', '投资', '建筑面积', '占地面积', '总面积', '面积', '总里程', '总长度', '总长', '全长', '总规模', '年产值', '总产值',
]

/**
 * Heads of the names of projects and works: a name read forwards ends at the last of them
 * (`发达广场商业项目主体封顶` → 发达广场商业项目).
 */
/**
 * Heads of a subject that owns what a bare measure after its count measures (`入园企业103家，实现产值17.8亿元` →
 * 入园企业产值): read, flagged, as a person may still want to say which.
 */
export const OWNER_HEADS: readonly string[] = ['企业']

/**
 * Revenues whose tax part a bare 税收 after them is (`一般公共预算收入增长3.1%，税收完成90亿元` → 税收收入): read
 * anywhere earlier in the sentence.
 */
export const REVENUES_WITH_TAX: readonly string[] = ['预算收入', '财政收入', '财政总收入']

export const WORKS_HEADS: readonly string[] = [
  '项目', '工程', '园区', '产业园', '基地', '中心', '场馆', '综合体', '小区', '水厂', '电站', '电厂', '管网', '公路', '铁路', '机场',
  '大桥', '码头', '港区', '广场', '大厦', '医院', '学校', '校区',
]

/**
 * Units of a territory or an organisation counted by what happened in them (`36个市县隐性债务提前清零` → 隐性债务提前
 * 清零的市县), with the endings of what happened. Words are data.
 */
export const COUNTED_UNITS: readonly string[] = ['县市区', '市县', '市州', '县区', '乡镇', '街道', '企业', '学校', '医院']
/**
 * Works and facilities of a place (`94个乡镇污水处理设施全部达标`): with 全部 after them the count is theirs, all of them did
 * the deed, and the label names them alone (the label files: 116 of 132 such figures by the noun alone).
 */
export const THINGS_OF_A_PLACE: readonly string[] = [...WORKS_HEADS, '设施', '设备', '站', '厂', '所']
/** Words saying a deed holds for all of what was counted before them. */
export const ALL_OF_THE_COUNTED: readonly string[] = ['全部']
export const OUTCOME_ENDINGS: readonly string[] = [
  '清零', '达标', '上市', '摘帽', '出列', '脱贫', '通车', '通电', '通网', '验收', '全覆盖', '覆盖', '退出', '达产', '投产',
]

/**
 * Heads of an industry a sentence may open with (`西昌钒钛产业园区重点延伸…，确保产值达800亿元以上`, `提升柑桔产业集群，…，力争
 * 产值达150亿元`): a bare output (产值) later in the sentence is that industry's.
 */
export const INDUSTRY_HEADS: readonly string[] = ['产业集群', '产业链', '产业带', '产业园区', '产业园', '园区', '产业']
/**
 * What a sentence may open with before the industry it is about (`提升柑桔产业集群`, `加快发展氟化工产业，…`), one or more
 * of them: deeds and manners, no part of the industry's name.
 */
export const INDUSTRY_OPENERS: readonly string[] = [
  '提升', '壮大', '做强', '做大', '做精', '做优', '发展', '培育', '打造', '加快', '推动', '推进', '巩固', '改造', '提质', '大力',
  '聚焦', '聚力', '集中', '攻坚', '突破', '率先', '支持', '拓展', '实施', '启动', '落实', '全力', '努力', '稳住', '坚持', '围绕',
  '着力', '重点', '不断', '持续', '积极', '快速', '布局', '延伸', '升级', '优化', '引导', '扶持', '促进', '编制', '建设', '把',
]
/** Measures of an industry's output, given the industry a sentence opens with. */
export const OUTPUT_MEASURES: readonly string[] = ['产值', '营收', '营业收入', '主营业务收入']

/** Nouns of a task set for the figure (`超额完成国家下达的110万人年度任务`): the task is the sentence subject's. */
export const TASK_NOUNS: readonly string[] = ['年度任务', '目标任务', '任务', '年度目标', '目标']

/**
 * Two-character nouns that say enough to stand on a slide alone after a count (`准备8745张床位`, `共1000张床位`): most
 * two-character nouns after a count do not (`5项工程`, `2个县区`) and stay silent; the label files name these alone.
 */
export const SHORT_NOUNS_STANDING_ALONE: readonly string[] = ['床位', '病床']

/** Nouns that count categories, not things (`推出8个方面90项政策措施`): the figure after them is the one. */
export const CATEGORY_NOUNS: readonly string[] = ['方面', '领域', '大类', '类别', '方向', '板块', '批次', '个批次']

/** Units that count batches or kinds (`21批173项制度集成创新案例`): the figure after them is the one. */
export const CATEGORY_UNITS: readonly string[] = ['批', '批次', '期', '轮', '类', '大类']

/**
 * A count of categories right before the count of things (`12类55件民生实事`, `10大类33项`): no part of what is counted.
 * An ordinal (`第二批`, `新一轮`) names which batch, and `二期` the phase of a works; neither is one.
 */
export const CATEGORY_COUNT_AT_END = new RegExp(`(?<![第新\\d一二三四五六七八九十两])[\\d一二三四五六七八九十两]+(?:${CATEGORY_UNITS.filter((u) => u !== '期').join('|')})$`, 'u')

/** Of LEADING_ACTIONS, those that only go when the figure counts or measures the thing built (`新建项目…贡献率` stays). */
export const BUILD_ACTIONS: readonly string[] = [
  // 建成投产煤矿20处, 建成投用便民服务中心50个: a thing built and put to use is counted as the thing, before it (the label
  // files 5/1; 武汉 keeps it); alone after the thing counted before (`…项目24个、建成投产17个`) it is what became of them.
  '建成投产', '建成投用', '建成投运',
  '新建成', '新建设', '建成', '新建', '建设', '浇建',
]

/**
 * Of BUILD_ACTIONS, those that define what is counted and stay (`新建5G基站` counts the new ones, not all): the label
 * files keep 新建 before what it counts 85 times and drop it 4 times (sample 1/0, corpus 0/3, held out 84/1).
 */
export const DEFINING_BUILD_ACTIONS: readonly string[] = ['新建']

/**
 * Things only ever counted as they are built (`新建高标准农田` → 高标准农田, as the sample and the corpus write it). A chain of
 * building actions before them goes too (新建和改造提升, 建设改造, 新建改造提升: dropped 11 times, the sample's
 * 新增建设和改造提升 among them; 新改建 kept once). 新建 alone the held-out files keep 8 times against the corpus's and
 * others' 5 drops and the sample's chain: about even once the sample weighs, so it is left.
 */
export const BUILT_WITHOUT_ITS_VERB: readonly string[] = ['高标准农田']

/**
 * Words that open with the last character of a build action (`新建设施蔬菜`: 新建 + 设施蔬菜, not 新建设 + 施蔬菜): a match of
 * the action that would cut one in two is no match.
 */
export const WORDS_CUT_BY_BUILD_ACTIONS: readonly string[] = ['设施', '设备', '设计']

/** Nouns that a build verb opens (`建设用地`, `建设项目`, `建成区`): the verb is part of the thing, never dropped. */
export const NOUNS_OPENED_BY_BUILD_VERB: readonly string[] = [
  ...NOUNS_HOLDING_VERBS, '建设用地', '建设项目', '建设工程', '建设任务', '建设资金', '建设投资', '建设单位', '建设标准', '建设进度', '建设规模',
]

/**
 * Actions chained to a build action (`新建改造城市道路`, `新建、转化配售型保障性住房`), and a conjunction before another
 * state of the works (`建成和在建高速公路里程`): the figure counts what was built or rebuilt, not the stock, so the chain
 * stays whole.
 */
export const CHAINED_ACTIONS: readonly string[] = ['、', '和', '及', '改扩建', '扩建', '改建', '改造', '提升', '转化', '运营', '投用', '投产']

/**
 * Actions on works that a 、 chains before one figure (`新建、提升30座旅游厕所`, `新建、续建外来投资项目`). Longest
 * first.
 */
export const ACTIONS_OF_WORKS: readonly string[] = [
  '新建成', '新建设', '改扩建', '新改建', '新建', '建成', '建设', '续建', '改建', '扩建', '改造', '提升', '转化', '新开工', '开工', '竣工', '投用',
]

/** Verbs inside a label between its owner and its object: `省列重大项目完成投资` → 省列重大项目投资. */
export const INNER_ACTIONS: readonly string[] = ['完成', '实现', '发放', '安排']

/** Words opening with 总 that name a thing, not a total of one (`总部企业`, `总体`): never generic. */
export const WORDS_OPENED_BY_ZONG: readonly string[] = ['总部', '总体', '总站', '总院', '总厂', '总局', '总社', '总队', '总会', '总馆', '总工会']

/** Labels too generic to stand alone: they take the subject of the clause before (`总投资` → `项目总投资`). */
export const GENERIC_LABELS: readonly string[] = [
  '总量', '总额', '总数', '总计', '合计', '规模', '总规模', '总投资', '总产值', '数量', '总人数', '累计', '总量达',
  '计划投资', '年度计划投资', '计划总投资', '年度投资', '降幅', '减幅', '增幅',
]

/**
 * Words that only say how a length or size is counted (`运营里程`, `通车里程`), or that it was added (`新增`): before a
 * total that repeats the measure (`城市轨道交通新增运营里程…，总里程…` → 城市轨道交通总里程) they go; alone they name
 * no owner of it.
 */
export const MEASURE_MODIFIERS: readonly string[] = ['运营', '营运', '通车', '新增']

/**
 * Generic measures that name the year's share of the works (`完成年度投资…` after the projects): the label files name the
 * works' measure without it (年度投资 → 投资: dropped 3, kept 1; 年度计划投资 is a measure of its own and stays).
 */
export const YEARLY_GENERIC_MEASURES: readonly (readonly [string, string])[] = [['年度投资', '投资']]

/**
 * Capacity shared along a series of industries (`淘汰落后钢铁产能1498万吨、焦炭3507万吨` → 淘汰落后焦炭产能; `化解钢铁过剩产能…、
 * 煤炭…`): what the first item says of its capacity (落后, 过剩 before the industry; the head 产能 and what stands just
 * before it after) is each later bare industry's too, as the label files write them. Longest first.
 */
export const CAPACITY_KINDS_BEFORE: readonly string[] = ['落后', '过剩']
export const CAPACITY_HEADS: readonly string[] = ['过剩产能', '落后产能', '产能']

/**
 * Measures of a thing (`保有量`, `成交价`, `营业收入`): alone, they are a measure of what the sentence is about
 * (`新能源汽车市场渗透率全国第一，保有量突破50万辆` → 新能源汽车保有量).
 */
export const MEASURES_OF_A_THING: readonly string[] = [
  '保有量', '成交价', '成交额', '成交金额', '交易额', '签约金额', '签约额', '销售额', '营业额', '营业收入', '营收', '年营收', '年产值', '业务量', '利润总额',
  '支出', '占比', '合同金额', '建设投资', '供地面积',
]

/** Measures that end a subject, taken off before another measure of the same thing is added (`新能源汽车市场渗透率`). */
export const SUBJECT_MEASURES: readonly string[] = [
  // (Before 总额: 市属国企利润总额 is 市属国企's, not 市属国企利润's.)
  '利润总额', '资产总额', '市场渗透率', '渗透率', '占比', '比重', '增速', '增长率', '产量', '总量', '数量', '总额', '规模', '保有量', '产值', '营业收入', '营收',
  '收入',
]

/**
 * Words that name a measure but not of what (`全年共完成投资3.5亿元`): alone, with no subject before them in the
 * sentence, they are no label a slide could show.
 */
export const BARE_MEASURES: readonly string[] = ['投资', '资金', '金额', '总额', '收入', '产值', '营收', '利润', '税收', '规模', '数量', '融资', '合同资金']
/**
 * Rates of works that name no works (`428个重点项目全部开复工，投资完成率107.2%，资金到位率91.5%`): the works the sentence
 * counts, as for a bare measure (the label files: 23 of 27 such rates named with their works).
 */
export const RATES_OF_WORKS: readonly string[] = ['投资完成率', '资金到位率', '开工率', '开复工率', '竣工率', '完工率', '纳统率']
/**
 * Bare measures that are the size of the thing itself (`转移支付…规模近9.8万亿元，增长18%`): a growth after one is the thing's,
 * not the measure's.
 */
export const SIZES_OF_THE_THING: readonly string[] = ['规模', '总额', '数量', '金额']

/** The wholes a share is taken of after 占 (`占全省…`, `占全国、全省…`): the report's place and those above it. */
export const WHOLES_OF_A_SHARE: readonly string[] = ['全国', '全省', '全区', '全市', '全州', '全县', '全球', '世界']

/**
 * Measures that a sentence names once with their owner and then alone, by family: a measure alone takes the owner of
 * a measure of its own family before it (`新能源汽车产量…，产值…` → 新能源汽车产值, `…机场旅客吞吐量…、货邮吞吐量…` →
 * …机场货邮吞吐量), never of another (`乳制品产量…、存栏…` says nothing of whose herd).
 */
export const OWNED_MEASURE_FAMILIES: readonly (readonly string[])[] = [
  // Of a product or a trade (`猕猴桃综合产值…、出口…`).
  ['综合产值', '总产值', '总产量', '增加值', '播种面积', '产值', '产量', '销量', '外销量', '销售额', '出口', '进口', '营业收入', '营收', '利润', '税收'],
  // Of a plant (`…基地产能…，产量…`).
  ['产能', '产量', '产值'],
  // Of a port or an airport.
  ['年旅客吞吐量', '旅客吞吐量', '货邮吞吐量', '货物吞吐量', '集装箱吞吐量', '吞吐量', '出入境流量'],
  // Of the banks.
  ['存款余额', '贷款余额'],
  // Of a herd.
  ['存栏', '出栏'],
  // Of a programme (`…实事项目完成率…、满意率…`).
  ['完成率', '满意率'],
  // Of accidents (`生产安全事故起数下降32%、死亡人数下降41%`).
  ['发生起数', '起数', '宗数', '死亡人数', '亡人数', '受伤人数'],
  // Of enterprises (`市属国企营收增长29.1%、利润总额增长8.5%、资产总额增长13.4%` → 市属国企资产总额; `国有企业总资产、净资产
  // 分别…` → 国有企业净资产).
  ['营收', '营业收入', '营业总收入', '利润总额', '净利润', '资产总额', '总资产', '净资产'],
  // Of a hub's traffic (`航空货邮吞吐量51.3万吨、客运量2733.5万人次` → 航空客运量).
  ['旅客吞吐量', '货邮吞吐量', '货物吞吐量', '吞吐量', '客运量', '货运量'],
  // Of patents (`发明专利申请量…，授权量…` → 发明专利授权量).
  ['申请量', '授权量'],
  // Of generating capacity (`风光电建成装机容量、并网规模…` → 风光电并网规模).
  ['装机容量', '装机规模', '并网规模'],
  // Of the roads reaching villages (`行政村通畅率100%、通客车率97%` → 行政村通客车率).
  ['通畅率', '通达率', '通客车率', '通公交率'],
  // Of a water supply (`城乡自来水普及率…、水质合格率…` → 城乡自来水水质合格率).
  ['普及率', '水质合格率', '水质达标率'],
  // Of a network's length (`轨道交通运营总里程…、在建总里程…` → 轨道交通在建总里程).
  ['运营总里程', '在建总里程', '运营里程', '在建里程', '通车里程', '通车总里程'],
  // Of land in use, per mu (`开发区亩均投资强度、税收均…` → 开发区亩均税收: the per-mu is the owner's too).
  ['投资强度', '营收', '税收', '产出'],
  // Of listed companies (`…上市公司首发募资额、总市值…` → …上市公司总市值).
  ['首发募资额', '首发融资额', '募资额', '募资总额', '融资额', '总市值', '市值'],
]

/**
 * The state a first measure was counted in (`建成装机容量`, `运营总里程`), written between its owner and it: no part of
 * the owner a later measure of the list takes (`…建成装机容量、并网规模` → …并网规模).
 */
export const STATES_OF_A_MEASURE: readonly string[] = ['建成', '在建', '运营', '营运', '通车', '新增', '累计']

/**
 * Sectors that make one measure with the measure after them (`工业总产值`, `工业增加值`): the owner of a list's later
 * measures stops before them (`园区工业总产值、税收分别…` → 园区税收, not 园区工业税收).
 */
export const SECTORS_OF_A_MEASURE: readonly string[] = ['工业']

/**
 * Measures whose owner a sentence names a clause or more before them, by the kind of thing that owns them: `粮食稳产丰收，
 * 产量达到…` → 粮食产量, `加快生猪复产增养，年出栏…、存栏…` → 生猪出栏, 生猪存栏, `…粮食产量…、亩产…` → 粮食亩产,
 * `…煤炭先进产能占比…，产量达到…` → 煤炭产量. The label files name the owner so every time a bare measure of these has one
 * in its sentence (产量 6/0, 亩产 1/0, 存栏/出栏 3/0; 年出栏 loses its 年, 1/0). The nearest owner before the figure wins.
 */
export const MEASURES_OWNED_BACK: readonly { measures: readonly string[]; owners: readonly string[]; dropped?: string }[] = [
  {
    measures: ['总产量', '总产', '产量', '亩产', '单产', '净调出量'],
    owners: [
      '粮食', '水稻', '小麦', '玉米', '大豆', '煤炭', '原煤', '原油', '天然气', '页岩气', '新能源汽车', '汽车', '蔬菜', '水果', '茶叶', '水产品', '肉类', '牛奶',
      '生鲜乳', '乳制品', '钢铁', '粗钢', '水泥', '油菜', '棉花',
    ],
  },
  { measures: ['年出栏', '年存栏', '出栏', '存栏'], owners: ['生猪', '肉牛', '奶牛', '肉羊', '家禽', '畜禽', '牛', '羊'], dropped: '年' },
]

/**
 * Heads of the names of hubs (`黄金机场`, `赣州国际陆港`) that own a throughput named alone later in their sentence (`…机场
 * T2航站楼建成投用，…，年吞吐量突破200万人次` → 黄金机场年吞吐量): the label files name the hub so 2/0; a throughput that
 * names its kind (货邮吞吐量, 航空旅客吞吐量) stands alone there as often as not, and is left.
 */
export const HUBS_OWNING_A_THROUGHPUT: readonly string[] = ['机场', '陆港', '港口', '港']
export const BARE_THROUGHPUTS: readonly string[] = ['年吞吐量', '吞吐量']

/**
 * Sectors a sentence may open with before it gives their value added alone (`农业发展平稳，增加值237.52亿元`, `民营经济加快
 * 发展，…，完成增加值1980.3亿元`, `规模以上工业企业1784家，增加值超过700亿元`): the bare 增加值 is the sector's
 * (rules/sector-opening.ts). Longest first where one opens another (规模以上工业 before 工业).
 */
export const SECTORS_OWNING_VALUE_ADDED: readonly string[] = [
  '规模以上工业', '规上工业', '规模工业', '工业', '农业', '现代服务业', '服务业', '建筑业', '金融业', '第一产业', '第二产业', '第三产业',
  '民营经济', '非公有制经济', '非公经济', '县域经济', '数字经济', '海洋经济', '高新技术产业', '战略性新兴产业', '文化产业', '旅游业',
]
/** The measures a sector opening the sentence owns (above). */
export const MEASURES_OF_A_SECTOR: readonly string[] = ['增加值']

/**
 * How a level changed, named alone right after it (`实现生产总值8246.1亿元，增长6.3%，增速比上年提高2.7个百分点`, `地区生产
 * 总值达13.7万亿元、增长5.8%、增量全国第一`): the change of that level's thing (rules/change-of-level.ts).
 */
export const CHANGES_OF_A_LEVEL: readonly string[] = ['增速', '增量']

/**
 * How far a rate improved, named alone right after it (`断面水质优良比例92%，改善幅度全省第二`): the change of that rate,
 * which a share may have as a level may (rules/change-of-level.ts).
 */
export const CHANGES_OF_A_RATE: readonly string[] = ['改善幅度', '提升幅度']

/**
 * Rates of how far things built reach (`新建卫生厕所4740座，普及率86%`, `农村老年日间照料中心达到541个，覆盖率81%`): named
 * alone right after the count of those things, they are those things' (rules/coverage-of-counted.ts).
 */
export const COVERAGE_RATES: readonly string[] = ['覆盖率', '普及率']
/** Works that 和 (及, 与) joins to 新建 at a label's head (`新建和改造提升…`, `新建和提质改造…`), longest first: they chain with it. */
export const WORKS_JOINED_TO_NEW_BUILDING: readonly string[] = ['改造提升', '改扩建', '建设', '新建', '改造', '提升', '建成', '实施', '提质']

/**
 * Works that follow 新建 in a chain before things counted (`新建改建443个村居公园`, `新建和改造23个公园广场`, `新建、改扩建10所
 * 学校`, `新建扩建…等8座大型文化设施`, `新建和更新200个健身路径`): the figure counts the things built or rebuilt, so the label
 * files keep the chain whole (held-out and corpus labels whose quote has it: 新建改建 kept 29 / dropped 4, 新建、改扩建
 * 16/1, 新建改扩建 33/2, 新建和改造 4/1 outside 高标准农田). Longest first.
 */
export const WORKS_CHAINED_TO_NEW_BUILDING: readonly string[] = ['改造提升', '提质改造', '改扩建', '改建', '扩建', '改造', '提升', '续建', '更新']

/** Deeds before the things counted that are no part of what a coverage rate is of (新建卫生厕所 → 卫生厕所普及率). */
export const BUILT_BEFORE_COVERAGE: readonly string[] = [
  '新(改)建', '新（改）建', '新改扩建', '新改建', '新建', '改建', '新组建', '组建', '累计建成', '建成', '新增', '新办',
]
/** Units of things built whose reach a coverage rate measures (not 项 of a list of items, nor people). */
export const UNITS_OF_THINGS_BUILT: readonly string[] = ['个', '座', '所', '家', '处', '户', '万户', '套', '张', '间', '万座', '万个', '万家']

/** Every measure of OWNED_MEASURE_FAMILIES. */
export const OWNED_MEASURES: readonly string[] = [...new Set(OWNED_MEASURE_FAMILIES.flat())]

/**
 * Of those, the ones that name no owner at all (`产量`, `吞吐量`, `增加值`): alone, a figure's owner was not found and a
 * person should check it. Longer ones name a kind of owner (`集装箱吞吐量`, `贷款余额`) and stand alone.
 */
export const BARE_OWNED_MEASURES: readonly string[] = OWNED_MEASURES.filter((m) => [...m].length <= 3)

/** What a thing did with a measure of its own (`完成投资`, `实现产值`): an inner action, then a bare measure. */
export const DEEDS: readonly string[] = INNER_ACTIONS.flatMap((verb) => BARE_MEASURES.map((measure) => verb + measure))

/** Label endings that name a growth rate (a % figure under them is growth, not a share). */
export const GROWTH_WORDS: readonly string[] = ['增速', '增幅', '涨幅', '增长率', '降幅', '减幅', '增长']

/** Label endings that name the size of a fall (`能耗降低率达到7%`, `浓度降幅近40%`): the figure is the indicator's fall. */
export const FALL_WORDS: readonly string[] = ['下降幅度', '降低幅度', '降幅', '减幅', '下降率', '降低率', '减少率']

/** Label endings that name a share or rate. */
export const SHARE_WORDS: readonly string[] = ['比重', '占比', '比例', '率', '强度', '指数', '比']

/** Subjects whose % figure is a price rise: growth even without a verb (`居民消费价格涨幅3%`). */
export const PRICE_WORDS: readonly string[] = ['居民消费价格', '消费价格', 'CPI', '物价', '价格']

/** Endings of a price index (`居民消费价格指数`, `物价总水平`): its % figure is still a rise. */
export const PRICE_INDEX_ENDINGS: readonly string[] = ['指数', '总指数', '总水平', '涨幅']

/**
 * Label endings that name the part of a whole doing something (`工业行业增长面90%`, `企业盈利面`): a share, though
 * a word of growth is in them.
 */
export const BREADTH_ENDINGS: readonly string[] = ['增长面', '盈利面', '亏损面', '覆盖面', '受益面']

/**
 * Label endings of a sum of money held or lent (`100亿县域产业发展引导基金`, `50亿专项债券`): a bare magnitude before
 * them is money, an amount.
 */
export const MONEY_NOUN_ENDINGS: readonly string[] = ['基金', '债券', '专项债', '贷款', '资金', '存款']

/**
 * Label endings of the time a service takes (`企业开办时间压缩到1天以内`, `审批时限`): days of it are an amount of
 * time, as 个工作日 is; counted days (`优良天数`) stay a count.
 */
export const DURATION_ENDINGS: readonly string[] = ['时间', '时限', '时长', '周期', '用时']

/**
 * Words that open the shared tail of a list's last item (`先进制造业、高技术制造业增加值占…比重` → the tail
 * `增加值占…比重` belongs to both). Earliest in the item wins.
 */
export const SHARED_TAIL_OPENERS: readonly string[] = [
  '居民', '人均', '全产业链', '增加值', '产量', '数量', '项目', '余额', '比重', '占比', '排放量', '面积', '投资', '进出口', '出口', '进口', '水质', '比例', '产业', '产值', '普及率', '覆盖率', '达标率', '参保率', '优良率', '零售额', '销售额',
  '年均浓度', '平均浓度', '浓度', '吞吐量', '业务量', '客运量', '货运量', '发电量', '用电量',
  // 钢铁、电解铝产能: what each can make in a year.
  '产能',
]

/** What a contribution is measured by (`对全省贡献率`, `对经济增长的贡献度`). */
export const CONTRIBUTION_MEASURES: readonly string[] = ['贡献率', '贡献度']
/**
 * A tail opener and the ending that makes an item that kind of thing already: after `旅游业`, `高端装备制造业` (an
 * industry), the `产业` opening the last item's tail is that item's own word (`旅游业、文化产业总收入` → 旅游业总收入).
 */
export const OPENERS_AN_ITEM_ENDS_AS: readonly { opening: string; ending: string; notBefore: readonly string[] }[] = [
  // Not when the opening begins a thing of its own (`…、现代农业产业园`, `产业化龙头企业`, `产业链`).
  { opening: '产业', ending: '业', notBefore: ['化', '园', '链', '基地', '集群', '带', '体系', '联盟', '工人'] },
]
/**
 * Share words that end a list's last item and measure every item (`民营工业增加值、外贸进出口总额占比分别为…`).
 */
export const SHARE_TAILS: readonly string[] = ['占比', '比重']
/** Measures a share is taken of (`…、战略性新兴产业增加值占比`): they go with the share word to every item. */
export const SHARE_MEASURES: readonly string[] = ['增加值', '产值', '营业收入', '投资']

/**
 * Fields a work is done in (`在新能源领域引进项目`, `新材料、生物医药等领域实施…`): written before the work's verb they say
 * where it is done, not what it counts (rules/field-of-work.ts). Of them, the ones that also open a name of things
 * (`行业龙头企业`) stay before a noun.
 */
export const FIELDS_OF_WORK: readonly string[] = ['领域', '行业', '方面']
export const FIELDS_OPENING_A_NAME: readonly string[] = ['行业']

/**
 * Prepositions written before the first item of a list that every item takes (`对东盟、中东出口` → 对中东出口), and
 * words they open that are no preposition of the list (`对外贸易、…`).
 */
export const LIST_PREPOSITIONS: readonly string[] = ['对', '与', '向']
export const WORDS_OPENED_BY_A_PREPOSITION: readonly string[] = ['对外', '对口', '对标', '对接', '对象', '对比', '与会', '向上', '向好']

/**
 * Words that qualify every item of a list when written before the first (`农村自来水、卫生户厕普及率` → 农村卫生户厕普及率,
 * `金融机构本外币存、贷款余额` → 金融机构本外币贷款余额, `限上餐饮、住宿营业额` → 限上住宿营业额). Longest first.
 */
export const LIST_HEADS: readonly string[] = [
  '万元地区生产总值', '单位地区生产总值', '万元国内生产总值', '单位国内生产总值', '万元生产总值', '单位生产总值', '万元GDP', '单位GDP', '金融机构本外币', '金融机构人民币', '限额以上', '限上', '民营', '规模以上工业企业', '主要工业企业', '规模以上工业', '规上工业企业', '规上工业', '全社会', '农村', '城镇', '城市', '中小学生',
]

/**
 * Bases of a figure per head of population written before the first item of a list (`千人床位数、执业医师数` → 千人执业医师数,
 * `每万人有效发明专利、高价值发明专利`): every item is counted on that base. Longest first.
 */
export const PER_POPULATION_BASES: readonly string[] = ['每千人口', '每万人口', '每千人', '每万人', '千人口', '万人口', '千人']

/**
 * Bases of a figure per unit of land written before the first item of a list (`每平方公里产出GDP、财政收入` → 每平方公里
 * 财政收入, `每亩产值、利润`): every item is counted on that base, as on a base of population. Longest first.
 */
export const PER_AREA_BASES: readonly string[] = ['每平方公里', '每公顷', '每亩']

/**
 * Size classes and bases that open an item of its own class (`限上商贸单位、规上服务业企业`: the service firms are no 限上
 * ones; `千人计划专家、万人计划专家`): a head of the first item is not shared with an item that opens with one.
 */
export const OWN_SIZE_CLASS_OPENINGS: readonly string[] = ['规上', '规模以上', '限上', '限额以上', '万人', '百人']

/** Heads of a list that qualify whatever is measured (`民营企业增加值、社会消费品零售总额…占比`: the private part of each). */
export const LIST_HEADS_OF_ANY_MEASURE: readonly string[] = ['民营']

/**
 * Words that open an item of its own people or place (`城镇居民人均可支配收入、农民人均纯收入`: the farmers' income is
 * no 城镇 income): a head of the first item (城镇, 城市, 农村) is not shared with an item that opens with one. (城镇职工和居民
 * 基本医疗保险: 居民 alone shares it.)
 */
export const OWN_PEOPLE_OPENINGS: readonly string[] = ['农民', '农村', '乡村', '城镇', '城市', '城乡', '农牧民', '农牧区', '牧区', '牧民', '农村牧区']

/**
 * Names of substances that open a list's last item whole (`单位GDP能耗、二氧化碳排放分别下降…`): a short measure before
 * them (能耗, 水耗) stands parallel to the whole item, not to its first characters (能耗化碳排放 was read).
 */
export const SUBSTANCES: readonly string[] = ['二氧化碳', '二氧化硫', '氮氧化物', '化学需氧量', '挥发性有机物', '可吸入颗粒物', '细颗粒物', '温室气体', '氨氮']

/**
 * Label endings that say what unit the figure must have: a figure in another unit belongs to something else
 * (`集中供热面积` cannot be `2.58万户`). Rates and changes (%, 个百分点, 倍) fit any label.
 */
export const LABEL_UNIT_CLASSES: readonly (readonly [string, UnitClass])[] = [
  ['面积', 'measure'], ['里程', 'measure'], ['长度', 'measure'], ['产量', 'measure'],
  ['资金', 'money'], ['投资', 'money'], ['收入', 'money'], ['金额', 'money'], ['补贴', 'money'], ['产值', 'money'], ['总额', 'money'],
  ['营收', 'money'], ['利润', 'money'], ['税收', 'money'],
  ['人数', 'count'], ['户数', 'count'], ['个数', 'count'], ['家数', 'count'],
]

/** Nouns of work done (`…监测工作`, `…扶持工作`): a count of things before one counts the things, not the work. */
export const WORK_NOUNS: readonly string[] = ['工作']
/** Units that count pieces of work themselves (`22项重点工作`, `10件实事`). */
export const UNITS_OF_WORK: readonly string[] = ['项', '件', '类', '批']

/**
 * What is measured of a thing (`国内游客人次、总花费`, `安全生产事故起数、死亡人数`): later list items that are only
 * one of these measure the thing the first item names, and take its head. Whole phrases only, so that
 * `接待游客人次、旅游收入` keeps 旅游收入 as it is.
 */
export const MEASURES_OF_A_HEAD: readonly string[] = [
  '人次', '总人次', '人数', '总人数', '死亡人数', '受伤人数', '起数', '户数', '花费', '总花费', '收入', '总收入', '产值', '总产值', '产量', '金额', '总额', '数量',
  '利润', '利润总额', '营业收入', '支出', '总支出', '人口', '面积', '播种面积', '种植面积', '总金额', '数', '总产量', '总产',
  // 碳排放配额累计成交量、成交额: what a market trades, in volume and in value.
  '成交量', '成交额', '交易量', '交易额',
  // 热线诉求解决率、满意率分别…, 改革实现率、满意率均…, 治疗覆盖率、成功率均…: rates of how a service or a programme does, after
  // one that names it, are its own (the label files 4/0; alone, outside a list, they stay as written).
  '满意率', '满意和基本满意率', '办结率', '办复率', '解决率', '实现率', '成功率',
  // 生产安全事故宗数、亡人数: the accidents, counted and by their dead.
  '发生起数', '宗数', '亡人数', '致伤人数',
  // Pairs a report names once with their owner, then the second alone: 单位国内生产总值能耗、水耗, 断面水质优良率、达标率,
  // 建成区绿化覆盖率、绿地率, 专利申请量、授权量, 住房公积金归集额、贷款额, 工业总产值和增加值 (the label files name the owner).
  '能耗', '水耗', '优良率', '达标率', '绿化覆盖率', '绿地率', '申请量', '授权量', '归集额', '提取额', '贷款额', '增加值',
]

/**
 * What a change is compared with (`销售面积环比、同比分别增长…`): later list items that are only one of these compare the
 * thing the first item names, and take its head, as a measure of it does.
 */
export const COMPARISONS_OF_A_HEAD: readonly string[] = ['同比', '环比']

/**
 * The area a crop is sown on and its yield per mu (`粮食播种面积…，总产量…`, `粮食平均亩产达到1200斤，总产量…`): measures of the
 * crop, as its output is.
 */
export const SOWN_AREAS: readonly string[] = ['播种面积', '种植面积', '平均亩产', '平均单产', '亩产', '单产']

/**
 * Endings of a word that names a measured quantity (`固定资产投资`, `贷款余额`, `立项数量`, `覆盖率`, `到位资金`): list
 * items that all end so are whole indicators, and one value after them is each one's (`A、B比2015年翻一番`, `A、B增长6%`).
 */
export const QUANTITY_ENDINGS: readonly string[] = [
  '投资', '投入', '余额', '总额', '收入', '支出', '产值', '增加值', '总值', '金额', '规模', '量', '人数', '人次', '额', '率', '比重', '占比',
  '资金',
]

/**
 * Words that say two things at once, split when one subject has two values with 分别 (`城乡居民人均可支配收入分别增长…`
 * → 城镇…, 农村…; `金融机构存贷款余额分别突破…` → …存款余额, …贷款余额).
 */
export const CONTRACTED_PAIRS: readonly { pair: string; first: string; second: string; opens?: true; notBefore?: readonly string[] }[] = [
  { pair: '城乡', first: '城镇', second: '农村' },
  // Levels of government, only when they open the subject (`市县两级…`, not 城市县城): 市县行政权力事项 → 市…, 县….
  { pair: '市县', first: '市', second: '县', opens: true },
  { pair: '省市', first: '省', second: '市', opens: true },
  { pair: '存贷款', first: '存款', second: '贷款' },
  // 银行存贷规模分别达到…: the short pair too; not 存贷比, one ratio of the two.
  { pair: '存贷', first: '存款', second: '贷款', notBefore: ['比', '款'] },
  { pair: '广播电视', first: '广播', second: '电视' },
  { pair: '内外资', first: '内资', second: '外资' },
  { pair: '产销量', first: '产量', second: '销量' },
  { pair: '进出口', first: '进口', second: '出口' },
]

/**
 * What the three sectors measure when a list of them names nothing else (`三次产业分别增长…`, `一二三产分别完成298亿元、
 * 573亿元、354亿元`): each sector's value added, as the label files write it (第一产业增加值…).
 */
export const SECTOR_MEASURE = '增加值'

/** Prepositions of a beneficiary before a verb: `对种粮农民发放…补贴` → 种粮农民补贴. */
/**
 * Coverbs written before the name of an indicator that the clause goes on to state (`以地区生产总值破万亿…为标志`,
 * `使城镇化率达到60%`, `把粮食产量稳定在…`): no part of the name; read off only when what follows is an indicator's name.
 */
export const COVERBS_BEFORE_A_MEASURE: readonly string[] = ['以', '使', '把', '将', '让']

/**
 * Prepositions that open what a deed is aimed at or built on (`面向沿线国家`, `围绕主导产业`, `依托港口`): the phrase says
 * how the work is done; it names no owner of the figure.
 */
export const AIMING_PREPOSITIONS: readonly string[] = ['面向', '围绕', '聚焦', '针对', '依托', '瞄准', '立足', '借助']

/**
 * Words opening with 在 that name a state of the thing (`在建项目`, `在孵企业`, `在校生`), not where it is: a phrase
 * opening with one is a noun, never a place before the verb (`在市区新建5处停车场`, where the place goes).
 */
export const STATES_OPENING_WITH_ZAI: readonly string[] = [
  '在建', '在孵', '在校', '在园', '在册', '在保', '在线', '在职', '在岗', '在读', '在营', '在运', '在用', '在库', '在研', '在编', '在押',
  '在管', '在途', '在售', '在网', '在役', '在任', '在世',
]

/**
 * A whole people (`14亿中国人`, `1亿人口`): its number before the thing it owns (`…的饭碗`, `…大省`) says whose the thing
 * is, for rhetoric; the figure is the thing's, never the people's count.
 */
export const PEOPLES: readonly string[] = ['中国人民', '中国人', '各族人民', '人民', '人口', '国人', '中华儿女']

export const BENEFICIARY_PREPOSITIONS: readonly string[] = ['面向', '对', '为', '向', '给']

/**
 * What is done for a beneficiary named after 为 (`为企业减负`, `为市场主体减免税费`, `为企业降低成本`): the label keeps
 * 为 and the beneficiary, as the label files do (kept 18 times; dropped twice, both with 新增 or 发放 between:
 * 为企业新增减负 → 企业新增减负).
 */
export const RELIEF_FOR_A_BENEFICIARY: readonly string[] = ['减负', '降成本', '降低成本', '减免', '减轻', '代办', '转贷续贷', '应急转贷']

/**
 * What is spared a beneficiary named after 为, when the deed names what it spares (`为中小企业节约融资成本`,
 * `为企业降低用电成本`, `为市场主体减税降费`): the label is the deed alone (节约融资成本, 减税降费), as the label files
 * name it (13 times; 为 and the beneficiary kept 3 times). A chain of them stays whole (`为企业退税减税降费` → 退税减税降费).
 * Not the reliefs above, named with their beneficiary.
 */
export const DEEDS_SPARING_A_BENEFICIARY: readonly string[] = ['节约', '节省', '降低', '退税', '减税', '让税', '让利']

/**
 * Verbs of relief that open a list of amounts spared (`为企业减免税费13.7亿元、电费1.1亿元`, `降低企业融资成本1343万元、
 * 用电成本1.15亿元`): each later item is spared too (为企业减免电费, 降低用电成本), as the label files name them.
 */
export const RELIEF_VERBS: readonly string[] = ['减免', '降低', '减轻', '节约', '节省', '让利', '减缓']

/** What a bracket says when it is a note on the figure rather than part of a name (`（同口径）`, `（市、区）`). */
export const BRACKET_NOTES = /同口径|可比|下同|预计|初步|快报|含|按|剔除|扣除|GDP|CPI|[0-9０-９]|、/u

/**
 * A clause that only says a milestone was passed (`首次超过百亿千瓦时`, `再上新台阶`), or how many
 * (`迈上两个万亿元台阶`, `连跨4个千亿元台阶`), after its subject.
 */
export const MILESTONE_CLAUSE =
  /^([\u4e00-\u9fff]{2,14}?)(?:即将|将|已经|已|有望)?(?:再上新台阶|迈上新台阶|跃上新台阶|(?:再次|再)?创(?:历史)?新高|(?:首次)?(?:超过|突破|迈上|跨越|跨上|站上)[百千万亿]+[\u4e00-\u9fff]{0,5}?(?:大关|台阶)?|(?:连续|先后|相继)?(?:迈上|迈过|跨越|跨上|跨过|跃上|连跨|再上)[一二两三四五六七八九十\d]{1,2}个[百千万亿]+元?级?[新大]?(?:大关|台阶|关口))$/u

/**
 * What says on which basis a figure is counted (`按可比价计算`, `同口径`, `按自然口径计算`, `剔除减税降费不可比因素`): a
 * note on the figure, never part of what it measures. `全口径` is a scope and stays.
 */
export const BASIS_SOURCE =
  '(?:(?:按|以)?(?:可比|自然|同|现行|统一)口径(?:计算|测算|统计)?|按可比价(?:格)?(?:计算)?|可比价|(?:剔除|扣除|除去)[^，,；;。]{1,14}?(?:影响|因素)(?:后|以后)?)'

/** A basis ending a label (`地区生产总值按可比口径计算`) or opening one (`同口径增长`): dropped from it. */
export const BASIS_AT_END = new RegExp(`${BASIS_SOURCE}$`, 'u')
export const BASIS_AT_START = new RegExp(`^${BASIS_SOURCE}`, 'u')

/**
 * Adverbials between a subject and its verb that say on what basis, not what (`电价在上年降价基础上再降10%`,
 * `公用经费按定额标准压减10%`, `居民人均可支配收入扣除价格因素实际增长`, `全口径税收还原留抵退税后`): no part of the label.
 */
export const BASIS_ADVERBIALS =
  /(?:在[^,;。在]{1,10}(?:的)?基础上|按[^,;。按]{1,8}标准|(?:扣除|剔除|除去|还原)(?:价格因素|物价因素|留抵退税|退税因素|特殊因素|不可比因素|一次性因素)(?:后|以后)?)$/u

/**
 * Clauses that only say on what basis the next figure is counted (`实现地区生产总值9846.9亿元，按可比价计算，同比增长7.8%`,
 * `…245.1亿元，剔除减税降费政策影响，实际增长15.3%`): they do not part a figure from the clause that reads on from it.
 */
export const BASIS_CLAUSES = new RegExp(`^${BASIS_SOURCE}$`, 'u')

/**
 * A label that opens with a comparison (`高于规上工业`, `快于经济增速`, `超出省定目标`) kept what the figure is compared
 * with and lost whose it is.
 */
export const LABEL_OPENED_BY_A_COMPARISON = /^(?:高于|快于|低于|好于|超过|超出|高出)/u

/**
 * A rank's label opened by its own verb (`居东北地区`, `位列金牌榜`, `跃居全球科研城市`, `跻身全国…票房`): the reading kept the verb and
 * where, and named nothing ranked. Words that open names with the same characters stay (居民, 列入, 排污…).
 */
export const RANK_LABEL_OPENED_BY_ITS_VERB = /^(?:排名|排在|位列|位居|名列|跃居|稳居|跻身|荣登|居(?!民|家|住|室)|列(?!入|统|车|为)|排(?!污|查|放|水|涝|头))/u

/**
 * A comparison inside a label (`补助水平高出国家标准`, `指标增速高于全省平`, `优良天数比率较上年改善`, `重污染天数同比`): a
 * reading that ran on past the subject into what it is compared with. (好于 stays: `好于Ⅲ类水体比例` names a standard.)
 */
export const LABEL_HOLDING_A_COMPARISON = /(?<=\p{Script=Han}{2})(?:高于|快于|低于|慢于|高出|超出|同比|较上年|比上年|较去年|比去年)/u

/** Words after an indicator's name that make a figure a measure of it (a share, a rank, a speed), not the indicator. */
export const MEASURE_OF_AN_INDICATOR = /占|比重|比例|率|贡献|增速|增幅|排名|位次|居|列/u

/** Adverbs that give one figure to each subject of a list before it (`存贷款余额均居全省第2位`, `A和B都名列第一`). */
export const EACH_ADVERBS: readonly string[] = ['均', '都', '分别']

/**
 * Where a rank is counted, written as a place between the subject and the rank verb (`在全省城商行中居第3位`,
 * `在国家考核中名列第一`, `在长江中游城市群排名第4`): no part of what is ranked. 在 opens it after the subject or at
 * the clause's head; 中/内/里 may close it.
 */
/**
 * How a named list of places ends (`全国先进制造业百强城市`, `中国最具幸福感城市榜`): a place ranked in it (`我市跃居…第60位`)
 * is ranked by the list, which names the rank.
 */
export const RANKED_LIST_ENDINGS: readonly string[] = ['百强城市', '百强市', '百强县', '百强区', '强市', '强县', '排行榜', '榜单', '榜']

/** What names an assessment places are ranked in (`营商环境评价`, `创新能力排名`, `高质量发展综合绩效考核`). */
export const ASSESSMENT_WORDS: readonly string[] = ['评价', '评估', '排名', '排行榜', '排行', '榜单', '考核', '考评', '测评', '评比', '指数']

export const RANK_LOCATIVE = /(?<=^|\p{Script=Han}{2})在[^在，,、]{1,12}(中|内|里|之中)?$/u

/**
 * Words of an increase or a fall of a level written as a label of their own (`粮食总产量达到775.6亿斤，增产49亿斤`), with the
 * measures of the sentence's subject they change: the increment takes that subject's label (the label files: 粮食总产量).
 */
export const INCREMENTS_OF_A_LEVEL: readonly (readonly [string, readonly string[]])[] = [
  ['增产', ['总产量', '产量', '总产']],
  ['减产', ['总产量', '产量', '总产']],
  ['增收', ['收入']],
  ['减收', ['收入']],
]

/**
 * Words of receiving visitors that a revenue borrows from the count it follows (`旅游接待人次和总收入` → 旅游接待总收入): the
 * revenue is tourism's, and the label files name it so (旅游总收入 in 郑州 and 西藏, 4 figures; 旅游接待总收入 once, 赣州).
 * Longest first.
 */
export const RECEPTION_WORDS: readonly string[] = ['旅游业接待游客', '旅游接待游客', '旅游业接待', '旅游接待', '接待游客']

/**
 * A count of visitors written otherwise (`旅游接待人数`, `接待国内外游客`, `旅游接待总人数`, `接待过夜游客`): a word of tourism
 * or of receiving, a few characters, then what is counted. A bare 收入 after such a count is tourism's, as after
 * RECEPTION_WORDS.
 */
export const VISITOR_COUNT_LEADS: readonly string[] = ['旅游', '接待']
export const VISITOR_COUNT_ENDS: readonly string[] = ['总人数', '人数', '人次', '游客']

/**
 * A target or a task a figure is said to beat (`超出年度任务11.7个百分点`, `超省定任务3.9个百分点`): whose it is, in words.
 * Longest first.
 */
export const TASKS_BEATEN: readonly string[] = ['上级下达', '省下达', '年度', '全年', '省定', '市定']

/**
 * Things that say nothing alone and are named by what was done to them (`引进项目100个` → 引进项目, `建成投产项目3590个` →
 * 建成投产项目): the verbs right before them stay in the label (rules/deed-of-bare-thing.ts).
 */
export const THINGS_NAMED_BY_THEIR_DEED: readonly string[] = ['项目']

/**
 * Verbs by which a programme or a slogan brings a result about (`“人才新政”吸引41万青年人才落户`, `实施“四个一批”帮助基层化债
 * 300亿元`): the programme named before one is the cause of the figure, not its owner (the label files: 青年人才, 基层化债).
 */
export const CAUSING_VERBS: readonly string[] = ['吸引', '带动', '撬动', '帮助', '拉动', '助力']

/**
 * Verbs of building and setting up that a place with 在 stands before (`在市区新建…`, `在城市外围开工建设…`, `在三镇设立…`):
 * the place says where the works are, not what they are. Longest first.
 */
export const WORKS_AFTER_A_PLACE: readonly string[] = [
  '开工建设', '启动建设', '布局建设', '新改扩建', '新改建', '改扩建', '新建成', '新建设', '新建', '建成', '建设', '改造', '打造', '设立', '配置', '配备',
]

/**
 * Words that make the text between a count and an amount more than the noun counted (`为65户企业提供21亿元`, `4名领导各抓
 * 5000亩`, `5条高速公路两侧300米`, `6条总长237公里`): a verb, a share per head, a place beside, a measure.
 */
export const NOT_IN_A_PLAIN_NOUN: readonly string[] = [
  '每', '各', '按', '给予', '提供', '实行', '发放', '抓', '为', '对', '共', '约', '达', '的', '两侧', '沿线', '总长', '总投资', '左右', '以上',
]

/**
 * Wholes too general to name an indicator alone (`7.5%左右的经济增速`, `物价涨幅控制在3%左右`): the rate stays in
 * their label (经济增速, 物价涨幅), as the label files write them.
 */
export const WHOLES_KEEPING_THEIR_RATE: readonly string[] = ['经济', '物价']

/**
 * Goals a multiple in words can close on (`提前一年完成翻番目标`, `超额完成翻一番的目标`): the goal is the doubling of the
 * subject before it, not a thing of its own; the figure's label is that subject.
 */
export const GOALS_AFTER_A_MULTIPLE: readonly string[] = ['目标', '任务']

/**
 * How the name of one programme, fund or project ends (`农村饮水安全巩固提升工程`, `清洁能源集中供暖试点`,
 * `清洁能源产业专项资金`, `十件民生实事`): a clause that only names one such thing owns the bare money or the people served
 * of the clause after it (rules/programme-before.ts).
 */
export const PROGRAMME_HEADS: readonly string[] = [
  '工程', '试点', '行动', '计划', '项目', '专项资金', '产业基金', '引导基金', '基金', '实事', '补贴', '活动', '改造',
]

/**
 * Deeds a clause opens with to name one programme it carries out (`实施…工程`, `开展…试点`, `设立…专项资金`), after an
 * adverb of how (深入, 扎实, 全面…).
 */
export const PROGRAMME_DEEDS: readonly string[] = ['组织实施', '启动实施', '实施', '开展', '推进', '启动', '设立', '推行', '实行', '办好', '完成', '建设']
/** How a programme's deed is done, before it (`深入实施`, `扎实开展`): rules/programme-before.ts. */
export const PROGRAMME_DEED_MANNERS: readonly string[] = ['深入', '扎实', '全面', '持续', '大力', '积极', '加快', '继续', '稳步', '有序', '统筹', '率先', '着力', '认真']

/**
 * Money or a size that says nothing of whose it is, written alone after a clause that named its programme:
 * `设立…专项资金，首期安排50亿元`, `实施…工程，筹集资金2.88亿元`, `推进十件民生实事，计划总投资20亿元`.
 */
export const BARE_PROGRAMME_MEASURES: readonly string[] = [
  '资金', '筹集资金', '筹措资金', '投入资金', '安排资金', '首期', '首期安排', '计划总投资', '总投资', '计划投资', '整理规模', '建设规模',
]

/** After a head, characters that make it part of a longer noun (`产业链`, `产业园`, `产业集群`, `公司化`): no owner's name. */
export const COMPOUND_AFTER_HEAD = '链园集群体基区带化项联布结工投'
