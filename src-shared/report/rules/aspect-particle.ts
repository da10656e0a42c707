/**
 * 增长了6%, 提高了5个百分点, 完成了320亿元, 超过了1万家: the aspect particle 了 between a verb (or a bound) and its
 * figure says the change is done; it is no part of the label, and the verb before it is still the figure's verb
 * (下降了2% falls, it is not a share of 下降).
 */
export const ASPECT_PARTICLES: readonly string[] = ['了']

/** The text without a particle at its end when a word that takes a figure stands before it; otherwise null. */
export function withoutAspectParticle(s: string, endsInFigureWord: (t: string) => boolean): string | null {
  for (const p of ASPECT_PARTICLES) {
    if (!s.endsWith(p)) continue
    const t = s.slice(0, -p.length)
    if (t.length > 0 && endsInFigureWord(t)) return t
  }
  return null
}

/**
 * 用上了, 住上了, 搬进了, 受到了: a verb with its complement of result before 了 is two characters, and the noun of the
 * people counted ends before both (`9800户居民用上了清洁能源` → 居民, not 居民用).
 */
export const COMPLEMENTS_BEFORE_PARTICLE: readonly string[] = ['上', '进', '到']

/** Does a verb with a complement of result and 了 start at k (`用上了`)? */
export function resultBeforeParticleAt(norm: string, k: number): boolean {
  return COMPLEMENTS_BEFORE_PARTICLE.includes(norm[k + 1] as string) && ASPECT_PARTICLES.some((p) => norm.startsWith(p, k + 2))
}

