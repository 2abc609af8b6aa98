/**
 * High-precision cue words per PLOVER category: the verbs and event nouns the CAMEO codebook names
 * for each root (CAMEO 1.1b3 category names and descriptions, PLOVER manual definitions), written
 * down by hand. The big CAMEO.verbpatterns lexicon (in the model file) is broad and noisy ("come",
 * "go" are meeting cues there); these few words are what a reader takes as the happening. They are
 * classifier features (`key:ASSAULT`) and the preferred trigger. Inflections are matched by stem.
 */
export const CORE_CUES: Readonly<Record<string, readonly string[]>> = {
  AGREE: ['agree', 'agreement', 'pledge', 'promise', 'sign', 'signed', 'accord', 'deal', 'treaty', 'commit', 'offer'],
  CONSULT: ['meet', 'met', 'meeting', 'talks', 'visit', 'host', 'discuss', 'negotiate', 'negotiation', 'summit', 'phoned', 'consult'],
  SUPPORT: ['praise', 'support', 'endorse', 'welcome', 'back', 'backed', 'applaud', 'recognise', 'recognize', 'apologise', 'apologize'],
  COOPERATE: ['cooperate', 'cooperation', 'partnership', 'ally', 'alliance', 'collaborate', 'restore'],
  AID: ['aid', 'donate', 'donation', 'assistance', 'humanitarian', 'relief', 'loan', 'grant', 'asylum'],
  YIELD: ['release', 'freed', 'free', 'withdraw', 'withdrawal', 'retreat', 'ease', 'lift', 'lifted', 'ceasefire', 'truce', 'surrender', 'resign', 'concede', 'pardon'],
  REQUEST: ['urge', 'demand', 'appeal', 'ask', 'request', 'call'],
  ACCUSE: ['accuse', 'condemn', 'criticise', 'criticize', 'criticism', 'blame', 'denounce', 'charge', 'investigate', 'investigation', 'sue', 'allege', 'convict'],
  REJECT: ['reject', 'refuse', 'deny', 'veto', 'dismiss', 'oppose', 'defy', 'boycott'],
  THREATEN: ['threaten', 'threat', 'vow', 'warn', 'ultimatum', 'revenge', 'retaliate', 'retaliation', 'retribution', 'avenge'],
  PROTEST: ['protest', 'protester', 'demonstrate', 'demonstration', 'demonstrator', 'rally', 'march', 'riot', 'walkout', 'sit-in'],
  MOBILIZE: ['deploy', 'deployment', 'mobilise', 'mobilize', 'reinforce', 'alert', 'troops', 'buildup'],
  SANCTION: ['sanction', 'embargo', 'expel', 'suspend', 'sever', 'recall', 'cut', 'halt', 'freeze'],
  COERCE: ['arrest', 'detain', 'seize', 'ban', 'deport', 'confiscate', 'raid', 'jail', 'imprison', 'curfew', 'crackdown', 'censor', 'execute'],
  ASSAULT: ['attack', 'kill', 'killing', 'strike', 'airstrike', 'air strike', 'bomb', 'bombing', 'shell', 'shoot', 'shot', 'assassinate', 'assassination', 'fire', 'rocket', 'missile', 'clash', 'fight', 'wound', 'storm', 'stormed', 'invade', 'drone'],
};
