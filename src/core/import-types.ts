import type { ProfileRef } from './profile.ts';

/** What importing a profiles file would do (or did), shown before anything is written. */
export interface ImportPreview {
  added: ProfileRef[];
  /** Profiles whose id already exists, with the fields that differ. */
  changed: { profile: ProfileRef; fields: string[] }[];
  unchanged: ProfileRef[];
  /** True once the import was written. */
  applied: boolean;
}
