/*
 * The TrueType files of PT Sans that a Word file embeds (issue 17, point 7), so Word and
 * LibreOffice show the document in the font of the screen and the PDF on a PC without PT Sans.
 * The screen's @fontsource files are WOFF2 split by alphabet, which Word cannot embed; these are
 * the whole faces (Google Fonts' build, SIL OFL 1.1, fsType 0: installable embedding), loaded
 * only when a Word file is written.
 */
import boldUrl from '@expo-google-fonts/pt-sans/700Bold/PTSans_700Bold.ttf?url';
import regularUrl from '@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf?url';

/** The regular and bold faces of the document font, as TrueType bytes. */
export interface DocxFontFaces {
  regular: Uint8Array;
  bold: Uint8Array;
}

async function bytesOf(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

let loaded: Promise<DocxFontFaces> | null = null;

/** PT Sans regular and bold, fetched once from the app's own assets. */
export function loadDocxFonts(): Promise<DocxFontFaces> {
  loaded ??= Promise.all([bytesOf(regularUrl), bytesOf(boldUrl)]).then(([regular, bold]) => ({
    regular,
    bold,
  }));
  loaded.catch(() => {
    loaded = null;
  });
  return loaded;
}
