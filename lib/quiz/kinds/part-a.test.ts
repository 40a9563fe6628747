import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../index';
import { QUESTION_KINDS, type Question } from '../types';

const turn = (who: string, text: string) => `**${who}:** ${text}`;
/** An invented interview with one guest: an introduction, turns, and an unlabelled paragraph that goes on with her answer. */
const INTERVIEW = [
  '---', 'title: Talking about ferries', 'date: 2023-03-08', '---', '',
  'Ana Ruiz runs the harbour ferry service in the town of Porto Leve. The old ferry pier was built by engineer Tomas Brandt in the year the railway arrived. Its lamps were restored by artist Mia Lund in 2019.', '',
  'Wikinews spoke with her about the future of the service after the harbour board voted to close the pier.', '',
  turn('Wikinews', 'Why did the board decide to close the old ferry pier this spring?'), '',
  turn('Ana Ruiz', 'The walkway is no longer safe, and the repairs would cost more than a new pier. Our divers found deep cracks in nine of the wooden piles last winter.'), '',
  'The engineers told us the whole structure would have to be rebuilt from the seabed up, at a cost nobody could pay.', '',
  turn('Wikinews', 'What happens to the ferry service while the new pier is built?'), '',
  turn('Ana Ruiz', 'The ferries will stop at the fishing harbour until the work is finished next year. Passengers will walk ten minutes further, but every timetable stays the same.'), '',
  turn('Wikinews', 'I rode the morning ferry on Monday and the deck was completely full of commuters.'), '',
  turn('Ana Ruiz', 'Commuters are our most loyal passengers and we plan every change around their working day.'), '',
].join('\n');

/** An invented report with figures written once each. */
const REPORT = [
  '---', 'title: Storm closes bridge', 'date: 2024-02-10', '---', '',
  'A winter storm closed the Kessel Bridge for most of Friday, stranding 340 commuters on the island side.',
  'Wind gusts reached 120 kilometers per hour at the bridge tower, according to the weather service.',
  'Crews cleared 65 fallen trees from the coast road before the bridge reopened in the evening.',
].join(' ');

const kinds = (text: string) => buildQuestionBank(text, { kinds: QUESTION_KINDS });
const right = (q: Question) => (q.key?.kind === 'several' ? q.key.answers.map((i) => q.options[i]) : []);

describe('several-answer items on an interview with one guest', () => {
  const { article, analysis, questions } = kinds(INTERVIEW);
  const q = questions.find((x) => x.kind === 'multi' && x.prompt === 'Which two of these does Ana Ruiz say in this interview? Pick two.');
  const speakerOf = (option: string) => {
    const s = analysis.sentences.find((x) => x.text.startsWith(option.replace(/…$/, '')));
    return s ? (article.speakers?.[s.paragraph] ?? 'introduction') : 'nowhere';
  };

  it('keys two sentences of her turns and offers the interviewer’s or the introduction’s as the wrong ones', () => {
    expect(q, questions.map((x) => x.prompt).join('\n')).toBeDefined();
    for (const o of right(q!)) expect(speakerOf(o), o).toBe('Ana Ruiz');
    for (const o of q!.options.filter((x) => !right(q!).includes(x))) expect(['Wikinews', 'introduction'], o).toContain(speakerOf(o));
  });

  it('never offers an unlabelled paragraph after the first turn: it may go on with her answer', () => {
    for (const x of questions.filter((y) => y.kind === 'multi')) expect(x.options.join(' ')).not.toMatch(/seabed/);
  });

  it('asks who says a sentence of her turns in a two-part item, against people with no turn, never the interviewer (tenth blind set)', () => {
    const two = questions.find((x) => x.kind === 'two-part' && x.prompt.startsWith('In this interview, who says: “'));
    expect(two, questions.map((x) => x.prompt).join('\n')).toBeDefined();
    expect(two!.options[two!.answer]).toBe('Ana Ruiz');
    expect(two!.options).not.toContain('Wikinews');
    expect(two!.options).toContain('Tomas Brandt');
    // With one person who has no turn, no third option but the interviewer: no item.
    const lone = kinds(INTERVIEW.replace(' Its lamps were restored by artist Mia Lund in 2019.', '')).questions;
    expect(lone.filter((x) => x.prompt.startsWith('In this interview, who says: “'))).toEqual([]);
    expect(two!.key).toMatchObject({ kind: 'two-part', sentences: two!.evidence });
    expect(speakerOf(analysis.sentences[two!.evidence[0]].text)).toBe('Ana Ruiz');
  });
});

describe('figures', () => {
  // The fifth blind review failed every figure item offered against near misses (double, half, one more in the first
  // digit): the odd number out gives the answer away, and "the figure for “votes”" was vague. None is made.
  const { questions } = kinds(REPORT);

  it('are not asked against near misses the article never gives', () => {
    const prompts = questions.map((x) => x.prompt);
    expect(prompts.filter((p) => /^Which (?:figure does the article give for|two of these figures)/.test(p))).toEqual([]);
  });
});

describe('who speaks a sentence later in a turn', () => {
  it('keys the turn’s first sentence (after the label) with it in part B (tenth blind set)', () => {
    const { analysis, questions } = kinds(INTERVIEW);
    const later = analysis.sentences.find((s) => s.text.startsWith('Passengers will walk'))!;
    const opener = analysis.sentences.find((s) => s.text.startsWith('The ferries will stop'))!;
    const asks = questions.filter((q) => q.evidence.includes(later.index) && /^In this interview, who says/.test(q.prompt));
    expect(asks.length, questions.map((q) => `${q.kind} ${q.prompt} ${q.evidence}`).join('\n')).toBeGreaterThan(0);
    for (const q of asks) expect(q.evidence).toEqual([opener.index, later.index]);
  });
});
