import { briefRule } from './briefRule';

/** A Product Manager document with no business objective. */
export const briefWithoutObjective = briefRule('objective', {
  id: 'brief-without-objective',
  description: 'Flags a brief or PRD that states no business objective.',
  message: 'This document states no business objective: say why solving the problem matters to the business, and why now.',
});
