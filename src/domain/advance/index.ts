export {
  cutResults,
  type AdvanceCut,
  type AdvanceScope,
  type CutGroup,
  type CutRequest,
  type CutRow,
  type CutStatus,
} from './cut';
export {
  planRoadshow,
  roadshowForbidden,
  type RoadshowDocs,
  type RoadshowJudge,
  type RoadshowPair,
  type RoadshowPlan,
  type SkippedPair,
} from './roadshow-pairs';
