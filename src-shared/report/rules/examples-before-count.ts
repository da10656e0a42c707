/**
 * Names closed by 等 right before a count are examples of the things counted (`甲、乙等25所学校`, `杉杉锂电等1300个项目`),
 * no owner of them, nor is a verb before them the things' owner (`推进甲等200个项目开工建设`): the words before the
 * count that may name whose the things are are none.
 */
export function withoutExamples(raw: string): string {
  return raw.endsWith('等') ? '' : raw
}
