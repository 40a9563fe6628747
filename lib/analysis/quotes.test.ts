import { describe, expect, it } from 'vitest';
import { findPeople } from './people';
import { findQuotes } from './quotes';
import { layout, seedArticle, seedSentences } from '@/tests/support/sentences';

const run = (paragraphs: string[][]) => {
  const { article, sentences } = layout(paragraphs);
  return findQuotes(article, sentences, findPeople(sentences)).map((q) => [q.text, q.speaker, q.sentence, q.kind]);
};

describe('findQuotes on the seed (ground truth section 3)', () => {
  const sentences = seedSentences();
  const quotes = findQuotes(seedArticle(), sentences, findPeople(sentences));

  it('finds the nine quotations with their speakers, in order', () => {
    expect(quotes.map((q) => [q.text, q.speaker, q.sentence, q.kind])).toEqual([
      ['There are too many people who have supported me to thank just now.', 'Alec Baldwin', 5, 'block'],
      ['To all of you, you will never know how much I appreciate your kindness toward my family.', 'Alec Baldwin', 6, 'block'],
      ['late discovery', 'Mary Marlowe Sommer', 7, 'direct'],
      ['impacted the fundamental fairness of the proceedings.', 'Mary Marlowe Sommer', 7, 'direct'],
      ['buried', 'Baldwin’s lawyers', 9, 'direct'],
      ['the state is highly culpable for its failure to provide discovery to the defendant', 'Mary Marlowe Sommer', 10, 'direct'],
      ['dismissal with prejudice is warranted.', 'Mary Marlowe Sommer', 10, 'direct'],
      ['with prejudice', null, 11, 'direct'],
      ['absolutely no evidence', 'Kari Morrissey', 12, 'direct'],
      ['alone turned a safe weapon into a lethal weapon.', 'Mary Marlowe Sommer', 15, 'direct'],
    ]);
  });

  it('credits the words about Gutierrez-Reed to Sommer, who said them', () => {
    expect(quotes.find((q) => q.text.startsWith('alone turned'))?.speaker).toBe('Mary Marlowe Sommer');
  });
});

describe('findQuotes on invented paragraphs', () => {
  it('finds the speaker after the quotation, in either order', () => {
    expect(
      run([
        [
          'Maya Chen, a researcher, studies coral.',
          '“The reef is recovering,” Chen said.',
          '“It will take decades,” said Chen.',
        ],
      ]),
    ).toEqual([
      ['The reef is recovering,', 'Maya Chen', 1, 'direct'],
      ['It will take decades,', 'Maya Chen', 2, 'direct'],
    ]);
  });

  it('resolves pronouns, "according to" and straight quotation marks', () => {
    expect(
      run([
        ['Governor Ruth Alvarez signed the bill.', 'She said "this is a good day" for the state.'],
        ['The plan is "ambitious," according to the prosecutors.'],
      ]),
    ).toEqual([
      ['this is a good day', 'Ruth Alvarez', 1, 'direct'],
      ['ambitious,', 'prosecutors', 2, 'direct'],
    ]);
  });

  it('keeps a quotation that runs over two sentences as one, with the verb after it', () => {
    expect(run([['Tom Reyes, the mayor, spoke.', '“We tried. We failed,” Reyes said.']])).toEqual([
      ['We tried. We failed,', 'Tom Reyes', 1, 'direct'],
    ]);
  });

  it('continues the speaker into a following sentence that is all quotation', () => {
    expect(run([['“We won,” coach Ana Silva said.', '“Nobody expected it.”']])).toEqual([
      ['We won,', 'Ana Silva', 0, 'direct'],
      ['Nobody expected it.', 'Ana Silva', 1, 'direct'],
    ]);
  });

  it('never resolves "he" to a person the quotation itself talks about, and skips when two others remain', () => {
    expect(run([['For Nadia Brook, a local teacher, Pablo Serrat was a hero.', 'She said, “Pablo Serrat changed how we paint.”']])).toEqual([
      ['Pablo Serrat changed how we paint.', 'Nadia Brook', 1, 'direct'],
    ]);
    expect(run([['Omar Little met Pablo Serrat at the harbour.', 'He said, “The boats were late.”']])).toEqual([
      ['The boats were late.', null, 1, 'direct'],
    ]);
  });

  it('gives an answer after the writer’s own question to the person the sentence before has speaking', () => {
    expect(run([['Tomas Rey, a first-year student, admitted he nearly missed the concert.', 'Why did he want to go so badly?', '“It is Mahler. Nobody plays him here.”']])).toEqual([
      ['It is Mahler. Nobody plays him here.', 'Tomas Rey', 2, 'direct'],
    ]);
    // With no one speaking before the question, the answer stays unattributed.
    expect(run([['The hall was full on Friday.', 'Why did so many come?', '“It is Mahler.”']])).toEqual([['It is Mahler.', null, 2, 'direct']]);
  });

  it('gives a scare-quoted term no speaker', () => {
    expect(run([['The so-called “smart fence” was built in 2020.']])).toEqual([['smart fence', null, 0, 'direct']]);
  });

  it('does not treat a colon before an ordinary paragraph as a quote without a speaker or statement cue', () => {
    expect(run([['The town has three new rules:'], ['Dogs must be leashed.']])).toEqual([]);
    expect(run([['The company released a statement:'], ['We regret the error.']])).toEqual([
      ['We regret the error.', null, 1, 'block'],
    ]);
  });
});

describe('findQuotes in a question-and-answer article', () => {
  it('gives an answer after a "Q:" line to the one person the article says it interviewed, and nothing without a "Q:" line', () => {
    expect(run([
      ['Hydrologist Ines Carrow has mapped the river for ten years.', 'We spoke to Carrow at her field station.'],
      ['Q: Why does the river flood more often now?'],
      ['"Because the banks have been built on, and the water has nowhere else to go."'],
      ['"The meadows used to take it," a farmer said nearby.'],
    ])).toEqual([
      ['Because the banks have been built on, and the water has nowhere else to go.', 'Ines Carrow', 3, 'direct'],
      ['The meadows used to take it,', null, 4, 'direct'],
    ]);
  });
});

describe('a pronoun speaker after a name that is only talked about (ninth blind set)', () => {
  it('never resolves to a person named inside the quotation, even when it runs over two sentences', () => {
    const rows = run([
      ['The novelist Ada Brook won the prize on Thursday night.'],
      ['The critic Ines Moreau said the panel should never have included a judge who had praised one of the books.'],
      ['"Nobody is suggesting Ada Brook did not deserve to win.', 'It is a fine novel," she said.'],
    ]);
    expect(rows.filter((r) => String(r[0]).startsWith('Nobody') || String(r[0]).startsWith('It is')).map((r) => r[1])).toEqual(['Ines Moreau']);
  });

  it('gives no speaker when two people are named before the pronoun in its own sentence', () => {
    const rows = run([
      ['The critic Ines Moreau wrote about the shortlist on Friday.'],
      ['Moreau said her favourite had been a novel by Tom Varga, which she called "the boldest book of the year".'],
    ]);
    expect(rows.find((r) => r[0] === 'the boldest book of the year')?.[1] ?? null).toBeNull();
  });
});
