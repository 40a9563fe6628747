/**
 * Word lists for recognising people: titles, role nouns, words that look like names but are not.
 * Lower-case keys; callers lower-case (and strip a trailing period) before looking up.
 */

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Titles written before a name, mapped to the role they state ('' = courtesy title, no role). */
export const TITLES: Record<string, string> = {
  judge: 'judge', justice: 'justice', president: 'president', senator: 'senator', sen: 'senator',
  representative: 'representative', rep: 'representative', governor: 'governor', gov: 'governor',
  mayor: 'mayor', professor: 'professor', prof: 'professor', detective: 'detective', officer: 'officer',
  sheriff: 'sheriff', deputy: 'deputy', sergeant: 'sergeant', sgt: 'sergeant', lieutenant: 'lieutenant',
  lt: 'lieutenant', captain: 'captain', capt: 'captain', general: 'general', gen: 'general', chief: 'chief',
  prosecutor: 'prosecutor', attorney: 'attorney', coach: 'coach', pope: 'pope', king: 'king', queen: 'queen',
  prince: 'prince', princess: 'princess', minister: 'minister', secretary: 'secretary', chancellor: 'chancellor',
  commissioner: 'commissioner', councilman: 'councilman', councilwoman: 'councilwoman', councillor: 'councillor',
  rabbi: 'rabbi', reverend: 'reverend', rev: 'reverend', bishop: 'bishop', agent: 'agent', director: 'director',
  chairman: 'chairman', chairwoman: 'chairwoman', ambassador: 'ambassador', superintendent: 'superintendent',
  // Abbreviated ranks and offices: "Cllr Mandal" is the councillor "Priya Mandal", not a second person.
  cllr: 'councillor', supt: 'superintendent', insp: 'inspector', det: 'detective', col: 'colonel', maj: 'major',
  cmdr: 'commander', atty: 'attorney', amb: 'ambassador', leader: 'leader', inspector: 'inspector',
  colonel: 'colonel', commander: 'commander', congressman: 'congressman', congresswoman: 'congresswoman',
  assemblyman: 'assemblyman', assemblywoman: 'assemblywoman',
  // Positions in a team, capitalised before a name at the start of a sentence ("Striker Jonah Adeyemi scored").
  striker: 'striker', goalkeeper: 'goalkeeper', midfielder: 'midfielder', defender: 'defender', winger: 'winger',
  referee: 'referee', umpire: 'umpire',
  mr: '', mrs: '', ms: '', mx: '', miss: '', dr: '', sir: '', dame: '', lady: '', lord: '',
};

/** Words that may join titles into one ("Prime Minister", "District Judge", "Vice President"). */
export const TITLE_PREFIXES = set('prime vice district chief associate special deputy assistant attorney general circuit supreme magistrate state federal county superior');

/** Nouns naming what a person is or does (singular); plurals are derived with `roleNoun`. */
const ROLE_NOUNS = set(`
  judge justice magistrate prosecutor attorney lawyer counsel defendant plaintiff witness juror armorer
  cinematographer director producer actor actress star writer author reporter journalist editor photographer
  spokesperson spokesman spokeswoman representative senator governor mayor president chairman chairwoman chair
  ceo founder cofounder co-founder owner manager officer sheriff deputy detective investigator agent scientist
  researcher professor teacher student doctor physician nurse surgeon economist analyst expert engineer coach
  player captain singer musician artist designer minister secretary ambassador commissioner councillor councilman
  councilwoman legislator lawmaker official administrator superintendent principal chief head leader activist
  advocate executive candidate nominee pilot soldier firefighter paramedic worker employee farmer chef historian
  biologist chemist physicist astronomer psychologist epidemiologist virologist geologist ecologist mathematician
  economist architect consultant contractor inspector auditor clerk treasurer trustee mother father wife husband
  widow widower son daughter brother sister partner friend neighbor neighbour victim survivor suspect spokesperson
  comedian host presenter anchor filmmaker screenwriter novelist poet composer dancer athlete runner swimmer
  curator campaigner solicitor barrister constable organiser organizer volunteer resident visitor commuter passenger
  driver angler fisherman lecturer headteacher schoolteacher librarian archivist pharmacist midwife chairperson
  striker goalkeeper midfielder defender winger referee umpire
`);

/** Words that may sit between a role noun and the name or qualify a role ("special prosecutor"). */
export const ROLE_MODIFIERS = set(`
  special former chief deputy district executive senior junior assistant lead head acting interim longtime
  veteran famed renowned award-winning local federal state county city associate co-star fellow then-
  first second third new retired top
`);

const IRREGULAR_PLURALS: Record<string, string> = {
  actresses: 'actress', spokespeople: 'spokesperson', witnesses: 'witness', wives: 'wife', chiefs: 'chief',
  widows: 'widow', people: 'person', police: 'police',
};

/** The singular role noun for a word ("prosecutors" -> "prosecutor"), or null when it is not a role noun. */
export function roleNoun(word: string): string | null {
  const w = word.toLowerCase();
  if (ROLE_NOUNS.has(w)) return w;
  if (IRREGULAR_PLURALS[w] && ROLE_NOUNS.has(IRREGULAR_PLURALS[w])) return IRREGULAR_PLURALS[w];
  if (w.endsWith('s') && ROLE_NOUNS.has(w.slice(0, -1))) return w.slice(0, -1);
  // Professions named by their field ("hydrologist", "oceanographer", "statistician"): never a first name.
  const field = /^(\p{Ll}{2,}(?:ologist|ographer|ician|iatrist|ometrist))s?$/u.exec(w);
  return field ? field[1] : null;
}

/** Capitalised words that start sentences or clauses but never start a name. */
export const NON_NAME_STARTERS = set(`
  the a an in on at since now here here’s here's there there’s there's this that these those it it’s it's he she
  they we i you his her their our my its one two three after before when while if but and or so yet as for
  from to with without by of despite although though because however meanwhile still also then later earlier
  today yesterday tomorrow last next according what what’s why how who where which some many most all both each
  every no not yes even only just once during under over among between through until upon first finally instead
  indeed moreover furthermore thus therefore nevertheless otherwise perhaps maybe again already soon recently
  currently overall like unlike about around against along amid beyond inside outside within above below near
  per via whether do does did is are was were has have had will would can could should might must let let’s
  that’s don’t such other another more less few several any nor whose whom dear thanks thank please
`);

/** Months and weekdays: capitalised but never names. */
export const CALENDAR_WORDS = set(`
  january february march april may june july august september october november december jan feb mar apr jun jul
  aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
`);

/** A capitalised word in any of these positions marks a place or an organisation, not a person. */
export const ORG_WORDS = set(`
  court county department dept university college school office police agency bureau association institute
  company corporation corp inc llc ltd group party committee council commission senate house congress parliament
  ministry hospital center centre foundation times post news journal street avenue road river lake mountain park
  airport station church club team fund bank board service services administration authority network studios
  pictures media press festival awards act bill museum library project program programme islands republic kingdom
  state states city valley beach island bay coast ocean sea county's united union federation academy jury
  instagram facebook twitter tiktok youtube google apple amazon microsoft netflix research health science
  sciences medicine review magazine herald gazette daily courier tribune bridge mill prison jail hall square
  tower building plaza mall stadium arena highway road fire rescue trust charity clinic laboratory lab society
  institution campus cathedral harbour harbor forest corps holdings airlines district relief
  nations navy army military force forces base facility planetarium gallery galleries factory tourism
  arts underground agency's embassy consulate province region territory parish borough village town county
  organisation organization alliance coalition movement initiative council's orchestra band choir records
  label publishing publishers press theatre theater cinema studio games olympics championship league cup
  apartments management properties industries enterprises solutions systems technologies motors foods
  pharmaceuticals energy logistics construction partners associates consulting securities transport freight
  investments ventures insurance railway airways row
  terrace terraces gardens estates towers crescent quay wharf flats residences cottages villas
  regulation regulations directive directives treaty treaties accord accords protocol protocols charter statute ordinance amendment
  elementary primary secondary high ledger chronicle observer telegraph examiner dispatch sentinel bulletin
  inquirer enquirer mirror globe
  hotel hotels mosque masjid temple shrine synagogue cave caves palace castle resort day
  prize prizes medal trophy relations affairs rights studies complex expo conference summit convention exhibition festival's war wars revolution empire dynasty airport's
`);

/** Things that are named like people ("Space Shuttle Orbiters", "Virtual Microscope"): vehicles, tools, works. */
export const THING_WORDS = set(`
  shuttle orbiter spacecraft telescope microscope satellite rocket probe rover mission vehicle ship boat aircraft
  plane jet car truck train engine machine robot computer phone app software website browser index database
  book novel film movie album song series show game magazine newspaper prize polaroid camera particle
`);

/** Continents, regions and landforms: a name holding one is a place ("South East Asia", "Chapel Hill"). */
export const GEO_WORDS = set(`
  europe asia africa america americas oceania pacific atlantic arctic antarctic antarctica mediterranean
  caribbean northwest northeast southwest southeast eastern western northern southern central middle springs
  heights canyon cape peninsula gulf strait desert plains highlands lowlands delta falls glacier
  archipelago
`);

/** First words that make the run a group, an organisation or a place, never one person ("Indonesian Navy"). */
export const NON_PERSON_FIRST = set(`
  national international federal royal global world american british english french german italian spanish
  chinese japanese indian russian ukrainian israeli palestinian australian canadian mexican brazilian afghan
  pakistani indonesian malaysian thai vietnamese korean filipino african european asian arab iranian iraqi
  syrian turkish egyptian saudi nigerian kenyan dutch swiss swedish norwegian danish polish irish scottish welsh
  greek portuguese taiwanese singaporean argentine chilean colombian peruvian cuban haitian jamaican muslim
  christian jewish catholic protestant hindu buddhist democratic republican libertarian socialist communist
  liberal conservative labour labor
  visual performing
`);

/** First words of multi-word place names ("New Mexico", "San Diego", "North Carolina"). */
export const PLACE_STARTERS = set('new north south east west san santa los las el fort port mount lake saint st upper lower great');

/** Single-word US states and a few countries that can be mistaken for surnames after a first word. */
export const PLACES = set(`
  alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
  indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
  montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
  wisconsin wyoming america england scotland wales ireland britain canada mexico france germany italy spain
  china japan india russia ukraine israel australia brazil
`);

/** Lower-case particles allowed inside a name ("Ludwig van Beethoven", "Rio de Janeiro"). */
export const NAME_PARTICLES = set('de da del della der van von la le du di bin al ibn');

/** Name suffixes kept as part of the name. */
export const NAME_SUFFIXES = set('jr sr ii iii iv');
