/**
 * Whose total a figure is: the scope word at the head of its label (区本级, 全社会, 500万元以上). Two figures of one
 * indicator with different scope words (区本级 and 全社会 固定资产投资) measure different things: a target of one
 * is no target of the other, and a result of one is no result of the other, unless a person says so.
 */

/** Scope words, as data. */
export const SCOPE_WORDS: readonly string[] = [
  '全社会', '全口径', '区本级', '县本级', '市本级', '旗本级', '州本级', '省本级', '本级', '500万元以上', '500万元及以上',
]

const SCOPES = [...SCOPE_WORDS].sort((a, b) => b.length - a.length)

/** The scope word at the head of a label (`区本级固定资产投资` → 区本级), or null. */
export function scopeOf(label: string): string | null {
  const s = label.replace(/[\s“”"'‘’《》「」]/g, '')
  return SCOPES.find((w) => s.startsWith(w)) ?? null
}

/** Two labels name different scopes: both name one, and not the same. */
export function scopesDiffer(a: string, b: string): boolean {
  const sa = scopeOf(a)
  const sb = scopeOf(b)
  return sa !== null && sb !== null && sa !== sb
}
