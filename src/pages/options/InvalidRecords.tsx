import type { InvalidRecord } from '../../messaging/protocol.ts';

/**
 * Stored records that failed validation. They are not used, but they are not hidden either:
 * each one is named with each of its problems, so the user can fix or re-create it.
 */
export function InvalidRecords({ records }: { records: readonly InvalidRecord[] }) {
  if (records.length === 0) return null;
  return (
    <section class="rc-notice rc-notice--warning" aria-labelledby="invalid-records-title">
      <h3 id="invalid-records-title" class="rc-notice__title">
        {records.length === 1
          ? 'One stored record could not be read and is not in use'
          : `${records.length} stored records could not be read and are not in use`}
      </h3>
      <p>
        Red Cup keeps them untouched.
        {records.every((r) => r.store === 'profiles') ? ' Re-create the client, or import a corrected file.' : ''}
      </p>
      <ul>
        {records.map((r) => (
          <li key={`${r.store}/${r.key}`}>
            {r.store === 'profiles' ? 'Client record' : `Record in “${r.store}”`} “{r.key}”:
            <ul>
              {r.problems.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
