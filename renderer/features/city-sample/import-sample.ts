/*
 * Takes the three sample districts' packages into a city workspace through the real import: the
 * package is read and verified (signature, checksums, every record's schema), then merged in its
 * own transaction. The clerk's trust is given for the sample keys only, and only after the
 * package's key is found to be the sample key of that district.
 */
import { readExchangePackage } from '../../exchange/read-package';
import { importPackage } from '../../exchange/import';
import { CITY_SAMPLE_DISTRICTS } from './districts';
import { makeDistrictPackage, sampleKey } from './sample-packages';

/** Builds, exports and imports each sample district; `onProgress` hears each one done. */
export async function importSampleDistricts(
  workspaceId: string,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<number> {
  let changed = 0;
  for (const [i, district] of CITY_SAMPLE_DISTRICTS.entries()) {
    const made = await makeDistrictPackage(district);
    const pkg = await readExchangePackage(made.bytes);
    if (pkg.fingerprint !== (await sampleKey(district.slug)).fingerprint)
      throw new Error(`city sample: ${district.slug} is not signed by its sample key`);
    changed += (await importPackage(pkg, workspaceId, { trust: true })).changed;
    onProgress(i + 1, CITY_SAMPLE_DISTRICTS.length);
  }
  return changed;
}
