/**
 * Test-only: a hand-built Analysis of the seed article with values from /work/shared/seed/ground-truth.md,
 * so the generators can be tested on known-good input independently of the analysis code.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../article/parse';
import { splitSentences } from '../analysis/sentences';
import { computeStats } from '../analysis/stats';
import type { Analysis, DateMention, Person } from '../analysis/types';
import { linkPeople } from '../analysis/people-links';
import type { Article } from '../article/types';

export const SEED_PATH = fileURLToPath(new URL('../content/rust-baldwin-dismissal.txt', import.meta.url));

/** A person of the hand-checked list; linkPeople numbers them and links quotes and statements to them. */
const person = (name: string, roles: string[], aliases: string[], mentions: number[], roleSentence: number | null, kind: Person['kind'] = 'person'): Person => ({
  id: '', name, kind, roles, aliases, mentions, roleSentence,
});

/** The seed article and its hand-checked analysis (0-based sentence indices). */
export function seedAnalysis(): { article: Article; analysis: Analysis } {
  const article = parseArticle(readFileSync(SEED_PATH, 'utf8'));
  const sentences = splitSentences(article);
  const dates: DateMention[] = [
    { text: 'October 2021', value: '2021-10', sentence: 0, event: 'Halyna Hutchins died after a prop gun misfire' },
    { text: 'On Friday', value: '2024-07-12', sentence: 1, event: 'Sommer dismissed the involuntary manslaughter case' },
    { text: 'A day later', value: '2024-07-13', sentence: 2, event: 'Baldwin responded to the decision' },
    { text: '2021', value: '2021', sentence: 3, event: null },
    { text: 'July 12', value: '2024-07-12', sentence: 7, event: null },
    { text: 'in March', value: '2024-03', sentence: 8, event: 'a man brought ammunition to the sheriff’s office' },
    { text: 'in January', value: '2024-01', sentence: 13, event: 'a grand jury indicted Baldwin for involuntary manslaughter' },
    { text: 'April 2024', value: '2024-04', sentence: 14, event: 'Gutierrez-Reed was sentenced to prison' },
    { text: 'in March', value: '2024-03', sentence: 14, event: 'Gutierrez-Reed was found guilty' },
    { text: 'At the time of sentencing', value: '2024-04', sentence: 15, event: null },
  ];
  const timeline = dates
    .filter((d) => d.event)
    .map((d) => ({ value: d.value, event: d.event!, sentence: d.sentence }))
    .sort((a, b) => a.value.localeCompare(b.value) || a.sentence - b.sentence);
  const analysis: Analysis = {
    sentences,
    stats: computeStats(sentences),
    people: [
      person('Alec Baldwin', ['the movie’s star and producer'], ['Baldwin'], [0, 1, 3, 4, 9, 13, 16, 17], 0),
      person('Halyna Hutchins', ['cinematographer'], ['Hutchins'], [0, 3, 12, 16, 17], 0),
      person('Mary Marlowe Sommer', ['New Mexico judge'], ['Sommer', 'Judge Sommer'], [1, 3, 7, 10, 15], 1),
      person('Kari Morrissey', ['one of the prosecutors'], ['Morrissey'], [12], 12),
      person('Hannah Gutierrez-Reed', ['Rust’s armorer'], ['Gutierrez-Reed'], [14, 15], 14),
      person('Baldwin’s lawyers', [], [], [9], null, 'group'),
      person('prosecutors', [], ['the state'], [3, 9, 10, 11], null, 'group'),
      person('a man', [], [], [8], null),
    ],
    quotes: [
      { text: 'There are too many people who have supported me to thank just now. To all of you, you will never know how much I appreciate your kindness toward my family.', speaker: 'Alec Baldwin', sentence: 5, kind: 'block' },
      { text: 'late discovery', speaker: 'Mary Marlowe Sommer', sentence: 7, kind: 'direct' },
      { text: 'impacted the fundamental fairness of the proceedings.', speaker: 'Mary Marlowe Sommer', sentence: 7, kind: 'direct' },
      { text: 'buried', speaker: 'Baldwin’s lawyers', sentence: 9, kind: 'direct' },
      { text: 'the state is highly culpable for its failure to provide discovery to the defendant', speaker: 'Mary Marlowe Sommer', sentence: 10, kind: 'direct' },
      { text: 'dismissal with prejudice is warranted.', speaker: 'Mary Marlowe Sommer', sentence: 10, kind: 'direct' },
      { text: 'with prejudice', speaker: null, sentence: 11, kind: 'direct' },
      { text: 'absolutely no evidence', speaker: 'Kari Morrissey', sentence: 12, kind: 'direct' },
      { text: 'alone turned a safe weapon into a lethal weapon.', speaker: 'Mary Marlowe Sommer', sentence: 15, kind: 'direct' },
    ],
    dates,
    timeline,
    statements: [
      { sentence: 1, kind: 'record', verb: 'dismissed', who: 'Mary Marlowe Sommer', content: 'the involuntary manslaughter case against Baldwin was dismissed' },
      { sentence: 8, kind: 'claim', verb: 'claimed', who: 'a man', content: 'the ammunition could be related to what happened on the set of Rust' },
      { sentence: 9, kind: 'claim', verb: 'alleged', who: 'Baldwin’s lawyers', content: 'the prosecutors “buried” this information' },
      { sentence: 9, kind: 'record', verb: 'approved', who: null, content: 'the motion to dismiss the case was approved in court' },
      { sentence: 12, kind: 'claim', verb: 'claimed', who: 'Kari Morrissey', content: 'there is “absolutely no evidence” that the ammunition was related to the incident' },
      { sentence: 14, kind: 'record', verb: 'sentenced', who: null, content: 'Gutierrez-Reed was sentenced to prison for 18 months' },
    ],
    sources: [
      { sentence: 4, kind: 'post', text: 'his Instagram', who: 'Alec Baldwin' },
      { sentence: 7, kind: 'ruling', text: 'the July 12 decision', who: 'Mary Marlowe Sommer' },
      { sentence: 9, kind: 'filing', text: 'a motion to dismiss the case', who: 'Baldwin’s lawyers' },
    ],
    terms: [
      { term: 'involuntary manslaughter', definition: 'Killing someone without meaning to, through reckless or seriously careless behaviour.', sentences: [1, 13, 14, 16], misstatement: null },
      { term: 'motion to dismiss', definition: 'A formal request asking the judge to throw out the case.', sentences: [9], misstatement: { sentence: 9, wrong: 'the judge “approved” the request', right: 'a judge grants or denies a motion; “approved” is the wrong word' } },
      { term: 'culpable', definition: 'To blame; at fault for something bad that happened.', sentences: [10], misstatement: null },
      { term: 'discovery', definition: 'The rule that each side must share its evidence with the other before trial.', sentences: [7, 10], misstatement: null },
      { term: 'dismissal with prejudice', definition: 'A judge ends a case for good. The same charge can never be brought again, in any court.', sentences: [10, 11], misstatement: { sentence: 11, wrong: 'it only stops the case being refiled in that court', right: 'it bars bringing the same charge again in any court' } },
      { term: 'indictment', definition: 'A formal criminal charge, issued by a grand jury.', sentences: [13], misstatement: null },
      { term: 'grand jury', definition: 'A group of citizens who look at the evidence in private and decide whether someone should be charged.', sentences: [13], misstatement: null },
      { term: 'civil lawsuit', definition: 'A non-criminal case in which one side sues another, usually for money. It cannot lead to prison.', sentences: [16], misstatement: null },
      { term: 'settled', definition: 'Ended a lawsuit by agreement, usually a payment, without a verdict.', sentences: [17], misstatement: null },
    ],
    spelling: [{ word: 'deicsion', suggestion: 'decision', sentence: 12 }],
    figures: [],
  };
  return { article, analysis: linkPeople(analysis) };
}
