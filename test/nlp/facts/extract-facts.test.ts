import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFacts, splitAbout } from '../../../src/nlp/facts/index.ts';
import { buildStageInput, entityId, type InputSpec } from '../build-stage-input.ts';

interface Expected {
  readonly quantity: number;
  readonly unit?: string;
  readonly about: string;
  readonly change?: 'increase' | 'decrease';
  /** The text the fact's span covers. */
  readonly span?: string;
}

function factsOf(text: string, spec: InputSpec = {}) {
  const input = buildStageInput(text, spec);
  return { input, facts: extractFacts(input) };
}

function shape(text: string, spec?: InputSpec): Expected[] {
  return factsOf(text, spec).facts.map((f) => ({
    quantity: f.quantity,
    ...(f.unit ? { unit: f.unit } : {}),
    about: f.about,
    ...(f.change ? { change: f.change } : {}),
  }));
}

test('extractFacts: counts, measures and money in invented news sentences', () => {
  const cases: [string, Expected[]][] = [
    ['The Pentagon will send 4,000 additional troops to the region.', [{ quantity: 4000, about: 'additional troops' }]],
    ['The ministry said 2,500 more US soldiers would follow.', [{ quantity: 2500, about: 'additional US soldiers' }]],
    ['The army sent an additional 1,200 marines.', [{ quantity: 1200, about: 'additional marines' }]],
    ['He threatened to hit 37 Venezuelan targets.', [{ quantity: 37, about: 'Venezuelan targets' }]],
    ['An earlier raid killed 18 fighters of the rebel group.', [{ quantity: 18, about: 'fighters' }]],
    ['The sailors were held captive for 312 days.', [{ quantity: 312, unit: 'days', about: 'sailors were held captive' }]],
    ['Copper prices soared by 3.2% after the blast.', [{ quantity: 3.2, unit: 'percent', about: 'Copper prices', change: 'increase' }]],
    ['Gold fell 1.5 percent on Monday.', [{ quantity: 1.5, unit: 'percent', about: 'Gold', change: 'decrease' }]],
    ['The firm cut 700 jobs.', [{ quantity: 700, about: 'jobs', change: 'decrease' }]],
    ['The navy has more than a quarter of a million sailors.', []],
    ['Its army has more than half a million active reservists.', [{ quantity: 500000, about: '(more than) active reservists' }]],
    ['Some 640 police officers patrolled the square.', [{ quantity: 640, about: '(about) police officers' }]],
    ['At least 12 civilians died.', [{ quantity: 12, about: '(at least) civilians' }]],
    ['Nearly 40% of voters backed the plan.', [{ quantity: 40, unit: 'percent', about: '(nearly) voters' }]],
    ['The bank approved a $2.3 billion loan.', [{ quantity: 2.3e9, unit: 'USD', about: 'loan' }]],
    ['Donors pledged $450 million in aid.', [{ quantity: 4.5e8, unit: 'USD', about: 'aid' }]],
    ['The fund holds €1.2bn of bonds.', [{ quantity: 1.2e9, unit: 'EUR', about: 'bonds' }]],
    ['Officials expect 2,000 to 2,500 protesters.', [{ quantity: 2000, about: '(between 2000 and 2500) protesters' }]],
    ['Between 3 and 4 million pilgrims attended.', [{ quantity: 3e6, about: '(between 3000000 and 4000000) pilgrims' }]],
    ['Four Dutch nurses and eleven patients were evacuated.', [
      { quantity: 4, about: 'Dutch nurses' }, { quantity: 11, about: 'patients' },
    ]],
    ['Twenty-five workers were rescued.', [{ quantity: 25, about: 'workers' }]],
    ['The convoy stopped some 40 kilometers (25 miles) north of the capital.', [{ quantity: 40, unit: 'km', about: '(about) north of the capital' }]],
    ['The country declared five days of mourning.', [{ quantity: 5, unit: 'days', about: 'mourning' }]],
    ['Exports reached 2 million barrels per day.', [{ quantity: 2e6, unit: 'barrels per day', about: 'Exports' }]],
    ['The tweet got more than two million likes.', [{ quantity: 2e6, about: '(more than) likes' }]],
  ];
  for (const [text, expected] of cases) assert.deepEqual(shape(text), expected, text);
});

test('extractFacts: dates, times, years, ages, ordinals, phone numbers and names are not facts', () => {
  const cases: string[] = [
    'The strike came on Jan. 3, 2020, at 1:45 a.m. local time.',
    'The talks began in 1998 and ended in 2003.',
    'The 2011 uprising changed the country.',
    'Protesters gathered on 14 March.',
    'The meeting starts at 10 p.m.',
    'The broadcast is at 1830 GMT.',
    'Jane Porter, 54, said she was afraid.',
    'The 71-year-old cleric spoke briefly.',
    'He was aged 63 when he died.',
    'The 101st Airborne Division was deployed.',
    'She came first and he came second.',
    'Call the hotline on +1 202-555-0199 for help.',
    'Fans chanted about World War 3 online.',
    'Security Council Resolution 2334 was cited.',
    'Dozens of workers and thousands of residents fled.',
    'Tens of thousands of mourners filled the streets.',
    'The two nations broke off ties.',
    'One of the officers was hurt.',
    'No one was hurt in the two-day siege.',
    'Two days earlier, the embassy was stormed.',
    'Over the past 24 hours the situation calmed.',
    'The vote will take place in 10 days.',
    'The ruins date from 562 BC.',
    'One analyst disagreed.',
    '1. Skip to content',
    'Just 3 min read',
  ];
  for (const text of cases) assert.deepEqual(shape(text), [], text);
});

test('extractFacts: numbers inside time expressions are skipped unless the expression is a duration', () => {
  const text = 'On 3 January, three rockets hit the base, and the siege lasted for 19 days.';
  const got = shape(text, {
    timexes: [
      { text: '3 January', type: 'DATE', value: 'XXXX-01-03' },
      { text: '19 days', type: 'DURATION', value: 'P19D' },
    ],
  });
  assert.deepEqual(got, [
    { quantity: 3, about: 'rockets' },
    { quantity: 19, unit: 'days', about: 'siege lasted' },
  ]);
  const relative = shape('Three weeks ago 40 people marched.', { timexes: [{ text: 'Three weeks ago', type: 'DATE' }] });
  assert.deepEqual(relative, [{ quantity: 40, about: 'people' }]);
});

test('extractFacts: the entity measured or counted is linked', () => {
  const text = 'Acme shares fell 8% while rebels killed one Canadian and 52 Iranian pilgrims.';
  const { input, facts } = factsOf(text, {
    entities: [
      { name: 'Acme', type: 'ORG' },
      { name: 'Canadian', type: 'NORP' },
      { name: 'Iranian', type: 'NORP' },
    ],
  });
  assert.equal(facts.length, 3);
  assert.equal(facts[0]?.entity, entityId(input, 'Acme'));
  assert.equal(facts[0]?.change, 'decrease');
  assert.equal(facts[1]?.entity, entityId(input, 'Canadian'));
  assert.equal(facts[1]?.quantity, 1);
  assert.equal(facts[2]?.entity, undefined, 'Iranian modifies pilgrims: the pilgrims are counted, not a named thing');
});

test('extractFacts: spans cover qualifier, number, unit and what it is about; ids are sequential', () => {
  const text = 'Iran has more than half a million active service members. Brent oil soared by 4.5% on Friday.';
  const { facts } = factsOf(text);
  assert.deepEqual(facts.map((f) => text.slice(f.start, f.end)), [
    'more than half a million active service members',
    'Brent oil soared by 4.5%',
  ]);
  assert.deepEqual(facts.map((f) => f.id), ['f0', 'f1']);
});

test('splitAbout: takes the qualifier back out of about', () => {
  assert.deepEqual(splitAbout('(more than) active service members'), { qualifier: 'more than', subject: 'active service members' });
  assert.deepEqual(splitAbout('(between 2000 and 2500) protesters'), { qualifier: 'between 2000 and 2500', subject: 'protesters' });
  assert.deepEqual(splitAbout('Iranian sites'), { qualifier: null, subject: 'Iranian sites' });
});
