import type { Analysis, Figure, Person } from '../../analysis/types';
import { numbersIn } from './figures';
import type { GenContext } from '../context';
import type { Question, Skill } from '../types';
import { containsWords, excerpt, fnv1a, label, norm, proofExcerpt, textOf } from '../util';
import { escapeRegExp } from '../../text/normalise';
import { dated, events, quoted } from '../generators/timeline';
import { keyStems, proofOfWhy, type Fact } from './proof';
import { silent, type Note } from './notes';
import { asksWho } from '../one-quiz';

/** Skills whose items ask about a person: two of them proved by one sentence settle each other. */
const PEOPLE_SKILLS = new Set<Skill>(['who-said', 'who-is', 'record-or-claim']);

/** The most "Find the proof" items one article keeps: enough to vary a quiz, not so many they crowd it. */
export const EVIDENCE_CAP = 8;

/** What a source of evidence items proposes: the fact, how to ask for it, why the proof proves it. */
interface Ask {
  skill: Skill;
  fact: Fact;
  /** "that Kari Morrissey is one of the prosecutors": completes "Which sentence shows …". */
  shows: string;
  /** Says what the proving sentence does, for the explanation: "names Kari Morrissey as one of the prosecutors". */
  because: string;
  difficulty: 1 | 2 | 3;
  /** The words that prove it beyond the person's name (a date, a figure): the quoted sentence must show them. */
  marks?: string[];
  /**
   * The stem prints the fact's words (a quotation, a claim): asked only when the proving sentence holds much more
   * than them, or the item is a search for the printed words (ninth blind set: 5 of 7 such items failed).
   */
  printsWords?: true;
}

/** A person's names as a sentence may write them, fullest first, for the quoted proof to keep. */
const namesOf = (p: Person | null) => (p ? [p.name, ...p.aliases, p.name.trim().split(/\s+/).pop() ?? ''] : []);

const personOf = (analysis: Analysis, id: string | null | undefined) => analysis.people.find((p) => p.id === id) ?? null;
const words = (text: string) => text.trim().split(/\s+/).length;
const balancedQuotes = (text: string) => (text.match(/“/g) ?? []).length === (text.match(/”/g) ?? []).length && !/"/.test(text);

/** "a New Mexico judge", "the chairman of the panel", "one of the prosecutors": a role as it reads after "is". */
function asRole(role: string, sentence: string): string {
  if (/^(?:a|an|the|one|his|her|their|its)\b/i.test(role)) return role;
  if (new RegExp(`\\bthe ${escapeRegExp(role)}\\b`, 'i').test(sentence)) return `the ${role}`;
  if (/[’']s\b/.test(role.split(/\s+/)[0])) return role;
  return `${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role}`;
}

/**
 * Is the role written right beside one of the person's names: before it as a title or an apposition ("actor Dennis Hopper", "One of the prosecutors, Kari Morrissey"), or
 * after it as an apposition or with "is" ("Kari Morrissey, one of the prosecutors", "Chomsky is a professor")?
 * A role a few words away ("to witness city mayor Hau Lung-bin") may be someone else's or no role at all.
 */
function besideName(sentence: string, role: string, p: Person): boolean {
  const r = escapeRegExp(role).replace(/\s+/g, '\\s+');
  return [p.name, ...p.aliases].some((name) => {
    const n = escapeRegExp(name);
    return new RegExp(`\\b${r},?\\s+${n}\\b|\\b${n}[,’']?\\s*(?:,\\s*|\\s+(?:is|was)\\s+)(?:(?:the|a|an)\\s+)?${r}\\b`, 'iu').test(sentence);
  });
}

/**
 * Who a person is, where one sentence alone gives their role beside their name: "Which sentence tells you who Hannah
 * Gutierrez-Reed is?" The stem names only the person, so the student reads the sentences naming them for the one that
 * says what they do; a stem printing the role ("… is Rust’s armorer") was a search for it, and printed another
 * item's answer (seventh and ninth blind sets).
 */
function roleAsks(analysis: Analysis, note: Note): Ask[] {
  return analysis.people
    // A full name: a one-word "person" is often a name cut short ("General Suleiman" of "Suleiman al-Amr").
    .filter((p) => p.kind === 'person' && p.roleSentence !== null && p.name.trim().split(/\s+/).length >= 2)
    .flatMap((p): Ask[] => {
      const at = p.roleSentence!;
      const sentence = textOf(analysis.sentences, at);
      const role = p.roles.find((r) => words(r) <= 8 && besideName(sentence, r, p));
      if (!role) return [];
      // Another sentence giving them a role (the same or another) tells who they are as well.
      const other = analysis.sentences.find((s) => s.index !== at && p.roles.some((r) => besideName(s.text, r, p)));
      if (other) {
        note('evidence/who-is', `a role in sentence ${other.index + 1} too: ${p.name}`);
        return [];
      }
      const shown = asRole(role, sentence);
      return [{
        skill: 'who-is',
        fact: { person: p, words: role, also: (text) => besideName(text, role, p) },
        shows: `who ${p.name} is`,
        because: `names ${p.name} as ${shown}`,
        difficulty: 1,
      }];
    });
}

/** Verbs that report a claim plainly enough to ask "who … that …?" ("according to", "tweeted" do not read so). */
const CLAIMING = /^(?:said|says|claimed|claims|alleged|alleges|argued|argues|insisted|insists|denied|denies|asserted|asserts|admitted|admits|explained|explains|believes|believed|warned|warns|maintained|maintains)$/i;

/**
 * The statement's content as the end of its clause in the sentence: followed by punctuation or the sentence's end,
 * not starting with a pronoun, a joining word or a preposition ("said at a press conference" is no claim). A content cut mid-clause ("… political humor and") reads wrong.
 */
function wholeClause(sentence: string, content: string): boolean {
  const at = sentence.indexOf(content);
  // "said as he announced the sentence", "said when she arrived": an adverbial clause tells when or how it was said,
  // not what, and "who said that as he announced …" asks about nothing.
  if (at < 0 || /^(?:he|she|they|it|his|her|their|its|of|that|and|but|to|for|at|in|on|by|with|from|after|before|during|as|when|while|whilst|because|if|though|although|since|until|once|where|whether)\b/i.test(content)) return false;
  return /^(?:\s*$|[.,;:!?”"])/.test(sentence.slice(at + content.length));
}

/** Who made a claim or a decision: "Which sentence shows who alleged that the prosecutors “buried” this information?" */
function statementAsks(analysis: Analysis, note: Note): Ask[] {
  const out: Ask[] = [];
  for (const st of analysis.statements) {
    const who = personOf(analysis, st.whoId);
    const content = st.content.trim().replace(/[.,;:]+$/, '');
    const sentence = textOf(analysis.sentences, st.sentence);
    const skip = (why: string) => note('evidence/record-or-claim', `${why}: ${st.verb} “${excerpt(content, 8)}”`);
    // "uptake of the MMR (measles": words cut inside a bracket do not read (eighth blind set).
    const brackets = (content.match(/\(/g)?.length ?? 0) === (content.match(/\)/g)?.length ?? 0);
    if (!who || words(content) < 5 || words(content) > 18 || !balancedQuotes(content) || !brackets || !wholeClause(sentence, content)) {
      skip(!who ? 'no known person' : words(content) < 5 || words(content) > 18 ? `${words(content)} words` : 'not a whole clause');
      continue;
    }
    // A claim whose content starts with a verb has its subject before the speech verb ("the branch, which he said is
    // used by 400 people"): "who said that is used by …" has no subject.
    if (st.kind === 'claim' && /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did)\b/i.test(content)) {
      skip('a claim without its subject');
      continue;
    }
    const verb = st.verb.replace(/\s+that$/, '');
    // Record contents start with their own verb ("dismissed the case …"); claims follow theirs ("alleged that …").
    const leads = norm(content).startsWith(norm(verb.split(' ')[0]));
    if (st.kind === 'record' ? !leads : !CLAIMING.test(verb)) {
      skip('the verb does not read as a claim');
      continue;
    }
    const what = leads ? content : `${verb} that ${content}`;
    const kind = st.kind === 'claim' ? `a claim by ${who.name}, not the record` : `on the record: ${who.name} did it`;
    out.push({
      // "Which sentence shows who denied that …?" asks whose words these are, not whether they are on the record: a
      // claim is asked as who-said (the sixth review failed the record-or-claim label), an act on the record as before.
      skill: st.kind === 'claim' ? 'who-said' : 'record-or-claim',
      fact: { person: who, words: content },
      shows: `who ${what}`,
      because: `names ${who.name} as the ${who.kind === 'group' ? 'ones' : 'one'} who ${what} (${kind})`,
      difficulty: 2,
      printsWords: true,
    });
  }
  return out;
}

/** Who said a quotation: "Which sentence shows who said “alone turned a safe weapon into a lethal weapon”?" */
function quoteAsks(analysis: Analysis, note: Note): Ask[] {
  const out: Ask[] = [];
  for (const q of analysis.quotes) {
    const who = personOf(analysis, q.speakerId);
    if (!who || q.kind !== 'direct' || words(q.text) < 4 || words(q.text) > 60) {
      note('evidence/who-said', `${!who ? 'no known speaker' : q.kind !== 'direct' ? 'a block quote' : `${words(q.text)} words`}: “${excerpt(q.text, 8)}”`);
      continue;
    }
    // "A spokesman said …": an unnamed speaker is known only through the sentence before ("the Local Government
    // Association said …"), which the key would leave out (ninth blind set).
    if (!/^\p{Lu}/u.test(who.name)) {
      note('evidence/who-said', `an unnamed speaker (${who.name}): “${excerpt(q.text, 8)}”`);
      continue;
    }
    // "one of the hardest": a few words cut from inside someone's sentence say nothing on their own (the choice
    // question shows them in their sentence instead; eighth blind set).
    if (words(q.text) < 6 && /^\p{Ll}/u.test(q.text.trim())) {
      note('evidence/who-said', `a fragment of a sentence: “${excerpt(q.text, 8)}”`);
      continue;
    }
    // A long quotation is asked by its opening words; only a whole utterance (a capital first), so the cut does
    // not drop a hedge before it.
    if (words(q.text) > 20 && !/^\p{Lu}/u.test(q.text.trim())) {
      note('evidence/who-said', `a long piece of a quotation: “${excerpt(q.text, 8)}”`);
      continue;
    }
    const said = words(q.text) > 20 ? `${q.text.trim().split(/\s+/).slice(0, 12).join(' ').replace(/[.,;:]+$/, '')}…` : q.text.replace(/[.,;:]+$/, '');
    out.push({
      skill: 'who-said',
      fact: { person: who, words: said },
      shows: `who said “${said}”`,
      because: `puts these words in quotation marks and names ${who.name} as the speaker`,
      difficulty: 2,
      printsWords: true,
    });
  }
  return out;
}

/** When an event happened, for events whose date the timeline is sure of: "Which sentence tells when …?" */
function eventAsks(ctx: GenContext): Ask[] {
  // A guest's first-person account is asked only with the guest named (the timeline's own "when" question).
  return events(ctx).filter((e) => !e.teller).map((e): Ask => ({
    skill: 'timeline',
    fact: { person: null, words: e.event },
    shows: `when this happened: ${quoted(ctx, e)}`,
    because: `gives the date: ${dated(ctx, e)}`,
    difficulty: 2,
    marks: [ctx.analysis.dates.find((d) => d.sentence === e.sentence && d.value === e.value)?.text ?? ''],
  }));
}

/**
 * Where a figure comes from: "Which sentence shows where the figure of 190 kilometers comes from?", for a figure whose
 * source the article names, written in one sentence only (its value in no other), so the proof is the sentence that
 * gives it with its source.
 */
function figureAsks(analysis: Analysis, note: Note): Ask[] {
  const out: Ask[] = [];
  for (const f of analysis.figures) {
    const shown = f.kind === 'money' || f.kind === 'percent' && /%$/.test(f.text) ? f.text : `${f.text} ${f.unit}`;
    const sentence = textOf(analysis.sentences, f.sentence);
    // A count needs its unit ("190 kilometers", not "190"); money and percentages carry theirs.
    if (!sentence.includes(shown) || (shown !== f.text ? !/\p{L}{3}/u.test(f.unit) : !/[$€£%]|percent/i.test(shown))) {
      note('evidence/numbers', `no unit written beside it: ${shown}`);
      continue;
    }
    // Without a named source the item is a search for the printed number, not a reading task (the fifth and sixth
    // blind reviews failed every one): a figure is asked only as "where it comes from".
    if (!f.source) {
      note('evidence/numbers', `no source named for it: ${shown}`);
      continue;
    }
    const elsewhere = analysis.sentences.some((s) => s.index !== f.sentence && containsWords(s.text, f.text));
    if (elsewhere) {
      note('evidence/numbers', `written in another sentence too: ${shown}`);
      continue;
    }
    out.push({
      skill: 'numbers',
      // Another sentence with the same number (or the same value written another way) could be the source too.
      fact: { person: null, words: shown, also: (text) => containsWords(text, shown), rival: (text) => sameNumber(analysis, f, text) },
      shows: `where the figure of ${shown} comes from`,
      marks: [shown, f.text, ...namesOf(analysis.people.find((p) => p.name === f.source) ?? null)],
      because: `gives the figure${f.qualifier ? `, with “${f.qualifier}” before it` : ''}${f.source ? `, and names ${f.source} as its source` : ''}. Before you repeat a figure, read what it counts and who gives it`,
      difficulty: 1,
    });
  }
  return out;
}

/** Does a sentence give a figure's number: its digits or words as written, or another figure of the same value? */
function sameNumber(analysis: Analysis, f: Figure, text: string): boolean {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(f.text)?.[0]?.replace(/,/g, '');
  return containsWords(text, f.text) || (digits !== undefined && numbersIn(text).has(digits)) ||
    analysis.figures.some((g) => g !== f && g.value === f.value && textOf(analysis.sentences, g.sentence) === text);
}

/** One ask made into an item, when the sentences that prove it are 1 or 2 and nothing else might prove it. */
function toItem(analysis: Analysis, ask: Ask): Question | string {
  const proof = proofOfWhy(analysis, ask.fact);
  if (typeof proof === 'string') return proof;
  if (ask.printsWords && proof.length === 1 && copies(ask.fact, textOf(analysis.sentences, proof[0]))) return 'the stem prints most of its sentence';
  const two = proof.length === 2;
  const prompt = two ? `Select two sentences. Which sentences show ${ask.shows}?` : `Which sentence shows ${ask.shows}?`;
  // The quote keeps the proving words in view: the date or figure, the person's name and the speech verb, the fact.
  const marks = [...(ask.marks ?? []), ...namesOf(ask.fact.person), ask.fact.words.split(/\s+/).slice(0, 4).join(' ')];
  const quoted = proof.map((i) => `${label(i)}: “${proofExcerpt(textOf(analysis.sentences, i), 30, marks)}”`);
  const others = othersNaming(analysis, ask.fact.person, proof);
  const explanation =
    (two
      ? `It takes two sentences: ${quoted.join('; ')}. Each ${ask.because}.`
      : `The sentence that proves it is ${quoted[0]} It ${ask.because}.`) +
    (others ? ` Other sentences name ${ask.fact.person!.name} too, but only ${two ? 'these say' : 'this one says'} it.` : '') +
    ' A proof is a sentence that says the fact itself, not one that is only about the same person or topic.';
  return {
    id: `evidence-${fnv1a(`${prompt}\u0000${proof.join(',')}`)}`,
    skill: ask.skill,
    kind: 'evidence',
    prompt,
    options: [],
    answer: -1,
    key: { kind: 'sentences', sentences: proof, within: analysis.sentences.length },
    evidence: proof,
    explanation,
    difficulty: two ? 3 : ask.difficulty,
  };
}

/** Speech verbs, which every attributing sentence holds and no stem needs to find it. */
const SPEECH = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'claim', 'alleg', 'argue', 'insis', 'denie', 'asser', 'admit', 'expla', 'belie', 'warne', 'warns', 'maint', 'state']);

/**
 * Does the stem print most of the proving sentence: half or more of its content words, leaving out the person's
 * names and the speech verb? "Which sentence shows who said that the first complaint was made in August 2022?" for
 * "Investigators said the first complaint was made in August 2022" is found by matching words, never by reading who.
 */
export function copies(fact: Fact, sentence: string): boolean {
  const printed = new Set(keyStems(fact.words, fact.person));
  const own = keyStems(sentence, fact.person).filter((w) => !SPEECH.has(w));
  return own.length > 0 && own.filter((w) => printed.has(w)).length * 2 >= own.length;
}

function othersNaming(analysis: Analysis, person: Person | null, proof: number[]): boolean {
  return person !== null && person.mentions.some((i) => !proof.includes(i));
}

/**
 * "Find the proof" items: the student selects the sentence (or the two sentences) of the article that prove a fact
 * the analysis is sure of: a person's role, who made a claim or a decision, who said a quotation, when an event
 * happened. Asked only when no other sentence might also prove it (see `proofOf`); one item per skill and set of sentences,
 * where a figure comes from; the sources taken in turn so the items vary.
 */
export function evidenceQuestions(ctx: GenContext, note: Note = silent, asked: (q: Question) => boolean = () => false): Question[] {
  const sources = [roleAsks(ctx.analysis, note), statementAsks(ctx.analysis, note), quoteAsks(ctx.analysis, note), eventAsks(ctx), figureAsks(ctx.analysis, note)];
  const out: Question[] = [];
  const used = new Set<string>();
  // Sentences keyed by a "who said …" item: another item about people keyed to them would be settled by it.
  const usedByWho = new Set<string>();
  for (let round = 0; out.length < EVIDENCE_CAP && sources.some((s) => s.length > round); round++) {
    for (const source of sources) {
      const ask = source[round];
      if (!ask) continue;
      const item = toItem(ctx.analysis, ask);
      if (typeof item === 'string' || out.length >= EVIDENCE_CAP) {
        note(`evidence/${ask.skill}`, `${typeof item === 'string' ? item : 'over the cap'}: ${ask.shows}`);
        continue;
      }
      // A fact another item of the bank asks already (the bank is one quiz): the next one of the source instead.
      if (asked(item)) {
        note(`evidence/${ask.skill}`, `asked by another item: ${ask.shows}`);
        continue;
      }
      // Two items about people keyed to one sentence (who is Okonjo, who denied …): answering one points to the other.
      const at = PEOPLE_SKILLS.has(item.skill) ? item.evidence.map((i) => `people|${i}`) : [];
      const own = `${item.skill}|${item.evidence.join(',')}`;
      if (used.has(own) || at.some((k) => usedByWho.has(k) || (asksWho(item) && used.has(k)))) {
        note(`evidence/${ask.skill}`, `same sentences as another item: ${ask.shows}`);
        continue;
      }
      used.add(own);
      for (const k of at) {
        used.add(k);
        if (asksWho(item)) usedByWho.add(k);
      }
      out.push(item);
    }
  }
  return out;
}
