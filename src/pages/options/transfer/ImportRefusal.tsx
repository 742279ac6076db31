import type { Problem } from '../../../core/problem.ts';

export interface ImportRefusalProps {
  fileName: string;
  message: string;
  problems: readonly Problem[];
}

/**
 * A refused file: nothing was changed, and each problem gets its own list item. The worker's
 * message is the one item when there are no problems; with problems it is shown above them,
 * unless it only repeats the headline.
 */
export function ImportRefusal({ fileName, message, problems }: ImportRefusalProps) {
  const items = problems.length > 0 ? problems.map((p) => p.message) : [message];
  const lead = problems.length > 0 && !/^this file was not imported/i.test(message.trim()) ? message : null;
  return (
    <div class="rc-notice rc-notice--error" role="alert" aria-labelledby="import-refusal-title">
      <p id="import-refusal-title" class="rc-notice__title">
        This file was not imported. Nothing was changed.
      </p>
      <p>File: “{fileName}”</p>
      {lead ? <p>{lead}</p> : null}
      <ul aria-label="Problems in the file">
        {items.map((m, i) => (
          <li key={i}>{m}</li>
        ))}
      </ul>
    </div>
  );
}
