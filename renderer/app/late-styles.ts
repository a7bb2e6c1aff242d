/* The component kit's full styles, loaded once right after the first paint (see first-styles.ts). */
let loading: Promise<unknown> | undefined;

/** Starts (once) loading every Mantine style not needed by the first screen. */
export function lateStyles(): Promise<unknown> {
  return (loading ??= import('./all-styles'));
}

/** A lazily loaded module that resolves only once the full styles are there too: never drawn unstyled. */
export function withStyles<M>(load: () => Promise<M>): () => Promise<M> {
  return () => Promise.all([load(), lateStyles()]).then(([module]) => module);
}
