import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../index';
import { reportedSpeechQuestions } from './who-said-reported';
import { glossary } from '../../glossary/lookup';
import type { GlossaryEntry } from '../context';
import { articleText } from '@/tests/support/article-text';

/** An invented local story told mostly in reported speech: few quotation marks, several named sources. */
const story = articleText('Harbour pier to close', '2024-03-08', [
  'Mayor Ines Varga said the old ferry pier would close before the summer festival.',
  'Harbour master Olga Brenner told reporters that the steel posts under the pier were rotten through.',
  'Councillor Piet Lambrecht said he was angry about the way the decision had been taken.',
  'Engineer Hannah Peters, the head of the inspection team, said a new pier could be built within two years.',
  'According to Olga Brenner, the ferry company will move its boats to the fishing quay.',
]);

/** The reported-speech questions of an invented article, built as the bank builds them. */
function reportedOf(text: string) {
  const bank = buildQuestionBank(text);
  return reportedSpeechQuestions({ article: bank.article, analysis: bank.analysis, glossary: glossary as GlossaryEntry[] });
}

describe('who said it, in reported speech', () => {
  const { article, analysis, questions } = buildQuestionBank(story);
  const reported = reportedSpeechQuestions({ article, analysis, glossary: glossary as GlossaryEntry[] });
  const asking = (words: string) => reported.find((q) => q.prompt.includes(words));

  it('asks whose words the article reports, keyed to the person it gives them to', () => {
    const q = asking('the old ferry pier would close before the summer festival');
    expect(q?.options[q.answer]).toBe('Ines Varga');
    expect(q?.prompt).toMatch(/^The article reports: “.+”\. According to the article, who said this\?$/);
    const posts = asking('the steel posts under the pier were rotten through');
    expect(posts?.options[posts.answer]).toBe('Olga Brenner');
    expect(posts?.prompt).not.toMatch(/reporters that/);
    const quay = asking('the ferry company will move its boats to the fishing quay');
    expect(quay?.options[quay.answer]).toBe('Olga Brenner');
  });

  it('leaves out words whose pronoun may stand for the speaker ("he was angry")', () => {
    expect(asking('was angry about the way')).toBeUndefined();
  });

  it('calls reported words an account in the article’s words, not the speaker’s words', () => {
    const q = asking('the old ferry pier would close before the summer festival')!;
    expect(q.explanation).toContain('this is Ines Varga\'s account, in the article\'s words rather than a quotation');
    expect(q.explanation).not.toMatch(/Ines Varga's words/);
  });

  it('never asks a clause with no subject of its own ("statements that she said were missing …")', () => {
    const text = articleText('Fire association audit', '2024-03-14', [
      'The case came to light after the new treasurer, Diane Okonkwo, asked the bank for statements that she said were missing from the association bank records for last year.',
      'Prosecutor Rachel Nguyen said the money had been moved into a private account over five years.',
      'Defence lawyer Mark Ellis said his client had repaid part of the money.',
    ]);
    const qs = reportedOf(text);
    expect(qs.filter((q) => /“were missing/.test(q.prompt))).toEqual([]);
  });

  it('leaves the time or place of the saying out of the words ("said after the meeting that …")', () => {
    const text = articleText('Library roof repaired', '2024-05-02', [
      'Head librarian Clara Moss said after the meeting that the reading room would reopen before the end of the month.',
      'Builder Tomas Reyes said the new roof would last for at least thirty years.',
      'Councillor Ada Finch said the repairs had cost less than the council expected.',
    ]);
    const qs = reportedOf(text);
    const q = qs.find((x) => x.prompt.includes('the reading room would reopen'));
    expect(q?.prompt).toMatch(/^The article reports: “the reading room would reopen/);
    expect(q?.options[q.answer]).toBe('Clara Moss');
  });

  it('never asks reported words with no verb, cut at a comma ("that the school\'s latest report, in 2023, …")', () => {
    const text = articleText('School report', '2024-05-02', [
      'Head teacher Nora Quist said that the school\'s most recent inspection report, in 2023, had rated it good in every area.',
      'Governor Ivo Brandt said the new classrooms would open in the autumn term next year.',
      'Councillor Ada Finch said the council had found the money for the building work last winter.',
    ]);
    const qs = reportedOf(text);
    expect(qs.filter((q) => /most recent inspection report”/.test(q.prompt))).toEqual([]);
    expect(qs.some((q) => q.prompt.includes('the new classrooms would open'))).toBe(true);
  });

  it('offers other named sources as wrong answers, never someone the sentence names', () => {
    for (const q of reported) {
      const sentence = analysis.sentences[q.evidence[0]].text;
      for (const [i, o] of q.options.entries()) if (i !== q.answer) expect(sentence).not.toContain(o);
      expect(q.options.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps its questions in the bank as who-said questions', () => {
    expect(questions.some((q) => q.skill === 'who-said' && q.prompt.startsWith('The article reports: “'))).toBe(true);
  });
});

describe('reported speech that is not asked', () => {
  const ask = (body: string[]) => {
    const { article, analysis } = buildQuestionBank(articleText('Pier', '2024-03-08', body));
    return reportedSpeechQuestions({ article, analysis, glossary: glossary as GlossaryEntry[] });
  };
  const people = [
    'Mayor Ines Varga said the old ferry pier would close before the summer festival.',
    'Engineer Hannah Peters, the head of the inspection team, said a new pier could be built within two years.',
  ];

  it('skips words cut off mid-clause by a length limit, and "told" without "that" (the object runs into them)', () => {
    const long = 'Harbour master Olga Brenner said the steel posts that hold up the old pier at the western end of the harbour had been rotting for many years without anyone on the council noticing the damage at all.';
    const object = 'Harbour master Olga Brenner told reporters the steel posts under the pier were rotten through.';
    const prompts = ask([...people, long, object]).map((q) => q.prompt);
    expect(prompts.some((p) => p.includes('steel posts'))).toBe(false);
    expect(prompts.some((p) => p.includes('ferry pier would close'))).toBe(true);
  });
});
