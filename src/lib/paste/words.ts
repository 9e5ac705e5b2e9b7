/**
 * Localised words the parsers accept, kept as data (one row per display language) with the confidence
 * the facts files give them. Parsers key on language-neutral structure first (paths, GUIDs, numbers);
 * these tables only name what the structure cannot: size units, partition type words, reagentc labels.
 *
 * Sources: facts/windows-facts.md §5.1, §5.2, §6.1–§6.5, §8; facts/japanese.md §1, §2 (supersedes ja rows).
 */

/** How sure the facts files are about a localised string. */
export type Confidence = 'confirmed' | 'likely' | 'unconfirmed';

/** What a partition is for, whatever language the tool printed it in. */
export type PartitionKind =
  | 'system'
  | 'reserved'
  | 'primary'
  | 'recovery'
  | 'oem'
  | 'extended'
  | 'logical'
  | 'unknown'
  | 'other';

/** A size unit and its factor in bytes; diskpart and PowerShell both count in powers of 1024. */
export interface SizeUnit {
  unit: string;
  bytes: number;
  confidence: Confidence;
}

const KIB = 1024;
const MIB = KIB * 1024;
const GIB = MIB * 1024;
const TIB = GIB * 1024;

/**
 * Size units seen in diskpart and PowerShell output (windows-facts.md §6.1 `B/KB/MB/GB`, `TB`
 * unconfirmed; §6.4 French `K/M/G` and `octets`). Matching is case-sensitive except for the
 * lower-cased copies listed here.
 *
 * @example
 * SIZE_UNITS.find((u) => u.unit === 'MB')?.bytes // => 1048576
 */
export const SIZE_UNITS: readonly SizeUnit[] = [
  { unit: 'B', bytes: 1, confidence: 'confirmed' },
  { unit: 'KB', bytes: KIB, confidence: 'confirmed' },
  { unit: 'MB', bytes: MIB, confidence: 'confirmed' },
  { unit: 'GB', bytes: GIB, confidence: 'confirmed' },
  { unit: 'TB', bytes: TIB, confidence: 'unconfirmed' },
  // French diskpart drops the "B" in list partition / list volume and writes "octets" in list disk.
  { unit: 'K', bytes: KIB, confidence: 'confirmed' },
  { unit: 'M', bytes: MIB, confidence: 'confirmed' },
  { unit: 'G', bytes: GIB, confidence: 'confirmed' },
  { unit: 'T', bytes: TIB, confidence: 'unconfirmed' },
  { unit: 'octets', bytes: 1, confidence: 'confirmed' },
  { unit: 'K octets', bytes: KIB, confidence: 'unconfirmed' },
  { unit: 'M octets', bytes: MIB, confidence: 'unconfirmed' },
  { unit: 'G octets', bytes: GIB, confidence: 'confirmed' },
  { unit: 'T octets', bytes: TIB, confidence: 'unconfirmed' },
  // Named in issue #4 only; no capture in the facts files.
  { unit: 'Ko', bytes: KIB, confidence: 'unconfirmed' },
  { unit: 'Гбайт', bytes: GIB, confidence: 'unconfirmed' },
];

/** A localised partition type word and what it means. */
export interface TypeWord {
  word: string;
  kind: PartitionKind;
  lang: string;
  confidence: Confidence;
}

/**
 * Type column words of diskpart `list partition` and PowerShell `Get-Partition`
 * (windows-facts.md §6.1–§6.5, japanese.md §2.3). Compared case-insensitively.
 *
 * @example
 * TYPE_WORDS.find((w) => w.word === '回復')?.kind // => 'recovery'
 */
export const TYPE_WORDS: readonly TypeWord[] = [
  { word: 'System', kind: 'system', lang: 'en', confidence: 'confirmed' },
  { word: 'Reserved', kind: 'reserved', lang: 'en', confidence: 'confirmed' },
  { word: 'Primary', kind: 'primary', lang: 'en', confidence: 'confirmed' },
  { word: 'Recovery', kind: 'recovery', lang: 'en', confidence: 'confirmed' },
  { word: 'OEM', kind: 'oem', lang: 'en', confidence: 'confirmed' },
  { word: 'Unknown', kind: 'unknown', lang: 'en', confidence: 'confirmed' },
  { word: 'Extended', kind: 'extended', lang: 'en', confidence: 'confirmed' },
  { word: 'Logical', kind: 'logical', lang: 'en', confidence: 'confirmed' },
  // PowerShell Get-Partition (GPT: Basic; MBR: IFS, Huge, FAT32, FAT32 XINT13).
  { word: 'Basic', kind: 'primary', lang: 'ps', confidence: 'confirmed' },
  { word: 'IFS', kind: 'primary', lang: 'ps', confidence: 'confirmed' },
  { word: 'Huge', kind: 'primary', lang: 'ps', confidence: 'confirmed' },
  { word: 'FAT32', kind: 'primary', lang: 'ps', confidence: 'confirmed' },
  { word: 'FAT32 XINT13', kind: 'primary', lang: 'ps', confidence: 'confirmed' },
  { word: 'システム', kind: 'system', lang: 'ja', confidence: 'confirmed' },
  { word: '予約', kind: 'reserved', lang: 'ja', confidence: 'confirmed' },
  { word: '予約済み', kind: 'reserved', lang: 'ja', confidence: 'confirmed' },
  { word: 'プライマリ', kind: 'primary', lang: 'ja', confidence: 'confirmed' },
  { word: '回復', kind: 'recovery', lang: 'ja', confidence: 'confirmed' },
  { word: '不明', kind: 'unknown', lang: 'ja', confidence: 'unconfirmed' },
  { word: '拡張', kind: 'extended', lang: 'ja', confidence: 'unconfirmed' },
  { word: '論理', kind: 'logical', lang: 'ja', confidence: 'unconfirmed' },
  { word: 'Système', kind: 'system', lang: 'fr', confidence: 'confirmed' },
  { word: 'Réservé', kind: 'reserved', lang: 'fr', confidence: 'confirmed' },
  { word: 'Principale', kind: 'primary', lang: 'fr', confidence: 'confirmed' },
  { word: 'Récupération', kind: 'recovery', lang: 'fr', confidence: 'confirmed' },
  { word: 'Primär', kind: 'primary', lang: 'de', confidence: 'confirmed' },
  { word: 'Erweitert', kind: 'extended', lang: 'de', confidence: 'confirmed' },
  { word: 'Logisch', kind: 'logical', lang: 'de', confidence: 'confirmed' },
  { word: 'Reserviert', kind: 'reserved', lang: 'de', confidence: 'unconfirmed' },
  { word: 'Wiederherstellung', kind: 'recovery', lang: 'de', confidence: 'unconfirmed' },
  // No zh/ko diskpart capture exists in the facts; these two are named in issue #4 only.
  { word: '恢复', kind: 'recovery', lang: 'zh-CN', confidence: 'unconfirmed' },
  { word: '복구', kind: 'recovery', lang: 'ko', confidence: 'unconfirmed' },
];

/** Row keywords that open a diskpart table row (`Disk 0`, `ディスク 0`, `Datenträger 0`, `Disque 0`). */
export const DISKPART_ROW_WORDS: Readonly<Record<'disk' | 'partition' | 'volume', readonly string[]>> = {
  disk: ['Disk', 'ディスク', 'Datenträger', 'Disque'],
  partition: ['Partition'],
  volume: ['Volume'],
};

/** Localised `reagentc /info` labels, for display and for reading a redacted value by its label. */
export interface ReagentcLabels {
  lang: string;
  confidence: Confidence;
  status: string;
  location?: string;
  bcd?: string;
  version?: string;
  success?: string;
}

/**
 * `reagentc /info` labels per display language (windows-facts.md §5.1, §5.2; japanese.md §1.1, §1.3).
 * The parser does not need them to read a block: it keys on the GLOBALROOT path, `Enabled`/`Disabled`,
 * the GUID and the version number.
 *
 * @example
 * REAGENTC_LABELS.find((l) => l.lang === 'ja')?.bcd // => 'ブート構成データ (BCD) ID'
 */
export const REAGENTC_LABELS: readonly ReagentcLabels[] = [
  {
    lang: 'en',
    confidence: 'confirmed',
    status: 'Windows RE status',
    location: 'Windows RE location',
    bcd: 'Boot Configuration Data (BCD) identifier',
    version: 'Windows RE Version',
    success: 'Operation Successful.',
  },
  {
    lang: 'ja',
    confidence: 'confirmed',
    status: 'Windows RE の状態',
    location: 'Windows RE の場所',
    bcd: 'ブート構成データ (BCD) ID',
    version: 'Windows RE のバージョン',
    success: '操作は成功しました。',
  },
  {
    lang: 'zh-CN',
    confidence: 'confirmed',
    status: 'Windows RE 状态',
    location: 'Windows RE 位置',
    bcd: '引导配置数据(BCD)标识符',
    version: 'Windows RE 版本',
    success: '操作成功。',
  },
  { lang: 'de', confidence: 'likely', status: 'Windows RE-Status', location: 'Windows RE-Speicherort', bcd: 'Bezeichner für Startkonfigurationsdaten (BCD)' },
  {
    lang: 'fr',
    confidence: 'unconfirmed',
    status: 'État de Windows RE',
    location: 'Emplacement de Windows RE',
    bcd: 'Identificateur des données de configuration de démarrage (BCD)',
    success: 'opération réussie.',
  },
  {
    lang: 'ru',
    confidence: 'unconfirmed',
    status: 'Состояние Windows RE',
    location: 'Расположение Windows RE',
    bcd: 'Идентификатор данных конфигурации загрузки (BCD)',
    success: 'Операция выполнена успешно.',
  },
  { lang: 'tr', confidence: 'unconfirmed', status: 'Windows RE durumu', location: 'Windows RE konumu', success: 'Islem Basarili.' },
  { lang: 'ko', confidence: 'unconfirmed', status: 'Windows RE 상태' },
  { lang: 'zh-TW', confidence: 'unconfirmed', status: 'Windows RE 狀態', bcd: '開機設定資料 (BCD) 識別碼' },
];

/**
 * Localised status values. Real captures keep `Enabled`/`Disabled` in English in every locale; these
 * appear only in synthetic samples, so the parser accepts them only after a known status label.
 */
export const LOCALIZED_STATUS_VALUES: Readonly<Record<string, 'enabled' | 'disabled'>> = {
  有効: 'enabled',
  Aktiviert: 'enabled',
  Etkin: 'enabled',
  Включено: 'enabled',
  사용: 'enabled',
  '사용 안 함': 'disabled',
};
