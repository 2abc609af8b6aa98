/**
 * Hand-kept cue verbs of reported speech and their inflections. The learned lexicon
 * (cue-lexicon.ts) adds the long tail PolNeAR annotates (beliefs, evaluations); this list is the
 * core every news text uses and is always a cue outside a quotation.
 */

/** lemma → [3rd person, past, participle, -ing] (irregulars spelled out). */
const VERBS: Readonly<Record<string, readonly string[]>> = {
  say: ['says', 'said', 'said', 'saying'],
  tell: ['tells', 'told', 'told', 'telling'],
  add: ['adds', 'added', 'added', 'adding'],
  warn: ['warns', 'warned', 'warned', 'warning'],
  vow: ['vows', 'vowed', 'vowed', 'vowing'],
  claim: ['claims', 'claimed', 'claimed', 'claiming'],
  insist: ['insists', 'insisted', 'insisted', 'insisting'],
  deny: ['denies', 'denied', 'denied', 'denying'],
  accuse: ['accuses', 'accused', 'accused', 'accusing'],
  announce: ['announces', 'announced', 'announced', 'announcing'],
  write: ['writes', 'wrote', 'written', 'writing'],
  tweet: ['tweets', 'tweeted', 'tweeted', 'tweeting'],
  state: ['states', 'stated', 'stated', 'stating'],
  confirm: ['confirms', 'confirmed', 'confirmed', 'confirming'],
  declare: ['declares', 'declared', 'declared', 'declaring'],
  explain: ['explains', 'explained', 'explained', 'explaining'],
  argue: ['argues', 'argued', 'argued', 'arguing'],
  note: ['notes', 'noted', 'noted', 'noting'],
  report: ['reports', 'reported', 'reported', 'reporting'],
  threaten: ['threatens', 'threatened', 'threatened', 'threatening'],
  pledge: ['pledges', 'pledged', 'pledged', 'pledging'],
  promise: ['promises', 'promised', 'promised', 'promising'],
  urge: ['urges', 'urged', 'urged', 'urging'],
  acknowledge: ['acknowledges', 'acknowledged', 'acknowledged', 'acknowledging'],
  admit: ['admits', 'admitted', 'admitted', 'admitting'],
  suggest: ['suggests', 'suggested', 'suggested', 'suggesting'],
  stress: ['stresses', 'stressed', 'stressed', 'stressing'],
  emphasize: ['emphasizes', 'emphasized', 'emphasized', 'emphasizing'],
  emphasise: ['emphasises', 'emphasised', 'emphasised', 'emphasising'],
  reply: ['replies', 'replied', 'replied', 'replying'],
  respond: ['responds', 'responded', 'responded', 'responding'],
  ask: ['asks', 'asked', 'asked', 'asking'],
  reiterate: ['reiterates', 'reiterated', 'reiterated', 'reiterating'],
  predict: ['predicts', 'predicted', 'predicted', 'predicting'],
  caution: ['cautions', 'cautioned', 'cautioned', 'cautioning'],
  condemn: ['condemns', 'condemned', 'condemned', 'condemning'],
  demand: ['demands', 'demanded', 'demanded', 'demanding'],
  allege: ['alleges', 'alleged', 'alleged', 'alleging'],
  assert: ['asserts', 'asserted', 'asserted', 'asserting'],
  maintain: ['maintains', 'maintained', 'maintained', 'maintaining'],
  recall: ['recalls', 'recalled', 'recalled', 'recalling'],
  post: ['posts', 'posted', 'posted', 'posting'],
  quip: ['quips', 'quipped', 'quipped', 'quipping'],
  joke: ['jokes', 'joked', 'joked', 'joking'],
  concede: ['concedes', 'conceded', 'conceded', 'conceding'],
  boast: ['boasts', 'boasted', 'boasted', 'boasting'],
  complain: ['complains', 'complained', 'complained', 'complaining'],
  testify: ['testifies', 'testified', 'testified', 'testifying'],
  blame: ['blames', 'blamed', 'blamed', 'blaming'],
  describe: ['describes', 'described', 'described', 'describing'],
  continue: ['continues', 'continued', 'continued', 'continuing'],
  observe: ['observes', 'observed', 'observed', 'observing'],
  remark: ['remarks', 'remarked', 'remarked', 'remarking'],
  counter: ['counters', 'countered', 'countered', 'countering'],
  conclude: ['concludes', 'concluded', 'concluded', 'concluding'],
};

/** Forms (lower-case) that are cues whenever they are not inside a quotation. */
export const CUE_VERB_FORMS: ReadonlySet<string> = new Set(Object.entries(VERBS).flatMap(([lemma, forms]) => [lemma, ...forms]));

/** Lemma of a cue form (`told` → `tell`). */
export const CUE_LEMMA: ReadonlyMap<string, string> = new Map(Object.entries(VERBS).flatMap(([lemma, forms]) => [lemma, ...forms].map((f) => [f, lemma] as const)));

/** Cues whose object is the addressee (`told CNN that …`, `urged Congress to …`). */
export const ADDRESSEE_LEMMAS: ReadonlySet<string> = new Set(['tell', 'ask', 'urge', 'warn', 'accuse', 'promise', 'assure', 'remind', 'inform', 'caution', 'blame']);

/** Words that, following a cue verb, belong to the cue (`pointed out`, `called for`). */
export const CUE_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['pointed', new Set(['out', 'to'])],
  ['pointing', new Set(['out', 'to'])],
  ['points', new Set(['out', 'to'])],
  ['called', new Set(['for', 'on'])],
  ['calling', new Set(['for', 'on'])],
  ['calls', new Set(['for', 'on'])],
  ['call', new Set(['for', 'on'])],
  ['referring', new Set(['to'])],
  ['hit', new Set(['back'])],
  ['shot', new Set(['back'])],
  ['fired', new Set(['back'])],
  ['pushed', new Set(['back'])],
  ['referred', new Set(['to'])],
]);

/** Verbs that invert with their subject after the content (`"…," said Smith`). */
export const INVERTING_LEMMAS: ReadonlySet<string> = new Set([
  'say', 'add', 'write', 'ask', 'explain', 'note', 'recall', 'reply', 'respond', 'tweet', 'argue', 'insist', 'warn',
  'state', 'declare', 'joke', 'quip', 'concede', 'continue', 'conclude', 'counter', 'observe', 'remark', 'report', 'claim',
]);

/** Cues with no speaker of their own: the subject is what is said to seem or be expected (`X appeared paralysed`). */
export const RAISING_FORMS: ReadonlySet<string> = new Set([
  'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'expected', 'considered', 'believed', 'thought', 'known',
  'seen', 'viewed', 'regarded', 'perceived', 'rumored', 'rumoured', 'reported', 'said', 'likely',
]);

/** Lemmas whose past, participle and -ing forms are always cues, whatever the learned classifier says. */
export const CORE_SPEECH_LEMMAS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'warn', 'vow', 'claim', 'insist', 'deny', 'accuse', 'announce', 'write', 'tweet', 'confirm',
  'declare', 'threaten', 'pledge', 'promise', 'urge', 'acknowledge', 'admit', 'reiterate', 'allege', 'assert', 'testify',
  'quip', 'joke', 'condemn', 'demand', 'caution', 'boast', 'concede',
]);
