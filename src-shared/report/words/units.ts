/**
 * Units of measure as the genre writes them. Words are data: a new unit is a new row here.
 *
 * A written unit is [magnitude][多|余][base unit][/per unit] (`4万多名`, `12.5亿元`, `30万吨/日`, `1109万`): the
 * magnitude and the base are composed, so `亿千瓦时`, `万座` and `亿方` need no rows of their own.
 */

/** What kind of quantity a unit measures; decides the figure's kind with the verb. */
export type UnitClass = 'pct' | 'ppt' | 'times' | 'money' | 'measure' | 'count' | 'ratio'

/** Base units. */
export const BASE_UNITS: readonly (readonly [string, UnitClass])[] = [
  ['个百分点', 'ppt'],
  ['百分点', 'ppt'],
  ['%', 'pct'],
  ['‰', 'pct'],
  ['倍', 'times'],
  ['美元', 'money'],
  ['欧元', 'money'],
  ['港元', 'money'],
  ['元', 'money'],
  ['微克/立方米', 'measure'],
  ['毫克/立方米', 'measure'],
  // The same written out (PM2.5平均浓度25微克每立方米), kept as written.
  ['微克每立方米', 'measure'],
  ['毫克每立方米', 'measure'],
  // Energy and power written in Latin letters (动力电池70GWh, 装机容量12万kW).
  ['GWh', 'measure'],
  ['MWh', 'measure'],
  ['kWh', 'measure'],
  ['TWh', 'measure'],
  ['GW', 'measure'],
  ['MW', 'measure'],
  ['kW', 'measure'],
  // Computing power (算力规模超过55Eflops).
  ['EFLOPS', 'measure'],
  ['Eflops', 'measure'],
  ['PFLOPS', 'measure'],
  ['Pflops', 'measure'],
  ['千瓦时', 'measure'],
  // Transformer capacity (新增变电容量100万千伏安); 千伏 alone is a line's voltage, part of a name (110千伏变电站).
  ['千伏安', 'measure'],
  ['蒸吨', 'measure'],
  ['度电', 'measure'],
  ['千瓦', 'measure'],
  ['兆瓦', 'measure'],
  ['吉瓦', 'measure'],
  ['平方公里', 'measure'],
  ['平方千米', 'measure'],
  ['平方米', 'measure'],
  ['立方米', 'measure'],
  // Volume of liquor and other liquids (新增白酒产能5万千升); 升 alone is no unit (提升).
  ['千升', 'measure'],
  ['公顷', 'measure'],
  // Land worked once per season counted (累计实施保护性耕作1.19亿亩次).
  ['亩次', 'measure'],
  ['亩', 'measure'],
  ['吨标准煤', 'measure'],
  ['吨标煤', 'measure'],
  ['吨', 'measure'],
  // Soil organic matter and the like (有机质含量27克/千克).
  ['克/千克', 'measure'],
  ['克/公斤', 'measure'],
  ['公斤', 'measure'],
  ['千克', 'measure'],
  ['斤', 'measure'],
  // Freight and passenger work: 水运周转量8162亿吨公里, 旅客周转量120亿人公里.
  ['吨公里', 'measure'],
  ['人公里', 'measure'],
  ['公里', 'measure'],
  ['千米', 'measure'],
  ['延米', 'measure'],
  // Depths (耕层厚度达到20.6厘米). Not 毫米: the genre writes it in names (400毫米降水线, 340毫米轧管机组).
  ['厘米', 'measure'],
  ['米', 'measure'],
  ['标准箱', 'measure'],
  ['标箱', 'measure'],
  ['方', 'measure'],
  ['岁', 'measure'],
  ['小时', 'measure'],
  ['人次', 'count'],
  ['人', 'count'],
  // 惠及市场主体12万户次: households or firms counted once per time served, as 人次.
  ['户次', 'count'],
  ['家次', 'count'],
  ['户', 'count'],
  ['家', 'count'],
  ['个工作日', 'measure'],
  ['工作日', 'measure'],
  ['个工作小时', 'measure'],
  ['工作小时', 'measure'],
  ['个', 'count'],
  ['项', 'count'],
  ['名', 'count'],
  ['所', 'count'],
  ['套', 'count'],
  ['座', 'count'],
  ['条', 'count'],
  ['辆', 'count'],
  ['艘次', 'count'],
  ['架次', 'count'],
  ['艘', 'count'],
  ['架', 'count'],
  ['列', 'count'],
  ['天', 'count'],
  ['位', 'count'],
  ['台', 'count'],
  ['件', 'count'],
  ['场次', 'count'],
  ['场', 'count'],
  ['批次', 'count'],
  ['次', 'count'],
  ['处', 'count'],
  ['栋', 'count'],
  ['幢', 'count'],
  ['起', 'count'],
  ['间', 'count'],
  ['张', 'count'],
  ['头', 'count'],
  ['只', 'count'],
  ['株', 'count'],
  ['棵', 'count'],
  ['袋', 'count'],
  ['批', 'count'],
  ['群', 'count'],
  ['宗', 'count'],
  ['块', 'count'],
  ['部', 'count'],
  ['支', 'count'],
  ['期', 'count'],
  ['轮', 'count'],
  ['种', 'count'],
  ['篇', 'count'],
  ['册', 'count'],
  // Parcels, documents, samples tested (发放防疫包204.8万份, 政策文件72份, 核酸检测能力17万份).
  ['份', 'count'],
  ['台套', 'count'],
  ['台(套)', 'count'],
  ['条(段)', 'count'],
  ['套(间)', 'count'],
  ['人(次)', 'count'],
  ['场(次)', 'count'],
  ['桩(枪)', 'count'],
  ['例', 'count'],
  ['届', 'count'],
  ['枪', 'count'],
  ['剂次', 'count'],
  ['剂', 'count'],
  ['对', 'count'],
  ['车', 'count'],
  // Things counted by a measure word of their own: 充电桩1.5万根, 出笼1.1亿羽, 开行752班, 34款创新药械, 405片球场.
  // Transactions and business cases: 发放贷款1771笔, 办理业务2214笔, 开展业务291单.
  ['笔', 'count'],
  ['单', 'count'],
  ['根', 'count'],
  ['羽', 'count'],
  ['班', 'count'],
  ['款', 'count'],
  ['片', 'count'],
  // Medals and satellites (获得6枚金牌, 在轨卫星83颗), wells (封闭自备井74眼), groups of chargers (50组充电桩), herds
  // counted by head of cattle and sheep together (存栏300万头只).
  ['枚', 'count'],
  ['颗', 'count'],
  ['眼', 'count'],
  // Pits, wells, pools and cages (新建沼气池5200口, 机井400口, 整治山坪塘600口, 新增深水网箱114口).
  ['口', 'count'],
  ['组', 'count'],
  ['头只', 'count'],
  // Cotton spinning capacity is counted in spindles (棉纺产能达到1000万锭).
  ['锭', 'measure'],
]

/**
 * Measures written as a bare number (`居民消费价格指数103左右`, `城乡居民收入倍差缩小至1.57`): a number with no unit
 * after one of these, within its clause, is the figure (unit '', a ratio).
 */
export const UNITLESS_MEASURES: readonly string[] = ['指数', '倍差', '收入比', '系数', '满意度']

/**
 * The verbs of a change from one level to another (`由7.8增加到12.9平方米`): the first level, written bare after
 * 由/从, has the unit the second writes once.
 */
export const LEVEL_CHANGE_VERBS: readonly string[] = [
  '增加', '增长', '提高', '提升', '上升', '扩大', '拓展', '发展', '下降', '降低', '减少', '缩小', '缩减', '压减', '缩短', '压缩',
  // 由上年的18降到17微克/立方米: the one-character verbs of a change, before 到 or 至.
  '增', '升', '降', '减',
]

/** Of those, the ones of a fall: the first level is the larger (a rise to a smaller number writes another unit first). */
export const FALLING_CHANGE_VERBS: readonly string[] = ['下降', '降低', '减少', '缩小', '缩减', '压减', '缩短', '压缩', '降', '减']

/**
 * Units whose denominator is written before the number (`每立方米39.4微克` is 39.4 微克/立方米): the denominator
 * as written, the units after the number it takes, and the unit they make.
 */
export const DENOMINATOR_FIRST: readonly (readonly [string, readonly string[], string])[] = [
  ['每立方米', ['微克', '毫克'], '/立方米'],
]

/**
 * Magnitudes after the denominator of a rate written with a slash (`孕产妇死亡率16/10万`): 16 per 10万, unit `/10万`,
 * never the fraction 16/10.
 */
export const PER_POPULATION_MAGNITUDES: readonly string[] = ['万']

/**
 * Base units read only after a magnitude (`发电量6465亿度`, `2.9万亿度`): alone, `度` is a degree or part of a word
 * (`30度`, `季度`).
 */
export const UNITS_AFTER_MAGNITUDE: readonly (readonly [string, UnitClass])[] = [['度', 'measure']]

/**
 * A base unit followed by one of these characters is the start of a noun instead (`10万人口`, `46万群众`, `6方面`,
 * `2对口`, `8车道`).
 */
export const NOUN_AFTER_UNIT: Readonly<Record<string, string>> = {
  人: '口民', 群: '众', 方: '面', 期: '间', 部: '门', 种: '类', 单: '位体项独列价品元', 笔: '记', 对: '口接标外照于象比话', 车: '道次辆位间型厢库站', 台: '阶', 组: '织团建合成员', 眼: '睛光界前', 口: '罩岸袋径碑号子腔头语味述算粮音令吻气'
}

/** Units the genre writes with full-width brackets: shown as written (`7万台（套）`, `2万套（间）`, `11条（段）`). */
export const UNITS_AS_WRITTEN: Readonly<Record<string, string>> = { '台(套)': '台（套）', '条(段)': '条（段）', '套(间)': '套（间）', '人(次)': '人（次）', '场(次)': '场（次）', '桩(枪)': '桩（枪）' }

/** Bare magnitudes of 亿 read in 亿元, the unit offices use: `突破千亿元` is 1000 亿元 (`突破万亿元` stays 1 万亿元). */
export const BARE_HUNDREDS_OF_YI: Readonly<Record<string, number | undefined>> = { 千亿: 1000, 百亿: 100 }

/**
 * Magnitudes that hold a multiple of 亿 or 万 (`3百亿元`, `2千亿`, `1千万元`): a digit before one multiplies it, and the
 * figure is read in the unit offices use, 亿 or 万 (300亿元, 2000亿, 1000万元), as the bare 千亿 is 1000 亿.
 */
export const MULTIPLES_IN_A_MAGNITUDE: Readonly<Record<string, readonly [number, string] | undefined>> = {
  千亿: [1000, '亿'], 百亿: [100, '亿'], 十亿: [10, '亿'], 千万: [1000, '万'], 百万: [100, '万'], 十万: [10, '万'],
  // 5千多户, 3千吨: 千 before a base unit is a thousand of it (5000户), unless 千 opens the base unit (千瓦, 千米, 千克).
  千: [1000, ''],
}

/**
 * What a bare magnitude of money is the denominator of (`万元GDP能耗`, `亿元GDP生产安全事故死亡率`): no figure,
 * `万元` there is "per ten thousand yuan of".
 */
export const PER_MONEY_OUTPUTS: readonly string[] = ['GDP', '地区生产总值', '生产总值', '工业增加值', '增加值', '产值']

/**
 * Units of time read only after a decimal (`去化周期5.8个月`, `受教育年限达到11.3年`): a whole number before them is a
 * duration of the text (`连续30个月`) or a date, never a figure.
 */
export const DECIMAL_DURATIONS: readonly string[] = ['个月', '年']

/**
 * What may follow a bare magnitude of money (`突破千亿元大关`, `跨上百亿元台阶`) that is still the figure's own
 * phrase; any other noun right after it makes the magnitude a threshold in a name (`超千亿元开发区`, `亿元以上项目`).
 */
export const AFTER_BARE_MAGNITUDE: readonly string[] = ['大关', '台阶', '关口', '级', '的']

/**
 * Nouns after `超N亿元的` that are the amount's own phrase (`超过700亿元的目标`, `超1000亿元的历史新高`), not a name whose
 * threshold it is (`超50亿元的重大项目`).
 */
export const OWN_PHRASES_AFTER_DE: readonly string[] = [
  '目标', '任务', '基础', '水平', '规模', '历史', '新高', '记录', '纪录', '成绩', '佳绩', '好成绩', '大关', '台阶', '关口', '增长', '总量',
]

/**
 * The milestone a level passes (`跨过3万亿元大关`, `迈上5000亿元台阶`, `突破800公里规划目标`): written after the figure at
 * the end of its clause, part of its own phrase, no noun that the figure counts.
 */
export const MILESTONE_WORDS: readonly string[] = ['大关', '台阶', '关口', '规划目标']

/**
 * Words before a bare 百, 千, 万 or 千万 that make it a count (`在校生突破万人`, `超万家`, `近百家`, `首破千万`): 100, 1000 or
 * 1 万 of the unit after it.
 */
export const BARE_COUNT_LEADS: readonly string[] = ['突破', '超过', '超', '逾', '近', '过', '破']

/**
 * Verbs of passing a milestone before a bare magnitude of money (`经济总量迈上千亿台阶`, `生产总值跨过千亿大关`): a
 * level, read only when a milestone word (MILESTONE_WORDS, also `新台阶`) closes the figure's phrase.
 */
export const MILESTONE_LEADS: readonly string[] = ['迈上', '跨上', '跃上', '站上', '迈过', '跨过', '跨越', '迈入', '跨入', '登上']

/** The bare counts: value and the magnitude written into the unit. `千万` and `百万` stand without a unit too. */
export const BARE_COUNTS: Readonly<Record<string, readonly [number, string] | undefined>> = {
  百: [100, ''], 千: [1000, ''], 万: [1, '万'], 百万: [100, '万'], 千万: [1000, '万'],
}

/** Magnitudes written before a base unit (or alone: `减少1109万`). */
export const MAGNITUDES: readonly string[] = ['万亿', '千亿', '百亿', '十亿', '亿', '千万', '百万', '十万', '万', '千']

/** A magnitude written alone is a unit too: `1109万` counts, `2千亿` is money. */
export const BARE_MAGNITUDE_CLASS: Readonly<Record<string, UnitClass>> = {
  万亿: 'money',
  千亿: 'money',
  百亿: 'money',
  亿: 'count',
  万: 'count',
}

/** Units after a slash: `元/月`, `元/人`, `万吨/日`, `立方米/秒`. */
export const PER_UNITS: readonly string[] = [
  '平方米', '立方米', '千人', '万人', '人次', '小时', '年', '月', '日', '天', '秒', '人', '户', '亩', '吨', '辆', '公斤',
  // 路网密度103公里/百平方公里, 人口密度120人/平方公里.
  '百平方公里', '平方公里',
  // 单位GDP建设用地使用面积65公顷/亿元, 万元GDP用水量30立方米/万元: land or water per output.
  '亿元', '万元',
]

/**
 * Words after a count unit that make the number a duration or an ordinal, not a figure: `连续30个月`,
 * `16个季度`.
 */
export const NOT_A_COUNT_AFTER: readonly string[] = ['月', '季度', '工作日', '年度']

/**
 * A count of times or terms after one of these words is how long a record has lasted, not a figure
 * (`连续5次获评`, `已连续3届当选`, `连续689天无…`), as `连续3年` is.
 */
export const RUN_LEADS: readonly string[] = ['连续']
export const RUN_UNITS: readonly string[] = ['次', '届', '天']

/**
 * 条 counts lines (roads, routes, rivers, chains) and the articles of a policy. It counts articles when the noun after
 * it is a policy (`20条措施`, `31条政策`, `40条配套政策`, `20条意见`) or when it closes the name of a policy, a goal
 * that ends in one of POLICY_GOALS (`稳经济58条`, `服务业恢复发展56条`, `奶业振兴9条`): such a count is the policy's
 * name, no figure.
 */
export const ARTICLE_UNIT = '条'
export const POLICY_NOUNS: readonly string[] = ['措施', '政策', '意见', '举措', '细则', '办法']
export const POLICY_GOALS: readonly string[] = ['发展', '振兴', '增长', '经济', '营商环境']

/** Units of a time within which something was done (`6天内`, `2小时内`): at the head of a clause, they say when. */
export const ELAPSED_TIME_UNITS: readonly string[] = ['天', '小时']
/**
 * Working time a service is promised in: `内` right after it bounds the figure as 以内 (`2个工作日内完成`,
 * `压缩至0.5个工作日内`), as the label files read it.
 */
export const WORKING_TIME_UNITS: readonly string[] = ['个工作日', '工作日', '个工作小时', '工作小时']
export const WITHIN = '内'

/**
 * Ratings a work is named by, never figures of the text (`220千伏变电站`, `35千伏及以上输变电工程`): after a count they
 * open the name of what is counted (`新建4座220千伏变电站` → 220千伏变电站).
 */
export const RATING_UNITS: readonly string[] = ['千伏', '万伏']

/**
 * Units that size one thing of a class (a boiler by its 蒸吨, a blast furnace by its 立方米), rarely the total of a stock:
 * bounded straight before the noun (`65蒸吨以上燃煤锅炉`, as `20蒸吨以下…`) they name a class, never a figure; unbounded,
 * with no count of the things (`淘汰20蒸吨燃煤锅炉`), the size may be one unit's or the total, and a person checks it.
 */
export const SIZES_OF_ONE_UNIT: readonly string[] = ['蒸吨', '立方米']

/** Verbs of doing away with plant (`淘汰`, `关停`, `拆除`): after them a size straight before the plant may be its class. */
export const VERBS_DISPOSING_OF_PLANT: readonly string[] = ['淘汰', '关停', '拆除', '关闭', '取缔']

/**
 * Counts of lines (roads, pipes, rivers) and the lengths that add up over them: after `8条` or `11条（段）` a length
 * (`500公里`) is their total, a figure of its own (`开工建设8条500公里高速公路`); any other size after a count is one
 * item's (`178座10蒸吨锅炉`, `3台60万千瓦机组`), an attribute.
 */
export const LINES_COUNTED: readonly string[] = ['条', '条(段)', '条（段）', '段']
export const LENGTHS: readonly string[] = ['公里', '千米', '延米']

/**
 * Things measured by their length (rivers, roads, pipes, banks): a length before one of them (`消除6500公里垃圾河`,
 * `改造16公里供热管网`) is how much of it the deed reached, not the size of a single one. Endings of the noun.
 */
export const LINE_NOUN_ENDINGS: readonly string[] = ['河', '河流', '河段', '路', '道', '管网', '管道', '管线', '渠', '堤', '堤防', '岸线', '边境线', '沟']
/**
 * Land and floor space measured by their area (`整治3000亩撂荒地`, `拆除12万平方米违法建筑`): an area before one of
 * them is how much of it the deed reached. Endings of the noun.
 */
export const AREA_NOUN_ENDINGS: readonly string[] = ['田', '农田', '耕地', '土地', '用地', '林', '林地', '草原', '湿地', '荒地', '建筑', '违建', '厂房', '房屋', '棚户区']
/**
 * Plants measured by their rated power (`关停133.1万千瓦煤电机组`): a power before one of them, with no count of units
 * before it and no bound after it (`30万千瓦以下…机组` says which), is how much capacity the deed reached. Endings of the
 * noun, and the unit of power.
 */
export const POWER_NOUN_ENDINGS: readonly string[] = ['机组']
export const POWER_UNIT = '千瓦'
/** Units of area, for AREA_NOUN_ENDINGS. */
export const AREAS: readonly string[] = ['亩', '平方米', '平方公里', '公顷']

/** The base units written in Latin letters: a number before them is a figure, not part of a code (5G, RCEP2). */
export const LATIN_UNITS: readonly string[] = BASE_UNITS.map(([u]) => u).filter((u) => /^[A-Za-z]+$/.test(u))

/**
 * The time and head an amount is per, written again before the second value of a pair (`城乡低保标准分别提高到月人均500元和
 * 年人均3500元`): the two values are still one list, paired with its owners in order.
 */
export const RATE_BASES_BETWEEN_VALUES: readonly string[] = ['月人均', '年人均', '每人每月', '每人每年']

/**
 * Groups whose research institutes are named by number (`航天科工706所`, `中国电科38所`): a count in 所 right after
 * one is the institute's name.
 */
export const NUMBERED_INSTITUTE_OWNERS: readonly string[] = ['科工', '电科', '航天', '航空', '兵器', '兵装', '船舶', '中船', '中核', '核工业', '中航', '航发', '中电']
/**
 * What a number of hours names when it stands right before it: a policy (`240小时过境免签`), a promise of service
 * (`24小时动态清零`, `24小时在线`, `24小时不打烊`) or a circle of travel (`1小时经济圈`). None is a figure.
 */
export const HOURS_IN_A_NAME = /^(?:[^\d,，。；;、:：]{0,4}圈|过境免签|免签|动态清零|清零|在线|值守|不打烊|不间断|全天候|自助|营业|服务热线|热线)/u
/** A bond issue of the state (`国家新增1万亿国债`, `中央增发1万亿元国债`): its size is the state's, no figure of the place. */
export const STATE_BEFORE_BOND = /(?:国家|中央)(?:新增|增发|发行)?$/u
export const BOND_AFTER = /^(?:超长期)?(?:特别)?国债/u
