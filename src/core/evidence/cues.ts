import type { Term } from '../lexicon/lexicon';

/** Structural cues: signs that come from the shape of the text, not from one word. */
const cue = (text: string, side: Term['side'], concern: Term['concern'], weight: number): Term => ({ text, side, concern, weight, headingOnly: false });

export const CUES = {
  /** `- [ ]` / `- [x]`: a task list is delivery tracking. */
  checkbox: cue('checklist item', 'po', 'how', 1),
  /** `Given … When … Then …`: an acceptance scenario. */
  givenWhenThen: cue('given/when/then', 'po', 'how', 2),
  /** `3 points`, `5 pts`, `8 SP`: an estimate. */
  storyPoints: cue('story points', 'po', 'how', 2),
  /** `As a …, I want …`: a backlog item. The syntax alone says nothing about the market. */
  userStory: cue('user story', 'po', 'how', 1),
  /** The `so that …` of a story: a stated benefit. */
  storyValue: cue('so that', 'pm', 'why', 1),
} as const;

/** Words that make an estimate right after a number (`3 points`, `(5 SP)`, `8pts`). */
export const POINT_WORDS: readonly string[] = ['points', 'point', 'pts', 'pt', 'sp'];

export function followsNumber(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}
