import { z } from 'zod'
import { IdSchema } from './schemas/common'

/**
 * The one protocol between the presenter view and the audience view of a show. Both sides import the
 * channel name and the message union from here, so they cannot drift apart.
 *
 * - The presenter is the only writer of the show state (`state`). It sends the whole state on every
 *   change, so a missed message is repaired by the next one.
 * - The audience only asks: `hello` when it opens (the presenter answers with `state`), and `command`
 *   when a key, click or clicker reaches the audience window (the presenter applies it and answers with
 *   `state`). `end` closes the audience.
 * - Every message carries the sender's id: a receiver drops its own messages (a relay that echoes) without
 *   any timer, and messages of another briefing.
 *
 * Transport: BroadcastChannel, in the browser and in Electron alike (see src-renderer/src/show-sync.ts).
 */
export const SHOW_SYNC_CHANNEL = 'huibao:show-sync'

export const BLACKOUTS = ['black', 'white'] as const
export const BlackoutSchema = z.enum(BLACKOUTS).nullable()
export type Blackout = z.infer<typeof BlackoutSchema>

/** What the audience shows: the index into the briefing's slides array, the blackout, and the fade. */
export const ShowStateSchema = z.object({
  slideIndex: z.number().int().nonnegative(),
  blackout: BlackoutSchema,
  /** Cross-fade between slides (at most 300 ms). */
  fade: z.boolean(),
})
export type ShowState = z.infer<typeof ShowStateSchema>

/** What an audience window may ask the presenter to do. */
export const SHOW_COMMANDS = ['next', 'prev', 'first', 'last', 'goto', 'black', 'white', 'end'] as const
export const ShowCommandSchema = z.object({
  action: z.enum(SHOW_COMMANDS),
  /** For `goto`: the 0-based position among the visible slides. */
  position: z.number().int().nonnegative().optional(),
})
export type ShowCommand = z.infer<typeof ShowCommandSchema>

const envelope = { sender: z.string().min(1).max(64), briefingId: IdSchema }

export const ShowSyncMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('state'), ...envelope, state: ShowStateSchema }),
  z.object({ type: z.literal('hello'), ...envelope }),
  z.object({ type: z.literal('command'), ...envelope, command: ShowCommandSchema }),
  z.object({ type: z.literal('end'), ...envelope }),
])
export type ShowSyncMessage = z.infer<typeof ShowSyncMessageSchema>

/**
 * A received message if it is valid, for this briefing, and not our own; otherwise null. Every receiver
 * goes through this, so nothing unvalidated reaches a store.
 */
export function acceptShowSyncMessage(data: unknown, self: { sender: string; briefingId: string }): ShowSyncMessage | null {
  const parsed = ShowSyncMessageSchema.safeParse(data)
  if (!parsed.success) return null
  const message = parsed.data
  if (message.sender === self.sender || message.briefingId !== self.briefingId) return null
  return message
}
