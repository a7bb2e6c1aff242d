import { formatDate, localDate } from '../../../shared/format';

/** An ISO instant as dd.mm.yyyy hh:mm in local time. */
export function formatInstant(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const time = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  return `${formatDate(localDate(at))} ${time}`;
}
