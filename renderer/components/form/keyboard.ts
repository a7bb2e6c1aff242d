/* The keyboard rules every form shares (see FormFrame), kept apart from the frame's drawing. */
import type { KeyboardEvent } from 'react';

/** True for the input of a Select, MultiSelect, Autocomplete or Combobox. */
function isPicker(target: EventTarget): boolean {
  return (
    target instanceof HTMLElement &&
    (target.getAttribute('aria-haspopup') === 'listbox' ||
      target.getAttribute('role') === 'combobox')
  );
}

/** True while a picker's list is open: Escape closes the list, not the form. */
function isOpenPicker(target: EventTarget): boolean {
  return (
    target instanceof HTMLElement && target.getAttribute('data-mantine-stop-propagation') === 'true'
  );
}

/**
 * Ctrl+Enter (⌘+Enter) submits from any field, a textarea included; plain Enter inside a picker
 * picks (the picker's own handler runs first) and never submits; Escape calls `onEscape` unless
 * a picker's list is open. Returns true when it handled the key.
 */
export function handleFormKey(
  event: KeyboardEvent<HTMLFormElement>,
  onEscape: (() => void) | undefined,
): boolean {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.requestSubmit();
    return true;
  }
  if (event.key === 'Enter' && isPicker(event.target)) {
    event.preventDefault();
    return true;
  }
  if (event.key === 'Escape' && onEscape && !isOpenPicker(event.target)) {
    event.preventDefault();
    onEscape();
    return true;
  }
  return false;
}

/** Puts the cursor in the first field of a form (not on a button or a decorative icon). */
export function focusFirstField(form: HTMLFormElement | null): void {
  const field = form?.querySelector<HTMLElement>(
    'input:not([type=hidden]):not([disabled]):not([tabindex="-1"]), textarea:not([disabled]), select:not([disabled])',
  );
  field?.focus({ preventScroll: false });
}
