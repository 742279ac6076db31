import { useEffect, useRef } from 'preact/hooks';
import type { ImportPreview } from '../../../core/import-types.ts';
import type { ProfileRef } from '../../../core/profile.ts';
import { Button } from '../../ui/Button.tsx';
import { ColorDot } from '../../ui/ColorDot.tsx';
import { fieldNames } from './field-names.ts';

export interface ImportPreviewPanelProps {
  fileName: string;
  preview: ImportPreview;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

function Name({ profile }: { profile: ProfileRef }) {
  return (
    <>
      <ColorDot color={profile.color} /> {profile.name}
    </>
  );
}

export function importCount(preview: ImportPreview): number {
  return preview.added.length + preview.changed.length;
}

/** What an import would do, before anything is written: added, changed (which fields), unchanged. */
export function ImportPreviewPanel({ fileName, preview, busy, onConfirm, onCancel }: ImportPreviewPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const n = importCount(preview);
  return (
    <section class="rc-import-preview rc-notice" aria-labelledby="import-preview-title">
      <h3 id="import-preview-title" ref={headingRef} tabIndex={-1}>
        Import preview
      </h3>
      <p>
        “{fileName}” is valid. Nothing has been written yet.{' '}
        {n === 0 ? 'Every profile in it is already here, unchanged.' : null}
      </p>
      <h4>New ({preview.added.length})</h4>
      {preview.added.length === 0 ? (
        <p class="rc-muted">None.</p>
      ) : (
        <ul aria-label="New profiles">
          {preview.added.map((p) => (
            <li key={p.id}>
              <Name profile={p} />
            </li>
          ))}
        </ul>
      )}
      <h4>Changed ({preview.changed.length})</h4>
      {preview.changed.length === 0 ? (
        <p class="rc-muted">None.</p>
      ) : (
        <ul aria-label="Changed profiles">
          {preview.changed.map((c) => (
            <li key={c.profile.id}>
              <Name profile={c.profile} />: {fieldNames(c.fields)}
            </li>
          ))}
        </ul>
      )}
      <h4>Unchanged ({preview.unchanged.length})</h4>
      {preview.unchanged.length === 0 ? (
        <p class="rc-muted">None.</p>
      ) : (
        <ul aria-label="Unchanged profiles">
          {preview.unchanged.map((p) => (
            <li key={p.id}>
              <Name profile={p} />
            </li>
          ))}
        </ul>
      )}
      <div class="rc-row">
        {n > 0 ? (
          <Button variant="primary" aria-disabled={busy ? 'true' : undefined} onClick={() => !busy && onConfirm()}>
            {n === 1 ? 'Import 1 profile' : `Import ${n} profiles`}
          </Button>
        ) : null}
        <Button onClick={onCancel}>{n > 0 ? 'Cancel' : 'Close'}</Button>
      </div>
    </section>
  );
}
