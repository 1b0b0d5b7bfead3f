import { briefRule } from './briefRule';

/** A Product Manager document with no customer problem or need (an OKR set owes none). */
export const briefWithoutProblem = briefRule('problem', {
  id: 'brief-without-problem',
  description: 'Flags a brief or PRD that states no customer problem or need.',
  message: 'This document states no customer problem or need: say what hurts today, in the words the customers would use.',
});
