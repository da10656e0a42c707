import { sizeOfCounted } from './size-of-counted'
import { sizeOfOneUnit } from './size-of-one-unit'
import { spentOnPurpose } from './spent-on-purpose'
import { actedOnCount } from './acted-on-count'
import { actionChain } from './action-chain'
import { attributive } from './attributive'
import { bareMeasure } from './bare-measure'
import { levelAlone } from './level-alone'
import { buildAction } from './build-action'
import { capacityInName } from './capacity-in-name'
import { carrySubject } from './carry-subject'
import { anotherGrade } from './another-grade'
import { rankOfAnotherPart } from './rank-of-another-part'
import { measureOfListedThings } from './measure-of-listed-things'
import { partCarriedToIndicator } from './part-carried-to-indicator'
import { changeOfLevel } from './change-of-level'
import { indicatorBefore } from './indicator-before'
import { comparisonBase } from './comparison-base'
import { comparisonGap } from './comparison-gap'
import { gapToTask } from './gap-to-task'
import { confidence } from './confidence'
import { deedAfterCounted } from './deed-after-counted'
import { deedOfCounted } from './deed-of-counted'
import { measureWithoutOwner } from './measure-without-owner'
import { contributionOf } from './contribution-of'
import { valueAddedOfIndustry } from './value-added-of-industry'
import { secondCountOfDeed } from './second-count-of-deed'
import { countedClass } from './counted-class'
import { countedDoers } from './counted-doers'
import { countedRate } from './counted-rate'
import { difficultiesPart } from './difficulties-part'
import { doneWith } from './done-with'
import { cutByRate } from './cut-by-rate'
import { cutOverList } from './cut-over-list'
import { shareBeforeNoun } from './share-before-noun'
import { headingCount } from './heading-count'
import { honouredCount } from './honoured-count'
import { eachOfLevels } from './each-of-levels'
import { elapsedTime } from './elapsed-time'
import { elidedHead } from './elided-head'
import { explainedState } from './explained-state'
import { fromTo } from './from-to'
import { genericLabel } from './generic-label'
import { goalOfAMeasure } from './goal-of-a-measure'
import { incrementOfLevel } from './increment-of-level'
import { industryWithoutMeasure } from './industry-without-measure'
import { receptionRevenue } from './reception-revenue'
import { growthWords } from './growth-words'
import { cutThing } from './cut-thing'
import { itemAfterAttribute } from './item-after-attribute'
import { itemBeforeClass } from './item-before-class'
import { kind } from './kind'
import { multipleOfOther } from './multiple-of-other'
import { listFragment } from './list-fragment'
import { listPairing } from './list-pairing'
import { measureAfterRespectively } from './measure-after-respectively'
import { measureInClauseBefore } from './measure-in-clause-before'
import { measureOf } from './measure-of'
import { medalCount } from './medal-count'
import { namedItems } from './named-items'
import { numberBeforeNoun } from './number-before-noun'
import { workOverList } from './work-over-list'
import { numberInName } from './number-in-name'
import { countedTitle } from './counted-title'
import { countedWorksEvent } from './counted-works-event'
import { coverageOfCounted } from './coverage-of-counted'
import { outcomeCount } from './outcome-count'
import { othersOfASet } from './others-of-a-set'
import { pairPartner } from './pair-partner'
import { ownerBefore } from './owner-before'
import { ownerMeasure } from './owner-measure'
import { ownerBack } from './owner-back'
import { ownerOfKindBefore } from './owner-of-kind-before'
import { moneyOfProgrammeBefore } from './programme-before'
import { sectorMeasure } from './sector-opening'
import { pastFact } from './past-fact'
import { perUnitNorm } from './per-unit-norm'
import { perHeadOfSubject } from './per-head-of-subject'
import { peopleDoing } from './people-doing'
import { plannedLevel } from './planned-level'
import { policyArticles } from './policy-articles'
import { predicateFragment } from './predicate-fragment'
import { premise } from './premise'
import { projectEvents } from './project-events'
import { deedOfBareThing } from './deed-of-bare-thing'
import { programmeCause } from './programme-cause'
import { qualifier } from './qualifier'
import { qualityRaised } from './quality-raised'
import { rank } from './rank'
import { rankList } from './rank-list'
import { referenceGroup } from './reference-group'
import { reportCharacters } from './report-characters'
import { shareOf } from './share-of'
import { sharesOfListedWholes } from './shares-of-listed-wholes'
import { shareOverThreshold, thresholdOfShare } from './share-over-threshold'
import { seriesHead } from './series-head'
import { reliefOverList } from './relief-over-list'
import { servedBeneficiary } from './served-beneficiary'
import { peopleServedAlone } from './people-served-alone'
import { extentAlone } from './extent-alone'
import { boundClassSeries } from './bound-class-series'
import { sharedUnit } from './shared-unit'
import { sharedVerb } from './shared-verb'
import { gradeOverPlaceLadder } from './grade-over-place-ladder'
import { subject } from './subject'
import { startOfChange } from './start-of-change'
import { sumOverList } from './sum-over-list'
import { subjectBefore } from './subject-before'
import { taskOfSubject } from './task-of-subject'
import { tasksDone } from './tasks-done'
import { thingOfClauseBefore } from './thing-of-clause-before'
import type { Rule } from './types'
import { unitsInARow } from './units-in-a-row'
import { verbItem } from './verb-item'
import { whatSomeDid } from './what-some-did'
import { wholePeople } from './whole-people'
import { yearOfAccount } from './year-of-account'
import { yearAfterSubject } from './year-after-subject'

/**
 * The rules, in the order they run on each statement. Earlier rules decide what a statement is (an attribute
 * to drop, a change from one level to another, a rank, a list); then labels (first one found wins), then
 * the fields that depend on the label (qualifier, kind, sign), then confidence.
 */
export const RULES: readonly Rule[] = [
  wholePeople,
  thresholdOfShare,
  referenceGroup,
  policyArticles,
  elapsedTime,
  numberInName,
  headingCount,
  namedItems,
  measureOf,
  plannedLevel,
  countedClass,
  countedRate,
  countedDoers,
  elidedHead,
  shareBeforeNoun,
  capacityInName,
  shareOverThreshold,
  tasksDone,
  actedOnCount,
  spentOnPurpose,
  attributive,
  fromTo,
  rank,
  rankList,
  measureInClauseBefore,
  sharedUnit,
  listPairing,
  peopleDoing,
  numberBeforeNoun,
  workOverList,
  sizeOfCounted,
  sizeOfOneUnit,
  countedTitle,
  taskOfSubject,
  outcomeCount,
  honouredCount,
  deedOfCounted,
  countedWorksEvent,
  doneWith,
  whatSomeDid,
  medalCount,
  subject,
  startOfChange,
  sumOverList,
  listFragment,
  programmeCause,
  itemAfterAttribute,
  pairPartner,
  seriesHead,
  reliefOverList,
  boundClassSeries,
  unitsInARow,
  sharedVerb,
  gradeOverPlaceLadder,
  verbItem,
  indicatorBefore,
  carrySubject,
  anotherGrade,
  secondCountOfDeed,
  perHeadOfSubject,
  eachOfLevels,
  valueAddedOfIndustry,
  contributionOf,
  subjectBefore,
  ownerBefore,
  partCarriedToIndicator,
  comparisonGap,
  gapToTask,
  changeOfLevel,
  coverageOfCounted,
  genericLabel,
  incrementOfLevel,
  receptionRevenue,
  projectEvents,
  ownerMeasure,
  ownerBack,
  ownerOfKindBefore,
  moneyOfProgrammeBefore,
  thingOfClauseBefore,
  itemBeforeClass,
  sectorMeasure,
  bareMeasure,
  levelAlone,
  shareOf,
  sharesOfListedWholes,
  comparisonBase,
  yearAfterSubject,
  premise,
  explainedState,
  pastFact,
  difficultiesPart,
  measureAfterRespectively,
  goalOfAMeasure,
  qualifier,
  multipleOfOther,
  kind,
  rankOfAnotherPart,
  measureOfListedThings,
  growthWords,
  qualityRaised,
  cutThing,
  cutByRate,
  cutOverList,
  actionChain,
  buildAction,
  servedBeneficiary,
  peopleServedAlone,
  extentAlone,
  othersOfASet,
  industryWithoutMeasure,
  yearOfAccount,
  confidence,
  perUnitNorm,
  deedAfterCounted,
  measureWithoutOwner,
  predicateFragment,
  deedOfBareThing,
  reportCharacters,
]
