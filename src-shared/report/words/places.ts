/** Provincial-level divisions, as a report names them in full. Data for finding a report's place in its text. */
export const PROVINCES: readonly string[] = [
  '北京市', '天津市', '上海市', '重庆市', '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省', '浙江省',
  '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省',
  '云南省', '陕西省', '甘肃省', '青海省', '台湾省', '内蒙古自治区', '广西壮族自治区', '西藏自治区',
  '宁夏回族自治区', '新疆维吾尔自治区', '香港特别行政区', '澳门特别行政区',
]

/** The short name a report uses in running text: 甘肃省 → 甘肃, 广西壮族自治区 → 广西. */
export function shortProvinceName(full: string): string {
  return full.replace(/(壮族|回族|维吾尔)?(自治区|特别行政区|省|市)$/, '')
}

/**
 * The autonomous prefectures, as named in full, and the short name their reports use in running text (`文山州`):
 * a prefecture's report often says only `我代表州人民政府`. Data for finding a report's place in its text.
 */
export const AUTONOMOUS_PREFECTURES: readonly (readonly [string, string])[] = [
  ['延边朝鲜族自治州', '延边州'], ['恩施土家族苗族自治州', '恩施州'], ['湘西土家族苗族自治州', '湘西州'],
  ['阿坝藏族羌族自治州', '阿坝州'], ['甘孜藏族自治州', '甘孜州'], ['凉山彝族自治州', '凉山州'],
  ['黔东南苗族侗族自治州', '黔东南州'], ['黔南布依族苗族自治州', '黔南州'], ['黔西南布依族苗族自治州', '黔西南州'],
  ['楚雄彝族自治州', '楚雄州'], ['红河哈尼族彝族自治州', '红河州'], ['文山壮族苗族自治州', '文山州'],
  ['西双版纳傣族自治州', '西双版纳州'], ['大理白族自治州', '大理州'], ['德宏傣族景颇族自治州', '德宏州'],
  ['怒江傈僳族自治州', '怒江州'], ['迪庆藏族自治州', '迪庆州'], ['临夏回族自治州', '临夏州'], ['甘南藏族自治州', '甘南州'],
  ['海北藏族自治州', '海北州'], ['黄南藏族自治州', '黄南州'], ['海南藏族自治州', '海南州'], ['果洛藏族自治州', '果洛州'],
  ['玉树藏族自治州', '玉树州'], ['海西蒙古族藏族自治州', '海西州'], ['昌吉回族自治州', '昌吉州'],
  ['博尔塔拉蒙古自治州', '博州'], ['巴音郭楞蒙古自治州', '巴州'], ['克孜勒苏柯尔克孜自治州', '克州'],
  ['伊犁哈萨克自治州', '伊犁州'],
]

/**
 * Endings of a part of the place a report is about: a zone, park, port or airport (`综合保税区`, `高新区`, `双流国际机场`).
 * A figure of such a part is never the place's own indicator.
 */
export const PART_OF_PLACE_ENDINGS: readonly string[] = [
  '综合保税区', '保税港区', '保税区', '经济技术开发区', '开发区', '高新技术产业开发区', '高新区', '经开区', '新区', '自贸试验区',
  '自贸区', '试验区', '示范区', '产业园区', '工业园区', '产业园', '工业园', '园区', '国际机场', '机场', '港区', '港口', '口岸', '新城',
  '市辖区', '中心城区',
].slice().sort((a, b) => b.length - a.length)

/**
 * Zones and parks that open a list's first item and bound every item (`新片区规上工业总产值、全社会固定资产投资分别增长…`,
 * `县域工业投资、工业产值均增长…`): the zone's or the counties' figures, never the whole place's. Not a port or an
 * airport, whose throughput is the measure itself (`港口货物、集装箱吞吐量`), nor the central town, a level of the place
 * (`中心城区公交分担率、公交专用道设置比例`: label files keep the second item bare). Longest first.
 */
export const PARTS_HEADING_A_LIST: readonly string[] = ['县域内', '县域', '新片区', ...PART_OF_PLACE_ENDINGS]
  .filter((w) => !['国际机场', '机场', '港区', '港口', '口岸', '市辖区', '中心城区'].includes(w))
  .sort((a, b) => b.length - a.length)

/** Groups of people a figure may be about (`残疾人`, `农民工`): their jobs or incomes are not the place's own. */
export const GROUPS_OF_PEOPLE: readonly string[] = [
  '残疾人', '农民工', '高校毕业生', '退役军人', '脱贫人口', '脱贫劳动力', '妇女', '青年', '老年人', '城镇困难人员',
]

/**
 * Levels of government and of the places under them, as the items of a list name them (`国家、自治区全域旅游示范区`,
 * `乡镇、建制村通公交率`): each item is one level, whatever its length.
 */
export const LEVELS_OF_PLACE: readonly string[] = [
  '国家级', '国家', '省级', '省', '自治区级', '自治区', '市级', '州级', '县级', '乡镇', '乡级', '街道', '社区', '建制村', '行政村', '自然村',
  // 中心城区、县城生活污水处理率: the town and the country of one place, level to level too.
  '中心城区', '主城区', '城区', '县城',
]
