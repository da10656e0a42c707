/**
 * A body of government written before the first item of a list of its own business (`市政府文件、会议分别减少…`,
 * `以省政府名义下发的文件、召开的会议…`, `省直部门公用经费和项目支出预算分别压减…`): every item is that body's (市政府会议,
 * 以省政府名义召开的会议, 省直部门项目支出预算; the label files name it 2/0 where the list shares its figures).
 */
export const GOVERNMENT_BODY_HEAD = /^(?:以[^、，]{2,12}?名义|[省市县区州旗盟]政府(?:系统|办公厅|办公室)?|[省市县区州]直(?:部门|机关|单位))(?=\p{Script=Han}{2})/u

/** Items that name a scope or a level of their own (`全市性会议`, `州级政务性会议`, `省级发文`): no body's but their own. */
export const OWN_LEVEL_OF_AN_ITEM = /^(?:全|[省市县区州乡镇村]级|[省市县区州]政府|以)/u
