/**
 * Titles and role nouns that precede a name (`Secretary of State Mike Pompeo`, `spokesman Jonathan Hoffman`).
 * `any`: matched whatever the case (`the president`, `President`); `cap`: only capitalised (`General`, not
 * the adjective `general`). Longest match wins, so `Secretary of State` beats `Secretary`.
 */
export const TITLES_ANY: readonly string[] = [
  'President', 'Vice President', 'President-elect', 'Prime Minister', 'Deputy Prime Minister', 'Foreign Minister',
  'Defense Minister', 'Defence Minister', 'Interior Minister', 'Finance Minister', 'Oil Minister', 'Minister',
  'Secretary of State', 'Secretary of Defense', 'Defense Secretary', 'Defence Secretary', 'Foreign Secretary',
  'Home Secretary', 'Treasury Secretary', 'Secretary-General', 'Secretary General', 'Secretary of the Treasury',
  'Press Secretary', 'National Security Adviser', 'National Security Advisor', 'Chief of Staff', 'Chairman of the Joint Chiefs of Staff',
  'Supreme Leader', 'Ayatollah', 'Grand Ayatollah', 'Crown Prince', 'Chancellor', 'Speaker', 'House Speaker',
  'Senate Majority Leader', 'Majority Leader', 'Minority Leader', 'Senator', 'Ambassador', 'Governor', 'Mayor',
  'spokesman', 'spokeswoman', 'spokesperson', 'diplomat', 'top diplomat', 'envoy', 'special envoy',
  'Foreign Ministry spokesman', 'commander', 'military commander', 'top commander', 'Major General', 'Brigadier General',
  'Lieutenant General', 'Lieutenant Colonel', 'Colonel', 'Admiral', 'Emir', 'Sheikh', 'Cleric', 'cleric', 'Pope',
  'Chief Justice', 'Attorney General', 'Congressman', 'Congresswoman', 'Representative', 'lawmaker', 'Lawmaker',
  'analyst', 'correspondent', 'reporter', 'Director', 'CEO', 'chief executive', 'Chairman', 'Chairwoman', 'King', 'Queen',
];

export const TITLES_CAP: readonly string[] = [
  'General', 'Gen.', 'Maj. Gen.', 'Lt. Gen.', 'Brig. Gen.', 'Lt. Col.', 'Col.', 'Adm.', 'Sen.', 'Rep.', 'Gov.', 'Secretary',
  'Commander', 'Leader', 'Chief', 'Prince', 'Princess', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Lord',
  'Sayyed', 'Sayyid', 'Imam', 'Mullah', 'Haji', 'Judge', 'Justice', 'Captain', 'Capt.', 'Major', 'Sergeant', 'Sgt.',
];
