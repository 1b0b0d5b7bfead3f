import { briefRule } from './briefRule';

/** A Product Manager document with no measure of success (a metric with a target). */
export const briefWithoutMeasure = briefRule('measure', {
  id: 'brief-without-measure',
  description: 'Flags a brief or PRD with no measure of success: a metric with a target.',
  message: "This document has no measure of success: name a metric with today's value and a target (for example, weekly retention from 20% to 30% by Q3).",
});
