import { describe, expect, it } from 'vitest';
import { kindOf, senseShown } from './vocabulary-sense';
import { buildQuestionBank } from '../index';

const entry = (term: string, category: string, definition = 'A thing.') => ({ term, category, definition, aliases: [] });
const shown = (term: string, category: string, sentence: string, definition?: string) => {
  const at = sentence.toLowerCase().indexOf(term.toLowerCase());
  return senseShown(entry(term, category, definition), sentence, sentence.slice(at, at + term.length), at);
};

describe('senseShown', () => {
  it('needs a court word beside a one-word legal term', () => {
    expect(shown('parole', 'court', 'The two girls were granted parole status so they could enter the country.')).toBe(false);
    expect(shown('parole', 'court', 'The prisoner was released on parole after the judge reviewed his sentence.')).toBe(true);
  });
  it('takes a lower-case term printed with a capital inside a sentence as part of a name', () => {
    expect(shown('the state', 'court', 'A spokesperson for the State Department declined to comment on the case.')).toBe(false);
    expect(shown('the state', 'court', 'The landlord will take the case to the state Court of Appeals in October.')).toBe(false);
    expect(shown('charged', 'court', 'Police charged Monday a man with theft after the court hearing.')).toBe(true);
  });
  it('does not give a noun’s meaning to a verb', () => {
    expect(shown('witness', 'court', 'Crowds gathered to witness the lanterns at the court house.')).toBe(false);
    expect(shown('arrests', 'court', 'The past is a burden; it arrests us, the former judge said.')).toBe(false);
    expect(shown('witness', 'court', 'The witness told the court she saw the car.')).toBe(true);
  });
  it('takes an -ing noun before another word as an adjective ("the ruling group" is the governing one)', () => {
    expect(shown('ruling', 'court', 'The ruling group on the council lost the vote after the judge’s decision was appealed.')).toBe(false);
    expect(shown('hearing', 'court', 'The hearing aid budget was cut, the court was told.')).toBe(false);
    expect(shown('ruling', 'court', 'The ruling of the appeals court was read out by the judge.')).toBe(true);
    expect(shown('hearing', 'court', 'The judge set a hearing for March, when the court will sit again.')).toBe(true);
  });
  it('needs a science word beside "theory"', () => {
    expect(shown('theory', 'science', 'That was the theory, whether you believe it or not.')).toBe(false);
    expect(shown('theory', 'science', 'Scientists tested the theory in a laboratory for ten years.')).toBe(true);
  });
});

describe('kindOf', () => {
  it('tells definitions of people, acts and things apart', () => {
    expect(kindOf('A person whose job is to speak to the media for a company.')).toBe('who');
    expect(kindOf('The government lawyers who bring a criminal charge.')).toBe('who');
    expect(kindOf('Taking someone to court on a criminal charge.')).toBe('act');
    expect(kindOf('A written order from a court.')).toBe('thing');
    expect(kindOf('Given a punishment by a court after being found guilty.')).toBe('done');
    expect(kindOf('Accused of a crime in a formal charge.')).toBe('done');
  });
  it('finds the head noun: a person word inside a thing’s definition does not make it a person', () => {
    expect(kindOf('A session before a magistrate or officials where both sides are heard.')).toBe('thing');
    expect(kindOf('An official printed notice that a firm sends to newspapers.')).toBe('thing');
    expect(kindOf('An official tally of every household in a region.')).toBe('thing');
    expect(kindOf('A judge’s instruction that stops the parties speaking in public.')).toBe('thing');
    expect(kindOf('The shortfall when a government spends more than it raises.')).toBe('thing');
    expect(kindOf('A senior official sent abroad to speak for a country.')).toBe('who');
    expect(kindOf('The crew member in charge of the weapons on a set.')).toBe('who');
    expect(kindOf('A group of voters chosen at random for a poll.')).toBe('body');
    // A body is not a person: "the elected group that makes laws" beside three kinds of person was the only body.
    expect(kindOf('The elected group that makes laws, such as Congress or a state assembly.')).toBe('body');
    expect(kindOf('A person paid to persuade lawmakers to support a cause.')).toBe('who');
    expect(kindOf('A person, such as an envoy, who acts for a state.')).toBe('who');
  });
});

describe('kindOf: an adjective’s definition is its own kind', () => {
  it('never groups "Legally responsible for …" with the definition of a thing', () => {
    expect(kindOf('Legally responsible for harm, so you may have to pay for it.')).toBe('quality');
    expect(kindOf('Able to be seen from far away.')).toBe('quality');
    expect(kindOf('A formal accusation that a person committed a specific crime.')).toBe('thing');
  });
});

describe('vocabulary stems without the dateline', () => {
  it('starts the stem after “PORT ELLIS, Maine, May 2 —”', () => {
    const text = `---
title: Clerk sentenced
date: 2025-05-02
---

PORT ELLIS, Maine, May 2 — A former town clerk was sentenced on Friday to two years in prison for taking money from the harbor fund.

The judge said the clerk had shown remorse, and the defense asked for probation instead of prison.

Prosecutors said the clerk took the money over six years.
`;
    const qs = buildQuestionBank(text).questions.filter((q) => q.skill === 'vocabulary');
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.prompt).not.toMatch(/Maine|May 2 —/);
  });
});
