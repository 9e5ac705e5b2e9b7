/**
 * The "try an example" pastes, per site language. Written by hand after the documented real output:
 * English from windows-facts.md §5.1 (reagentc), §6.1 (diskpart) and §6.5 (Get-Volume); Japanese from
 * japanese.md §1.1/§1.2 (reagentc) and §2.2/§2.3 (diskpart). The free-space figures are made up, in the
 * range the facts report for failing PCs. Served with the strings (`/{lang}/tools/checker/strings.json`), never
 * bundled into the client code.
 */
import type { Lang } from '../../i18n/index.ts';

const EN_REAGENTC = (
  status: 'Enabled' | 'Disabled',
): string => `C:\\Windows\\system32>reagentc /info
Windows Recovery Environment (Windows RE) and system reset configuration
Information:

    Windows RE status:         ${status}
    Windows RE location:       ${status === 'Enabled' ? '\\\\?\\GLOBALROOT\\device\\harddisk0\\partition4\\Recovery\\WindowsRE' : ''}
    Boot Configuration Data (BCD) identifier: ${status === 'Enabled' ? '8e73986c-289e-11f0-bf53-a4d06eada308' : '00000000-0000-0000-0000-000000000000'}
    Recovery image location:
    Recovery image index:      0
    Custom image location:
    Custom image index:        0

REAGENTC.EXE: Operation Successful.
`;

const JA_REAGENTC = (
  status: 'Enabled' | 'Disabled',
): string => `C:\\Windows\\system32>reagentc /info
Windows 回復環境 (Windows RE) およびシステム リセット構成
情報:

    Windows RE の状態:         ${status}
    Windows RE の場所:         ${status === 'Enabled' ? '\\\\?\\GLOBALROOT\\device\\harddisk0\\partition4\\Recovery\\WindowsRE' : ''}
    ブート構成データ (BCD) ID: ${status === 'Enabled' ? 'd952514e-21cc-11ee-bec9-f3ae60f3e687' : '00000000-0000-0000-0000-000000000000'}
    回復イメージの場所:
    回復イメージ インデックス: 0
    カスタム イメージの場所:
    カスタム イメージ インデックス: 0

REAGENTC.EXE: 操作は成功しました。
`;

const EN_DISKPART = `
DISKPART> list disk

  Disk ###  Status         Size     Free     Dyn  Gpt
  --------  -------------  -------  -------  ---  ---
  Disk 0    Online          110 GB  1024 KB        *

DISKPART> sel disk 0

Disk 0 is now the selected disk.

DISKPART> list part

  Partition ###  Type              Size     Offset
  -------------  ----------------  -------  -------
  Partition 1    System             100 MB  1024 KB
  Partition 2    Reserved            16 MB   101 MB
  Partition 3    Primary            109 GB   117 MB
  Partition 4    Recovery           674 MB   109 GB

DISKPART> exit

PS C:\\Windows\\system32> Get-Partition -DiskNumber 0 -PartitionNumber 4 | Get-Volume

DriveLetter FriendlyName FileSystemType DriveType HealthStatus OperationalStatus SizeRemaining   Size
----------- ------------ -------------- --------- ------------ ----------------- -------------   ----
                         NTFS           Fixed     Healthy      OK                      84.3 MB 674 MB
`;

const JA_DISKPART = `
DISKPART> list disk

  ディスク      状態           サイズ   空き   ダイナ GPT
  ###                                          ミック
  ------------  -------------  -------  -------  ---  ---
  ディスク 0    オンライン            58 GB  1024 KB        *

DISKPART> sel disk 0

ディスク 0 が選択されました。

DISKPART> list part

  Partition ###  Type                Size     Offset
  -------------  ------------------  -------  -------
  Partition 1    システム               100 MB  1024 KB
  Partition 2    予約                  16 MB   101 MB
  Partition 3    プライマリ               57 GB   117 MB
  Partition 4    回復                 572 MB    57 GB

DISKPART> exit

DiskPart を終了しています...

PS C:\\Windows\\system32> Get-Partition -DiskNumber 0 -PartitionNumber 4 | Get-Volume

DriveLetter FriendlyName FileSystemType DriveType HealthStatus OperationalStatus SizeRemaining   Size
----------- ------------ -------------- --------- ------------ ----------------- -------------   ----
                         NTFS           Fixed     Healthy      OK                      98.1 MB 572 MB
`;

/**
 * The example pastes of one site language, keyed like the `checker.example.*` strings.
 * @example
 * analyzePaste(CHECKER_SAMPLES.ja.tooSmall).verdict // => 'too-small'
 */
export const CHECKER_SAMPLES: Record<Lang, { tooSmall: string; disabled: string }> = {
  en: { tooSmall: EN_REAGENTC('Enabled') + EN_DISKPART, disabled: EN_REAGENTC('Disabled') },
  ja: { tooSmall: JA_REAGENTC('Enabled') + JA_DISKPART, disabled: JA_REAGENTC('Disabled') },
};
