import { expect } from 'vitest'
import { ImportError } from '../../../../../src-main/services/import'

/** Awaits an import that must fail, checks it failed with one Chinese sentence, and returns the error. */
export async function refusal(run: Promise<unknown>): Promise<ImportError> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ImportError)
  expect((error as Error).message).toMatch(/[\u4e00-\u9fff]/)
  expect((error as Error).message).not.toContain('\n')
  return error as ImportError
}
