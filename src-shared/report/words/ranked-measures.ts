/**
 * How the name of a measure ends (`总产量`, `调出量`, `透明度`, `并网规模`, `网站排名`): a list whose every item ends so is a
 * list of measures, and a rank written after it ranks each of them even without 均 (`总产量、商品量、调出量、储备量稳居全国
 * 第一`: four firsts). A list with an item that is no measure (`住院、门诊满意率`) shares the measure of its last item
 * and is ranked whole.
 */
export const MEASURE_NAME_ENDINGS: readonly string[] = ['量', '率', '度', '额', '规模', '排名', '指数', '产值', '增速', '增幅', '收入', '面积']
