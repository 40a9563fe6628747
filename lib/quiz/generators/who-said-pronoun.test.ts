import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../index';
import { reportedSpeechQuestions } from './who-said-reported';
import { whoSaidQuestions } from './who-said';
import { evidenceQuestions } from '../kinds/evidence';
import { clash } from '../one-quiz';
import { twoPartQuestions } from '../kinds/two-part';
import { kinGivesAway } from '../people';
import type { Person } from '../../analysis/types';
import type { Question } from '../types';
import { glossary } from '../../glossary/lookup';
import type { GlossaryEntry } from '../context';
import { articleText } from '@/tests/support/article-text';

/** An invented story: a company, its chief, a minister with a portfolio, speakers found through "he" and "she". */
const story = articleText('Cannery to close', '2024-05-02', [
  'Seafood processor Brindle Foods said on Monday that it would close its cannery at Port Aske. Brindle Foods employs 900 people.',
  'Regional Minister for Fisheries and Forestry Mara Quillon said the decision had come without warning. She said that the regional government would pay for a retraining centre in the harbour town.',
  '“We will not walk away from this town,” chief executive Idris Pellow said. He said that the cannery had lost money for three straight years.',
  'Union organiser Nadia Ferrow, whose daughter works at the cannery, said the staff had been told on the day. “My daughter heard it on the radio before her manager told her,” Ferrow said.',
  'Harbour master Olga Brenner said the quay would stay open for the fishing boats.',
]);

describe('speakers found through a pronoun, and who may be offered as a person (seventh review)', () => {
  const { article, analysis } = buildQuestionBank(story);
  const ctx = { article, analysis, glossary: glossary as GlossaryEntry[] };
  const reported = reportedSpeechQuestions(ctx);
  const all = whoSaidQuestions(ctx);

  it('keys the person a pronoun stands for, and cites the sentence that names them beside the pronoun sentence', () => {
    const q = reported.find((x) => x.prompt.includes('the regional government would pay for a retraining centre'));
    expect(q?.options[q.answer]).toBe('Mara Quillon');
    const named = analysis.sentences.find((s) => s.text.includes('Mara Quillon said the decision'))!.index;
    const pronoun = analysis.sentences.find((s) => s.text.startsWith('She said that the regional government'))!.index;
    expect(q?.evidence).toEqual([named, pronoun]);
  });

  it('never offers a company among the people, nor the end of a title as a name', () => {
    for (const q of all) {
      expect(q.options).not.toContain('Brindle Foods');
      expect(q.options.some((o) => /^Forestry/.test(o))).toBe(false);
    }
  });

  it('does not ask who said words about "my daughter" when the article describes one speaker by that relation', () => {
    expect(all.some((q) => q.prompt.includes('My daughter heard it on the radio'))).toBe(false);
  });
});

describe('part B of a speaker found through a pronoun', () => {
  const partB = (paragraphs: string[], words: string) => {
    const { article, analysis } = buildQuestionBank(articleText('Cannery to close', '2024-05-02', paragraphs));
    const q = reportedSpeechQuestions({ article, analysis, glossary: glossary as GlossaryEntry[] }).find((x) => x.prompt.includes(words));
    return { q, two: q ? twoPartQuestions(analysis, [q]) : [] };
  };
  const words = 'the regional government would pay for a retraining centre';

  it('keys the naming sentence with the pronoun sentence', () => {
    const { q, two } = partB(
      ['Harbour master Olga Brenner said the quay would stay open.', 'Union organiser Nadia Ferrow said the staff had been told on the day.', 'Minister Mara Quillon said the decision had come without warning. She said that the regional government would pay for a retraining centre in the town.'],
      words,
    );
    expect(q?.evidence).toHaveLength(2);
    expect(two[0]?.key).toMatchObject({ kind: 'two-part', sentences: q?.evidence });
  });

  it('is not made when another sentence just before names the speaker too', () => {
    const { q, two } = partB(
      [
        'Harbour master Olga Brenner said the quay would stay open.',
        'Union organiser Nadia Ferrow said the staff had been told on the day.',
        'Minister Mara Quillon denied that the town had been warned.',
        '“Nobody told us anything,” Quillon said.',
        'She said that the regional government would pay for a retraining centre in the town.',
      ],
      words,
    );
    expect(q?.options[q.answer]).toBe('Mara Quillon');
    expect(two).toEqual([]);
  });
});

describe('a quotation about the speaker’s own family', () => {
  const ferrow: Person = { id: 'p1', name: 'Nadia Ferrow', kind: 'person', roles: [], aliases: ['Ferrow'], mentions: [0], roleSentence: null };
  const quote = 'My daughter heard it on the radio before her manager told her';

  it('gives the speaker away when the article describes them by that relation', () => {
    expect(kinGivesAway(quote, ferrow, [{ text: 'Nadia Ferrow, whose daughter works at the cannery, spoke first.' }])).toBe(true);
    expect(kinGivesAway(quote, ferrow, [{ text: 'Ferrow said her daughter had worked there for years.' }])).toBe(true);
  });

  it('does not when the article never says so, or says it only inside a quotation', () => {
    expect(kinGivesAway(quote, ferrow, [{ text: 'Nadia Ferrow spoke first.' }])).toBe(false);
    expect(kinGivesAway(quote, ferrow, [{ text: '“Her daughter is fine,” Nadia Ferrow said.' }])).toBe(false);
    expect(kinGivesAway('The staff heard it on the radio', ferrow, [{ text: 'Nadia Ferrow, whose daughter works there, spoke.' }])).toBe(false);
  });
});

describe('"Which sentence shows who …?" items', () => {
  const text = articleText('Bridge ruling', '2024-05-02', [
    'Judge Tomas Rilke ordered the council to repair the bridge within a year. "The council let this bridge rot for a decade," Judge Rilke said as he announced the ruling.',
    'Greta Voss, who chairs the finance committee and has sat on the council since 2009, said that the repairs would cost the town more than it could borrow.',
  ]);
  const { article, analysis } = buildQuestionBank(text);
  const items = evidenceQuestions({ article, analysis, glossary: glossary as GlossaryEntry[] });

  it('never asks who said an adverbial clause ("said as he announced …")', () => {
    expect(items.some((q) => /who said that as he announced/.test(q.prompt))).toBe(false);
  });

  it('labels "who said that …" as who-said, since it asks whose words they are', () => {
    const q = items.find((x) => /who said that the repairs would cost/.test(x.prompt));
    expect(q?.skill).toBe('who-said');
  });

  it('treats two items about people keyed to one sentence as a repeat when one asks who', () => {
    const who: Question = {
      id: 'a', skill: 'who-said', kind: 'evidence', prompt: 'Which sentence shows who said that the repairs would cost a lot?', options: [], answer: -1,
      key: { kind: 'sentences', sentences: [2], within: 3 }, evidence: [2], explanation: 'x', difficulty: 2,
    };
    const role: Question = { ...who, id: 'b', skill: 'who-is', prompt: 'Which sentence shows that Greta Voss is the council leader?' };
    const other: Question = { ...role, id: 'c', key: { kind: 'sentences', sentences: [1], within: 3 }, evidence: [1] };
    expect(clash(who, role)).toBe(true);
    expect(clash(who, other)).toBe(false);
  });
});
