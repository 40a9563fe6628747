import type { GlossaryTerm } from './types';
import { courtContext } from './terms-court';

/** Names of crimes, used to spot "sentenced to <crime>" and similar slips. */
const CRIME = '(?:murder|manslaughter|homicide|fraud|theft|robbery|assault)';

/** Law itself: crimes, duties, rights and the documents of a case. */
export const legalTerms: GlossaryTerm[] = [
  {
    term: 'involuntary manslaughter',
    aliases: [],
    category: 'legal',
    definition: 'Killing someone without meaning to, through reckless or seriously careless behavior.',
    misstatements: [
      {
        pattern: /\binvoluntary manslaughter\b[^.]*\b(?:means?|meaning|is when)\b[^.]*\b(?:on purpose|intentional\w*|planned|premeditated)\b/i,
        wrong: 'it is a killing done on purpose',
        right: 'it is an unintended killing caused by recklessness or serious carelessness',
      },
    ],
  },
  {
    term: 'manslaughter',
    aliases: ['voluntary manslaughter', 'vehicular manslaughter'],
    category: 'legal',
    definition: 'Killing a person unlawfully but without planning it ahead, which is treated as less serious than murder.',
    misstatements: [
      {
        pattern: /\bmanslaughter\b[^.]*\b(?:means?|meaning|is when)\b[^.]*\b(?:planned|premeditated)\b/i,
        wrong: 'it is a planned killing',
        right: 'it is a killing without planning; a planned killing is murder',
      },
    ],
  },
  {
    term: 'murder',
    aliases: ['first-degree murder', 'second-degree murder', 'murdered'],
    category: 'legal',
    definition: 'Deliberately and unlawfully killing another person, the most serious crime of killing.',
  },
  {
    term: 'homicide',
    aliases: [],
    category: 'legal',
    definition: 'Any killing of one person by another. Some are crimes, like murder, and some are not, like self-defense.',
  },
  {
    term: 'felony',
    aliases: [],
    category: 'legal',
    definition: 'A serious crime, such as robbery or murder, that can be punished by more than a year in prison.',
  },
  {
    term: 'misdemeanor',
    aliases: ['misdemeanour'],
    category: 'legal',
    definition: 'A less serious crime, such as shoplifting something cheap, usually punished by a fine or under a year in jail.',
  },
  {
    term: 'culpable',
    aliases: ['culpability', 'highly culpable'],
    category: 'legal',
    definition: 'To blame or at fault for something wrong. “Highly” in front means very much at fault.',
  },
  {
    term: 'withholding evidence',
    aliases: ['withheld evidence', 'withhold evidence', 'withholds evidence', 'suppressing evidence', 'suppressed evidence'],
    category: 'legal',
    definition: 'Keeping back proof that the other side has a right to see, which can make a trial unfair.',
  },
  {
    term: 'exculpatory evidence',
    aliases: ['exculpatory'],
    category: 'legal',
    definition: 'Proof that could help show an accused person did not commit the crime. Prosecutors must hand it over.',
  },
  {
    term: 'misconduct',
    aliases: ['prosecutorial misconduct', 'police misconduct'],
    category: 'legal',
    definition: 'Improper or rule-breaking behavior by someone in an official job, such as police officers or prosecutors.',
  },
  {
    term: 'arrest',
    aliases: ['arrested', 'arresting'],
    category: 'legal',
    definition: 'When police take a person into custody because they believe the person committed a crime.',
    misstatements: [
      {
        pattern: /\barrest\w*,? (?:which |that )?(?:means?|meaning)\b[^.]*\b(?:charged|guilty|convicted|committed)\b/i,
        wrong: 'being taken into custody means the person has been charged or is guilty',
        right: 'police detaining someone is only the first step; prosecutors decide on charges and a court decides guilt',
      },
    ],
  },
  {
    term: 'charge',
    aliases: ['charged', 'criminal charge', 'charged with'],
    category: 'legal',
    definition: 'A formal accusation that a person committed a specific crime.',
    context: courtContext('charg\\w*'),
    misstatements: [
      {
        pattern: new RegExp(`\\bcharged with\\b[^.]*\\b(?:means?|meaning)\\b[^.]*\\b(?:guilty|convicted|committed (?:the )?${CRIME})`, 'i'),
        wrong: 'being accused means the person is guilty',
        right: 'an accusation still has to be proved in court; the person is presumed innocent until then',
      },
    ],
  },
  {
    term: 'civil lawsuit',
    aliases: ['civil suit', 'civil case', 'civil action'],
    category: 'legal',
    definition: 'A non-criminal case in which one person or group sues another for money or some other fix. It cannot lead to prison.',
    misstatements: [
      {
        pattern: /\bcivil (?:law)?suits?\b[^.]*\b(?:could|might|may|would|faces?|facing)\b[^.]*\b(?:prison|jail)\b/i,
        wrong: 'the civil case could send someone to prison',
        right: 'a civil case can end in payment or a court order, never prison',
      },
    ],
  },
  {
    term: 'lawsuit',
    aliases: ['sued', 'suing'],
    category: 'legal',
    definition: 'A case brought to court by one side against another to settle a disagreement, often about money.',
  },
  {
    term: 'settled',
    aliases: ['settle', 'settlement', 'settling'],
    category: 'legal',
    definition: 'Ended a legal dispute by agreement, usually with a payment, so no court has to decide who was right.',
    context: /\b(?:(?:law)?suits?|case|claims?|court|dispute|lawyers?|attorneys?|sued|legal|pay\w*|damages|million|agreed|agreement)\b/i,
    misstatements: [
      {
        pattern: /\bsettl\w*\b[^.]*\b(?:means?|meaning|amounts? to)\b[^.]*\b(?:admit\w*|admission of|confess\w*) (?:\w+ )?(?:guilt|wrongdoing|fault|liability)\b/i,
        wrong: 'agreeing to end the case means admitting guilt',
        right: 'an agreement to end a case is usually made without any admission of wrongdoing',
      },
    ],
  },
  {
    term: 'plaintiff',
    aliases: [],
    category: 'legal',
    definition: 'The person or group who starts a civil case by suing someone else.',
  },
  {
    term: 'damages',
    aliases: ['punitive damages', 'compensatory damages'],
    category: 'legal',
    definition: 'Money a court orders one side to pay the other to make up for harm done.',
    context: /\b(?:court|jury|(?:law)?suits?|awarded|seek\w*|sought|plaintiffs?|sued|sues|sue|judge|verdict|million)\b/i,
  },
  {
    term: 'liable',
    aliases: ['liability'],
    category: 'legal',
    definition: 'Legally responsible for harm, so you may have to pay for it.',
  },
  {
    term: 'negligence',
    aliases: ['negligent'],
    category: 'legal',
    definition: 'Failing to take the care a reasonable person would take, so that someone gets hurt.',
  },
  {
    term: 'statute of limitations',
    aliases: ['statutes of limitations', 'statute of limitation'],
    category: 'legal',
    definition: 'A time limit for bringing a case. After it runs out, a person can no longer be charged or sued over that event.',
  },
  {
    term: 'precedent',
    aliases: ['legal precedent'],
    category: 'legal',
    definition: 'An earlier court decision that judges follow when deciding similar cases later.',
  },
  {
    term: 'perjury',
    aliases: ['perjured', 'lying under oath', 'lied under oath'],
    category: 'legal',
    definition: 'The crime of knowingly telling a lie after promising to tell the truth in court or in a sworn statement.',
  },
  {
    term: 'subpoena',
    aliases: ['subpoenaed'],
    category: 'legal',
    definition: 'An official order that makes a person come to court to speak, or hand over documents.',
  },
  {
    term: 'warrant',
    aliases: ['search warrant', 'arrest warrant'],
    category: 'legal',
    definition: 'A document signed by a judge that lets police search a place or take a person into custody.',
    context: /\b(?:police|search\w*|arrest\w*|judge|court|issued|officers?|agents?|fbi|raid\w*|signed|served)\b/i,
  },
  {
    term: 'affidavit',
    aliases: [],
    category: 'legal',
    definition: 'A written statement that a person swears is true, which can be used as evidence.',
  },
  {
    term: 'injunction',
    aliases: ['restraining order', 'temporary restraining order'],
    category: 'legal',
    definition: 'A court order that tells someone to stop doing something, or to do something, right away.',
  },
  {
    term: 'due process',
    aliases: [],
    category: 'legal',
    definition: 'The right to fair treatment by the legal system, such as being told the charges and getting a fair hearing.',
  },
  {
    term: 'presumption of innocence',
    aliases: ['innocent until proven guilty', 'presumed innocent'],
    category: 'legal',
    definition: 'The rule that an accused person is treated as not guilty unless the prosecution proves the crime.',
  },
  {
    term: 'beyond a reasonable doubt',
    aliases: ['reasonable doubt'],
    category: 'legal',
    definition: 'How sure a jury must be to find someone guilty in a criminal trial: so sure that no sensible doubt is left.',
  },
  {
    term: 'defamation',
    aliases: ['defamatory', 'defamed'],
    category: 'legal',
    definition: 'Saying or publishing something false about a person that harms their reputation.',
  },
  {
    term: 'libel',
    aliases: ['libelous'],
    category: 'legal',
    definition: 'A false and harmful statement about someone that is written or published, not just spoken.',
  },
  {
    term: 'jurisdiction',
    aliases: [],
    category: 'legal',
    definition: 'The power of a court or government to make decisions about certain places, people or kinds of cases.',
  },
  {
    term: 'contempt of court',
    aliases: ['held in contempt', 'in contempt'],
    category: 'legal',
    definition: 'Disobeying or disrespecting a judge or a court order, which can be punished with a fine or jail.',
  },
  {
    term: 'extradition',
    aliases: ['extradited', 'extradite'],
    category: 'legal',
    definition: 'Sending a person accused of a crime from one country or state to another that wants to put them on trial.',
  },
];
