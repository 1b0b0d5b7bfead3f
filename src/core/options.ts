import type { SeveritySetting } from './types';

export interface LensOptions {
  /** Extra words or phrases for either side, and built-in terms to ignore; matched literally, case-insensitive. */
  terms: { po: string[]; pm: string[]; ignore: string[] };
  /** Severity per rule id; rules not listed keep their default. */
  rules: Record<string, SeveritySetting>;
}

export const defaultOptions: LensOptions = Object.freeze({
  terms: Object.freeze({ po: [], pm: [], ignore: [] }) as LensOptions['terms'],
  rules: Object.freeze({}) as LensOptions['rules'],
});
