/**
 * Every message key the checker can return, so the UI strings (src/i18n/{en,ja}.ts) can be checked
 * against it. Results carry these keys and their params, never sentences.
 */
const verdicts = [
  'winreDisabled',
  'notElevated',
  'winreImageMissing',
  'reagentcFailed',
  'offlineImage',
  'winreOnOsPartition',
  'alreadyUpdated',
  'enoughSpace',
  'tooSmall',
  'layoutBlocksResize',
  'needMoreInfo',
  'notRecognized',
];
const blockers = [
  'beforeOs',
  'notAdjacent',
  'sameAsOs',
  'twoRecoveryPartitions',
  'bitlockerRecovery',
  'mbrFourPrimary',
  'winreLogical',
  'unallocatedElsewhere',
  'winreNotRecovery',
  'osOtherDisk',
];
const steps = [
  'backupData',
  'backupBitlockerKey',
  'restartFirst',
  'checkWinre',
  'disableWinre',
  'selectDisk',
  'confirmLayout',
  'shrinkOs',
  'deleteWinre',
  'createWinre',
  'formatWinre',
  'checkVolume',
  'exitDiskpart',
  'enableWinre',
  'verify',
  'retryUpdate',
  'rollback',
];
const reagentcIssues = ['notElevated', 'imageNotFound', 'bitlocker', 'failed'];

/**
 * All message keys `analyzePaste` can produce (headline, reasons, facts, plan, assumptions, expectations, next steps).
 *
 * @example
 * CHECKER_MESSAGE_KEYS.includes('checker.verdict.tooSmall') // => true
 */
export const CHECKER_MESSAGE_KEYS: readonly string[] = [
  ...verdicts.map((v) => `checker.verdict.${v}`),
  'checker.reason.severalRecoveryPartitions',
  ...reagentcIssues.map((i) => `checker.reason.reagentc.${i}`),
  'checker.reason.versionAtOrAbove',
  'checker.reason.versionBelow',
  'checker.reason.freeAtLeast250',
  'checker.reason.freeBelow250',
  'checker.reason.sizeWithoutFree',
  'checker.reason.position.beforeOs',
  'checker.reason.position.notAdjacent',
  ...blockers.map((b) => `checker.reason.blocked.${b}`),
  ...steps.map((s) => `checker.plan.${s}`),
  ...blockers.map((b) => `checker.plan.blocked${b[0]?.toUpperCase()}${b.slice(1)}`),
  'checker.plan.incomplete',
  'checker.assume.osPartition',
  'checker.assume.winrePartition',
  'checker.assume.freeSpaceOnC',
  'checker.assume.noOtherUnallocated',
  'checker.assume.roundedSizes',
  'checker.assume.listIsWinreDisk',
  'checker.expect.winreLocation',
  'checker.expect.reagentcSuccess',
  'checker.expect.gptStar',
  'checker.expect.noGptStar',
  'checker.expect.layout',
  'checker.expect.shrunk',
  'checker.expect.deleted',
  'checker.expect.formatted',
  'checker.expect.newVolume',
  'checker.expect.winreEnabled',
  'checker.next.reagentcInfo',
  'checker.next.getVolume',
  'checker.next.diskpartListPartition',
  'checker.next.collector',
  'checker.next.runAsAdmin',
  'checker.fact.winreStatus',
  ...['path', 'empty', 'redacted', 'absent'].map((s) => `checker.fact.winreLocation.${s}`),
  'checker.fact.winreVersion',
  'checker.fact.partitionStyle',
  ...['collector', 'driveLetter', 'volumeSize', 'onlyPrimary'].map((b) => `checker.fact.osPartition.${b}`),
  'checker.fact.recoveryType',
  'checker.fact.recoverySize',
  'checker.fact.recoveryOffset',
  'checker.fact.recoveryFree',
  ...reagentcIssues.map((i) => `checker.fact.reagentcError.${i}`),
];
