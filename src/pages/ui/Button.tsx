import type { ButtonHTMLAttributes } from 'preact';

export type ButtonVariant = 'default' | 'primary' | 'danger' | 'quiet';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'size'> {
  variant?: ButtonVariant;
  small?: boolean;
}

/** A real <button>: type="button" unless told otherwise, so it never submits a form by accident. */
export function Button({ variant = 'default', small = false, type = 'button', class: cls, ...rest }: ButtonProps) {
  const classes = ['rc-button'];
  if (variant !== 'default') classes.push(`rc-button--${variant}`);
  if (small) classes.push('rc-button--small');
  if (typeof cls === 'string') classes.push(cls);
  return <button type={type} class={classes.join(' ')} {...rest} />;
}
