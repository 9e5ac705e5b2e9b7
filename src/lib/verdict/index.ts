/**
 * Public API of the paste checker: `analyzePaste(text)` for the widget, the CLI and the benchmark.
 */
export { analyzePaste, toCheckJson, winreVersionStatus, VERDICT_CODES, WINRE_FIXED_VERSIONS } from './analyze.ts';
export type { Analysis, CheckJson, Fact, MissingItem, NextPaste, Reason, RecoveryInfo, VerdictCode } from './analyze.ts';
export { collectFacts, positionOf, RECOVERY_GPT_TYPE, RECOVERY_MBR_TYPE, BASIC_DATA_GPT_TYPE } from './facts.ts';
export type { DiskFacts, OsBasis, PartitionFact, Position } from './facts.ts';
export { planResize, LAYOUT_ARTICLE, REQUIRED_FREE_BYTES, SHRINK_MB } from './plan.ts';
export type { PlanAssumption, PlanBlocker, PlanInput, PlanResult, PlanStep, PlanStepId } from './plan.ts';
export { CHECKER_MESSAGE_KEYS } from './messages.ts';
