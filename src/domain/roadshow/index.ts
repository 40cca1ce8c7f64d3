/**
 * The live roadshow (issue 11), pure: the seeded draw, the timers, the stage
 * control's transitions and refusals, the reveal built from the results
 * engine, the judges' numbers and the big screen's feed. The stageControl
 * function runs these inside its transaction; the stage control, the phones
 * and the screen use the same functions to show what the stage says.
 */
export {
  MAX_SEGMENT_SECONDS,
  MAX_STAGE_ENTRIES,
  MIN_SEGMENT_SECONDS,
  refuse,
  stageActionSchema,
  type Refusable,
  type StageAction,
  type StageActionType,
  type StageControlRequest,
  type StageControlResponse,
  type StageRefusal,
  type StageRefusalReason,
} from './actions';
export { drawOrder, mulberry32, MAX_DRAW_SEED } from './draw';
export { judgeNumbers } from './judge-numbers';
export { byCode, newStage } from './new-stage';
export { buildReveal, leaderboardOf, type RevealInput } from './reveal';
export { buildScreenFeed, type ScreenFeedInput } from './screen-feed';
export { isScreenToken, SCREEN_TOKEN_BYTES, SCREEN_TOKEN_PATTERN } from './screen-token';
export {
  elapsedMs,
  freshTimer,
  inLastMinute,
  isRunning,
  LAST_MINUTE_MS,
  overtimeMs,
  pauseTimer,
  resetTimer,
  segmentMs,
  startTimer,
  timeLeft,
} from './timer';
export {
  applyStageAction,
  canReveal,
  hasStarted,
  lockedEntries,
  nextEntry,
  revealCheck,
  revealedStage,
  STAGE_AUDIT_TYPES,
  type StageAuditEvent,
  type StageAuditType,
  type StageChange,
  type StageContext,
  type StageOnlyAction,
} from './transitions';
