import { onBeforeUnmount, onMounted, ref } from 'vue'
import { onBeforeRouteLeave, useRouter, type RouteLocationRaw } from 'vue-router'

export interface UnsavedDocument {
  /** There are edits not yet on disk. */
  dirty: () => boolean
  /** Saves now; resolves true when everything is on disk. */
  save: () => Promise<boolean>
  /** Why the last save failed, for the dialog. */
  failure: () => string
}

/**
 * Nothing is lost by leaving: leaving the view saves first; a save that fails keeps the user here with
 * a dialog (`leaving`) to stay or to discard. Closing the window saves and asks the browser to confirm.
 */
export function useUnsavedGuard(doc: UnsavedDocument) {
  const router = useRouter()
  const leaving = ref<{ to: RouteLocationRaw; message: string } | null>(null)
  let allowLeave = false

  onBeforeRouteLeave(async (to) => {
    if (allowLeave || !doc.dirty()) return true
    if (await doc.save()) return true
    leaving.value = { to: to.fullPath, message: doc.failure() }
    return false
  })

  function onBeforeUnload(event: BeforeUnloadEvent): void {
    if (!doc.dirty()) return
    void doc.save()
    event.preventDefault()
    event.returnValue = ''
  }
  onMounted(() => window.addEventListener('beforeunload', onBeforeUnload))
  onBeforeUnmount(() => window.removeEventListener('beforeunload', onBeforeUnload))

  return {
    leaving,
    stay: () => void (leaving.value = null),
    discardAndLeave(): void {
      const to = leaving.value?.to
      leaving.value = null
      allowLeave = true
      if (to) void router.push(to)
    },
  }
}
