/*
 * Whether the territory on screen may be edited here (issue 19): a territory imported from another
 * office is read-only, changed only by that office's next package. The frame sets it (with the
 * imported banner); screens hide their add, edit and delete controls, and the form frame keeps
 * Save disabled. The repository refuses such writes anyway (ImportedRecordError).
 */
import { createContext, useContext, type ReactNode } from 'react';

export const ReadOnlyContext = createContext(false);

/** True while the current territory is an imported one. */
export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext);
}

/** Renders its children only where the territory may be edited. */
export function Editable({ children }: { children: ReactNode }) {
  return useReadOnly() ? null : <>{children}</>;
}

/** For what is not the territory's (the user's own name): editable on any territory's screen. */
export function AlwaysEditable({ children }: { children: ReactNode }) {
  return <ReadOnlyContext.Provider value={false}>{children}</ReadOnlyContext.Provider>;
}

/**
 * Around a screen part that is all editing (weights, ballots): on an imported territory every
 * control inside is disabled by the browser itself (a disabled fieldset), so the values still show.
 */
export function ReadOnlyFieldset({ children }: { children: ReactNode }) {
  if (!useReadOnly()) return <>{children}</>;
  return (
    <fieldset
      disabled
      data-testid="read-only-fieldset"
      style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}
    >
      {children}
    </fieldset>
  );
}
