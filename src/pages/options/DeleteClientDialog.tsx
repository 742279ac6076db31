import { useState } from 'preact/hooks';
import type { ClientProfile } from '../../core/profile.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';

export interface DeleteClientDialogProps {
  profile: ClientProfile;
  /** `keepRecord`: the client's decisions stay in the report under its last name, "(deleted)". */
  onDelete: (keepRecord: boolean) => void;
  onCancel: () => void;
}

/** Deleting a client asks what happens to its record (issue 12 point 6); keeping it is the default. */
export function DeleteClientDialog({ profile, onDelete, onCancel }: DeleteClientDialogProps) {
  const [keep, setKeep] = useState(true);
  return (
    <ConfirmDialog
      title={`Delete “${profile.name}”?`}
      confirmLabel="Delete client"
      danger
      onConfirm={() => onDelete(keep)}
      onCancel={onCancel}
    >
      <p>Its hours, promise and emergency rules are removed from this browser. This cannot be undone.</p>
      <fieldset>
        <legend>Its record in the consistency report</legend>
        <div class="rc-field rc-field--inline">
          <input
            id="delete-keep-record"
            type="radio"
            name="delete-record"
            checked={keep}
            onChange={() => setKeep(true)}
          />
          <label class="rc-field__label" for="delete-keep-record">
            Keep it (shown as “{profile.name} (deleted)”)
          </label>
        </div>
        <div class="rc-field rc-field--inline">
          <input
            id="delete-drop-record"
            type="radio"
            name="delete-record"
            checked={!keep}
            onChange={() => setKeep(false)}
          />
          <label class="rc-field__label" for="delete-drop-record">
            Delete it too
          </label>
        </div>
      </fieldset>
    </ConfirmDialog>
  );
}
