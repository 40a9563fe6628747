import type { GlossaryTerm } from './types';

/** Words that show a sentence is about lawmaking or elections, for terms with an everyday meaning. */
const POLITICS =
  /\b(?:congress\w*|senat\w*|house|lawmakers?|legislat\w*|parliament\w*|governor|president|votes?|voted|voting|voters?|pass(?:ed|es)?|sign(?:ed|s)?|law|council|committee|vetoe?d?|democrats?|republicans?|party|ballot|candidates?|election|nominee|nomination|campaign\w*)\b/i;

/** How governments make laws, run elections and handle money. */
export const governmentTerms: GlossaryTerm[] = [
  {
    term: 'veto',
    aliases: ['vetoed', 'vetoing'],
    category: 'government',
    definition: 'When a leader such as a president or governor refuses to sign a proposed law, blocking it unless lawmakers override.',
  },
  {
    term: 'filibuster',
    aliases: [],
    category: 'government',
    definition: 'Talking for a very long time or using the rules to delay a vote in the Senate so a proposal cannot pass.',
  },
  {
    term: 'bill',
    aliases: [],
    category: 'government',
    definition: 'A written proposal for a new law, which lawmakers debate and vote on.',
    context: POLITICS,
  },
  {
    term: 'ordinance',
    aliases: ['city ordinance'],
    category: 'government',
    definition: 'A rule passed by a city or town government.',
  },
  {
    term: 'referendum',
    aliases: ['referenda', 'ballot measure'],
    category: 'government',
    definition: 'A public vote in which citizens decide directly on a single question or proposed law.',
  },
  {
    term: 'incumbent',
    aliases: [],
    category: 'government',
    definition: 'The person who holds an office right now, especially one running to keep it.',
  },
  {
    term: 'constituent',
    aliases: [],
    category: 'government',
    definition: 'A person who lives in the area an elected official represents.',
    context: POLITICS,
  },
  {
    term: 'budget deficit',
    aliases: ['deficit', 'federal deficit'],
    category: 'government',
    definition: 'The gap when a government spends more than it takes in during one year.',
    misstatements: [
      {
        pattern: /\bdeficits?\b,? (?:which |that )?(?:is|means?|meaning)\b[^.]*\b(?:total|all)\b[^.]*\b(?:owes|owed|debt)\b/i,
        wrong: 'the yearly shortfall is the total the government owes',
        right: 'the deficit is one year’s shortfall; the national debt is the total owed from all years added up',
      },
    ],
  },
  {
    term: 'national debt',
    aliases: ['federal debt', 'public debt'],
    category: 'government',
    definition: 'The total amount of money a country’s government owes, built up over many years of borrowing.',
  },
  {
    term: 'tariff',
    aliases: [],
    category: 'government',
    definition: 'A tax on goods brought in from another country, paid by the business importing them.',
    misstatements: [
      {
        pattern:
          /\btariffs?\b[^.]*\b(?:paid|pay|pays) (?:for )?by (?:(?:the )?(?:foreign|other|exporting) (?:countr\w*|nations?|governments?)|china|mexico|canada)\b|\b(?:foreign countries|other countries|china|mexico|canada)\b (?:will |would )?(?:pay|pays|paid|paying) (?:for )?(?:the |these |those )?tariffs?\b/i,
        wrong: 'the other country pays the tax',
        right: 'the importing business pays it, and the cost is often passed on to buyers at home',
      },
    ],
  },
  {
    term: 'executive order',
    aliases: [],
    category: 'government',
    definition: 'A written command from a president or governor that directs how the government works, without a vote by lawmakers.',
  },
  {
    term: 'legislature',
    aliases: ['state legislature'],
    category: 'government',
    definition: 'The elected group that makes laws, such as Congress or a state assembly.',
  },
  {
    term: 'amendment',
    aliases: ['constitutional amendment', 'amended'],
    category: 'government',
    definition: 'A change or addition to a law or a constitution.',
    // "an amendment to the budget" or to a motion is a change to a plan, not to a law.
    context: /\b(?:[Ll]aws?|[Cc]onstitution\w*|[Bb]ills?|[Ss]tatutes?|[Ll]egislation|[Oo]rdinances?|[Tt]reat(?:y|ies)|Amendment)\b/,
  },
  {
    term: 'ratify',
    aliases: ['ratified', 'ratification'],
    category: 'government',
    definition: 'To formally approve an agreement, treaty or change so that it takes effect.',
  },
  {
    term: 'sanctions',
    aliases: ['sanctioned', 'economic sanctions'],
    category: 'government',
    definition: 'Penalties, such as trade limits or frozen money, that countries use to pressure another country or person.',
  },
  {
    term: 'quorum',
    aliases: [],
    category: 'government',
    definition: 'The smallest number of members who must be present for a group to make official decisions.',
  },
  {
    term: 'bipartisan',
    aliases: [],
    category: 'government',
    definition: 'Supported by members of both major political parties.',
  },
  {
    term: 'lobbyist',
    aliases: [],
    category: 'government',
    definition: 'Someone paid to persuade lawmakers to support or oppose certain laws.',
  },
  {
    term: 'lobbying',
    aliases: ['lobbied'],
    category: 'government',
    definition: 'Trying to persuade lawmakers or officials to support or oppose certain laws, often as a paid job.',
  },
  {
    term: 'gerrymandering',
    aliases: ['gerrymander', 'gerrymandered'],
    category: 'government',
    definition: 'Drawing voting district lines on purpose to give one party an unfair advantage.',
  },
  {
    term: 'primary election',
    aliases: ['primary', 'primaries'],
    category: 'government',
    definition: 'An early vote in which a party’s voters choose who will be its candidate in the main election.',
    context: /\b(?:elections?|votes?|voters?|candidates?|ballots?|democrat\w*|republican\w*|party|nominee|nomination|race|caucus\w*|campaign\w*)\b/i,
  },
  {
    term: 'caucus',
    aliases: [],
    category: 'government',
    definition: 'A meeting of party members to choose candidates or plans, or a group of lawmakers who share goals.',
  },
  {
    term: 'electoral college',
    aliases: [],
    category: 'government',
    definition: 'The group of people from each state who formally choose the U.S. president, based on each state’s vote.',
  },
  {
    term: 'impeachment',
    aliases: ['impeached', 'impeach'],
    category: 'government',
    definition: 'When lawmakers formally accuse an official of serious wrongdoing, which can lead to a trial to remove them.',
  },
  {
    term: 'census',
    aliases: [],
    category: 'government',
    definition: 'An official count of all the people living in a country, done every few years.',
  },
  {
    term: 'subsidy',
    aliases: ['subsidized', 'subsidised'],
    category: 'government',
    definition: 'Money the government gives to help pay for something, to keep its price down or support an industry.',
  },
  {
    term: 'inflation',
    aliases: [],
    category: 'government',
    definition: 'A general rise in prices over time, so the same money buys less.',
    misstatements: [
      {
        pattern:
          /\binflation\b[^.]*\b(?:slow\w*|eas\w*|cool\w*|fell|falls?|dropp?\w*|declin\w*)\b[^.]*\bprices (?:are |were |have )?(?:falling|fell|dropping|dropped|down|lower|cheaper|coming down)\b/i,
        wrong: 'slower price growth means prices are falling',
        right: 'lower inflation means prices are still rising, just more slowly; falling prices are deflation',
      },
    ],
  },
  {
    term: 'recession',
    aliases: [],
    category: 'government',
    definition: 'A time when a country’s economy shrinks for months, with fewer jobs and less spending.',
  },
  {
    term: 'gross domestic product',
    aliases: ['gdp'],
    category: 'government',
    definition: 'The total value of all goods and services a country produces in a year, used to measure its economy.',
  },
  {
    term: 'regulation',
    aliases: ['regulatory'],
    category: 'government',
    definition: 'A detailed rule made by a government agency to carry out a law.',
  },
  {
    // Split from "regulation": the alias named an agency, the definition a rule.
    term: 'regulator',
    aliases: [],
    category: 'government',
    definition: 'A government agency or official that checks that companies or charities follow the rules for their field, and can punish them if not.',
  },
  {
    term: 'pardon',
    aliases: ['pardoned'],
    category: 'government',
    definition: 'When a president or governor officially forgives a crime, wiping out the punishment.',
  },
  {
    term: 'unconstitutional',
    aliases: [],
    category: 'government',
    definition: 'Breaking the rules of a country’s founding law, so courts can strike it down.',
  },
  {
    term: 'freedom of information request',
    aliases: ['foia', 'foia request', 'public records request', 'records request'],
    category: 'government',
    definition: 'A formal request that makes a government office hand over its documents to the public.',
  },
];
