import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: number-before-noun', () => {
  it('names the figure after the noun it stands before', () => {
    expect(lvu('攻克150项关键技术。')).toEqual([['关键技术', 150, '项']])
    expect(lvu('培育3000多万户经营主体。')).toEqual([['经营主体', 3000, '万户']])
    expect(lvu('完成12.5亿元的年度投资任务。')).toEqual([['年度投资任务', 12.5, '亿元']])
    expect(lvu('实施24个老旧小区的供热管网改造。')).toEqual([['老旧小区供热管网改造', 24, '个']])
  })
  it('names a share of the things doing what follows them by both, without the quote marks of a name', () => {
    expect(lvu('85%的行政村实现“一村一品”。')).toEqual([['行政村实现一村一品比例', 85, '%']])
  })
  it('reads the counted object of the verbs that start, push on and win things', () => {
    expect(lvu('全年启动95个背街小巷整治。')).toEqual([['背街小巷整治', 95, '个']])
    expect(lvu('创成12个省级美丽宜居村庄。')).toEqual([['省级美丽宜居村庄', 12, '个']])
    expect(lvu('争创2个国家级农业产业强镇。')).toEqual([['国家级农业产业强镇', 2, '个']])
    expect(lvu('加快推进48个城市更新项目。')).toEqual([['城市更新项目', 48, '个']])
    // 对接 is one word: the preposition 对 of a beneficiary is not cut from it.
    expect(lvu('对接长三角推进16项协同改革任务。')[0]?.[0]).not.toMatch(/^接/)
  })
  it('reads the counted object of verbs that build, mend, set up or close things, keeping the verb that makes what is counted', () => {
    expect(lvu('修建42公里环湖绿道。')).toEqual([['环湖绿道', 42, '公里']])
    expect(lvu('铺设35公里透水砖人行道。')).toEqual([['透水砖人行道', 35, '公里']])
    expect(lvu('更换180套小区健身器材。')).toEqual([['小区健身器材', 180, '套']])
    expect(lvu('签订15项战略合作协议。')).toEqual([['战略合作协议', 15, '项']])
    expect(lvu('成立12个产业链招商专班。')).toEqual([['成立产业链招商专班', 12, '个']])
    expect(lvu('撤销23个区级议事协调机构。')).toEqual([['撤销区级议事协调机构', 23, '个']])
    expect(lvu('新开9条城乡公交线路。')).toEqual([['新开城乡公交线路', 9, '条']])
    // A verb whose object goes on to act (帮扶…实现就业, 选聘…深入农村) is still no verb of a count: the noun would run into
    // the deed.
    expect(lvu('帮扶800名退役军人实现就业。')).toEqual([])
    expect(lvu('选聘300名科技特派员深入农村。')).toEqual([])
  })
  it('ends the noun at the predicate after it, and reads a size class or a code inside it', () => {
    // The deed changes which canteens are counted (rules/deed-of-counted.ts): the noun still ends where it begins.
    expect(lvu('320家中小学食堂实现全流程检查评价。')).toEqual([['中小学食堂实现全流程检查评价', 320, '家']])
    expect(lvu('推动超40所乡镇中心幼儿园构建资源共享机制。')).toEqual([['乡镇中心幼儿园', 40, '所']])
    expect(lvu('6项指标不及预期。')).toEqual([])
    expect(lvu('推动2个20万吨级泊位开工建设。')).toEqual([['20万吨级泊位', 2, '个']])
    expect(lvu('建成8.99万个5G基站。')).toEqual([['5G基站', 8.99, '万个']])
    expect(lvu('重点实施了40个民生保障和社会事业项目。')).toEqual([['民生保障和社会事业项目', 40, '个']])
    expect(lvu('6项封关政策及相关配套制度出台施行。')).toEqual([['封关政策', 6, '项']])
    expect(lvu('建成350个美丽乡村、500个和美乡村。')).toEqual([['美丽乡村', 350, '个'], ['和美乡村', 500, '个']])
    expect(lvu('基本建成129条乡村振兴示范带。')).toEqual([['乡村振兴示范带', 129, '条']])
    expect(lvu('开工建设6所九年一贯制学校，新开工建设12公里城市快速路。')).toEqual([
      ['开工建设九年一贯制学校', 6, '所'],
      ['新开工建设城市快速路', 12, '公里'],
    ])
    expect(lvu('升级改造120个智慧教室。')).toEqual([['智慧教室', 120, '个']])
    // A chain of building verbs joined by 和 before the number is a verb, not a subject that grew.
    expect(lvu('新建和改造提升35万亩水浇地。')).toEqual([['水浇地', 35, '万亩']])
    // Verbs of making and bringing about take a counted object too.
    expect(lvu('营造86处口袋公园。')).toEqual([['口袋公园', 86, '处']])
    expect(lvu('构筑3万平方米立体绿化空间。')).toEqual([['立体绿化空间', 3, '万平方米']])
    expect(lvu('促成12项产学研合作项目。')).toEqual([['产学研合作项目', 12, '项']])
    // A count of categories before the count, with no verb, is no subject of it; an ordinal batch is no count.
    expect(lvu('8类26件惠民实事保质保量完成。')).toEqual([['惠民实事', 26, '件']])
    expect(lvu('教育、医疗等9大类31项为民办实事按计划全部完成。')).toEqual([['为民办实事', 31, '项']])
    expect(lvu('启动第三批12个特色小镇建设。')[0]?.[0]).not.toMatch(/^第/)
    // Examples between a defining verb and the count (新开通直飞某地等N条…) leave the verb defining it.
    expect(lvu('新开通直飞曼谷等5条国际货运航线。')).toEqual([['新开通国际货运航线', 5, '条']])
    expect(lvu('建成滨湖等6个城市湿地公园。')).toEqual([['城市湿地公园', 6, '个']])
  })
  it('ends the noun where what became of the things begins, unless an achieving verb makes that the thing counted', () => {
    expect(lvu('36个老旧厂区改造项目有序推进。')).toEqual([['老旧厂区改造项目', 36, '个']])
    expect(lvu('58公里滨江绿道全线贯通。')).toEqual([['滨江绿道', 58, '公里']])
    expect(lvu('210个低收入村退出，14个薄弱乡镇摘帽。')).toEqual([
      ['低收入村', 210, '个'],
      ['薄弱乡镇', 14, '个'],
    ])
    expect(lvu('5座泵站建成投运，3座变电站建成投运。')).toEqual([['泵站建成投运', 5, '座'], ['变电站', 3, '座']])
    expect(lvu('力争实现14个薄弱乡镇摘帽。')).toEqual([['薄弱乡镇摘帽', 14, '个']])
    expect(lvu('90家平台公司转型或退出。')).toEqual([['平台公司转型或退出', 90, '家']])
    expect(lvu('300个行政村脱贫摘帽。')[0]?.[0]).toBe('行政村脱贫摘帽')
    expect(lvu('为2600名独居高龄老人提供助餐服务。')).toEqual([['独居高龄老人', 2600, '名']])
    expect(lvu('86个重点帮扶村出列。')).toEqual([['重点帮扶村', 86, '个']])
    // Adverbs and verbs of what the things did (扎实推进, 实质出清, 填补…空白, 集中攻关) and predicates closing the clause
    // (打通, 启动, 转企改制, 上云, 设立运营).
    expect(lvu('48个城市更新项目扎实推进，21家低效企业实质出清。')).toEqual([['城市更新项目', 48, '个'], ['低效企业', 21, '家']])
    expect(lvu('6个科普场馆填补县域空白，15项关键工艺集中攻关。')).toEqual([['科普场馆', 6, '个'], ['关键工艺', 15, '项']])
    expect(lvu('26条断头道路打通，80个结对帮扶项目启动。')).toEqual([['断头道路', 26, '条'], ['结对帮扶项目', 80, '个']])
    expect(lvu('300家制造企业上云，42家国有林场转企改制。')).toEqual([['制造企业', 300, '家'], ['国有林场', 42, '家']])
    // An adverb with its verb (持续推进, 加快推进, 稳定脱贫, 全部稳定脱贫), but not 持续 inside a name (可持续).
    expect(lvu('19项综合改革试点持续推进，7个文旅综合体加快推进。')).toEqual([['综合改革试点', 19, '项'], ['文旅综合体', 7, '个']])
    expect(lvu('8.6万农村低收入人口稳定脱贫，5个省控断面稳定达标。')).toEqual([['农村低收入人口', 8.6, '万'], ['省控断面', 5, '个']])
    expect(lvu('1.2万易地搬迁群众全部稳定脱贫。')).toEqual([['易地搬迁群众', 1.2, '万']])
    expect(lvu('建设2个国家可持续发展议程创新示范区。')).toEqual([['国家可持续发展议程创新示范区', 2, '个']])
    expect(lvu('50亿元乡村振兴基金设立运营。')).toEqual([['乡村振兴基金', 50, '亿元']])
    expect(lvu('力争实现12个产业园区启动。')).toEqual([['产业园区启动', 12, '个']])
  })
  it('drops an adverb of manner before the verb (逐步形成…)', () => {
    expect(lvu('逐步形成500亿元新材料产业集群。')).toEqual([['新材料产业集群', 500, '亿元']])
    expect(lvu('35项年度改革任务基本完成。')).toEqual([['年度改革任务', 35, '项']])
    expect(lvu('12处易涝积水点整治完工。')).toEqual([['易涝积水点', 12, '处']])
    expect(lvu('46家小额贷款公司退出市场，820个社区药店开通医保结算。')).toEqual([
      ['小额贷款公司', 46, '家'],
      ['社区药店', 820, '个'],
    ])
    expect(lvu('32个易地搬迁村脱贫出列，6个乡镇污水处理厂建设完成。')).toEqual([
      ['易地搬迁村', 32, '个'],
      ['乡镇污水处理厂', 6, '个'],
    ])
  })
  it('reads the counted object of 净增, 打通, 抓好 and 保障, and drops a count of categories of work', () => {
    expect(lvu('力争净增60户高新技术企业。')).toEqual([['净增高新技术企业', 60, '户']])
    expect(lvu('打通15条城市断头路。')).toEqual([['城市断头路', 15, '条']])
    expect(lvu('突出抓好40个市重点项目。')).toEqual([['市重点项目', 40, '个']])
    // After 抓好 a measure before the works is their size, no figure.
    expect(lvu('抓好现有20万吨产能煤矿。')).toEqual([])
    expect(lvu('保障3.2万名进城务工人员子女接受义务教育。')).toEqual([['进城务工人员子女', 3.2, '万名']])
    expect(lvu('重点推进8个方面工作。')).toEqual([])
  })
  it('ends the noun at 落户 and 赴 (what the things counted did next)', () => {
    expect(lvu('吸引2.6万名高校毕业生落户。')).toEqual([['高校毕业生', 2.6, '万名']])
    expect(lvu('组织30个招商小分队赴外地开展招商。')).toEqual([['招商小分队', 30, '个']])
  })
  it('keeps the 的 of a relative clause before the things counted, not before the work done on them', () => {
    expect(lvu('救助3200名符合条件的低保对象。')[0]?.[0]).toBe('符合条件的低保对象')
    expect(lvu('完成28条小街小巷的提升改造。')[0]?.[0]).toBe('小街小巷提升改造')
  })
  it('keeps a short bracket that closes the noun (the other kind it counts), not a note', () => {
    expect(lvu('建成46个新时代文明实践中心（站）。')).toEqual([['新时代文明实践中心（站）', 46, '个']])
    expect(lvu('7个帮扶县（区）全部完成脱贫任务。')[0]?.[0]).toBe('帮扶县（区）')
  })
  it('counts the things, not the work done on them, and drops a complement of result', () => {
    expect(lvu('启动12个智慧农场建设。')).toEqual([['智慧农场', 12, '个']])
    expect(lvu('相继开通运营4条城际公交线。')).toEqual([['城际公交线', 4, '条']])
    expect(lvu('实施好12件民生实事。')).toEqual([['民生实事', 12, '件']])
    expect(lvu('推进300个绿色社区创建。')).toEqual([['绿色社区', 300, '个']])
    expect(lvu('抓好6个产业园区建设发展。')).toEqual([['产业园区', 6, '个']])
  })
  it('keeps a verb that defines what is counted, and who it is for', () => {
    expect(lvu('新增6个省级开发区。')).toEqual([['新增省级开发区', 6, '个']])
    expect(lvu('淘汰县城建成区12台燃煤小锅炉。')).toEqual([['淘汰县城建成区燃煤小锅炉', 12, '台']])
  })
  it('reads no verb inside a noun that holds one, and keeps a noun that opens like a preposition', () => {
    expect(lvu('改造城市建成区5条背街小巷。')).toEqual([['城市建成区背街小巷', 5, '条']])
    expect(lvu('18项为民办实事项目按期完成。')).toEqual([['为民办实事项目', 18, '项']])
    expect(lvu('对困难家庭一次性发放500万元补贴。')).toEqual([['困难家庭补贴', 500, '万元']])
  })
  it('skips a count of categories and ages', () => {
    expect(lvu('出台6个方面48项政策措施。')).toEqual([['政策措施', 48, '项']])
    expect(lvu('十是实施100个社区儿童友好空间改造工程。')).toEqual([['社区儿童友好空间改造工程', 100, '个']])
    // With or without 了 after the verb, the households of the year's task (the task alone names no thing).
    expect(lvu('举全区之力全面完成了13672户的年度改造任务。')).toEqual([['年度改造任务户数', 13672, '户']])
    expect(lvu('举全区之力全面完成13672户的年度改造任务。')).toEqual([['年度改造任务户数', 13672, '户']])
    expect(lvu('维修改造7所学校幼儿园。')).toEqual([['学校幼儿园', 7, '所']])
    expect(lvu('六是免费实施1万名老年人白内障复明工程。')).toEqual([['老年人白内障复明工程', 1, '万名']])
    expect(lvu('获批建设2家全国重点实验室。')).toEqual([['全国重点实验室', 2, '家']])
    // A scope made an adjective (全省性) is part of the name, not where the figure is.
    expect(lvu('全市性会议减少20%。')[0]?.[0]).toBe('全市性会议')
  })
  it('reads a count of things and then an amount of theirs', () => {
    expect(lvu('就是要全力完成今年66个重点项目54亿元的投资计划。')).toEqual([
      ['重点项目', 66, '个'],
      ['重点项目投资计划', 54, '亿元'],
    ])
    expect(lvu('304个省列重大项目完成投资2929亿元。')).toEqual([
      ['省列重大项目', 304, '个'],
      ['省列重大项目投资', 2929, '亿元'],
    ])
    expect(lvu('开展第二批301个典型镇建设。')).toEqual([['典型镇', 301, '个']])
    expect(lvu('为1.2万名60岁以上老年人免费体检。')).toEqual([['老年人', 1.2, '万名']])
    // An age inside a list of subjects leaves the list whole: each rate gets its own name.
    expect(lvu('新生儿死亡率、5岁以下儿童死亡率分别降至3.1‰、4.6‰。')).toEqual([
      ['新生儿死亡率', 3.1, '‰'],
      ['5岁以下儿童死亡率', 4.6, '‰'],
    ])
  })
  it('ends the noun where its own predicate starts (加快…, 增设…, 汛前…)', () => {
    expect(lvu('工程研究中心等12个省级创新平台加快建设。')).toEqual([['省级创新平台', 12, '个']])
    expect(lvu('5处病险水库汛前除险加固完成。')).toEqual([['病险水库', 5, '处']])
  })

  it('reads the number after 新改建/新改扩建 (kept in the name) and 启动 (the noun without its 建设)', () => {
    expect(lvu('新改建120公里雨水管网。')).toEqual([['新改建雨水管网', 120, '公里']])
    expect(lvu('新改扩建150所公办幼儿园。')).toEqual([['新改扩建公办幼儿园', 150, '所']])
    expect(lvu('启动210万亩高标准农田建设。')).toEqual([['高标准农田', 210, '万亩']])
    expect(lvu('启动160个城镇老旧小区改造。')).toEqual([['城镇老旧小区改造', 160, '个']])
  })

  it('reads what is left of a count (剩余…) as the count of the noun after it', () => {
    expect(lvu('剩余2.1万贫困人口全部脱贫。')).toEqual([['贫困人口', 2.1, '万']])
    expect(lvu('确保剩余的3.6万贫困人口全部脱贫。')).toEqual([['贫困人口', 3.6, '万']])
  })
  it('keeps 新开通 and 新认定 before a count as defining verbs, as 新增', () => {
    expect(lvu('新开通4条国际货运航线。')[0]?.[0]).toBe('新开通国际货运航线')
    expect(lvu('新认定30家专精特新企业。')[0]?.[0]).toBe('新认定专精特新企业')
    // 新 before any verb makes it one that defines what is counted, as in the noun-first order (新设立基金8支).
    expect(lvu('新设立6支创业投资基金。')[0]?.[0]).toBe('新设立创业投资基金')
    expect(lvu('新培育30家出口实绩企业。')[0]?.[0]).toBe('新培育出口实绩企业')
  })
  it('reads the count after the verbs that open, clear, recruit, send and strengthen things, dropping the verb', () => {
    expect(lvu('全年打通9条城区断头路。')).toEqual([['城区断头路', 9, '条']])
    expect(lvu('招募3200名社区志愿者。')).toEqual([['社区志愿者', 3200, '名']])
    expect(lvu('抓好14个乡村振兴示范片区。')).toEqual([['乡村振兴示范片区', 14, '个']])
    expect(lvu('做强7条先进制造业产业链。')).toEqual([['先进制造业产业链', 7, '条']])
    expect(lvu('梳理细化41项问题清单。')).toEqual([['问题清单', 41, '项']])
    expect(lvu('公布86件“跨省通办”事项。')).toEqual([['跨省通办事项', 86, '件']])
    expect(lvu('清理整合63家地方融资平台。')).toEqual([['地方融资平台', 63, '家']])
    expect(lvu('启动建设6个TOD综合开发项目。')).toEqual([['TOD综合开发项目', 6, '个']])
  })
  it('keeps the verbs that set up, start or abolish what is counted', () => {
    expect(lvu('新设5个综合保税区。')).toEqual([['新设综合保税区', 5, '个']])
    expect(lvu('再开工9项骨干水源工程。')).toEqual([['开工骨干水源工程', 9, '项']])
    expect(lvu('取消48项行政许可事项。')).toEqual([['取消行政许可事项', 48, '项']])
    expect(lvu('重组4家省级工程研究中心。')).toEqual([['重组省级工程研究中心', 4, '家']])
    // 抓实 and 抓牢抓实 take a count and go, as 抓好.
    expect(lvu('抓牢抓实市级28件民生实事。')).toEqual([['市级民生实事', 28, '件']])
    // 落地 and 当选 take a count of the projects landed and the people elected, and stay in the label.
    expect(lvu('产业引导基金已落地27个项目。')).toEqual([['产业引导基金落地项目', 27, '个']])
    expect(lvu('新当选5名省级劳动模范。')).toEqual([['新当选省级劳动模范', 5, '名']])
    // 竣工验收 names what is counted too; 办好 and 组织好 take a count and go.
    expect(lvu('竣工验收14座小型水闸。')).toEqual([['竣工验收小型水闸', 14, '座']])
    expect(lvu('办好15件民生实事。')).toEqual([['民生实事', 15, '件']])
    // A verb written with its alternative in brackets (改（新）建) takes a count as the verb does.
    expect(lvu('改（扩）建36所公办幼儿园。')).toEqual([['公办幼儿园', 36, '所']])
    expect(lvu('新（改）建2.4万座农村卫生厕所、300个村级公厕。')).toEqual([
      ['农村卫生厕所', 2.4, '万座'],
      ['村级公厕', 300, '个'],
    ])
  })
  it('keeps a chain headed by a defining verb (开工建设), and the defining verb that opens a list ending in 等', () => {
    expect(lvu('开工建设11所中小学。')).toEqual([['开工建设中小学', 11, '所']])
    expect(lvu('新开工建设3座水库。')).toEqual([['新开工建设水库', 3, '座']])
    expect(lvu('新开工甲乙铁路等4个铁路项目。')).toEqual([['新开工铁路项目', 4, '个']])
  })
  it('ends the counted people at where they are sent', () => {
    expect(lvu('选派260名骨干医生到县级医院。')).toEqual([['骨干医生', 260, '名']])
    expect(lvu('组建3支救援队赴灾区。')).toEqual([['救援队', 3, '支']])
  })
  it('drops the round a count belongs to (新一轮), whole', () => {
    expect(lvu('抓好新一轮45个省级美丽乡村示范村建设。')).toEqual([['省级美丽乡村示范村', 45, '个']])
  })
  it('keeps a scope that is part of what is counted after the number', () => {
    expect(lvu('新增7个全国乡村治理示范村。')).toEqual([['新增全国乡村治理示范村', 7, '个']])
    expect(lvu('建设12个全域旅游示范区。')).toEqual([['全域旅游示范区', 12, '个']])
  })
  it('reads no count of areas of work', () => {
    expect(lvu('抓好8个方面工作。')).toEqual([])
  })
})

describe('rule: number-before-noun, examples before the count', () => {
  it('quotes the examples named before 等 with the count, and keeps them out of the label', () => {
    const [m] = figures('推进滨江大道等9条城市道路建设。')
    expect([m?.label, m?.value, m?.quote]).toEqual(['城市道路', 9, '推进滨江大道等9条城市道路建设'])
  })
})

describe('rule: number-before-noun, quoted names', () => {
  it('reads a number inside a quoted name as part of the noun the count is of', () => {
    expect(lvu('建成25个“10分钟体育健身圈”。')).toEqual([['10分钟体育健身圈', 25, '个']])
  })
  it('ends the noun after a count where a measure per head begins (人均, 户均)', () => {
    expect(lvu('全县3.1万名企业退休人员人均月增基本养老金150元。')).toEqual([
      ['企业退休人员', 3.1, '万名'],
      ['人均月增基本养老金', 150, '元'],
    ])
  })
  it('ends the noun before 脱贫 or a completion of works closing the clause, but not after a word that binds it (净)', () => {
    expect(lvu('全年2.6万农村低收入人口脱贫，9所乡镇中学完成改扩建。')).toEqual([
      ['农村低收入人口', 2.6, '万'],
      ['乡镇中学', 9, '所'],
    ])
    expect(lvu('31家小额贷款公司完成整改验收，4万农村人口净脱贫。')).toEqual([
      ['小额贷款公司', 31, '家'],
      ['农村人口净脱贫', 4, '万'],
    ])
  })
  it('counts the noun alone after a doer whose relative clause holds the only verb known (新建的…返聘)', () => {
    expect(lvu('鼓励30家新建的社区养老中心返聘60名中级以上职称的退休护士。')).toEqual([['中级以上职称的退休护士', 60, '名']])
    expect(lvu('推动12家改造的乡镇卫生院续聘40名全科医生。')).toEqual([['全科医生', 40, '名']])
  })
  it('reads a share of the things a service covers as its coverage rate, of what the sentence is about', () => {
    expect(lvu('建成千兆光网端口12万个、覆盖90%以上自然村。')).toEqual([
      ['千兆光网端口', 12, '万个'],
      ['千兆光网端口自然村覆盖率', 90, '%'],
    ])
    expect(figures('城市书房覆盖全市80%的社区。')[0]).toMatchObject({ label: '城市书房社区覆盖率', kind: 'share' })
  })
  it('reads no figure in the number of a whole people before what it owns (rhetoric)', () => {
    expect(lvu('13亿多中国人民的期盼，就是我们奋斗的方向。')).toEqual([])
    expect(lvu('500万各族人民的幸福生活，需要我们倍加努力。')).toEqual([])
    // A count of the people themselves stays.
    expect(lvu('全市常住人口达到980万人。')).toEqual([['常住人口', 980, '万人']])
  })
  it('reads no owner in what the work is aimed at or built on (面向…, 依托…) before the verb', () => {
    expect(lvu('面向东南亚国家布局建设4家海外创新中心。')).toEqual([['海外创新中心', 4, '家']])
    expect(lvu('依托高校新建6个产业技术研究院。')).toEqual([['新建产业技术研究院', 6, '个']])
    // An owner that is a noun stays (the institutes set up by the universities themselves).
    expect(lvu('驻市高校新建6个产业技术研究院。')[0]?.[0]).toMatch(/^驻市高校/)
  })
  it('ends the noun before a power plant going onto the grid (并网发电, 并网), a predicate closing the clause', () => {
    expect(lvu('全年5座集中式光伏电站并网发电，2个抽水蓄能电站并网。')).toEqual([
      ['集中式光伏电站', 5, '座'],
      ['抽水蓄能电站', 2, '个'],
    ])
    // Inside a name it is no predicate.
    expect(lvu('新增并网装机容量300万千瓦。')).toEqual([['新增并网装机容量', 300, '万千瓦']])
  })
  it('reads on past a stop word that qualifies the head of a name (达标小区), and stops at one that closes it', () => {
    expect(lvu('创建260个市级生活垃圾分类达标小区，45个老旧小区改造达标。')).toEqual([
      ['市级生活垃圾分类达标小区', 260, '个'],
      ['老旧小区改造', 45, '个'],
    ])
  })
  it('ends the noun before what became of the things when it closes the clause (建成开园, 完成升级改造, 基本建成)', () => {
    expect(lvu('全年12个口袋公园建成开园，36家乡镇敬老院完成升级改造，3个田园综合体基本建成。')).toEqual([
      ['口袋公园', 12, '个'],
      ['乡镇敬老院', 36, '家'],
      ['田园综合体', 3, '个'],
    ])
    expect(lvu('2家省级重点实验室建成运行，8个特色小镇启动建设，1.2万困难职工脱贫解困。')).toEqual([
      ['省级重点实验室', 2, '家'],
      ['特色小镇', 8, '个'],
      ['困难职工', 1.2, '万'],
    ])
  })
  it('counts the things, not the task set on them (建设任务, 处置任务, 排险工作), unless the unit counts tasks', () => {
    expect(lvu('完成12.6万亩高标准农田建设任务，完成80公顷闲置土地处置任务。')).toEqual([
      ['高标准农田', 12.6, '万亩'],
      ['闲置土地', 80, '公顷'],
    ])
    expect(lvu('抓好35栋老旧危房排险工作，完成2400户农村改厕任务。')).toEqual([
      ['老旧危房', 35, '栋'],
      ['农村改厕', 2400, '户'],
    ])
    // 项 counts the tasks themselves; a task of its own kind (前期工作) is what is counted.
    expect(lvu('完成45项改革任务，完成60个项目前期工作。')).toEqual([
      ['改革任务', 45, '项'],
      ['项目前期工作', 60, '个'],
    ])
  })
  it('keeps 新建 before a count of things, not before a length, nor before things only ever counted as built', () => {
    expect(lvu('新建12个社区食堂，新建36公里供水管网。')).toEqual([
      ['新建社区食堂', 12, '个'],
      ['供水管网', 36, '公里'],
    ])
    expect(lvu('新建1.5万亩高标准农田。')).toEqual([['高标准农田', 1.5, '万亩']])
    // A verb joined to it stays joined.
    expect(lvu('扩建和新建6家乡镇卫生院。')).toEqual([['扩建和新建乡镇卫生院', 6, '家']])
  })
})

describe('rule: number-before-noun, verbs that open a count', () => {
  it('reads a count after a verb that opens its clause, with adverbs of manner before it', () => {
    expect(lvu('有效应对12轮区域性强降雪，开放35家农家书屋。')).toEqual([
      ['区域性强降雪', 12, '轮'],
      ['农家书屋', 35, '家'],
    ])
    expect(lvu('紧盯1.6万困难群众、240个薄弱村。')).toEqual([
      ['困难群众', 1.6, '万'],
      ['薄弱村', 240, '个'],
    ])
  })
  it('reads no verb in those words inside a clause, where they name a policy', () => {
    expect(lvu('推进制度型开放试点33项任务全部落地。')).toEqual([['制度型开放试点任务', 33, '项']])
  })
})

describe('rule: number-before-noun, two-character nouns', () => {
  it('shows a count of the two-character nouns that stand on a slide alone, and keeps the others silent', () => {
    expect(lvu('加快建设1200张床位。')).toEqual([['床位', 1200, '张']])
    expect(lvu('完成6项工程。')).toEqual([])
  })
  it('keeps the verb that defines what is counted when it opens a list of examples closed by 等', () => {
    expect(lvu('新改建东湖小学、西岭中学等18所学校。')).toEqual([['新改建学校', 18, '所']])
    expect(lvu('签约甲乙电子、丙丁科技等96个项目。')).toEqual([['签约项目', 96, '个']])
    expect(lvu('签约96个项目。')).toEqual([['签约项目', 96, '个']])
  })
  it('reads no verb in a place named by one (新建区)', () => {
    expect(lvu('新建区望城镇等5个乡镇。')).toEqual([])
  })
  it('reads no owner in an adverb of manner left alone before the verb (有效解决…)', () => {
    expect(lvu('有效解决36万城乡居民出行难题。')).toEqual([['城乡居民出行难题', 36, '万']])
    expect(lvu('大力引进85名高层次人才。')).toEqual([['高层次人才', 85, '名']])
  })
  it('drops the 下 that closes a frame opened by 在 before the count (在…峰值下)', () => {
    const [m] = figures('在1180万千瓦最高用电负荷下，全市电网安全运行。')
    expect([m?.label, m?.value]).toEqual(['最高用电负荷', 1180])
  })
  it('reads no noun in the next item of a list opened by 和 after the count (…13个和…工作站92个)', () => {
    expect(lvu('建成社区卫生服务站13个和乡镇（街道）卫生院92个。')).toEqual([
      ['社区卫生服务站', 13, '个'],
      ['乡镇（街道）卫生院', 92, '个'],
    ])
    // A noun opened by a preposition, with no count of its own after it, is still this count's.
    expect(lvu('制定实施两批共72项与港澳规则对接事项清单。').map((v) => v[0])).not.toContain('两批')
  })
  it('keeps 共 and 为 that open a word (共同富裕, 为企服务)', () => {
    expect(lvu('加快打造22项共同富裕标志性成果。')).toEqual([['共同富裕标志性成果', 22, '项']])
    expect(lvu('“为企服务”平台收集企业诉求25.6万件。').map((v) => v[0])).toEqual(['为企服务平台收集企业诉求'])
  })
})
