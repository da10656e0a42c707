import { z } from 'zod'
import { ID_PATTERN } from '../ids'

export const IdSchema = z.string().regex(ID_PATTERN, '编号只能包含小写字母、数字和连字符')

/** Fields every stored document carries, whatever its kind. */
export const EnvelopeSchema = z.object({
  schema: z.string(),
  version: z.number().int().nonnegative(),
  id: IdSchema,
  revision: z.number().int().nonnegative(),
  updatedAt: z.string(),
})
export type Envelope = z.infer<typeof EnvelopeSchema>
