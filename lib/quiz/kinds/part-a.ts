import type { Person } from '../../analysis/types';
import type { GenContext } from '../context';
import type { Question } from '../types';
import { excerpt, finish, label, norm } from '../util';
import { byProminence, mentions, namesOf } from '../people';
import { guests } from '../generators/who-said-turns';
import { spread, standsAlone, turnProof } from './turns';

/** How many part A questions of one source an article gets: two-part items are capped later, this keeps them varied. */
const PER_SOURCE = 3;

/** The words of a name that tell it apart (3 letters or more). */
const nameWords = (name: string) => norm(name).split(/[^\p{L}]+/u).filter((w) => w.length > 2);

/**
 * "In this interview, who says: “…”?" where the interview has one or two guests (with three or more, the choice
 * bank asks it): the guest, the other speakers (the interviewer's label too) and, to make three, a person the
 * article names and gives a role, who has no turn, is quoted nowhere and is not named in the sentence. Only
 * sentences in a labelled turn that stand alone (see `standsAlone`).
 */
function turnAsks(ctx: GenContext): Question[] {
  const { article, analysis } = ctx;
  const speakers = article.speakers ?? [];
  const guestLabels = guests(speakers, analysis.sentences);
  const labels = [...new Set(speakers.filter((s): s is string => !!s))];
  if (guestLabels.length < 1 || guestLabels.length > 2 || labels.length < 2) return [];
  const silent = byProminence(analysis.people.filter((p) => p.kind === 'person'), analysis.sentences).filter(
    // Sharing no name word with a speaker ("Professor Chomsky" is the guest Noam Chomsky).
    // A role the article gives them ("engineer Tomas Brandt"): a town taken for a person ("Porto Leve") has none.
    (p: Person) => p.name.trim().split(/\s+/).length >= 2 && p.roles.length > 0 && !analysis.quotes.some((q) => q.speakerId === p.id) && !namesOf(p).some((n) => labels.some((l) => nameWords(n).some((w) => nameWords(l).includes(w)))),
  );
  const out: Question[] = [];
  for (const who of guestLabels) {
    // Near the label: part B keys the turn's first sentence with the asked one, which far down a long turn (the
    // eighth sentence of an answer) is a search of its own.
    const own = analysis.sentences.filter((s) => speakers[s.paragraph] === who && standsAlone(s, labels) && s.index - turnProof(analysis.sentences, s)[0] <= 2);
    // The several-answer item on the turns shows a guest's first and last sentences: these take the ones between,
    // so both can be dealt in one quiz without one giving the other away (those two come last, if still needed).
    for (const s of [...spread(own.slice(1, -1)), ...own.slice(0, 1), ...own.slice(1).slice(-1)].slice(0, 3)) {
      const outsiders = silent.filter((p) => !mentions(s.text, p)).slice(0, 2);
      const outsider = outsiders[0];
      // The interviewer asks and seldom states: offered beside the guests it was a dead option, never the key (tenth
      // blind set), so the others are the other guest and people with no turn, and without two of them no item.
      const distractors = [...guestLabels.filter((l) => l !== who), ...outsiders.map((p) => p.name)].slice(0, 2);
      const q = finish({
        skill: 'who-said',
        prompt: `In this interview, who says: “${excerpt(s.text.trim(), 40)}”?`,
        answer: who,
        distractors,
        evidence: turnProof(analysis.sentences, s),
        explanation:
          `${label(s.index)} is in a turn that opens with “${who}:”${turnProof(analysis.sentences, s).length > 1 ? ` at ${label(turnProof(analysis.sentences, s)[0])}` : ''}. In an interview the name before the colon tells you who is speaking until the next name` +
          `${outsider ? `; ${outsider.name} has no turn in this interview at all` : ''}.`,
        difficulty: 2,
      });
      if (q) out.push(q);
    }
  }
  return out.slice(0, PER_SOURCE * guestLabels.length);
}

/**
 * Part A questions the choice bank does not hold, made only to carry a part B: a figure told apart from its near
 * misses, who speaks in an interview of one or two guests. Never dealt as choice questions on their own.
 */
export function ownPartAs(ctx: GenContext, bank: Question[]): Question[] {
  const asked = new Set(bank.map((q) => norm(q.prompt)));
  return turnAsks(ctx).filter((q) => !asked.has(norm(q.prompt)));
}
