// The hand-set vocabulary of the lexicon engine before the learned model, kept as the evaluation's baseline.
import type { Concern, Side } from '../../src/core/types';

/**
 * The built-in vocabulary, from the domain notes: Product Owner (how: delivery) and Product Manager
 * (who / what / why: the market) terms, with weights. A phrase is written as words separated by spaces
 * (hyphens in the document match spaces). Every word's inflections match unless the entry starts with `=`.
 * `heading:` entries count only in heading lines. Weights: 3 is unmistakable, 2 is a clear sign, 1 or
 * less is a hint that only adds up with others.
 */
export interface TermGroup {
  side: Side;
  concern: Concern;
  weight: number;
  terms: readonly string[];
  headingOnly?: boolean;
}

const po = (weight: number, terms: string[], headingOnly = false): TermGroup => ({ side: 'po', concern: 'how', weight, terms, headingOnly });
const pm = (concern: Exclude<Concern, 'how'>, weight: number, terms: string[], headingOnly = false): TermGroup => ({ side: 'pm', concern, weight, terms, headingOnly });

export const BUILTIN_GROUPS: readonly TermGroup[] = [
  // HOW: backlog management, Scrum events and artifacts, delivery mechanics.
  po(3, [
    'backlog', 'backlog item', 'product backlog', 'sprint backlog', 'acceptance criteria', 'acceptance criterion',
    'definition of done', 'definition of ready', 'story point', 'sprint planning', 'sprint review', 'sprint goal', 'product goal',
    'retrospective', 'refinement', 'backlog refinement', 'grooming', 'velocity', 'burndown', 'burn down', 'burnup',
    'planning poker', 'kanban', 'standup', 'stand up', 'daily scrum', 'scrum master', 'product owner',
    'work in progress', 'wip limit', 'user acceptance testing', 'code freeze', 'feature freeze', 'release candidate',
    'feature flag', 'rollout', 'roll out', 'staged rollout', 'subtask', 'sub task', 'pi planning', 'program increment',
    'sprint', 'estimation', 'reprioritize', 'reprioritise', 'descope', 'de scope', 'pair programming', 'code review',
    'pull request', 'continuous integration', 'tech debt', 'technical debt', 'bug fix', 'bugfix', 'hotfix',
    'tracking issue', 'project board', 'due date', '=dod', '=dor', '=uat', 'deliverable',
  ]),
  po(2, [
    'scrum', 'estimate', 'spike', 'epic', 'task', 'ticket', 'milestone', 'deadline', 'blocker', 'dependency',
    'capacity', 'implement', 'implementation', 'deploy', 'deployment', 'staging', 'defect', 'triage', 'refactor',
    'unit test', 'integration test', 'regression', 'migration', 'development team', 'dev team', 'in progress', '=todo', 'assignee', 'jira', 'wsjf', 'sizing', 'handoff', 'hand off', 'timebox', 'time box', 'merge',
    'go live', 'cutover', 'changelog', 'release plan', 'release schedule', 'release cycle', 'freeze', 'increment',
  ]),
  po(1.5, [
    'iteration', 'prioritize', 'prioritise', 'prioritization', 'prioritisation', 'release', 'delivery', 'bug',
    'qa', 'timeline', 'blocked', 'ship', 'endpoint', 'work item', 'story', 'user story', 'team member', 'checklist',
    'deliver', 'scope', 'sequencing', 'commit to', 'sprint zero', 'component', 'effort',
  ]),
  po(1, [
    'develop', 'development', 'technical', 'architecture', 'infrastructure', 'api', 'database', 'schema', 'config',
    'configuration', 'environment', 'production', 'test', 'testing', 'fix', 'version', 'phase', 'schedule', 'assign',
    'board', 'branch', 'repository', 'repo', 'integration', 'upgrade', 'coordinate', 'demo', 'status', 'progress',
    'engineering', '=ci', 'build', 'cli', 'code', 'beta', 'hours', 'complete', 'completed',
  ]),
  po(0.5, ['issue', 'developer', 'engineer', 'documentation', 'owner', 'plan', '=done', 'performance']),
  // Headings that announce delivery content ("to do" is only a column name in a heading; in prose it is "things to do").
  po(3, ['implemented', 'planned', 'doing', 'next steps', 'action items', 'tasks', 'process', 'rollout plan', 'to do'], true),

  // WHO: the people the product is for.
  pm('who', 3, [
    'persona', 'customer segment', 'market segment', 'early adopter', 'target audience', 'target user', 'target customer',
    'ideal customer profile', '=icp', 'end user', 'demographic', 'respondent',
  ]),
  pm('who', 2.5, ['customer', 'segment', 'buyer', 'consumer', 'subscriber', 'prospect']),
  pm('who', 1.5, ['user', 'audience', 'participant', 'client', 'adopter', 'decision maker', 'newcomer']),
  pm('who', 0.5, ['people', 'stakeholder']),

  // WHAT: the problem, the need, the value, the outcome.
  pm('what', 3, [
    'problem statement', 'problem space', 'pain point', 'unmet need', 'user need', 'customer need', 'job to be done',
    'jobs to be done', '=jtbd', 'value proposition', 'desired outcome', 'product market fit', 'customer experience',
    'user journey', 'customer journey', 'job story',
  ]),
  pm('what', 2, [
    'problem', 'pain', 'opportunity', 'outcome', 'vision', 'mission', 'hypothesis', 'hypotheses', 'assumption',
    'insight', 'discovery', 'frustrating', 'frustration', 'frustrated', 'struggle', 'friction', 'workaround',
    'user experience', 'differentiate', 'differentiation', 'satisfaction', 'delight', 'use case',
  ]),
  pm('what', 1.5, [
    'need', 'benefit', 'challenge', 'barrier', 'confusing', 'confusion', 'journey', 'feedback', 'intuitive',
    'empower', 'alternative', 'experience', 'value', 'difficult', 'unclear', 'understand', 'trust',
  ]),
  pm('what', 0.5, ['solution', 'easy', 'easier']),

  // WHY: business objectives, success and how it is measured, market, strategy, research.
  pm('why', 3, [
    'success metric', '=kpi', 'key performance indicator', 'key result', 'business objective', 'business goal',
    'revenue', 'retention', 'churn', 'monetize', 'monetise', '=roi', 'return on investment', '=arr', '=mrr', '=nps',
    'net promoter score', 'market share', 'go to market', '=gtm', 'competitor', 'unfair advantage', 'competitive advantage',
    'user research', 'customer research', 'market research', 'usability test', 'why now', 'leading indicator',
    'lagging indicator', 'north star', 'active user', 'conversion rate', 'a b test', 'input metric', 'output metric',
  ]),
  pm('why', 2.5, [
    'metric', 'okr', 'market', 'marketing', 'strategy', 'strategic', 'competition', 'competitive', 'pricing',
    'conversion', 'activation', 'funnel', 'positioning', 'profit', 'business value', 'growth',
  ]),
  pm('why', 2, [
    'research', 'interview', 'survey', 'usability', 'measurement', 'engagement', 'adoption', 'acquisition', 'sales',
    'investment', 'brand', 'awareness', 'experiment', 'objective', 'impact', 'rationale', 'justification',
  ]),
  pm('why', 1.5, [
    'success', 'measure', 'measurable', 'business', 'analytics', 'usage', 'trend', 'price', 'benchmark', 'study',
    'finding', 'validate', 'validation', 'learning', '=why', 'invest', 'funding', 'evidence', 'signal',
  ]),
  pm('why', 1, ['goal', 'cost', 'data', 'target', 'baseline', 'ecosystem']),
  // Headings that announce market content.
  pm('what', 2, ['background', 'context', 'overview'], true),
  // "Who" heads a section about people ("Who it is for"); in prose it is mostly a relative pronoun.
  pm('who', 3, ['=who'], true),
];
