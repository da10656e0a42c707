import { onBeforeUnmount, onMounted } from 'vue'
import { useI18n } from 'vue-i18n'
import { useDeckStore } from '../stores/deck'
import { useNoticesStore } from '../stores/notices'
import { SLIDES_MIME, readSlidesPayload, slidesAsText, slidesPayload, useSlideClipboardStore, type SlidesPayload } from '../stores/slide-clipboard'
import { isTextTarget } from './hotkeys'

/**
 * Ctrl+C / Ctrl+X / Ctrl+V on slides: the editor answers the page's copy, cut and paste events (fired by
 * the keys and by the desktop menu's 复制/剪切/粘贴 alike) while no text is being edited or selected, so
 * copying words from a field or the notes works as everywhere else.
 */
export function useSlideClipboard(): void {
  const deck = useDeckStore()
  const clipboard = useSlideClipboardStore()
  const notices = useNoticesStore()
  const { t } = useI18n()

  /** The event is about slides: not typed text, not selected words, no dialog open. */
  function aboutSlides(event: ClipboardEvent): boolean {
    if (isTextTarget(event.target) || document.querySelector('[aria-modal="true"]')) return false
    const selection = document.getSelection()
    return !selection || selection.isCollapsed || selection.toString().trim() === ''
  }

  function copy(event: ClipboardEvent): boolean {
    const slide = deck.current
    if (!aboutSlides(event) || !slide || !deck.briefing) return false
    const payload = slidesPayload(deck.briefing.id, [slide])
    clipboard.keep(payload)
    event.clipboardData?.setData(SLIDES_MIME, JSON.stringify(payload))
    event.clipboardData?.setData('text/plain', slidesAsText(payload.slides))
    event.preventDefault()
    return true
  }

  function onCopy(event: ClipboardEvent): void {
    if (copy(event)) notices.info(t('clipboard.copied', { n: deck.currentIndex + 1 }))
  }
  function onCut(event: ClipboardEvent): void {
    const slide = deck.current
    const n = deck.currentIndex + 1
    if (!deck.editable || !slide || !copy(event)) return
    deck.remove(slide.id)
    notices.info(t('clipboard.cut', { n }))
  }

  function paste(payload: SlidesPayload): void {
    if (deck.paste(payload.slides)) notices.info(t('clipboard.pasted', { n: payload.slides.length }))
  }
  function onPaste(event: ClipboardEvent): void {
    if (!aboutSlides(event) || !deck.editable) return
    const data = event.clipboardData
    const text = data?.getData(SLIDES_MIME) ?? ''
    if (text) {
      event.preventDefault()
      const read = readSlidesPayload(text)
      if (read.ok) paste(read.payload)
      else notices.error(new Error(t(read.reason === 'newer-version' ? 'clipboard.newerVersion' : 'clipboard.invalid')))
      return
    }
    // The system clipboard gave nothing back at all: the slides copied in this window.
    if ((!data || data.types.length === 0) && clipboard.last) {
      event.preventDefault()
      paste(clipboard.last)
    }
  }

  onMounted(() => {
    document.addEventListener('copy', onCopy)
    document.addEventListener('cut', onCut)
    document.addEventListener('paste', onPaste)
  })
  onBeforeUnmount(() => {
    document.removeEventListener('copy', onCopy)
    document.removeEventListener('cut', onCut)
    document.removeEventListener('paste', onPaste)
  })
}
