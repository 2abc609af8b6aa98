/**
 * Organisations news about international politics names often, hand-listed because the Phoenix
 * dictionaries (2014) miss recent bodies and media. Matched case-sensitively.
 * Rows: canonical name | country (ISO2, '' for none) | other names of the same body (`;`-separated).
 */
export const ORGS_HAND_TSV = `United Nations||UN;U.N.
UN Security Council||U.N. Security Council;Security Council;United Nations Security Council
UN General Assembly||General Assembly;U.N. General Assembly
NATO||North Atlantic Treaty Organization
European Union||EU;E.U.
European Commission||
European Parliament||
European Council||
Arab League||
OPEC||
International Atomic Energy Agency||IAEA
World Health Organization||WHO
International Monetary Fund||IMF
World Bank||
International Committee of the Red Cross||ICRC;Red Cross
Red Crescent||
Amnesty International||Amnesty
Human Rights Watch||
International Criminal Court||ICC
African Union||
ASEAN||
G7||
G20||
Gulf Cooperation Council||GCC
Organisation of Islamic Cooperation||Organization of Islamic Cooperation;OIC
Pentagon|US|Department of Defense;Defense Department;US Department of Defense;U.S. Department of Defense
White House|US|
State Department|US|Department of State;US State Department;U.S. State Department
Department of Homeland Security|US|DHS;Homeland Security
Treasury Department|US|Treasury;US Treasury;U.S. Treasury
Justice Department|US|Department of Justice
Congress|US|US Congress;U.S. Congress
Senate|US|US Senate;U.S. Senate
House of Representatives|US|House
Supreme Court|US|
CIA|US|Central Intelligence Agency
FBI|US|Federal Bureau of Investigation
NSA|US|National Security Agency
Joint Chiefs of Staff|US|
US Central Command|US|CENTCOM;Central Command;U.S. Central Command
Republican Party|US|GOP
Democratic Party|US|
Kremlin|RU|
Downing Street|GB|
Foreign Office|GB|
Ministry of Defence|GB|
Labour Party|GB|Labour
Conservative Party|GB|
Elysee|FR|Élysée
Bundestag|DE|
Bundeswehr|DE|
Knesset|IL|
Likud|IL|
Israel Defense Forces|IL|IDF
Mossad|IL|
Majlis|IR|
Islamic Revolutionary Guard Corps|IR|IRGC;Revolutionary Guards;Revolutionary Guard;Revolutionary Guards Corps;Iran Revolutionary Guards;Iranian Revolutionary Guard;Iranian Revolutionary Guards
Quds Force|IR|Qods Force
Basij|IR|
Guardian Council|IR|
Assembly of Experts|IR|
Supreme National Security Council|IR|
Foreign Ministry||
Defense Ministry||
Interior Ministry||
Popular Mobilization Units|IQ|Popular Mobilization Forces;Popular Mobilisation Units;Popular Mobilisation Forces;Hashd al-Shaabi;Hashed al-Shaabi;PMU;PMF
Kataib Hezbollah|IQ|Kata'ib Hezbollah;Kataeb Hezbollah
Asaib Ahl al-Haq|IQ|
Harakat al-Nujaba|IQ|
Badr Organization|IQ|
Peshmerga|IQ|
Hezbollah|LB|
Hamas|PS|
Islamic Jihad|PS|
Fatah|PS|
Houthis|YE|Houthi;Ansar Allah
Taliban|AF|
al-Qaeda||Al-Qaeda;al-Qaida;Al Qaeda
Islamic State||ISIS;ISIL;Daesh
Syrian Democratic Forces|SY|SDF
YPG|SY|
PKK|TR|
Muslim Brotherhood||
Reuters||
AFP||Agence France-Presse;Agence France Presse
Associated Press||AP
BBC||
CNN||
Fox News||
MSNBC||
NBC News||NBC
ABC News||ABC
CBS News||CBS
NPR||
PBS||
Al Jazeera||Al-Jazeera
Al Arabiya||
The New York Times||New York Times
The Washington Post||Washington Post
The Wall Street Journal||Wall Street Journal
The Guardian||
Financial Times||
The Times||
The Telegraph||
The Independent||
Bloomberg||
Politico||
Axios||
The Atlantic||
Vox||
HuffPost||
BuzzFeed News||
The Hill||
USA Today||
Los Angeles Times||
IRNA|IR|Islamic Republic News Agency
Fars News Agency|IR|Fars
Tasnim News Agency|IR|Tasnim
ISNA|IR|
Mehr News Agency|IR|
Press TV|IR|PressTV
Xinhua|CN|
TASS|RU|
RIA Novosti|RU|
Sputnik|RU|
RT|RU|
Getty Images||
EPA||
Twitter||
Facebook||
Instagram||
YouTube||
Google||
Apple||
Amazon||
Microsoft||`;
