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
