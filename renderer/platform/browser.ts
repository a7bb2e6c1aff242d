import type { Platform } from './types';

declare const __APP_VERSION__: string;

/** The plain-browser platform: downloads for files, window.print() for documents. */
export function browserPlatform(): Platform {
  return {
    kind: 'browser',
    appInfo: async () => ({
      name: 'Koopsuz',
      version: __APP_VERSION__,
      electron: '',
      chrome: /Chrom(e|ium)\/([\d.]+)/.exec(navigator.userAgent)?.[2] ?? '',
      platform: navigator.platform,
      dataFolder: '',
    }),
    saveBytes: async (bytes, suggestedName) => {
      const blob = new Blob([bytes as BlobPart]);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.style.display = 'none';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { saved: true };
    },
    printDocument: async () => {
      window.print();
    },
    savePdf: async () => {
      window.print();
      return { saved: false };
    },
    setLanguage: async () => {},
    openDataFolder: async () => false,
  };
}
