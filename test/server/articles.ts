/**
 * Invented reports for the server tests: three outlets on one invented event (so they form a story
 * with quotes, entities and dates), and one hostile page carrying script, event-handler, javascript:
 * and textarea-breakout payloads that must never run or render as markup.
 */
export interface TestUpload {
  readonly name: string;
  readonly text: string;
}

const TITLE = 'Kerava volcano erupts, thousands evacuated';
const text = (extra: string) => `The Kerava volcano in Iceland erupted on Thursday, forcing the evacuation of thousands of residents from nearby villages, officials said.

"We have moved 3,000 people to safety and the ash cloud is drifting east," said Anna Jonsdottir, head of the civil protection agency.

Prime Minister Bjarni Sigurdsson said on Friday that the government would pay for temporary housing for every evacuated family.

${extra}
`;

/** A crawler record (`{url, title, published, source, text}`), the shape that carries an outlet. */
const record = (outlet: string, slug: string, extra: string) =>
  JSON.stringify({ url: `https://${slug}.example/kerava`, title: TITLE, published: '2024-03-14', source: outlet, text: text(extra) });

/** Two crawler records with an outlet, and one scraped text page (no outlet: it counts as its own). */
export const STORY_UPLOADS: readonly TestUpload[] = [
  { name: 'kerava-wire.json', text: record('Nordic Wire', 'nordicwire', 'Flights from Keflavik airport were suspended on Thursday evening because of the ash.') },
  { name: 'kerava-daily.txt', text: `${TITLE}\nPublished: 2024-03-14\n\n${text('Geologists warned that a second fissure could open within days, the Meteorological Office said.')}` },
  { name: 'kerava-herald.json', text: record('Atlantic Herald', 'herald', 'Anna Jonsdottir said residents should not return before Monday.') },
];

export const HOSTILE_UPLOAD: TestUpload = {
  name: 'hostile.html',
  text: `<!doctype html><html><head><title>Harbour strike talks <script>window.__pwned = 1</script></title>
<script>window.__pwned = 2; document.title = 'pwned'</script></head>
<body><article><h1>Harbour strike talks resume in Kerava</h1>
<p>Union leaders met port managers on Tuesday <img src=x onerror="window.__pwned = 3">to resume talks over pay.</p>
<p>A spokesperson said the talks were <a href="javascript:window.__pwned=4">constructive</a> and would continue on Wednesday.</p>
<p>Negotiators warned that </textarea><script>window.__pwned = 5</script> a deal was still far off and that dockers would strike again.</p>
<p>The harbour handles most of the region's fish exports and a long strike would hurt the whole coast, economists said on Tuesday.</p>
</article></body></html>`,
};
