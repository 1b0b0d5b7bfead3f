import type { Rule } from './rule';

/** A story that says who and what but not why: the range ends where `, so that …` should go. */
export const storyWithoutValue: Rule = {
  id: 'story-without-value',
  defaultSeverity: 'warning',
  description: 'Flags a user story ("As a …, I want …") or job story that states no value ("so that …").',
  docPath: 'docs/rules/story-without-value.md',
  check({ stories, severity }) {
    return stories
      .filter((story) => !story.hasValue)
      .map((story) => ({
        severity,
        message: 'This story says who and what but not why: add ", so that …" with the benefit.',
        range: story.range,
        data: { sectionIndex: story.sectionIndex },
      }));
  },
};
