import type { ClientProfile } from '../../core/profile.ts';
import { Button } from '../ui/Button.tsx';
import { ColorDot } from '../ui/ColorDot.tsx';
import { matchSummary } from './profile-summary.ts';

export interface ProfileListProps {
  profiles: readonly ClientProfile[];
  defaultProfileId: string | null;
  onEdit: (p: ClientProfile) => void;
  /** Opens the client's consistency report. */
  onReport: (p: ClientProfile) => void;
  onDelete: (p: ClientProfile) => void;
}

/** The client profiles: colour, name, what they match and their zone, with Edit, Report and Delete. */
export function ProfileList({ profiles, defaultProfileId, onEdit, onReport, onDelete }: ProfileListProps) {
  if (profiles.length === 0) {
    return <p class="rc-muted">No clients yet. Add one to start guarding your hours.</p>;
  }
  return (
    <ul class="rc-profile-list" aria-label="Client profiles">
      {profiles.map((p) => {
        const isDefault = p.id === defaultProfileId;
        return (
          <li key={p.id} class="rc-profile">
            <ColorDot color={p.color} />
            <div class="rc-profile__text">
              <span class="rc-profile__name">{p.name}</span>
              {isDefault ? <span class="rc-badge">Everyone else</span> : null}
              <span class="rc-profile__match">{matchSummary(p, isDefault)}</span>
              <span class="rc-profile__zone rc-muted">{p.timeZone}</span>
            </div>
            <div class="rc-profile__actions">
              <Button small aria-label={`Edit ${p.name}`} onClick={() => onEdit(p)}>
                Edit
              </Button>
              <Button small aria-label={`Report for ${p.name}`} onClick={() => onReport(p)}>
                Report
              </Button>
              <Button small variant="danger" aria-label={`Delete ${p.name}`} onClick={() => onDelete(p)}>
                Delete
              </Button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
