import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../analysis/index';
import { glossary } from '../../glossary/lookup';
import type { GlossaryEntry } from '../context';
import { FERRY_ARTICLE } from '@/tests/fixtures/ferry-article';
import { seedAnalysis } from '@/tests/fixtures/seed-analysis';
import { evidenceQuestions } from './evidence';
import { articleText } from '@/tests/support/article-text';

const itemsOf = (text: string) => {
  const { article, analysis } = analyzeText(text);
  return { analysis, items: evidenceQuestions({ article, analysis, glossary: glossary as GlossaryEntry[] }) };
};

describe('"Find the proof" items', () => {
  const { analysis, items } = itemsOf(FERRY_ARTICLE);
  const byPrompt = (p: string) => items.find((q) => q.prompt === p);

  it('key the sentence that proves a role, a claim, a quotation or a date, with no options', () => {
    expect(byPrompt('Which sentence shows who Amara Finch is?')?.key).toEqual({ kind: 'sentences', sentences: [1], within: 10 });
    expect(byPrompt('Which sentence shows who Colin Draper is?')?.evidence).toEqual([3]);
    expect(byPrompt('Which sentence shows when this happened: “The ferry first entered service”?')?.evidence).toEqual([7]);
    for (const q of items) {
      expect(q).toMatchObject({ kind: 'evidence', options: [], answer: -1 });
      expect(q.key).toEqual({ kind: 'sentences', sentences: q.evidence, within: analysis.sentences.length });
    }
  });

  it('name only the person when asking who they are: a stem printing the role is a search for it', () => {
    expect(items.map((q) => q.prompt).filter((p) => /is (?:a|the) (?:judge|firm)/.test(p))).toEqual([]);
    // Two sentences giving her a role: either tells who she is, so neither is asked.
    const twice = itemsOf(FERRY_ARTICLE.replace('Finch said the firm', 'Judge Finch said the firm')).items;
    expect(twice.filter((q) => q.prompt.includes('who Amara Finch is'))).toEqual([]);
  });

  it('ask no "who said …" whose stem prints most of its sentence: the words find it, not who said them (ninth blind set)', () => {
    const prompts = items.map((q) => q.prompt);
    // "We have replaced every engine in the fleet since the fire," Draper said at a press conference …
    expect(prompts.filter((p) => /We have replaced|warnings never reached|ignored three warnings/.test(p))).toEqual([]);
    const { analysis: seed, article } = seedAnalysis();
    const seedPrompts = evidenceQuestions({ article, analysis: seed, glossary: glossary as GlossaryEntry[] }).map((q) => q.prompt);
    // A quotation that is a small part of a long sentence is still asked.
    expect(seedPrompts).toContain('Which sentence shows who said “impacted the fundamental fairness of the proceedings”?');
  });

  it('explain with the proving sentence and what it says', () => {
    const q = byPrompt('Which sentence shows who Amara Finch is?')!;
    expect(q.explanation).toContain('The sentence that proves it is sentence 2: “Judge Amara Finch fined the operator');
    expect(q.explanation).toContain('It names Amara Finch as a judge.');
  });

  it('ask no "who said that at a press conference": a piece that is not a claim is no fact to prove', () => {
    expect(items.map((q) => q.prompt).join('\n')).not.toMatch(/press conference/);
  });

  it('ask no "who said “one of the hardest”": a few words cut from inside a sentence say nothing alone', () => {
    const text = articleText('School to close', '2025-03-20', [
      'Council leader Mae Lund opened the meeting on Wednesday, and councillors voted to close the village school.',
      'Lund said the decision had been "one of the hardest" of her time on the council.',
      '"We cannot keep a school open for thirty-eight pupils when it has room for a hundred," Lund told the meeting.',
      'Parent Ivan Roe said: "The council has ignored every family in this village for a year."',
    ]);
    const prompts = itemsOf(text).items.map((q) => q.prompt);
    expect(prompts.filter((p) => /one of the hardest/.test(p))).toEqual([]);
  });

  it('ask no "who said …" of an unnamed speaker ("A spokesman said"): who they speak for is in another sentence', () => {
    const text = articleText('Holiday lets bill', '2024-02-07', [
      'The Local Government Association welcomed the bill on Tuesday but warned about the cost of enforcing it.',
      'A spokesman said that many councils had "neither the staff nor the budget" to check thousands of listings.',
      'Housing minister Rachel Ashworth said: "Councils will get the money they need to enforce these rules."',
    ]);
    const prompts = itemsOf(text).items.map((q) => q.prompt);
    expect(prompts.filter((p) => /neither the staff/.test(p))).toEqual([]);
  });

  it('ask no claim cut inside a bracket ("who claimed that uptake of the MMR (measles?")', () => {
    const text = articleText('Measles cases rise', '2024-02-08', [
      'Cases of measles in the county passed 80 this week, the health agency said on Tuesday.',
      'Health minister Ana Lee spoke to reporters at the county hospital on Monday morning.',
      'Lee claimed that uptake of the MMR (measles, mumps and rubella) vaccine had reached 89 percent.',
      'Doctor Ravi Shah disputed the figure and said that uptake among young children was closer to 79 percent.',
    ]);
    const prompts = itemsOf(text).items.map((q) => q.prompt);
    expect(prompts.filter((p) => /\([^)]*$/.test(p))).toEqual([]);
  });

  it('ask no "who said that is used by …": a claim whose subject stands before the speech verb', () => {
    // Invented: the subject of the claim ("the pool") is outside what follows "said".
    const text = articleText('Pool to close', '2024-03-01', [
      'The town council voted on Monday to close the Westgate pool at the end of the summer.',
      'Councillor Ravi Mehta opposed the closure of the pool, which he said is used by around 900 swimmers every week.',
      'Council leader Joan Pike said that the pool needs repairs costing more than the council can pay this year.',
    ]);
    const prompts = itemsOf(text).items.map((q) => q.prompt);
    expect(prompts.filter((p) => /who said that (?:is|are|was|were)\b/.test(p))).toEqual([]);
  });

  it('quote the proving sentence with the speaker and the speech verb, not cut off before them', () => {
    const text = articleText('Harbour fees reviewed', '2025-09-12', [
      'Harbourmaster Ines Varga announced a review of mooring fees on Thursday.',
      '"We will look again at every fee charged to the fishing boats and the pleasure craft over the last three seasons, compare them with the fees of the other ports on this coast, and publish what we find before the winter storms arrive," Varga said.',
      'Skipper Tomas Hald welcomed the review and said the fees had doubled since 2019.',
    ]);
    const q = itemsOf(text).items.find((i) => /who said “We will look again/.test(i.prompt));
    expect(q).toBeDefined();
    expect(q!.explanation).toMatch(/Varga said\.?”/);
  });

  it('say "Select two sentences" and key both when exactly two sentences prove it', () => {
    const twice = itemsOf(FERRY_ARTICLE.replace('Passenger Leon Brisk', 'Draper later repeated that the warnings never reached the board. Passenger Leon Brisk')).items;
    const claim = twice.find((q) => q.prompt.includes('the warnings never reached the board'))!;
    expect(claim.prompt).toBe('Select two sentences. Which sentences show who claimed that the warnings never reached the board?');
    expect(claim.key).toEqual({ kind: 'sentences', sentences: [3, 8], within: 11 });
  });

  it('are not asked when another sentence might prove the same thing', () => {
    const restated = itemsOf(FERRY_ARTICLE.replace('Passenger Leon Brisk', 'He later repeated that the warnings never reached the board. Passenger Leon Brisk')).items;
    expect(restated.some((q) => q.prompt.includes('the warnings never reached the board'))).toBe(false);
  });

  it('on the seed, find who made the claim and who said the words, one sentence each', () => {
    const { article, analysis: seed } = seedAnalysis();
    const seedItems = evidenceQuestions({ article, analysis: seed, glossary: glossary as GlossaryEntry[] });
    expect(seedItems.length).toBeGreaterThanOrEqual(3);
    const morrissey = seedItems.find((q) => q.prompt === 'Which sentence shows who Kari Morrissey is?');
    expect(morrissey?.evidence).toEqual([12]);
  });
});

describe('"Find the proof" of a figure', () => {
  it('asks only where a figure comes from, and only when the article names its source', () => {
    // Invented: one figure with no source, one with a named source.
    const text = articleText('Lantern festival', '2024-02-20', [
      'The lantern festival opened on Saturday along the river in the old town.',
      'Organisers hung about 4,200 lanterns between the bridges this year.',
      'Tourism director Maria Lopez said the festival drew 310,000 visitors last year.',
    ]);
    const prompts = itemsOf(text).items.map((q) => q.prompt);
    // No source for the lanterns: finding "4,200" is a search, not a reading task, so it is not asked.
    expect(prompts.filter((p) => /4,200 lanterns/.test(p))).toEqual([]);
    expect(prompts, prompts.join('\n')).toContain('Which sentence shows where the figure of 310,000 visitors comes from?');
  });
});
