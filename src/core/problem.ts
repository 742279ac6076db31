/**
 * One thing wrong with user input, said so a person can find and fix it.
 * `path` points into the data (`profiles[2].hours.mon[0].end`); `message` is a full sentence
 * that already names the place in human terms ("Acme, Monday window 1: ends before it starts").
 */
export interface Problem {
  path: string;
  message: string;
}
