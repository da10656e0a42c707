import { computed, onBeforeUnmount, onMounted, ref, toValue, type MaybeRefOrGetter, type Ref } from 'vue'

export interface VirtualRowsOptions {
  /** Height of one row in CSS pixels, padding and gap included. */
  rowHeight: MaybeRefOrGetter<number>
  /** How many rows there are. */
  count: MaybeRefOrGetter<number>
  /** Space above the first row inside the scroller (its top padding). */
  offset?: number
  /** Rows drawn beyond each edge of the viewport, so a fast scroll or a key press never shows a gap. */
  overscan?: number
  /** The viewport height to assume before the scroller has been measured (or where nothing is laid out). */
  fallbackHeight?: number
}

/**
 * A list that draws only the rows in view plus a margin: the slide rail (10,000 slides) and the show's
 * overview grid. The scroller keeps its full height (`totalHeight`), so the scrollbar is true to the
 * list; `first`…`last` are the rows to draw; `reveal` scrolls a row into view.
 */
export function useVirtualRows(scroller: Ref<HTMLElement | null>, options: VirtualRowsOptions) {
  const offset = options.offset ?? 0
  const overscan = options.overscan ?? 4
  const viewport = ref({ width: 0, height: 0 })
  const scrollTop = ref(0)
  let observer: ResizeObserver | null = null

  const totalHeight = computed(() => offset * 2 + toValue(options.count) * toValue(options.rowHeight))
  /** The rows to draw, inclusive; `last < first` when there are none. */
  const range = computed(() => {
    const row = toValue(options.rowHeight)
    const count = toValue(options.count)
    const height = viewport.value.height || (options.fallbackHeight ?? 0)
    if (row <= 0 || count === 0) return { first: 0, last: -1 }
    const first = Math.max(0, Math.floor((scrollTop.value - offset) / row) - overscan)
    const last = Math.min(count - 1, Math.ceil((scrollTop.value - offset + height) / row) + overscan)
    return { first, last }
  })

  function measure(): void {
    const el = scroller.value
    if (!el) return
    viewport.value = { width: el.clientWidth, height: el.clientHeight }
    scrollTop.value = el.scrollTop
  }
  function onScroll(): void {
    if (scroller.value) scrollTop.value = scroller.value.scrollTop
  }

  /** Scrolls so that row `index` is wholly in view: as little as needed, or centred when it was far away. */
  function reveal(index: number, align: 'nearest' | 'center' = 'nearest'): void {
    const el = scroller.value
    if (!el || index < 0) return
    const row = toValue(options.rowHeight)
    const height = el.clientHeight
    const top = offset + index * row
    const bottom = top + row
    if (top >= el.scrollTop && bottom <= el.scrollTop + height) return
    let next: number
    if (align === 'center' || top < el.scrollTop - height || bottom > el.scrollTop + 2 * height) next = top - (height - row) / 2
    else next = top < el.scrollTop ? top : bottom - height
    el.scrollTop = Math.max(0, next)
    scrollTop.value = el.scrollTop
  }

  onMounted(() => {
    measure()
    if (typeof ResizeObserver === 'undefined' || !scroller.value) return
    observer = new ResizeObserver(measure)
    observer.observe(scroller.value)
  })
  onBeforeUnmount(() => observer?.disconnect())

  return { viewport, scrollTop, totalHeight, range, measure, onScroll, reveal }
}
