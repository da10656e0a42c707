import { SHOW_SYNC_CHANNEL, acceptShowSyncMessage, type ShowSyncMessage } from '@shared/show-sync'

/** A message as a caller writes it: the link adds the sender id and the briefing id. */
export type OutgoingShowMessage = ShowSyncMessage extends infer M ? (M extends ShowSyncMessage ? Omit<M, 'sender' | 'briefingId'> : never) : never

export interface ShowSyncLink {
  readonly sender: string
  send(message: OutgoingShowMessage): void
  close(): void
}

function newSenderId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `s-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`
}

/**
 * The presenter ↔ audience link over BroadcastChannel. It works between windows of one origin: tabs
 * of the web host, and the app's file:// windows in Electron (sandboxed, context-isolated renderers use
 * Chromium's own BroadcastChannel). Every received message is validated by the shared schema and
 * dropped if it is our own or for another briefing — no timers.
 */
export function openShowSync(briefingId: string, onMessage: (message: ShowSyncMessage) => void): ShowSyncLink {
  const sender = newSenderId()
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(SHOW_SYNC_CHANNEL)
  if (channel) {
    channel.onmessage = (event: MessageEvent) => {
      const message = acceptShowSyncMessage(event.data, { sender, briefingId })
      if (message) onMessage(message)
    }
  }
  return {
    sender,
    send(message) {
      channel?.postMessage({ ...message, sender, briefingId })
    },
    close() {
      channel?.close()
    },
  }
}
