import { describe, it, expect } from 'vitest';
import type { Sentence } from '../analysis/types';
import seed from '../../tests/fixtures/seed-ground-truth.json';
import { findTerms, getTerm, glossary, termKey, type GlossaryHit } from './lookup';

/** Sentences built straight from the hand-checked seed units, independent of the sentence splitter. */
const seedSentences: Sentence[] = seed.units
  .filter((u) => u.kind.startsWith('sentence'))
  .map((u) => ({ index: Number(u.n) - 1, text: u.text, paragraph: 0, start: u.start, end: u.end, words: u.words }));

function sentences(...texts: string[]): Sentence[] {
  return texts.map((text, index) => ({ index, text, paragraph: index, start: 0, end: text.length, words: 0 }));
}

function hit(hits: GlossaryHit[], term: string): GlossaryHit | undefined {
  return hits.find((h) => h.term === term);
}

describe('findTerms on the seed article', () => {
  const hits = findTerms(seedSentences);

  it('uses the 18 hand-checked sentences', () => {
    expect(seedSentences).toHaveLength(18);
  });

  it('finds dismissal with prejudice once, with the "within that court" misstatement in sentence 11', () => {
    const h = hit(hits, 'dismissal with prejudice');
    expect(h?.sentences).toEqual([10, 11]);
    expect(h?.misstatement).toEqual({
      sentence: 11,
      wrong: 'it only stops the case being refiled in that court',
      right: 'it bars bringing the same charge again in any court',
    });
    expect(hit(hits, 'dismissal without prejudice')).toBeUndefined();
  });

  it('finds the ground-truth terms in the right sentences', () => {
    const expected: Record<string, number[]> = {
      'involuntary manslaughter': [1, 13, 14, 16],
      indictment: [13],
      'grand jury': [13],
      discovery: [7, 10],
      'motion to dismiss': [9],
      'civil lawsuit': [16],
      culpable: [10],
      armorer: [14],
      defendant: [10],
      sentenced: [14, 15, 16],
      convicted: [14],
      settled: [17],
      'withholding evidence': [3],
      'the state': [10],
    };
    for (const [term, at] of Object.entries(expected)) expect(hit(hits, term)?.sentences, term).toEqual(at);
  });

  it('lets the longest phrase win: no separate manslaughter, dismissal or jury hits', () => {
    expect(hit(hits, 'manslaughter')).toBeUndefined();
    expect(hit(hits, 'jury')).toBeUndefined();
    // "dismissed" (1), "dismiss" (3) and "The dismissal means" (13) are the plain word; 9-11 belong to longer terms.
    expect(hit(hits, 'dismissal')?.sentences).toEqual([1, 3, 13]);
  });

  it('flags the other known slips of the seed', () => {
    expect(hit(hits, 'sentenced')?.misstatement?.sentence).toBe(16);
    expect(hit(hits, 'sentenced')?.misstatement?.right).toMatch(/convicted of a crime and sentenced to a penalty/);
    expect(hit(hits, 'motion to dismiss')?.misstatement?.sentence).toBe(9);
    expect(hit(hits, 'misfire')?.misstatement?.sentence).toBe(0);
    expect(hit(hits, 'involuntary manslaughter')?.misstatement).toBeNull();
  });

  it('reports the words as written', () => {
    expect(hit(hits, 'sentenced')?.forms).toEqual(['sentenced', 'sentencing', 'sentenced']);
    expect(hit(hits, 'civil lawsuit')?.forms).toEqual(['civil lawsuits']);
    expect(hit(hits, 'dismissal with prejudice')?.forms).toEqual(['dismissal with prejudice', 'dismissal with prejudice']);
  });
});

describe('findTerms on other text', () => {
  it('does not take everyday prejudice for the legal term', () => {
    const hits = findTerms(sentences('Racial prejudice is still common.', 'She was treated with prejudice by her neighbours.'));
    expect(hit(hits, 'dismissal with prejudice')).toBeUndefined();
  });

  it('matches straight and curly quotes, plurals and possessives', () => {
    const hits = findTerms(
      sentences(
        'The judge dismissed the charges "with prejudice."',
        'The grand jury’s report was sealed, and both grand juries met in May.',
        'The plaintiffs\u2019 lawyers asked for a mistrial.',
      ),
    );
    expect(hit(hits, 'dismissal with prejudice')?.sentences).toEqual([0]);
    expect(hit(hits, 'grand jury')?.sentences).toEqual([1]);
    expect(hit(hits, 'plaintiff')?.sentences).toEqual([2]);
    expect(hit(hits, 'mistrial')?.sentences).toEqual([2]);
  });

  it('needs a legal context for words with an everyday meaning, and does not run past punctuation', () => {
    const hits = findTerms(
      sentences(
        'The discovery of penicillin changed medicine.',
        'He scored, with prejudice aside.',
        'The trial of the new vaccine began in May.',
        'Paul paid the bill at the diner.',
      ),
    );
    expect(hits.map((h) => h.term)).toEqual(['vaccine']);
  });

  it('recognises common slips in science, politics and news writing', () => {
    const hits = findTerms(
      sentences(
        'Evolution is just a theory, he said.',
        'The link was statistically significant, meaning it is important.',
        'The correlation proves that screens cause poor sleep.',
        'She pleaded innocent on Monday.',
        'He was found innocent of all charges.',
        'The storm literally decimated the town.',
        'Tariffs will be paid by China, he claimed.',
        'The judge approved the motion to dismiss on Friday.',
      ),
    );
    const slips = hits.filter((h) => h.misstatement).map((h) => [h.term, h.misstatement?.sentence]);
    expect(slips).toEqual([
      ['theory', 0],
      ['statistically significant', 1],
      ['correlation', 2],
      ['plead not guilty', 3],
      ['acquittal', 4],
      ['decimate', 5],
      ['tariff', 6],
      ['motion to dismiss', 7],
    ]);
  });

  it('does not flag correct explanations', () => {
    const hits = findTerms(
      sentences(
        'A dismissal with prejudice means the charge cannot be brought again in any court.',
        'The company settled the lawsuit without admitting wrongdoing.',
        'The judge granted the motion to dismiss.',
        'He was convicted of manslaughter and sentenced to four years in prison.',
        'A correlation alone does not show that one thing causes another.',
      ),
    );
    expect(hits.length).toBeGreaterThanOrEqual(5);
    expect(hits.filter((h) => h.misstatement)).toEqual([]);
  });
});

describe('the glossary data', () => {
  it('has at least 90 terms across all five categories', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(90);
    for (const c of ['legal', 'court', 'science', 'government', 'journalism'] as const) {
      expect(glossary.filter((t) => t.category === c).length, c).toBeGreaterThanOrEqual(15);
    }
  });

  it('gives every term a short definition that never uses the term or its aliases', () => {
    for (const t of glossary) {
      expect(t.definition.trim().length, t.term).toBeGreaterThan(20);
      expect(t.definition.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length, t.term).toBeLessThanOrEqual(2);
      for (const form of [t.term, ...t.aliases]) {
        const words = termKey(form).split(' ').join('[^\\p{L}\\p{N}]+');
        expect(new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'iu').test(t.definition), `${t.term}: ${form}`).toBe(
          false,
        );
      }
    }
  });

  it('has no duplicate term or alias anywhere', () => {
    const keys = glossary.flatMap((t) => [t.term, ...t.aliases].map(termKey));
    const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(dupes).toEqual([]);
  });

  it('has at least 20 misstatements, none with a stateful g flag', () => {
    const withSlips = glossary.filter((t) => t.misstatements?.length);
    expect(withSlips.length).toBeGreaterThanOrEqual(20);
    for (const t of withSlips) for (const m of t.misstatements ?? []) expect(m.pattern.global, t.term).toBe(false);
  });

  it('looks terms up by term or alias in any case', () => {
    expect(getTerm('With Prejudice')?.term).toBe('dismissal with prejudice');
    expect(getTerm('found guilty')?.term).toBe('convicted');
    expect(getTerm('fact check')?.term).toBe('fact-check');
    expect(getTerm('no such term')).toBeNull();
  });
});

describe('findTerms tells the senses of "prosecution" apart', () => {
  const hits = findTerms(
    sentences(
      'The prosecution argued that the money was never paid back.',
      'The former mayor now faces prosecution for fraud.',
      'Two prosecutors asked the judge for more time.',
    ),
  );
  it('keys the side in a trial, the act and the lawyers to their own definitions', () => {
    expect(hit(hits, 'the prosecution')?.sentences).toEqual([0]);
    expect(hit(hits, 'prosecution')?.sentences).toEqual([1]);
    expect(hit(hits, 'prosecution')?.definition).toMatch(/^Taking someone to court/);
    expect(hit(hits, 'prosecutor')?.sentences).toEqual([2]);
  });
});

describe('findTerms leaves a word in its everyday sense alone', () => {
  it('does not take the sense of hearing for a court hearing, or a change to a budget for a change to a law', () => {
    const hits = findTerms(sentences(
      'The charity said the case for better hearing care was strong, and that hearing aids should be free.',
      'The opposition tabled an amendment to the budget that was defeated by the council.',
      'The judge set a hearing for May, and the senate passed an amendment to the law.',
    ));
    expect(hit(hits, 'hearing')?.sentences).toEqual([2]);
    expect(hit(hits, 'amendment')?.sentences).toEqual([2]);
  });
});
