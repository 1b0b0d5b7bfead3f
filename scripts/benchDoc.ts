// A deterministic planning document for the benchmark: a seeded PRNG picks headings, user stories,
// checklists, PM prose, tables, links and code fences until the size is reached.

/** mulberry32: small, fast, and the same sequence on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADINGS = ['Problem', 'Customers', 'Success metrics', 'Sprint 12 backlog', 'Acceptance criteria', 'Rollout plan', 'Market and competitors', 'Tasks', 'Why now', 'Definition of Done', 'Research findings', 'Estimates'];
const ROLES = ['returning shopper', 'site admin', 'support agent', 'new customer', 'finance lead'];
const WANTS = ['export my invoices as CSV', 'reset my password without calling support', 'see the order status on one page', 'filter tickets by priority', 'pay in one click'];
const VALUES = ['I can close the month faster', 'I do not wait on hold', 'I know when it ships', 'urgent issues come first', 'checkout takes less time'];
const TASKS = ['Split the payment form into steps', 'Add an index on orders.created_at', 'Write the migration for refunds', 'Estimate the export story', 'Pair on the flaky checkout test', 'Deploy the feature flag to staging'];
const PROSE = [
  'Customers in the mid-market segment churn in the first ninety days because onboarding hides the reports they pay for.',
  'Our success metric is weekly active teams; retention and expansion revenue follow when the first report lands in week one.',
  'Interviews with twelve buyers showed the problem is trust in the numbers, not the number of charts.',
  'Competitors bundle forecasting; our opportunity is the accountant persona that owns month-end close.',
  'The team will refine the backlog on Tuesday and carry two stories over from the last sprint.',
  'Velocity has been stable at around thirty points, so the release fits in two sprints with a buffer for bugs.',
  'See the [research summary](https://example.com/research/summary?id=42) and `npm run report` for the raw data.',
];

export function generatePlanningDoc(size: number, seed: number): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const parts: string[] = ['---\ntitle: Checkout plan\nbacklog-lens: on\n---\n\n# Checkout plan\n'];
  let length = parts[0].length;
  let section = 0;
  while (length < size) {
    const level = 2 + Math.floor(next() * 2);
    const blocks = [`${'#'.repeat(level)} ${pick(HEADINGS)} ${++section}\n`];
    const count = 2 + Math.floor(next() * 4);
    for (let i = 0; i < count; i++) {
      const kind = next();
      if (kind < 0.35) blocks.push(`${pick(PROSE)} ${pick(PROSE)}\n`);
      else if (kind < 0.55) blocks.push(`- [${next() < 0.5 ? 'x' : ' '}] ${pick(TASKS)} (${1 + Math.floor(next() * 8)} points)\n- [ ] ${pick(TASKS)}\n`);
      else if (kind < 0.75) blocks.push(`As a ${pick(ROLES)}, I want to ${pick(WANTS)}${next() < 0.6 ? `, so that ${pick(VALUES)}` : ''}.\n`);
      else if (kind < 0.85) blocks.push('| Metric | Target |\n| --- | --- |\n| Activation | 40% |\n| Churn | < 3% |\n');
      else if (kind < 0.93) blocks.push('Given a signed-in shopper\nWhen they pay\nThen the receipt is emailed\n');
      else blocks.push('```ts\nconst order = await orders.find(id); // backlog sprint customers\n```\n');
    }
    const block = blocks.join('\n') + '\n';
    // Cut the last block rather than the joined text, so the result is one flat string as an editor hands it over.
    parts.push(block.slice(0, size - length));
    length += block.length;
  }
  return parts.join('');
}
