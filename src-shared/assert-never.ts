/**
 * The end of an exhaustive switch over a union: adding a member to the union makes every switch that
 * does not handle it a compile error here, instead of silently doing nothing.
 */
export function assertNever(value: never): never {
  throw new Error(`未处理的情况：${JSON.stringify(value)}`)
}
