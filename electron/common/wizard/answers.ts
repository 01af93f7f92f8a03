import { PREREQUISITES, type Prerequisite } from './steps';

/**
 * The small facts only the wizard knows (checklist ticks, an entered server build, a confirmation, the
 * last export) and how they travel in the draft's flat `answers` record, so a resumed draft shows
 * exactly what the admin had ticked and typed.
 */
export interface Answers {
  prerequisites: Record<Prerequisite, boolean>;
  /** Offline: the server build as typed (Help > About on the server side, or from Adobe). */
  serverBuild: string;
  packageConfirmed: boolean;
  /** Experience Cloud product profile names to try the association mask on, one per line. */
  maskSamples: string;
  /** Where the last export was written (offline Output is done once one exists). */
  exportedTo: string | null;
  importedFrom: string | null;
  /** The profile name as typed, kept even while it is not a valid name yet. */
  profileText: string;
}

export function emptyAnswers(): Answers {
  return {
    prerequisites: { org: false, users: false, groups: false, console: false },
    serverBuild: '',
    packageConfirmed: false,
    maskSamples: '',
    exportedTo: null,
    importedFrom: null,
    profileText: '',
  };
}

type Flat = Record<string, string | number | boolean | null>;

export function draftAnswers(answers: Answers, profileText: string): Flat {
  const flat: Flat = {
    serverBuild: answers.serverBuild,
    packageConfirmed: answers.packageConfirmed,
    maskSamples: answers.maskSamples,
    exportedTo: answers.exportedTo,
    importedFrom: answers.importedFrom,
    profileText,
  };
  for (const p of PREREQUISITES) flat[`prerequisite.${p}`] = answers.prerequisites[p];
  return flat;
}

/** Reads a draft's answers back; anything missing or of the wrong type falls back to the empty answer. */
export function readAnswers(flat: Flat | undefined): Answers {
  const answers = emptyAnswers();
  if (!flat) return answers;
  const text = (key: string) => (typeof flat[key] === 'string' ? (flat[key] as string) : null);
  for (const p of PREREQUISITES) answers.prerequisites[p] = flat[`prerequisite.${p}`] === true;
  answers.serverBuild = text('serverBuild') ?? '';
  answers.packageConfirmed = flat.packageConfirmed === true;
  answers.maskSamples = text('maskSamples') ?? '';
  answers.exportedTo = text('exportedTo');
  answers.importedFrom = text('importedFrom');
  answers.profileText = text('profileText') ?? '';
  return answers;
}
