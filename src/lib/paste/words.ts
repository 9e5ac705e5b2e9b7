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

function conf(c: string | undefined): Confidence {
  return c === 'c' ? 'confirmed' : c === 'l' ? 'likely' : 'unconfirmed';
}

/** Rows of `a:b:c` fields separated by `|` (keeps the tables small in the browser bundle). */
function table(rows: string): string[][] {
  return rows.split('|').map((r) => r.split(':'));
}

/**
 * Size units seen in diskpart and PowerShell output (windows-facts.md §6.1 `B/KB/MB/GB`, `TB`
 * unconfirmed; §6.4 French `K/M/G` and `octets`). Matching is case-sensitive except for the
 * lower-cased copies listed here.
 *
 * @example
 * SIZE_UNITS.find((u) => u.unit === 'MB')?.bytes // => 1048576
 */
export const SIZE_UNITS: readonly SizeUnit[] = table(
  // unit:power of 1024:confidence. French drops the B (`260 M`) and writes `octets` in list disk;
  // `Ko` and `Гбайт` are named in issue #4 only.
  'B:0:c|KB:1:c|MB:2:c|GB:3:c|TB:4:u|K:1:c|M:2:c|G:3:c|T:4:u|octets:0:c|K octets:1:u|M octets:2:u|G octets:3:c|T octets:4:u|Ko:1:u|Гбайт:3:u',
).map(([unit = '', power, c]) => ({ unit, bytes: 1024 ** Number(power), confidence: conf(c) }));

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
export const TYPE_WORDS: readonly TypeWord[] = table(
  // word:kind:lang:confidence (c confirmed, l likely, u unconfirmed). PowerShell Get-Partition types are `ps`.
  // No zh/ko diskpart capture exists in the facts; `恢复` and `복구` are named in issue #4 only.
  'System:system:en:c|Reserved:reserved:en:c|Primary:primary:en:c|Recovery:recovery:en:c|OEM:oem:en:c|Unknown:unknown:en:c|Extended:extended:en:c|Logical:logical:en:c|Basic:primary:ps:c|IFS:primary:ps:c|Huge:primary:ps:c|FAT32:primary:ps:c|FAT32 XINT13:primary:ps:c|システム:system:ja:c|予約:reserved:ja:c|予約済み:reserved:ja:c|プライマリ:primary:ja:c|回復:recovery:ja:c|不明:unknown:ja:u|拡張:extended:ja:u|論理:logical:ja:u|Système:system:fr:c|Réservé:reserved:fr:c|Principale:primary:fr:c|Récupération:recovery:fr:c|Primär:primary:de:c|Erweitert:extended:de:c|Logisch:logical:de:c|Reserviert:reserved:de:u|Wiederherstellung:recovery:de:u|恢复:recovery:zh-CN:u|복구:recovery:ko:u',
).map(([word = '', kind, lang = '', c]) => ({ word, kind: kind as PartitionKind, lang, confidence: conf(c) }));

/** Row keywords that open a diskpart table row (`Disk 0`, `ディスク 0`, `Datenträger 0`, `Disque 0`). */
export const DISKPART_ROW_WORDS: Readonly<Record<'disk' | 'partition' | 'volume', readonly string[]>> = {
  disk: ['Disk', 'ディスク', 'Datenträger', 'Disque'],
  partition: ['Partition'],
  volume: ['Volume'],
};

/** Localised `reagentc /info` labels the parser reads (status and location) and the success trailer. */
export interface ReagentcParseLabels {
  lang: string;
  confidence: Confidence;
  status: string;
  location?: string;
  success?: string;
}

/** Full label set of one language, for display. */
export interface ReagentcLabels extends ReagentcParseLabels {
  bcd?: string;
  version?: string;
}

/**
 * Status and location labels and the success trailer of `reagentc /info` per display language
 * (windows-facts.md §5.1, §5.2; japanese.md §1.1). The parser does not need them to read a block (it keys
 * on the GLOBALROOT path, `Enabled`/`Disabled`, the GUID and the version); they name the language, read a
 * redacted location by its label and accept a localised status value only after a known label.
 *
 * @example
 * REAGENTC_PARSE_LABELS.find((l) => l.lang === 'ja')?.status // => 'Windows RE の状態'
 */
export const REAGENTC_PARSE_LABELS: readonly ReagentcParseLabels[] = [
  { lang: 'en', confidence: 'confirmed', status: 'Windows RE status', location: 'Windows RE location', success: 'Operation Successful.' },
  { lang: 'ja', confidence: 'confirmed', status: 'Windows RE の状態', location: 'Windows RE の場所', success: '操作は成功しました。' },
  { lang: 'zh-CN', confidence: 'confirmed', status: 'Windows RE 状态', location: 'Windows RE 位置', success: '操作成功。' },
  { lang: 'de', confidence: 'likely', status: 'Windows RE-Status', location: 'Windows RE-Speicherort' },
  { lang: 'fr', confidence: 'unconfirmed', status: 'État de Windows RE', location: 'Emplacement de Windows RE', success: 'opération réussie.' },
  { lang: 'ru', confidence: 'unconfirmed', status: 'Состояние Windows RE', location: 'Расположение Windows RE', success: 'Операция выполнена успешно.' },
  { lang: 'tr', confidence: 'unconfirmed', status: 'Windows RE durumu', location: 'Windows RE konumu', success: 'Islem Basarili.' },
  { lang: 'ko', confidence: 'unconfirmed', status: 'Windows RE 상태' },
  { lang: 'zh-TW', confidence: 'unconfirmed', status: 'Windows RE 狀態' },
];

const DISPLAY_ONLY: Readonly<Record<string, { bcd?: string; version?: string }>> = {
  en: { bcd: 'Boot Configuration Data (BCD) identifier', version: 'Windows RE Version' },
  // japanese.md §1.1 (BCD label CONFIRMED), §1.3 (version label a candidate only).
  ja: { bcd: 'ブート構成データ (BCD) ID', version: 'Windows RE のバージョン' },
  'zh-CN': { bcd: '引导配置数据(BCD)标识符', version: 'Windows RE 版本' },
  de: { bcd: 'Bezeichner für Startkonfigurationsdaten (BCD)' },
  fr: { bcd: 'Identificateur des données de configuration de démarrage (BCD)' },
  ru: { bcd: 'Идентификатор данных конфигурации загрузки (BCD)' },
  'zh-TW': { bcd: '開機設定資料 (BCD) 識別碼' },
};

/**
 * All localised `reagentc /info` labels, for display (the parser uses `REAGENTC_PARSE_LABELS` only, so the
 * browser bundle leaves these out).
 *
 * @example
 * REAGENTC_LABELS.find((l) => l.lang === 'ja')?.bcd // => 'ブート構成データ (BCD) ID'
 */
export const REAGENTC_LABELS: readonly ReagentcLabels[] = /* @__PURE__ */ REAGENTC_PARSE_LABELS.map((l) => ({
  ...l,
  ...DISPLAY_ONLY[l.lang],
}));

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
