/** Plain data shared by the engine, the extension and the CLI. Positions are 0-based, columns in UTF-16 code units (as VS Code counts them). */

export type Side = 'po' | 'pm';
/** `how` is the Product Owner's delivery concern; `who` / `what` / `why` are the Product Manager's market concerns. */
export type Concern = 'how' | 'who' | 'what' | 'why';
export type Lean = 'po' | 'pm' | 'balanced' | 'unclear';
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/**
 * One phrase or structural cue that pushed a verdict one way. The engine's evidence reads `phrase` and `range`
 * from the text when asked (see `Occurrence`): copy it with `plainEvidence`, not a spread.
 */
export interface Evidence {
  /** The words as written in the document. */
  phrase: string;
  /** The model's term it counts toward, for grouping (`customer` for "Customers"), or the cue's name. */
  term: string;
  side: Side;
  concern: Concern;
  /** How far it pushes toward `side`, in the model's log-odds before the text's length is taken into account. */
  weight: number;
  range: Range;
}

export interface Verdict {
  lean: Lean;
  /** The model's probability that the text is PM work, 0..1; null when the text is too short to judge. */
  pmShare: number | null;
  /** The PO-side and PM-side evidence, each summed and scaled by the text's length: their difference moves the log-odds. */
  poWeight: number;
  pmWeight: number;
  /** The evidence, in document order (`topPhrases` gives the strongest terms). */
  evidence: Evidence[];
}

/**
 * The engine's sections (and its document verdict) keep their evidence and ranges as numbers and build them on
 * each read (see `ScannedSection`): read one once into a variable rather than in a loop; JSON gets them all.
 */
export interface Section extends Verdict {
  heading: string;
  level: number;
  /** The heading line's text range (for hints, hovers, navigation). */
  headingRange: Range;
  /** From the heading to the line before the next heading of the same or a higher level. */
  range: Range;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Rule-specific detail, e.g. the index into `Analysis.sections` the finding is about. */
  data?: { sectionIndex?: number };
}

export interface Analysis {
  document: Verdict;
  sections: Section[];
  findings: Finding[];
  /** What the document's front matter says about the lens: `true` opts in, `false` opts out. */
  optIn: boolean | undefined;
  /** The side the front matter declares the document should lean to (`backlog-lens-expect`). */
  expect: Side | undefined;
}
