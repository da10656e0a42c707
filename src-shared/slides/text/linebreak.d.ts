declare module 'linebreak' {
  /** UAX #14 line breaking: iterate the positions where a line may (or must) end. */
  export default class LineBreaker {
    constructor(text: string)
    nextBreak(): { position: number; required: boolean } | null
  }
}
