/**
 * Political leaders active after the Phoenix dictionaries were made (2014), hand-listed.
 * Rows: name | country (ISO2). Matched case-sensitively.
 */
export const PERSONS_HAND_TSV = `Donald Trump|US
Donald J. Trump|US
Mike Pompeo|US
Mark Esper|US
Mike Pence|US
Robert O'Brien|US
John Bolton|US
Mark Milley|US
Nancy Pelosi|US
Mitch McConnell|US
Chuck Schumer|US
Lindsey Graham|US
Joe Biden|US
Bernie Sanders|US
Elizabeth Warren|US
Pete Buttigieg|US
Kamala Harris|US
Barack Obama|US
Hillary Clinton|US
George W. Bush|US
Antony Blinken|US
Lloyd Austin|US
Jake Sullivan|US
Qassem Soleimani|IR
Qasem Soleimani|IR
Ghasem Soleimani|IR
Qassim Suleimani|IR
Qasem Suleimani|IR
Esmail Qaani|IR
Esmail Ghaani|IR
Ismail Qaani|IR
Ali Khamenei|IR
Ayatollah Ali Khamenei|IR
Hassan Rouhani|IR
Javad Zarif|IR
Mohammad Javad Zarif|IR
Hossein Salami|IR
Ebrahim Raisi|IR
Ali Larijani|IR
Amir Ali Hajizadeh|IR
Abbas Mousavi|IR
Abu Mahdi al-Muhandis|IQ
Adel Abdul Mahdi|IQ
Barham Salih|IQ
Muqtada al-Sadr|IQ
Ali al-Sistani|IQ
Qais al-Khazali|IQ
Hadi al-Amiri|IQ
Mustafa al-Kadhimi|IQ
Hassan Nasrallah|LB
Bashar al-Assad|SY
Boris Johnson|GB
Dominic Raab|GB
Ben Wallace|GB
Jeremy Corbyn|GB
Emmanuel Macron|FR
Angela Merkel|DE
Heiko Maas|DE
Vladimir Putin|RU
Sergei Lavrov|RU
Xi Jinping|CN
Wang Yi|CN
Recep Tayyip Erdogan|TR
Tayyip Erdogan|TR
Benjamin Netanyahu|IL
Mohammed bin Salman|SA
Mohammad bin Salman|SA
Jens Stoltenberg|
Antonio Guterres|
António Guterres|
Josep Borrell|
Kim Jong Un|KP
Kim Jong-un|KP
Narendra Modi|IN
Imran Khan|PK
Justin Trudeau|CA
Scott Morrison|AU
Shinzo Abe|JP
Abdul-Malik al-Houthi|YE
Abu Bakr al-Baghdadi|
Osama bin Laden|
Ayman al-Zawahiri|`;
