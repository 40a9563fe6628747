import type { GlossaryTerm } from './types';

/** Phrases an article uses when it explains what a word means. */
const MEANS = '(?:means?|meaning|i\\.e\\.|in other words|which is)';

/** How research works and how numbers are reported, plus a few technical words common in news. */
export const scienceTerms: GlossaryTerm[] = [
  {
    term: 'theory',
    aliases: ['scientific theory'],
    category: 'science',
    definition: 'In science, a well-tested explanation of how something works, supported by a large body of evidence.',
    misstatements: [
      {
        pattern: /\b(?:just|only|merely|simply|nothing but) a (?:scientific )?theory\b/i,
        wrong: 'a theory is just a guess',
        right: 'a scientific theory is a well-tested explanation backed by lots of evidence, not a hunch',
      },
    ],
  },
  {
    term: 'hypothesis',
    aliases: ['hypotheses', 'hypothesize', 'hypothesized'],
    category: 'science',
    definition: 'A possible explanation or prediction that scientists test with experiments or observations.',
  },
  {
    term: 'peer review',
    aliases: ['peer-reviewed', 'peer reviewers', 'peer reviewer'],
    category: 'science',
    definition: 'A check in which other experts read a study before a journal publishes it, looking for mistakes in its methods.',
    misstatements: [
      {
        pattern: /\bpeer[- ]review\w*\b[^.]*\b(?:means?|meaning|proves?|proven|guarantees?)\b[^.]*\b(?:true|correct|right|facts?|accurate|settled)\b/i,
        wrong: 'expert checking proves a study’s findings are true',
        right: 'expert checking makes serious errors less likely, but a checked study can still be wrong',
      },
    ],
  },
  {
    term: 'preprint',
    aliases: [],
    category: 'science',
    definition: 'A study shared publicly before other experts have checked it for a journal.',
  },
  {
    term: 'sample size',
    aliases: [],
    category: 'science',
    definition: 'How many people or things a study measured. Small groups give less reliable results.',
  },
  {
    term: 'representative sample',
    aliases: [],
    category: 'science',
    definition: 'A group chosen for a study so that it looks like the whole population, making the results fair to apply to everyone.',
  },
  {
    term: 'random sample',
    aliases: ['random selection'],
    category: 'science',
    definition: 'A group picked by chance, so that every member of the population had the same chance of being chosen.',
  },
  {
    term: 'placebo',
    aliases: [],
    category: 'science',
    definition: 'A fake treatment, like a sugar pill, given to compare against the real one in a study.',
  },
  {
    term: 'placebo effect',
    aliases: [],
    category: 'science',
    definition: 'When people feel better after a fake treatment just because they believe they are being treated.',
  },
  {
    term: 'control group',
    aliases: [],
    category: 'science',
    definition: 'The people or things in an experiment that do not get the treatment, so scientists can compare results.',
  },
  {
    term: 'clinical trial',
    aliases: ['randomized controlled trial', 'randomised controlled trial'],
    category: 'science',
    definition: 'A careful study that tests whether a medicine or treatment is safe and works, using volunteers.',
  },
  {
    term: 'double-blind',
    aliases: [],
    category: 'science',
    definition: 'A way of running a study where neither the volunteers nor the researchers know who gets the real treatment.',
  },
  {
    term: 'observational study',
    aliases: [],
    category: 'science',
    definition: 'Research that watches and records what happens without assigning any treatment, so it cannot prove cause.',
  },
  {
    term: 'median',
    aliases: [],
    category: 'science',
    definition: 'The middle value when all the numbers are put in order. Half are above it and half below.',
    misstatements: [
      {
        pattern: /\bmedian,? (?:\(|or |meaning |i\.e\.,? |which is )(?:the )?(?:average|mean)\b/i,
        wrong: 'the middle value is the same as the average',
        right: 'the median is the middle value in order; the average (mean) is the total divided by how many there are',
      },
    ],
  },
  {
    term: 'percentage point',
    aliases: [],
    category: 'science',
    definition: 'The plain difference between two percentages. Going from 10% to 12% is a rise of 2 of these, but a 20% increase.',
  },
  {
    term: 'correlation',
    aliases: ['correlated', 'correlate', 'correlates with'],
    category: 'science',
    definition: 'When two things tend to rise or fall together. It does not by itself show that one causes the other.',
    misstatements: [
      {
        // A negation in between ("does not show that … causes") is the correct explanation, not the slip.
        pattern:
          /\bcorrelat\w*\b(?:(?!\b(?:not|never|cannot|no)\b|n't)[^.])*\b(?:proves?|proved|proving|shows? that|means? that)\b[^.]*\b(?:causes?|caused|leads? to|makes?|results? in)\b/i,
        wrong: 'things that move together prove one causes the other',
        right: 'moving together only shows a link; other tests, like controlled experiments, are needed to show cause',
      },
    ],
  },
  {
    term: 'causation',
    aliases: ['causal', 'causal link', 'cause and effect'],
    category: 'science',
    definition: 'When one thing actually makes another thing happen.',
  },
  {
    term: 'margin of error',
    aliases: ['margins of error'],
    category: 'science',
    definition: 'How far a poll’s result could be from the true number just because only some people were asked.',
    misstatements: [
      {
        pattern: /\bmargins? of error\b[^.]*\b(?:statistical tie|dead heat|tied|a tie)\b|\b(?:statistical tie|dead heat)\b[^.]*\bmargins? of error\b/i,
        wrong: 'a lead inside the poll’s error range means the race is tied',
        right: 'it means the poll cannot be sure who leads; the leader is still somewhat more likely to be ahead',
      },
      {
        pattern: /\bmargins? of error\b[^.]*\b(?:covers?|includes?|accounts? for) (?:all|every|any) (?:errors?|mistakes?)\b/i,
        wrong: 'it covers every kind of polling mistake',
        right: 'it covers only chance from asking a sample; badly worded questions or skipped groups add other errors',
      },
    ],
  },
  {
    term: 'statistically significant',
    aliases: ['statistical significance'],
    category: 'science',
    definition: 'A result unlikely to be due to chance alone. It does not mean the effect is large or important.',
    misstatements: [
      {
        pattern: new RegExp(
          `\\bstatistical(?:ly)? significan\\w*,? (?:which |that )?${MEANS}\\b[^.]*\\b(?:important|big|large|huge|major|matters|dramatic)\\b`,
          'i',
        ),
        wrong: 'the result is important or large',
        right: 'it only means the result is unlikely to be chance; a tiny, unimportant effect can still pass the test',
      },
    ],
  },
  {
    term: 'p-value',
    aliases: [],
    category: 'science',
    definition: 'A number that shows how surprising a result would be if there were really no effect. Small values suggest a real effect.',
  },
  {
    term: 'replication',
    aliases: ['replicated', 'replicate'],
    category: 'science',
    definition: 'Repeating a study to see whether the same result comes out again.',
    context: /\b(?:study|studies|results?|experiments?|findings?|research\w*|scientists?)\b/i,
  },
  {
    term: 'meta-analysis',
    aliases: ['meta-analyses', 'systematic review'],
    category: 'science',
    definition: 'A study that combines the results of many earlier studies on the same question.',
  },
  {
    term: 'outlier',
    aliases: [],
    category: 'science',
    definition: 'A value far away from the rest of the data, which can pull an average up or down.',
  },
  {
    term: 'anecdotal evidence',
    aliases: ['anecdotal', 'anecdote'],
    category: 'science',
    definition: 'Support that comes from a few personal stories rather than careful measurement.',
  },
  {
    term: 'relative risk',
    aliases: [],
    category: 'science',
    definition: 'A comparison of how likely something is in one group versus another, such as “twice as likely.”',
  },
  {
    term: 'variable',
    aliases: [],
    category: 'science',
    definition: 'Something in a study that can change or be changed, such as age, dose or temperature.',
    context: /\b(?:study|studies|experiments?|research\w*|scientists?|data|control\w*|measured?)\b/i,
  },
  {
    // Split from "variable": a confounder is a hidden cause, not any measured quantity.
    term: 'confounding variable',
    aliases: ['confounder', 'confounding factor'],
    category: 'science',
    definition: 'A hidden factor that affects both things being compared, which can make a link look like cause and effect when it is not.',
  },
  {
    term: 'misfire',
    aliases: ['misfired', 'misfiring'],
    category: 'science',
    definition: 'When a gun fails to fire after the trigger is pulled.',
    misstatements: [
      {
        pattern: /\bmisfir\w*\b[^.]*\b(?:died|killed|kill(?:ing|s)?|death|shot|wounded|struck|fatal\w*)\b|\b(?:died|killed|death|shot|fatal\w*)\b[^.]*\bmisfir\w*/i,
        wrong: 'the gun went off by accident',
        right: 'a gun that fails to fire hurts no one; a gun going off unexpectedly is an accidental discharge',
      },
    ],
  },
  {
    term: 'accidental discharge',
    aliases: ['negligent discharge'],
    category: 'science',
    definition: 'When a gun fires when no one meant it to.',
  },
  {
    term: 'armorer',
    aliases: ['armourer'],
    category: 'science',
    definition: 'The crew member in charge of the safe storage, handling and loading of weapons on a film set.',
  },
  {
    term: 'vaccine',
    aliases: ['vaccinated', 'vaccination'],
    category: 'science',
    definition: 'A medicine that trains the body’s defenses to recognize and fight a germ before it makes you sick.',
  },
  {
    term: 'deepfake',
    aliases: [],
    category: 'science',
    definition: 'A fake video, picture or recording made with computer software to make someone seem to say or do something.',
  },
];
