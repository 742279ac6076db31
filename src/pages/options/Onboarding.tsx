import type { ClientProfile } from '../../core/profile.ts';
import { ProfileEditor } from './editor/ProfileEditor.tsx';
import type { Clock } from './editor/draft.ts';

export interface OnboardingProps {
  initial: ClientProfile;
  others: readonly ClientProfile[];
  clock: Clock;
  userZone: string;
  onDone: (profile: ClientProfile) => void;
  onSkip: () => void;
}

/** First run: what Red Cup does, then the first client profile, prefilled with sensible defaults. */
export function Onboarding({ initial, others, clock, userZone, onDone, onSkip }: OnboardingProps) {
  return (
    <div class="rc-onboarding">
      <section class="rc-card rc-welcome" aria-labelledby="welcome-title">
        <h1 id="welcome-title">Welcome to Red Cup</h1>
        <p>
          Red Cup keeps the promise you make each client about when you answer: it knows their hours, and when a Send in
          Gmail or Outlook would break them, it offers to send at the next moment your boundary allows.
        </p>
        <p>
          Before you break a rule anyway, it asks you honestly whether this is a real emergency or a red cup — and
          everything stays on this computer.
        </p>
        <p class="rc-muted">
          Start with one client: who they are, the time zone they work in and their hours; it takes a couple of minutes.
          You can change everything later.
        </p>
      </section>
      <div class="rc-card">
        <ProfileEditor
          initial={initial}
          title="Your first client"
          others={others}
          clock={clock}
          userZone={userZone}
          cancelLabel="Skip for now"
          onSaved={onDone}
          onCancel={onSkip}
        />
      </div>
    </div>
  );
}
