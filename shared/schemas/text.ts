import { z } from 'zod';

/*
 * The one string schema for text a person types or a file brings in. Bidirectional control
 * characters (embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069) are invisible on
 * screen but reorder what is printed, so a name could read differently on paper than it was
 * typed; they are removed before trimming and before any length limit is counted. Forms, imports
 * and restore all parse through these schemas, so all of them get the same clean text.
 */

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** The text without bidirectional control characters. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** A string with bidi controls removed and surrounding spaces trimmed; chain limits after it. */
export function cleanString(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).overwrite(stripBidiControls).trim();
}
