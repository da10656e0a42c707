import { SECTORS_OWNING_VALUE_ADDED } from '../words/labels'

/** Kinds of owner a head of any measure opens (`民营企业`, `民营经济`): the head and the kind make one name. */
const KINDS_OF_OWNER: readonly string[] = ['企业', '经济']

/**
 * `民营企业、外资企业出口分别占…`, `民营经济、小微企业贷款分别新增…`, `民营经济增加值、工业增加值占…比重`: when the first
 * item is a head of any measure with a kind of owner (民营 + 企业), a later item that names an owner of such a kind
 * (外资企业, 中小微企业) or a sector (工业) is an owner of its own, not the head's (外资企业出口, never 民营外资企业出口).
 * A later item that is only a measure (`民营企业中标率、中标金额占比`) is still the head's.
 */
export function ownerOfItsOwnKind(head: string, first: string, item: string): boolean {
  const kind = KINDS_OF_OWNER.find((k) => first.startsWith(head + k))
  if (!kind) return false
  return KINDS_OF_OWNER.some((k) => item.indexOf(k) > 0) || SECTORS_OWNING_VALUE_ADDED.some((s) => item.startsWith(s) && item.length > s.length)
}
