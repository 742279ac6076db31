import type { Problem } from '../../core/problem.ts';

export interface ResultErrorProps {
  /** What the user was trying to do ("Could not load your clients."). */
  title: string;
  error: { message: string; problems?: Problem[] | undefined };
}

/** An error that came back from the worker: its message and each of its problems, announced. */
export function ResultError({ title, error }: ResultErrorProps) {
  const problems = error.problems ?? [];
  return (
    <div class="rc-notice rc-notice--error" role="alert">
      <p class="rc-notice__title">{title}</p>
      <p>{error.message}</p>
      {problems.length > 0 ? (
        <ul>
          {problems.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
