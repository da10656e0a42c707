import { ASPECT_PARTICLES } from './aspect-particle'

/** The things counted that make a count after `verb了` a figure whatever the verb: projects and the people's 实事. */
const WORKS_COUNTED_AFTER_A_PARTICLE: readonly string[] = ['项目', '实事']

/** Characters before 了 that make it no aspect particle of a verb (为了 in order to, 除了 besides, 到了 reached). */
const NOT_A_VERB_BEFORE_PARTICLE: readonly string[] = ['为', '除', '到']

/**
 * `谋划了1481个重大项目`, `申报了9个省级工程技术研究中心项目`: the aspect particle 了 right before a count says the count
 * is the object of the verb before it, even of a verb the vocabulary does not know (谋划, 申报, 公示, 编排); when the
 * things counted are projects or 实事 (named: more than the head alone), the count is a figure, not an attribute of
 * its noun. The verb is no part of the label (the label files drop 谋划 and its like: 重大项目).
 *
 * `raw` is the object clause before the count, `noun` the counted noun.
 */
export function countAfterParticle(raw: string, noun: string): boolean {
  const particle = ASPECT_PARTICLES.find((p) => raw.endsWith(p))
  if (!particle) return false
  const before = raw.slice(0, -particle.length)
  if (!/\p{Script=Han}$/u.test(before) || NOT_A_VERB_BEFORE_PARTICLE.some((w) => before.endsWith(w))) return false
  return WORKS_COUNTED_AFTER_A_PARTICLE.some((w) => noun.endsWith(w) && [...noun].length > [...w].length)
}
