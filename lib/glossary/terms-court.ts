import type { GlossaryTerm } from './types';

/** Word stems that show a sentence is about a legal case, for terms with an everyday meaning. */
const COURT_WORDS = [
  'court', 'judge', 'jur(?:y|ies|ors?)', 'trials?', 'case', 'charg\\w*', 'prosecut\\w*', 'defen[cs]e', 'defendants?',
  'lawyers?', 'attorneys?', 'evidence', 'witness\\w*', 'testi\\w*', 'verdicts?', 'guilty', 'indict\\w*', 'sentenc\\w*',
  'police', 'crimes?', 'criminal', 'arrest\\w*', '(?:law)?suits?', 'plaintiffs?', 'motions?', 'rul(?:ed|ing)',
  'culpable', 'discovery', 'hearings?', 'convict\\w*', 'appeal\\w*', 'bail', 'probation', 'parole', 'prison', 'jail',
];

/**
 * A pattern matching any court word except the listed ones, so that a term never serves as its own context
 * ("trial" alone must not prove that "trial" is meant in the legal sense).
 */
export function courtContext(...except: string[]): RegExp {
  const words = COURT_WORDS.filter((w) => !except.includes(w));
  return new RegExp(`\\b(?:${words.join('|')})\\b`, 'i');
}

/** Court procedure: how a criminal or civil case moves from charge to verdict and beyond. */
export const courtTerms: GlossaryTerm[] = [
  {
    term: 'dismissal with prejudice',
    aliases: ['with prejudice', 'dismissed with prejudice', 'dismiss with prejudice', 'dismisses with prejudice'],
    category: 'court',
    definition: 'A judge ends a case for good. The same charge or claim can never be brought again, in any court.',
    context: /\b(?:dismiss\w*|case|charges?|court|judge|refil\w*|(?:law)?suits?|claims?|prosecut\w*)\b/i,
    misstatements: [
      {
        pattern: /\b(?:within|in|inside) (?:that|this|the same) (?:court|courtroom)\b/i,
        wrong: 'it only stops the case being refiled in that court',
        right: 'it bars bringing the same charge again in any court',
      },
      {
        pattern: /\bwith prejudice\b[^.]*\b(?:means?|meaning)\b[^.]*\b(?:bias\w*|unfair\w*|racis\w*|prejudiced)\b/i,
        wrong: 'it means the judge or the case was biased',
        right: 'it has nothing to do with bias: it means the case can never be brought again',
      },
    ],
  },
  {
    term: 'dismissal without prejudice',
    aliases: ['without prejudice', 'dismissed without prejudice'],
    category: 'court',
    definition: 'A judge ends a case for now, but the same charge or claim may be filed again later.',
  },
  {
    term: 'dismissal',
    aliases: ['dismissed', 'dismiss', 'dismissing'],
    category: 'court',
    definition: 'A judge ending a case before a verdict, so it does not go on to a decision of guilty or not guilty.',
    context: courtContext(),
  },
  {
    term: 'indictment',
    aliases: ['indicted', 'indict', 'indicting'],
    category: 'court',
    definition: 'A formal accusation of a crime, issued by a grand jury, that starts a criminal case against someone.',
    misstatements: [
      {
        pattern: /\bindict\w*,? (?:which |that )?(?:means?|meaning)\b[^.]*\b(?:guilty|convicted|did it)\b/i,
        wrong: 'being formally charged means the person is guilty',
        right: 'it only means there is enough evidence to put the person on trial; guilt is decided later',
      },
    ],
  },
  {
    term: 'grand jury',
    aliases: [],
    category: 'court',
    definition:
      'A group of citizens who look at the prosecution’s evidence in private and decide whether there is enough to formally charge someone. It does not decide guilt.',
    misstatements: [
      {
        pattern: /\bgrand jur\w*[^.]*\b(?:found|finds?|declared) (?:\w+ )?guilty\b|\bgrand jur\w*[^.]*\bconvict\w*/i,
        wrong: 'the grand jury decided the person was guilty',
        right: 'a grand jury only decides whether there is enough evidence to charge; a trial decides guilt',
      },
    ],
  },
  {
    term: 'discovery',
    aliases: ['late discovery'],
    category: 'court',
    definition:
      'The rule that each side must share its evidence with the other before trial, including anything that could help the accused.',
    context: courtContext('discovery'),
  },
  {
    term: 'motion to dismiss',
    aliases: ['motions to dismiss'],
    category: 'court',
    definition: 'A formal request asking the judge to throw out a case.',
    misstatements: [
      {
        pattern: /\bmotions? to dismiss\b[^.]*\b(?:approved|accepted)\b|\b(?:judge|court)\b[^.]*\b(?:approved|accepted)\b[^.]*\bmotions? to dismiss\b/i,
        wrong: 'the judge “approved” the request',
        right: 'a judge grants or denies a motion; “approved” is the wrong word',
      },
    ],
  },
  {
    term: 'motion',
    aliases: [],
    category: 'court',
    definition: 'A formal request to a judge, or to a meeting such as a council, asking for a decision on something.',
    context: /\b(?:court|judge|filed?|lawyers?|attorneys?|grant\w*|denied|den(?:y|ies)|council|vote\w*|parliament|senate|meeting|members?|prosecut\w*|defen[cs]e)\b/i,
    misstatements: [
      {
        pattern:
          /\b(?:judge|court)\b[^.]*\b(?:motion\b[^.]*\bapproved|approved\b[^.]*\bmotion)\b|\bmotion\b[^.]*\bapproved (?:in court|by the (?:judge|court))/i,
        wrong: 'the judge “approved” the request',
        right: 'a judge grants or denies a motion; “approved” is the wrong word',
      },
    ],
  },
  {
    term: 'defendant',
    aliases: [],
    category: 'court',
    definition: 'The person or company accused of a crime, or being sued, in a court case.',
  },
  // Three senses, three entries: the side in a trial, its lawyers, and the act. "The prosecution argued" is the
  // side; "faces prosecution" is the act; one definition for both keyed the wrong sense.
  {
    term: 'the prosecution',
    aliases: [],
    category: 'court',
    definition: 'In a criminal trial, the side that brings the charge and tries to prove it: the government’s lawyers.',
  },
  {
    term: 'prosecutor',
    aliases: [],
    category: 'court',
    definition: 'A government lawyer whose job is to bring criminal charges and prove them in court.',
  },
  {
    term: 'prosecution',
    aliases: ['prosecuted', 'prosecute', 'prosecutes', 'prosecuting'],
    category: 'court',
    definition: 'Taking someone to court on a criminal charge and trying to prove that they are guilty.',
  },
  {
    term: 'the state',
    aliases: [],
    category: 'court',
    definition: 'In a criminal case, the side that brings the charges: the public, represented by prosecutors.',
    context: courtContext(),
  },
  {
    term: 'defense',
    aliases: ['defence', 'defense team', 'defense lawyer', 'defense attorney'],
    category: 'court',
    definition: 'The side of a case that answers the accusation, usually the accused person and their lawyers.',
    context: courtContext('defen[cs]e'),
  },
  {
    term: 'verdict',
    aliases: [],
    category: 'court',
    definition: 'The final decision at the end of a trial, such as guilty or not guilty.',
  },
  {
    term: 'jury',
    aliases: [],
    category: 'court',
    definition: 'A group of ordinary citizens who hear the evidence at a trial and decide what the facts are.',
  },
  {
    // Split from "jury": one member is not the whole group.
    term: 'juror',
    aliases: [],
    category: 'court',
    definition: 'One of the ordinary citizens chosen to hear the evidence at a trial and help decide the verdict.',
  },
  {
    term: 'mistrial',
    aliases: [],
    category: 'court',
    definition: 'A trial that is stopped and thrown out before a verdict, often because of a serious error. The case can usually be tried again.',
    misstatements: [
      {
        pattern: /\bmistrials?\b[^.]*\b(?:means?|meaning)\b[^.]*\b(?:not guilty|innocent|acquit\w*|cleared|free)\b/i,
        wrong: 'a mistrial clears the accused person',
        right: 'a mistrial ends the trial without any verdict; the case can usually be tried again',
      },
    ],
  },
  {
    term: 'hung jury',
    aliases: ['deadlocked jury'],
    category: 'court',
    definition: 'When the people deciding a trial cannot agree on a verdict, which usually ends that trial.',
  },
  {
    term: 'acquittal',
    aliases: ['acquitted', 'acquit', 'found not guilty', 'found innocent'],
    category: 'court',
    definition: 'A decision at trial that the accused is not guilty, because the evidence did not prove the crime.',
    misstatements: [
      {
        pattern: /\bfound (?:\w+ )?innocent\b|\bacquit\w*[^.]*\b(?:proved|proven|proving|declared?) (?:\w+ )?innocent\b/i,
        wrong: 'the court declared the person innocent',
        right: 'a court finds a person “not guilty”: the charge was not proved, which is not the same as declaring innocence',
      },
    ],
  },
  {
    term: 'convicted',
    aliases: ['found guilty', 'conviction', 'convict', 'convicting'],
    category: 'court',
    definition: 'Officially judged to have committed a crime, by a jury or a judge, or by a guilty plea.',
  },
  {
    term: 'sentenced',
    // Bare "sentence" is left out: in most texts it means a line of writing.
    aliases: ['sentencing', 'prison sentence', 'jail sentence', 'life sentence', 'death sentence', 'suspended sentence'],
    category: 'court',
    definition: 'Given a punishment by a judge, such as prison time or a fine, after being convicted of a crime.',
    misstatements: [
      {
        pattern:
          /\bsentenced to (?:(?:involuntary|voluntary|vehicular|first-degree|second-degree|attempted|aggravated|criminal) )?(?:manslaughter|murder|homicide|fraud|theft|robbery|burglary|assault|battery|arson|perjury|kidnapping|embezzlement|bribery|treason|rape|trafficking|larceny|extortion|negligence|misconduct|a crime|the crime|charges?)\b/i,
        wrong: 'a person is sentenced to a crime',
        right: 'a person is convicted of a crime and sentenced to a penalty (such as prison)',
      },
    ],
  },
  {
    term: 'plea deal',
    aliases: ['plea bargain', 'plea agreement'],
    category: 'court',
    definition: 'An agreement in which the accused admits to a crime, often a smaller one, in return for a lighter punishment.',
  },
  {
    term: 'guilty plea',
    aliases: ['pleaded guilty', 'plead guilty', 'pled guilty', 'pleads guilty', 'pleading guilty'],
    category: 'court',
    definition: 'When an accused person tells the court they did commit the crime, so there is no trial.',
  },
  {
    term: 'plead not guilty',
    aliases: [
      'pleaded not guilty', 'pled not guilty', 'pleads not guilty', 'not guilty plea', 'plead innocent',
      'pleaded innocent', 'pleads innocent', 'pled innocent',
    ],
    category: 'court',
    definition: 'To formally deny a charge in court, which means the case goes on toward a trial.',
    misstatements: [
      {
        pattern: /\b(?:plead(?:s|ed)?|pled) innocent\b/i,
        wrong: 'the person pleaded “innocent”',
        right: 'there is no plea of innocent in U.S. courts: the plea is “not guilty”',
      },
    ],
  },
  {
    term: 'bail',
    aliases: ['bail bond'],
    category: 'court',
    definition: 'Money paid to the court so an accused person can leave jail until trial. It is returned if they come back for every hearing.',
    context: courtContext('bail'),
  },
  {
    term: 'appeal',
    aliases: ['appealed'],
    category: 'court',
    definition: 'Asking a higher court to review a decision and change it if the lower court made a legal mistake.',
    context: courtContext('appeal\\w*'),
  },
  {
    // Split from "appeal": these aliases name a court, not the request.
    term: 'appeals court',
    aliases: ['court of appeals', 'court of appeal', 'appellate court'],
    category: 'court',
    definition: 'A higher court that reviews the decisions of lower courts to check for legal mistakes. It does not hold a new trial.',
  },
  {
    term: 'testimony',
    aliases: ['testify', 'testified', 'testifying'],
    category: 'court',
    definition: 'What a witness says under oath, usually in court or before lawmakers.',
  },
  {
    term: 'witness',
    aliases: ['eyewitness'],
    category: 'court',
    definition: 'A person who saw something or knows facts about a case and may be asked to tell what they know.',
  },
  {
    term: 'hearing',
    aliases: [],
    category: 'court',
    definition: 'A meeting before a judge or officials where each side speaks so a decision can be made on a question.',
    context: /\b(?:court|judge|lawyers?|attorneys?|prosecut\w*|defen[cs]e|committee|congress\w*|senate|bail|sentencing|custody|case|scheduled|held)\b/i,
    // The sense of hearing: "hearing aids", "hearing loss", "hearing care", "her hearing".
    otherSense: /\bhearing[- ](?:loss|aids?|care|tests?|impair\w*|devices?|problems?|health|screening|clinics?|specialists?|services?)\b|\b(?:hard of|poor|good|his|her|their|your|my|our|whose|normal|impaired) hearing\b/i,
  },
  {
    term: 'trial',
    aliases: ['retrial', 'jury trial'],
    category: 'court',
    definition: 'The formal event in court where evidence is shown and a jury or judge decides whether the accused is guilty.',
    context: courtContext('trials?'),
  },
  {
    term: 'ruling',
    aliases: ['ruled'],
    category: 'court',
    definition: 'An official decision by a judge or court on a question in a case.',
    context: courtContext('rul(?:ed|ing)'),
  },
  {
    term: 'arraignment',
    aliases: ['arraigned'],
    category: 'court',
    definition: 'The first court appearance after someone is charged, where the charges are read and they enter a plea.',
  },
  {
    term: 'cross-examination',
    aliases: ['cross-examined', 'cross-examine'],
    category: 'court',
    definition: 'When a lawyer questions a witness called by the other side, to test whether their story holds up.',
  },
  {
    term: 'probation',
    aliases: [],
    category: 'court',
    definition: 'A punishment served outside prison under rules and check-ins with an officer, instead of or after jail time.',
  },
  {
    term: 'parole',
    aliases: ['paroled'],
    category: 'court',
    definition: 'Early release from prison before the full sentence ends, with rules the person must follow.',
    misstatements: [
      {
        pattern: /\bparole\b[^.]*\b(?:instead of|rather than|in place of) (?:going to )?(?:prison|jail)\b/i,
        wrong: 'parole is a punishment instead of prison',
        right: 'parole is early release after serving part of a prison term; supervision instead of prison is probation',
      },
    ],
  },
  {
    term: 'proceedings',
    aliases: ['legal proceedings', 'court proceedings'],
    category: 'court',
    definition: 'The formal steps of a legal case, from hearings to the trial.',
    context: courtContext(),
  },
  {
    term: 'gag order',
    aliases: [],
    category: 'court',
    definition: 'A judge’s order forbidding the people in a case from talking about it in public.',
  },
];
