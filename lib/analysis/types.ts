/** A sentence of the body (headings are never sentences). */
export interface Sentence {
  /** 0-based index over all sentences of the article. */
  index: number;
  /** Exact text as published (trimmed), stray spaces included. */
  text: string;
  /** Index into Article.paragraphs of the paragraph holding it. */
  paragraph: number;
  /** Character offsets of `text` inside that paragraph: paragraph.slice(start, end) === text. */
  start: number;
  end: number;
  /** Words by the rule in stats.ts: whitespace tokens with at least one letter or digit. */
  words: number;
}

export interface TextStats {
  words: number;
  sentences: number;
  averageSentenceWords: number;
  /** Index of the longest / shortest sentence (by words; ties go to the earlier one). */
  longestSentence: number;
  shortestSentence: number;
  syllables: number;
  fleschKincaidGrade: number;
  fleschReadingEase: number;
  readingMinutes: number;
}

/** A person or a speaking group named in the article. */
export interface Person {
  /** Stable within one analysis ("p1", "p2" … in the order of the list): quotes, statements, sources and figures point at it. */
  id: string;
  /** Full name as first given ("Mary Marlowe Sommer"), or the group's phrase ("Baldwin's lawyers"). */
  name: string;
  kind: 'person' | 'group';
  /** Roles as the article states them ("judge", "cinematographer", "one of the prosecutors"). */
  roles: string[];
  /** Other ways the article refers to them ("Sommer", "Judge Sommer"). */
  aliases: string[];
  /** Sentence indices that mention them. */
  mentions: number[];
  /** The sentence where the role is stated, if any. */
  roleSentence: number | null;
}

export interface Quote {
  /** Quoted words without the quotation marks. */
  text: string;
  /** Person.name of the speaker, or null when nobody says it (a term in scare quotes). */
  speaker: string | null;
  /** Person.id of the speaker, when the speaker is one of the article's people (set by linkPeople). */
  speakerId?: string | null;
  sentence: number;
  /** 'direct' for words in quotation marks, 'block' for a quoted post or statement set off on its own. */
  kind: 'direct' | 'block';
}

export interface DateMention {
  /** The expression as written ("On Friday", "A day later", "in March"). */
  text: string;
  /** Absolute value: YYYY, YYYY-MM or YYYY-MM-DD; for a span, its first part. */
  value: string;
  /** For a span ("last week", "the 1960s", "the past 30 years"), its last part; absent for a single date. */
  until?: string;
  sentence: number;
  /**
   * True when the text does not settle the value: a weekday or a month whose verb says neither past nor future
   * ("has called a meeting on Thursday": this week's or the coming one?), or a month or day written without a year
   * that falls outside the article's own year ("in November" in a March article: last November, or the one before?).
   * The value is the likeliest reading, kept for counting; no question asks it.
   */
  guessed?: true;
  /** What happened then, in a short phrase from the sentence ("Sommer dismissed the case"), if found. */
  event: string | null;
}

/** An event with its date, for timelines: ordered by value (then by position in text). */
export interface TimelineEvent {
  value: string;
  event: string;
  sentence: number;
}

/** A statement reported as the record (a court ruled) or as someone's claim (alleged, said). */
export interface Statement {
  sentence: number;
  kind: 'record' | 'claim';
  /** The verb that marks it ("ruled", "sentenced", "alleged", "claimed"). */
  verb: string;
  /** Who claims it (Person.name or a phrase like "a man"), null for record statements with no actor. */
  who: string | null;
  /** Person.id of `who`, when it is one of the article's people (set by linkPeople). */
  whoId?: string | null;
  /** The claimed or recorded content, a short phrase. */
  content: string;
}

/**
 * A source the article cites for something: a post, a ruling, a statement, a study ('report'), a news outlet or
 * wire service ('news'), an official record such as police records or government figures ('record').
 */
export interface SourceRef {
  sentence: number;
  kind: 'post' | 'ruling' | 'statement' | 'filing' | 'report' | 'interview' | 'news' | 'record' | 'other';
  /** The words naming it ("his Instagram", "the July 12 decision"). */
  text: string;
  /** Whose source it is, if stated. */
  who: string | null;
  /** Person.id of `who`, when it is one of the article's people (set by linkPeople). */
  whoId?: string | null;
}

export interface TermHit {
  term: string;
  definition: string;
  /** Sentences where the term appears. */
  sentences: number[];
  /** When the article's own explanation of the term matches a known misstatement. */
  misstatement: { sentence: number; wrong: string; right: string } | null;
}

export interface SpellingIssue {
  word: string;
  suggestion: string | null;
  sentence: number;
}

/** A figure the article gives for something: a count, an amount of money, a percentage, a distance, a duration. */
export interface Figure {
  sentence: number;
  /** The figure as written, without its qualifier: "700", "$50,000", "6 million", "13%", "seven". */
  text: string;
  /** Offsets of `text` in the sentence's text. */
  start: number;
  end: number;
  value: number;
  kind: 'count' | 'money' | 'percent' | 'distance' | 'duration';
  /** The unit or the counted words as written after the figure: "asylum seekers", "miles", "percent", "$". */
  unit: string;
  /** What is counted, lower case, for telling figures of the same thing apart ("seekers", "teams", "miles"). */
  head: string;
  /** "over", "about", "at least" when the article hedges the figure, else null. */
  qualifier: string | null;
  /** Person.name of whoever the sentence says gives the figure ("according to", "X said"), else null. */
  source: string | null;
  /** Person.id of `source` (set by linkPeople). */
  sourceId?: string | null;
}

export interface Analysis {
  sentences: Sentence[];
  stats: TextStats;
  people: Person[];
  quotes: Quote[];
  dates: DateMention[];
  timeline: TimelineEvent[];
  statements: Statement[];
  sources: SourceRef[];
  terms: TermHit[];
  spelling: SpellingIssue[];
  figures: Figure[];
}
