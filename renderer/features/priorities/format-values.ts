import type { CriterionSource } from '../../../shared/domain/priorities/criteria';
import { formatNumber, formatPercent } from '../../../shared/format';
import type { Language } from '../../../shared/languages';

/** A criterion's own value as the clerk reads it: %, per 100,000, ±%, a count, or a 1–5 mean. */
export function formatRaw(source: CriterionSource, value: number, lang: Language): string {
  switch (source) {
    case 'study-share':
      return formatPercent(value, lang);
    case 'study-police-trend':
      return (value > 0 ? '+' : '') + formatPercent(value, lang, 0);
    case 'study-police-rate':
      return formatNumber(value, lang, 1);
    case 'study-complaints':
      return formatNumber(value, lang, 0);
    case 'scored':
      return formatNumber(value, lang, 1);
  }
}
