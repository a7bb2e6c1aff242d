// Types for start.mjs, which stays plain JavaScript so `node` runs it without a build step.
export declare const WEB_URL: string;
export declare function findElectronBinary(
  projectDir: string,
  env?: Record<string, string | undefined>,
): string | null;
export declare function missingRuntimeMessage(): string;
export declare function main(projectDir: string): Promise<void>;
