import { lexiconTags } from '../doc/compromise.js';
import { TITLE_TOKEN } from './titles.js';

/** The closed word classes the entities stage reasons with. Each set holds lower-cased words. */

const words = (list: string) => new Set(list.trim().split(/\s+/u));

/** More titles that may stand capitalised before a name ("Prime Minister", "Coach"), beyond the shared list. */
const MORE_TITLES = words(`
  prime king queen prince princess pope general attorney coach captain striker goalkeeper chancellor premier vice deputy
  colonel sergeant lieutenant commander sheikh ambassador envoy sen rep gov gen col lt capt sgt justice detective
  superintendent constable cardinal bishop archbishop rabbi imam skipper midfielder defender forward keeper batsman bowler
  pitcher quarterback rider driver champion
`);

export const isTitleWord = (word: string) => TITLE_TOKEN.test(word) || MORE_TITLES.has(word.toLowerCase().replace(/\.$/u, ''));

const NAME_LEXICON_TAGS = new Set([
  'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person', 'City', 'Country', 'Place', 'Region', 'Organization',
  'SportsTeam', 'Company', 'School', 'ProperNoun', 'Honorific', 'Product', 'Acronym',
]);

/** A word compromise knows only as a common word ("but", "shares", "return"), not as a name. */
export function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((tag) => NAME_LEXICON_TAGS.has(tag));
}

/** Endings of English common nouns and adjectives that names rarely have ("Distribution", "Electrical"). */
const COMMON_NOUN = /(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|ical|ics|onal|ral|tal)$/iu;

/** A common word compromise knows, or an unknown word with a common noun's ending. */
export const looksCommon = (word: string) => isCommonWord(word) || (COMMON_NOUN.test(word) && lexiconTags(word).length === 0);

/** A company's own final word: such a name is complete, so an "and" after it starts another ("Acme Robotics and Foo Inc"). */
export const COMPANY_FINALS = words(`
  inc incorporated corp corporation co company ltd limited llc llp plc ag sa nv se gmbh group holdings labs technologies
  systems networks robotics partners capital ventures studios entertainment media interactive software games motors
  airlines pharmaceuticals electronics communications industries works infotech equities optik optics instruments electric
  analytics aerospace dynamics logistics payments devices data
`);

/** A name ending in one of these is an organization ("Acme Labs", "Film Council", "Vox Media"). */
export const ORGANIZATION_ENDINGS = new Set([
  ...COMPANY_FINALS,
  ...words(`
    companies bv spa ab oy asa kk holding laboratories laboratory technology partnership bank bancorp association
    associates council commission agency authority institute institution university college school academy party
    federation union committee ministry department bureau board court tribunal foundation society club studio airways
    pharma therapeutics biotech research project exchange polytechnic polytechnique fund funds trust service services
    directorate organisation organization alliance consortium coalition centre center parliament assembly congress senate
    police army navy guard reserve times post journal herald tribune gazette chronicle news reporter magazine press
    television tv radio broadcasting broadcasters records music pictures films publishing publications telecom telecoms
    telecommunications solutions enterprises brands stores semiconductor semiconductors microsystems computing computers
    digital online wireless broadband insurance securities investments advisors advisers management consulting
    consultants hospital clinic church museum fc cf afc sc united rovers wanderers athletic athletico albion hotspur
    rangers cinema cinemas railways rail trains motorsport racing utilities petroleum oil gas mining steel chemicals
    foods beverages brewing breweries hotels resorts retail supermarkets financial finance credit equity office
    inspectorate secretariat cabinet government administration regime animation channel infosystems insight insights
    electrical energy materials automotive mobility biosciences genomics diagnostics healthcare
  `),
]);

/** A company's ending, in the name as written: one of the endings, or "AI" in capitals ("Tessaly AI", not "generative AI"). */
export const isCompanyEnding = (word: string) => ORGANIZATION_ENDINGS.has(word.toLowerCase()) || word === 'AI';

/** A name ending in one of these is a product ("Stadia Pro", "Premiere Edition", "Galaxy Ultra"). */
export const PRODUCT_ENDINGS = words('edition pro max plus ultra mini lite deluxe premium console handheld phone player os');

/** Demonyms compromise's lexicon lacks ("British" is tagged in context, not listed). */
const MORE_DEMONYMS = words(`
  british english scottish welsh irish french dutch spanish danish swedish finnish polish turkish flemish cornish manx
  basque catalan portuguese swiss thai filipino uzbek kazakh tajik kurdish arab arabic islamic muslim christian jewish
  catholic protestant sunni shia shiite hindu sikh buddhist western eastern nordic baltic latin caribbean hispanic
  soviet communist socialist trojan briton britons brit brits scots aussie aussies yankee yankees
  englishman englishmen frenchman frenchmen dutchman dutchmen irishman irishmen welshman welshmen
`);

/** A nationality or a faith used as an adjective ("Chinese", "Burmese", "Danish"), or a national's noun ("Briton", "Scots"). */
export const isDemonym = (word: string) =>
  lexiconTags(word).includes('Demonym') || MORE_DEMONYMS.has(word.toLowerCase()) || /^\p{Lu}\p{Ll}+(?:ese|ean|ish)$/u.test(word);

/** A name starting with one of these and "of" is an organization ("University of Oxford", "Bank of America"). */
export const ORGANIZATION_HEADS = words(`
  university bank department ministry office institute bureau council commission federation association academy college
  school board court church museum society league union committee agency house chamber organisation organization party fund
  foundation assembly congress parliament secretary division directorate centre center guild order army navy friends
  movement alliance coalition
`);

/** A name ending in one of these is a place ("Silicon Valley", "Hudson River", "Orange County"). */
export const PLACE_ENDINGS = words(`
  street avenue road boulevard lane square valley county province state island islands bay river lake mountain mountains sea
  ocean coast peninsula desert heights hills beach kingdom republic emirates territory territories region district borough
  canyon strait gulf delta forest plateau sound harbour harbor springs falls creek town village
`);

/** A name opening with one of these is an organization, whatever follows ("École Polytechnique", "Universidad Rey Juan Carlos"). */
export const ORGANIZATION_FIRSTS = words(`
  école ecole escuela université universite universidad universidade università universität universitat hochschule
  politecnico politécnica instituto institut istituto fundación fundação fondation fondazione stiftung banco banca grupo
  groupe société societe compagnie agence agencia agenzia autorité autoridad autorità comisión commissione conseil consejo
  consiglio ministère ministerio ministero bundesamt bundesanstalt
`);

/** A name starting with one of these and "of" is a place ("Republic of Ireland", "Isle of Man"). */
export const PLACE_HEADS = words('republic kingdom state isle gulf bay sea cape city province commonwealth sultanate emirate principality');

/** Compass words that make a region of a place ("Western Europe", "North Africa"). */
export const COMPASS = words('north south east west northern southern eastern western central northeast northwest southeast southwest north-east north-west south-east south-west upper lower greater');

/** A name ending in one of these is an event, not an entity ("World Cup", "Winter Olympics", "Consumer Electronics Show"). */
export const EVENT_ENDINGS = words(`
  cup championship championships olympics olympic open prix tour trophy festival expo conference summit awards award
  prize war wars show fair week marathon rally classic masters invitational slam derby tournament series season election
  elections referendum revolution crisis day eve
`);

/** "Games" ends an event after these ("Asian Games" is told by its demonym, "Olympic Games" by this list). */
export const GAMES_EVENTS = words('olympic paralympic commonwealth winter summer youth pan world');

/** A name ending in one of these is a law, treaty or rule book, not an entity ("Digital Markets Act", "Kyoto Protocol"). */
export const LAW_ENDINGS = words('act acts directive treaty accord accords pact agreement protocol amendment bill doctrine');

/** Words a name may contain in lower case, between capitalised words ("Bank of America", "Procter & Gamble"). */
export const NAME_PARTICLES = words('de da di del della du des von van der den le la bin al el y dos das ter');

/** Capitalised words that name nothing on their own but may stand inside a name ("Pew Internet", "Web Summit"). */
export const GENERIC_WORDS = words('internet web net online email e-mail god world');

/** Capitalised words that never stand in a name: pronouns, determiners, days, months, holidays. */
export const NOT_NAMES = words(`
  qwerty wimax bluetooth ethernet wifi wi-fi
  i me we you he she it they the a an this that these those my our your his her its their
  monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october
  november december christmas easter ramadan halloween thanksgiving
`);

/**
 * Capitalised abbreviations that are common nouns, units, standards or events, not entities ("GPU", "CEO", "MP3", "CES").
 * Compared in lower case, plural "s" removed.
 */
export const COMMON_ACRONYMS = words(`
  ai agi asi ml llm gpu cpu tpu npu apu soc pc tv hdtv ceo cfo coo cto cio cmo cso cpo vp svp evp md ipo spac vr ar xr mr api sdk
  usb hdmi led oled lcd hd hdr uhd 4k 8k dvd cd pda sms mms gps 2g 3g 4g 5g 6g lte wifi wi-fi wlan isp drm p2p ram dram sram nand
  hbm rom ssd hdd os url html http https pdf faq gdp eps etf cagr ebitda q1 q2 q3 q4 h1 h2 fy am pm gmt bst est edt pst pdt cet
  utc nft suv ev av fomo iot saas paas iaas b2b b2c diy id pin hq r&d m&a vc nlp ui ux rpg fps mmo mmorpg dna rna co2 esg kpi roi
  it ok mp3 mp4 mpeg jpeg gif png xml json sql css vpn dns ip tcp www nfc rfid qr lan wan voip sim esim ota mvno arpu dsl adsl
  fttp tb gb mb kb ghz mhz mph km kg pr hr cgi vfx fx npc dlc pvp lol btw asap fyi tba tbc rip aka atm mba phd mp mep
  ces mwc e3 wwdc gdc ifa sxsw 3gsm covid covid-19 sars hiv aids ok usd gbp eur jpy cny inr aud cad hkd bn m tn
  lcd crt cctv dslr nas san cdn ddos sso mfa 2fa otp kyc aml gdpr ccpa dma dsa rss ide gpl bsd
  pin ceos cfos mps tbsp xp no vs am ad bc ps aaa obe mbe cbe kbe
`);

/** Nouns that follow a product's name ("the Foo console", "its Bar app"). */
export const PRODUCT_NOUNS = words(`
  software service console consoles phone phones smartphone smartphones handset handsets device devices app apps platform
  browser system game games player players tablet tablets laptop laptops chip chips processor processors model models
  headset headsets gadget gadgets handheld handhelds title titles program programme application applications feature
  engine operating assistant chatbot camera cameras watch speaker speakers car cars truck vehicle rocket lander spacecraft
  satellite drone systems project wearable wearables card cards portal jet jets aircraft plane
`);

/** Product nouns that, before a name, say what it is ("the chatbot Zorb", "a messaging app called Zorb", "its platform, Zorb"). */
export const PRODUCT_NOUNS_BEFORE = words(`
  software service platform app application device phone smartphone handset chip processor model models chatbot assistant
  browser console tablet laptop headset game gadget wearable os
`);

/** Nouns that put an organization after them ("research firm Gartner", "rival Sega", "games developer Ubisoft"). */
export const ORGANIZATION_NOUNS = words(`
  firm company group rival rivals maker giant studio start-up startup developer publisher carrier operator retailer bank
  broker insurer regulator agency outlet newspaper network label chain conglomerate manufacturer supplier provider unit
  subsidiary website site club team side outfit body watchdog lender fund charity brand airline automaker carmaker chipmaker
  companies firms organisation organization union university maker startups conglomerate lab laboratory investors backer
  backers
`);

/** Words after "'s" that make the owner an organization ("Acme's chief executive", "Acme's shares"). */
export const OWNED_BY_ORGANIZATION = words(`
  chief ceo cfo boss founder co-founder shares stock board spokesman spokeswoman spokesperson executives executive revenue
  revenues profit profits subsidiary unit division website products customers employees staff headquarters chairman
  president investors market share stake acquisition rival rivals founders co-founders cofounders shareholders engineers
  valuation
`);

/** Words a company's name may carry or drop ("Renesas Electronics" is "Renesas", "ASML Holding" is "ASML"). */
export const CORPORATE_SUFFIXES = words(`
  inc incorporated corp corporation co company ltd limited plc llc ag sa nv se gmbh group holding holdings electronics
  technologies technology motor motors semiconductor semiconductors systems industries international networks communications
  labs
`);

/**
 * The noun an apposition after a name gives it, and the word before that noun ("G42, an AI conglomerate based in
 * ...", "Zorb, its flagship phone"), lower-cased; the noun must end its phrase, so "Jane Doe, a company spokeswoman"
 * gives none that counts.
 */
export function apposedNoun(after: string): { noun: string; modifier: string } | undefined {
  const found = APPOSITION.exec(after);
  return found ? { noun: found[2]!.toLowerCase(), modifier: found[1]?.toLowerCase() ?? '' } : undefined;
}

const APPOSITION =
  /^,\s+(?:a|an|the|its|their)\s+(?:(?!(?:of|for|at|with|in|and|or|who|that)\s)[\p{L}\p{N}$.-]+\s+){0,2}?(?:((?!(?:of|for|at|with|in|and|or|who|that)\s)[\p{L}\p{N}$.-]+)\s+)??([\p{L}-]+)(?=[,.;:)]|$|\s+(?:that|which|based|behind|with|in|from|of|founded|known|whose|backed|owned|run|led|for|on|at|and|used|made|built|developed|sold)\b)/u;
