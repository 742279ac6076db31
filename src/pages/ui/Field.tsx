import type { ComponentChildren } from 'preact';
import { InlineErrors } from './InlineErrors.tsx';

/** The attributes a Field hands to its control so label, hint and errors are announced with it. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true';
}

export interface FieldProps {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  errors?: readonly string[];
  /** Checkbox style: control first, label after it, on one line. */
  inline?: boolean;
  children: (control: ControlProps) => ComponentChildren;
}

/** A labelled control with an optional hint and inline error messages (aria-describedby). */
export function Field({ id, label, hint, errors = [], inline = false, children }: FieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-errors`;
  const describedBy = [hint ? hintId : null, errors.length > 0 ? errorId : null].filter(Boolean).join(' ');
  const control: ControlProps = { id };
  if (describedBy) control['aria-describedby'] = describedBy;
  if (errors.length > 0) control['aria-invalid'] = 'true';
  const labelEl = (
    <label class="rc-field__label" for={id}>
      {label}
    </label>
  );
  return (
    <div class="rc-field">
      {inline ? (
        <div class="rc-field--inline">
          {children(control)}
          {labelEl}
        </div>
      ) : (
        <>
          {labelEl}
          {children(control)}
        </>
      )}
      {hint ? (
        <span id={hintId} class="rc-field__hint">
          {hint}
        </span>
      ) : null}
      <InlineErrors id={errorId} messages={errors} />
    </div>
  );
}
