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

/**
 * A port named by its place (`岳阳港`, `福州港`) opening an item of a list: the item's own owner, as a part of the place
 * is (`长乐国际机场旅客吞吐量…、福州港集装箱吞吐量…`: the port's, not the airport's). Not 港区, 港口, 港务 (words of
 * their own); a bare 港口 names no one.
 */
export const NAMED_PORT_OPENING = /^\p{Script=Han}{1,4}港(?![区口务])/u

/** Groups of people a figure may be about (`残疾人`, `农民工`): their jobs or incomes are not the place's own. */
export const GROUPS_OF_PEOPLE: readonly string[] = [
  '残疾人', '农民工', '高校毕业生', '退役军人', '脱贫人口', '脱贫劳动力', '妇女', '青年', '老年人', '城镇困难人员',
]

/** Levels of government a class of things is named at (`国家级`, `省级`, `自治区级`): the word before 级. */
export const GOVERNMENT_LEVELS: readonly string[] = ['国家', '自治区', '省', '市', '州', '盟', '地', '县', '区', '乡']

/**
 * Levels of government and of the places under them, as the items of a list name them (`国家、自治区全域旅游示范区`,
 * `乡镇、建制村通公交率`): each item is one level, whatever its length.
 */
export const LEVELS_OF_PLACE: readonly string[] = [
  '国家级', '国家', '省级', '省', '自治区级', '自治区', '市级', '州级', '县级', '乡镇', '乡级', '街道', '社区', '建制村', '行政村', '自然村',
  // 中心城区、县城生活污水处理率: the town and the country of one place, level to level too.
  '中心城区', '主城区', '城区', '县城',
]

/**
 * The prefecture-level cities (one province to a line, short names as running text writes them). A city report whose
 * head names no place (`我代表市人民政府` after a date line `在市四届人大五次会议上`) is the city it names most.
 */
export const PREFECTURE_CITIES: readonly (readonly [string, string])[] = [
  '石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水',
  '太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁',
  '呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布',
  '沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛',
  '长春 吉林 四平 辽源 通化 白山 松原 白城',
  '哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化',
  '南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁',
  '杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水',
  '合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城',
  '福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德',
  '南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶',
  '济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 莱芜 临沂 德州 聊城 滨州 菏泽',
  '郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店',
  '武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州',
  '长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底',
  '广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮',
  '南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左',
  '海口 三亚 三沙 儋州',
  '成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳',
  '贵阳 六盘水 遵义 安顺 毕节 铜仁',
  '昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧',
  '拉萨 日喀则 昌都 林芝 山南 那曲',
  '西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛',
  '兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南',
  '西宁 海东',
  '银川 石嘴山 吴忠 固原 中卫',
  '乌鲁木齐 克拉玛依 吐鲁番 哈密',
].flatMap((line) => line.split(' ').map((short) => [`${short}市`, short] as const))

/**
 * Set phrases holding a city's short name that say nothing of the city (`长治久安`, `幸福安康`): not counted when a
 * report is placed by the names it uses.
 */
export const PHRASES_HOLDING_A_CITY: readonly string[] = ['长治久安', '幸福安康', '平安康', '大同小异', '宁德时代', '延安精神', '三明医改', '遵义会议', '普洱茶']

/**
 * Settlements sized by the households or people living in them (`20户以上自然村`, `100人以上的村寨`): a count before 以上 and
 * one of these is the size of the settlements meant, not a figure. Longest first.
 */
export const SETTLEMENTS_SIZED_BY_PEOPLE: readonly string[] = [
  '自然村寨', '自然村', '行政村', '建制村', '自然屯', '村民小组', '村民组', '集中居住区', '居民点', '村寨', '村庄', '村湾', '村组', '屯', '村',
]

/**
 * Kinds of thing a list item may end as, so that a later item's own part ends where it ends as the same kind: a place
 * (`示范镇`, `示范村`, `三县建成区`) or a body (`机关事业单位`, `企业`). Each kind is the endings that make it.
 */
export const ITEM_KINDS_BY_ENDING: readonly (readonly string[])[] = [
  ['市', '县', '区', '乡', '镇', '村'],
  ['单位', '企业', '机构', '部门'],
]

/**
 * The central town of a place opening a list's first item (`中心城区生活垃圾…覆盖率、餐厨废弃物集中处理率`): whether the
 * later items are the town's too the label files do not agree (中心城区餐厨废弃物…, but 公交专用道设置比例 kept bare).
 */
export const CENTRAL_TOWNS: readonly string[] = ['中心城区', '中心城市', '主城区', '城区', '市区']

/**
 * The heads of places of one ladder (`卫生镇`, `卫生村`; `森林乡镇`, `森林村庄`; `优秀县`, `优秀村`): items of a list that
 * differ only in these are one designation at several levels of place. Longest first.
 */
export const PLACE_LADDER_HEADS: readonly string[] = ['乡镇', '村庄', '社区', '街道', '县城', '城市', '镇', '村', '乡', '县']

/**
 * Kinds of place a list of places is counted in after its last item (`甲、乙两市`, `东城、西城两区`, `三县`): the count says
 * how many items the list has, and is no part of any item's name.
 */
export const PLACES_COUNTED_AFTER_A_LIST: readonly string[] = ['县市区', '县市', '市县', '县区', '市区', '市州', '市', '县', '区', '州', '盟', '旗', '镇', '乡', '省', '国', '地']

/** A part of the place named after a deed done to it or a word of each (`复制推广自贸区`, `抓好市工业园区`, `每个园区`): no owner. */
export const DEED_OR_EACH_OPENING = /^(?:每|各|抓|复制|推广|持续|谋划|扩充|实施|推进|推动|加快|建设|打造|支持|围绕|依托|全力|着力|做强|提升)/u
