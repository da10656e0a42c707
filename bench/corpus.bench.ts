/** `npm run bench` entry for the parser's scores on the hand-labelled reports (bench/corpus-score.ts). */
import { printScores } from './corpus-score'

printScores(process.argv.includes('-v'))
