/**
 * The HTTP API's shapes as the page reads them (the contract with src/server; its schemas are the
 * truth, these only name what the page uses). Optional fields are ones the page can do without.
 */
export interface Citation { doc: string; start: number; end: number }
export interface DateValue { value: string; precision: string; from?: string }

export interface Status { documents: number; stories: number; analysed: number; seedsAvailable: boolean; readOnly?: boolean }

export interface StoryListItem {
  id: string; title: string; documents: number; outlets: number;
  first: string | null; last: string | null; aliases: string[];
  activity?: { date: string; documents: number }[];
}
export interface Page<T> { items: T[]; next: string | null }

/** A row of GET /api/documents (and of a story's documents). */
export interface StoryDocument {
  id: string; title: string | null; source: string | null; url?: string | null; origin?: string;
  published: string | null; kind: string; chars?: number; passages?: number; analysed?: boolean;
}
export interface DocumentGroup { docs: string[]; kinds: string[]; current: string[] }
export interface StoryDetail { story: StoryListItem; documents: StoryDocument[]; groups: DocumentGroup[]; truncated: boolean }

export interface TimelineSentence extends Citation { text: string; alsoIn: Citation[] }
export interface TimelineLine { date: string; text: string; citations: Citation[]; sentences: TimelineSentence[]; sources: number; mentions: number }
export interface Timeline { story: string; items: TimelineLine[] }
export interface SummarySentence {
  text: string; verbatim: boolean; citations: Citation[]; sources: number; date?: string;
  quote?: { speaker: string; id: string; doc: string; attribution: string };
}
export interface Summary { story: string; sentences: SummarySentence[] }

export interface Evidence extends Citation { text: string; stance?: string }
export interface ReactionCell { stance: string; count: number; sources: number; evidence: Evidence[] }
export interface ActorRow { key: string; name: string; type: string; country?: string | null; total: number; sources: number; cells: ReactionCell[] }
export interface EscalationDay { date: string; events: number; intensity: number; conflict: number; cooperation: number; sources: number }
export interface Reactions { story: string; matrix: { stances: string[]; actors: ActorRow[] }; escalation: EscalationDay[] }

export interface Claim { text: string; citation: Citation }
export interface Contradiction { kind: string; about: string; claims: Claim[] }
export interface Contradictions { story: string; items: Contradiction[] }

export interface Passage { id: string; kind: string; start: number; end: number; time?: string | null }
export interface DocEntity { id: string; key: string; type: string; name: string; aliases: string[] }
export interface Mention { entity: string; start: number; end: number; text: string }
export interface Quote {
  id: string; start: number; end: number; content?: { start: number; end: number };
  speaker?: { entity?: string | null; start: number; end: number; text: string } | null; kind?: string;
}
export interface Timex { id: string; start: number; end: number; text?: string; type?: string; value?: string }
export interface EventRecord { id: string; start: number; end: number; trigger?: { start: number; end: number }; type?: string }
export interface Annotations { entities: DocEntity[]; mentions: Mention[]; quotes: Quote[]; timexes: Timex[]; events: EventRecord[] }

export interface FullDocument {
  id: string; title: string | null; url: string | null; source: string | null; origin: string;
  published: DateValue | null; kind: string; agencies: string[]; author: string | null; language: string | null;
  text: string; passages: Passage[];
}
export interface Related { doc: string; kind: string; role: string; score: number }
export interface DocumentDetail {
  document: FullDocument; annotations: Annotations | null; story: string | null; related: Related[];
  warnings: { source: string; code: string; reason: string }[];
  raw: { contentType: string; bytes: number } | null;
}

export interface SearchHit {
  document: StoryDocument; rank: number; snippet: { text: string; match: boolean }[];
  /** The best matching passage (UTF-16 span of the text); null when only the title matched. */
  passage: { start: number; end: number } | null;
}
export interface SearchFacetValue { value: string; label: string; count: number }
/** GET /api/search's facets, counted over the newest matches (`counted`; `capped` when more match). */
export interface SearchFacets {
  outlet: SearchFacetValue[]; kind: SearchFacetValue[]; date: { unit: 'day' | 'month'; values: SearchFacetValue[] };
  entity: SearchFacetValue[]; story: SearchFacetValue[];
}
export interface SearchPage extends Page<SearchHit> { facets: SearchFacets; counted: number; capped: boolean }

/** An annotation record as the store lists it (GET /api/entities/{key}, /api/quotes). */
export interface StoredRecord {
  doc: string; layer: string; localId: string; start: number; end: number; type: string | null; date: string | null;
  snippet: string; entityName: string | null; targetName: string | null;
  docTitle: string | null; docSource: string | null; docPublished: string | null;
  record: { kind?: string; content?: { start: number; end: number }; speaker?: { text: string } | null; stance?: string; [key: string]: unknown };
}
export interface CorpusEntity {
  key: string; type: string; name: string; aliases: string[]; roles: { title: string; org?: string }[];
  country: string | null; documents: number; mentions: number;
}
export interface EntityDetail { entity: CorpusEntity; mentions: StoredRecord[]; quotes: StoredRecord[]; events: StoredRecord[]; stances: StoredRecord[] }

export interface IngestFileResult { file: string; status: string; message?: string; documents?: string[] }
export interface Problem { type?: string; title: string; status: number; detail?: string }
