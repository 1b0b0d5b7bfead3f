import { briefRule } from './briefRule';

/** A Product Manager document with no target customer (an OKR set owes none). */
export const briefWithoutCustomer = briefRule('customer', {
  id: 'brief-without-customer',
  description: 'Flags a brief or PRD that names no target customer.',
  message: 'This document names no target customer: say who has the problem (a segment or persona, and how many of them).',
});
