import type { KeyboardEvent } from 'react';

/**
 * For a date or time field of a form: Enter commits the value typed (the picker has already taken it when this runs)
 * without also submitting the form, as a browser does on Enter in a form's field. A step such as the chair's decision
 * or a meeting's schedule is recorded by its button only, never by confirming a date.
 */
export function keepEnterInField(event: KeyboardEvent): void {
  if (event.key === 'Enter') event.preventDefault();
}
