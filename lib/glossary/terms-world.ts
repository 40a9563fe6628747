import type { GlossaryTerm } from './types';

/** Words that show a sentence is about an election or a survey, for "turnout" and "poll". */
const VOTING = /\b(?:vot\w*|elect\w*|ballots?|referend\w*|polling|survey\w*|percent|per cent|%|respondents?|favou?r\w*)\b/i;
/** Words that show a meeting of leaders, not a mountain top. */
const LEADERS = /\b(?:leaders?|presidents?|prime ministers?|ministers?|heads? of (?:state|government)|talks|delegat\w*|nations|countries|NATO|G\d+|diplomat\w*)\b/i;

/**
 * Related words name each other in their definitions ("to seek asylum", "such as an ambassador"), so one is never
 * offered as the wrong meaning of the other: a migrant may be a refugee, an ambassador is a diplomat.
 *
 * The words of world news that a young reader meets in stories of war and peace, migration, disasters, culture and
 * diplomacy. Each has one sense in news writing; the few with an everyday sense as well say which words show it.
 */
export const worldTerms: GlossaryTerm[] = [
  {
    term: 'refugee',
    aliases: [],
    category: 'world',
    definition: 'A person forced to flee their home country because of war, violence or persecution.',
  },
  {
    term: 'asylum seeker',
    aliases: [],
    category: 'world',
    definition: 'A person who has fled their own country and asks another country to accept them as a refugee and let them stay.',
  },
  {
    term: 'migrant',
    aliases: [],
    category: 'world',
    definition: 'A person who moves from one country or region to another, to find work, to join family or to seek asylum as a refugee.',
  },
  {
    term: 'ambassador',
    aliases: [],
    category: 'world',
    definition: 'A senior official sent by a government to represent its country in another country.',
    otherSense: /\b(?:brand|goodwill|youth|student|club|campus)\s+ambassadors?\b/i,
  },
  {
    term: 'diplomat',
    aliases: [],
    category: 'world',
    definition: 'A person, such as an ambassador, whose job is to speak and act for their country in its dealings with other governments.',
  },
  {
    term: 'embassy',
    aliases: [],
    category: 'world',
    definition: "The official office of one country's representatives in the capital city of another country.",
  },
  {
    term: 'visa',
    aliases: [],
    category: 'world',
    definition: 'A document, often stamped in a passport, that gives a person permission to enter or stay in a country.',
    otherSense: /\bvisa\s+(?:cards?|debit|credit)\b/i,
  },
  {
    term: 'curator',
    aliases: [],
    category: 'world',
    definition: "A person in charge of a museum's or gallery's collection, who chooses what goes on show.",
  },
  {
    term: 'exhibition',
    aliases: [],
    category: 'world',
    definition: 'A public show of art or objects, usually in a museum or gallery, for a set time.',
    otherSense: /\bexhibition\s+(?:matches|match|games?|bouts?|fights?)\b/i,
  },
  {
    term: 'activist',
    aliases: [],
    category: 'world',
    definition: 'A person who campaigns, often in public, to bring about political or social change.',
  },
  {
    term: 'dissident',
    aliases: [],
    category: 'world',
    definition: "A person, often an activist, who openly opposes their own country's government at great risk.",
  },
  {
    term: 'pilgrim',
    aliases: [],
    category: 'world',
    definition: 'A person who travels to a holy place for religious reasons.',
  },
  {
    term: 'pilgrimage',
    aliases: [],
    category: 'world',
    definition: 'A journey to a holy place, made as an act of faith.',
  },
  {
    term: 'casualties',
    aliases: [],
    category: 'world',
    definition: 'People killed or injured in a war, an accident or a disaster.',
  },
  {
    term: 'death toll',
    aliases: [],
    category: 'world',
    definition: 'The number of deaths counted after a disaster, an accident or an attack.',
  },
  {
    term: 'evacuation',
    aliases: [],
    category: 'world',
    definition: 'A planned move of everyone out of a dangerous area to somewhere safe.',
  },
  {
    term: 'stampede',
    aliases: [],
    category: 'world',
    definition: 'A sudden panicked rush of a crowd, in which people can be crushed or trampled.',
  },
  {
    term: 'ceasefire',
    aliases: ['cease-fire'],
    category: 'world',
    definition: 'An agreement between the sides in a war to stop attacking each other, at least for a time.',
  },
  {
    term: 'treaty',
    aliases: [],
    category: 'world',
    definition: 'A formal written agreement between two or more countries.',
  },
  {
    term: 'alliance',
    aliases: [],
    category: 'world',
    definition: 'A partnership of countries, groups or teams that agree to work together and support each other.',
  },
  {
    term: 'coalition',
    aliases: [],
    category: 'world',
    definition: 'Several parties, countries or organisations that form an alliance for a shared aim, such as running a government.',
  },
  {
    term: 'summit',
    aliases: [],
    category: 'world',
    definition: 'A meeting between the leaders of several countries to talk about shared problems.',
    context: LEADERS,
    otherSense: /\b(?:mountain|climb\w*|peak|everest|hill)\b/i,
  },
  {
    term: 'humanitarian aid',
    aliases: [],
    category: 'world',
    definition: 'Help such as food, water, shelter and medicine given to people hit by a disaster or a war.',
  },
  {
    term: 'drought',
    aliases: [],
    category: 'world',
    definition: 'A long period with much less rain than usual, so that water runs short.',
  },
  {
    term: 'cyclone',
    aliases: [],
    category: 'world',
    definition: 'A powerful storm of strong winds spinning around a centre of low air pressure.',
  },
  {
    term: 'unemployment',
    aliases: [],
    category: 'world',
    definition: 'Being without a paid job while wanting and looking for one.',
  },
  {
    term: 'turnout',
    aliases: [],
    // An election word: asked beside the government shelf's (referendum, incumbent), never war and diplomacy's.
    category: 'government',
    definition: 'How many of those allowed to vote actually cast a vote, often given as a share of them all.',
    context: VOTING,
  },
  {
    term: 'poll',
    aliases: [],
    // An election word: asked beside the government shelf's (referendum, incumbent), never war and diplomacy's.
    category: 'government',
    definition: 'A survey that asks a sample of people what they think, to estimate the views of a whole population.',
    context: /\b(?:found|finds|shows?|showed|survey\w*|percent|per cent|%|respondents?|favou?r\w*|asked)\b/i,
    otherSense: /\bthe polls\b|\bpolling\s+(?:stations?|places?|booths?|day)\b|\bpolls?\s+(?:close|closed|open|opened)\b/i,
  },
  {
    term: 'philanthropist',
    aliases: [],
    category: 'world',
    definition: 'A person who gives large amounts of money or time to help other people.',
  },
  {
    term: 'emigrate',
    aliases: [],
    category: 'world',
    definition: 'To leave your own country to go and live in another one for good.',
  },
];
