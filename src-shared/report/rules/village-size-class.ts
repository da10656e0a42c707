import type { Rule } from './types'

/** Settlements a size in households or people marks out (`30户以上自然村`, `20户及以上村民组`). */
const SETTLEMENTS: readonly string[] = ['自然村', '村民小组', '村民组', '村组', '自然屯', '村庄', '村寨', '村湾', '行政村']
/** Units of a settlement's size. */
const SIZE_UNITS: readonly string[] = ['户', '人']

/**
 * `25户以上自然村组保洁实现全覆盖`, `30户以上村民组全部通硬化路`, `20户及以上自然村千兆光纤…通达率`: a size with a bound before a
 * settlement names which villages are meant, a class, no figure (every one of 31 such numbers of the mirror reports).
 * The clause goes on over it: the figure after it, if any, is the clause's own.
 */
export const villageSizeClass: Rule = {
  name: 'village-size-class',
  apply(st, ctx) {
    const [t] = st.tokens
    if (st.dropped || st.tokens.length !== 1 || !t || !SIZE_UNITS.includes(t.unit) || (t.post !== '以上' && t.post !== '以下')) return
    const after = ctx.norm.slice(t.end, t.end + 8).replace(/^的/u, '')
    if (!SETTLEMENTS.some((w) => after.startsWith(w))) return
    st.dropped = true
    st.transparent = true
  },
}
