import { Alert, Button, Group, Modal, Stack, type ButtonProps } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { useReadOnly } from '../../app/read-only';
import { ValidationError } from '../../db/repository';
import { DiscardConfirm } from './DiscardConfirm';
import { focusFirstField, handleFormKey } from './keyboard';
import classes from './FormFrame.module.css';

export interface FormFrameProps<T extends FieldValues, O> {
  form: UseFormReturn<T, unknown, O>;
  /** Saves the parsed values; may throw (see the hook's usage note). */
  onSubmit: (values: O) => Promise<unknown> | unknown;
  /** `modal` draws a dialog; `inline` a form in the page. */
  variant?: 'modal' | 'inline';
  /** Modal: closes it (also after a save). Inline: shows Cancel and runs after a discard. */
  onClose?: () => void;
  title?: ReactNode;
  size?: string;
  submitLabel?: string;
  submitTestId?: string;
  submitColor?: ButtonProps['color'];
  submitDisabled?: boolean;
  cancelLabel?: string;
  /** Buttons drawn at the start of the button row (Back, Delete). */
  extraActions?: ReactNode;
  /** Runs before a submit and may take it over (a wizard's Next): return false to stop there. */
  beforeSubmit?: () => Promise<boolean> | boolean;
  /** Modal: close after a successful save (default true). */
  closeOnSave?: boolean;
  /** Focus the first field on open (default true) and again whenever this key changes. */
  autoFocus?: boolean;
  focusKey?: unknown;
  testId?: string;
  children: ReactNode;
}

const KEY = /^[a-zA-Z]+:[\w.]+$/;

/** The failure of a save: issues beside their fields where there are fields, the rest as text. */
function reportFailure<T extends FieldValues, O>(
  form: UseFormReturn<T, unknown, O>,
  error: unknown,
): string | undefined {
  if (error instanceof ValidationError) {
    for (const issue of error.issues)
      if (issue.path) form.setError(issue.path as Path<T>, { message: issue.message });
    return error.issues[0]?.message ?? 'errors:invalid';
  }
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof message === 'string' && KEY.test(message)) return message;
  console.error('form save failed', error);
  return 'errors:invalid';
}

/**
 * The one frame of every form: fields, the failure alert, Cancel and Save, and the keyboard rules
 * (focus in the first field; Enter in a picker picks; Ctrl+Enter saves; Escape closes an untouched
 * form and asks before throwing typed changes away). No browser-native validation (`noValidate`).
 */
export function FormFrame<T extends FieldValues, O>({
  form,
  onSubmit,
  variant = 'modal',
  onClose,
  title,
  size = 'lg',
  submitLabel,
  submitTestId,
  submitColor,
  submitDisabled,
  cancelLabel,
  extraActions,
  beforeSubmit,
  closeOnSave = true,
  autoFocus = true,
  focusKey,
  testId,
  children,
}: FormFrameProps<T, O>) {
  const { t } = useTranslation();
  // An imported territory's forms show what it holds; Save stays off (the repository refuses too).
  const readOnly = useReadOnly();
  const formRef = useRef<HTMLFormElement | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const { isDirty, isSubmitting } = form.formState;

  useEffect(() => {
    if (!autoFocus) return;
    // After the modal's own focus trap has placed the cursor (it waits one tick too).
    const timer = setTimeout(() => focusFirstField(formRef.current), 30);
    return () => clearTimeout(timer);
  }, [autoFocus, focusKey]);

  const discard = () => {
    setAsking(false);
    form.reset();
    onClose?.();
  };
  const requestClose = () => {
    if (isDirty) setAsking(true);
    else onClose?.();
  };

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await onSubmit(values);
    } catch (error) {
      setFailure(reportFailure(form, error) ?? null);
      return;
    }
    if (variant === 'modal' && closeOnSave) onClose?.();
    else form.reset(form.getValues());
  });

  const body = (
    <form
      ref={formRef}
      noValidate
      data-testid={testId}
      onKeyDown={(event) => {
        // The modal hears Escape itself (its close goes through requestClose).
        handleFormKey(event, variant === 'inline' ? requestClose : undefined);
      }}
      onSubmit={async (event) => {
        event.preventDefault();
        if (beforeSubmit && !(await beforeSubmit())) return;
        await submit(event);
      }}
    >
      <Stack gap="sm">
        {children}
        {failure && (
          <Alert color="red" role="alert" data-testid="form-failure">
            {errorText(t, failure)}
          </Alert>
        )}
        <Group
          justify={extraActions ? 'space-between' : 'flex-end'}
          mt="xs"
          className={variant === 'modal' ? classes.modalActions : undefined}
        >
          {extraActions && <Group>{extraActions}</Group>}
          <Group>
            {onClose && (
              <Button variant="default" onClick={onClose} data-testid="form-cancel">
                {cancelLabel ?? t('cancel')}
              </Button>
            )}
            <Button
              type="submit"
              color={submitColor}
              loading={isSubmitting}
              disabled={submitDisabled || readOnly}
              data-testid={submitTestId}
            >
              {submitLabel ?? t('save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );

  const confirm = (
    <DiscardConfirm opened={asking} onKeep={() => setAsking(false)} onDiscard={discard} />
  );
  if (variant === 'inline') {
    return (
      <>
        {body}
        {confirm}
      </>
    );
  }
  return (
    <>
      <Modal
        opened
        onClose={requestClose}
        closeOnEscape={!asking}
        title={title}
        size={size}
        closeButtonProps={{ tabIndex: -1, 'aria-label': t('close') }}
      >
        {body}
      </Modal>
      {confirm}
    </>
  );
}
