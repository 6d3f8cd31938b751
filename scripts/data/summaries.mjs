// One-sentence summaries written for the dataset (facts from events.csv, wording our own).
export const summaries = {
  '2023-10-18-asad-contractor-death':
    'During a false alarm about an incoming drone at al-Asad, an American civilian contractor suffered a fatal cardiac episode while taking shelter.',
  '2023-10-18-asad-drones':
    'US forces engaged two one-way drones heading for Ain al-Asad, downing one and damaging the other; a small number of personnel were lightly hurt.',
  '2023-10-18-harir-drone':
    'US forces destroyed a lone drone flying at Harir air base north-east of Erbil; a group calling itself Tashkil al-Waritheen took responsibility.',
  '2023-10-19-asad':
    'Explosions sounded inside Ain al-Asad late in the day after rockets and drones were fired at it; the Pentagon recorded neither casualties nor damage.',
  '2023-10-19-baghdad-dsc':
    'A Pentagon list passed to the Washington Post includes an attack on the Baghdad Diplomatic Support Center by the airport, with no injuries.',
  '2023-10-19-conoco-mss-euphrates':
    'Drones, rockets or both were aimed at the US site at the Conoco gas field (MSS Euphrates), and a US official said nobody was hurt.',
  '2023-10-19-tanf-drones':
    'Two or three explosive drones flew at al-Tanf; defences stopped at least one but one struck, and CENTCOM later counted 20 US personnel with minor injuries.',
  '2023-10-20-bashur-drones':
    'According to a Pentagon list, one-way drones struck empty parts of the Bashur site in Iraqi Kurdistan at some point between 20 and 22 October.',
  '2023-10-23-conoco-missiles':
    'Al Mayadeen, citing its own sources, said two missiles landed on the US base at the Conoco gas field; no damage assessment was given.',
  '2023-10-23-malikiyah-claim':
    'The Islamic Resistance in Iraq claimed it had flown a drone into a US base close to al-Malikiyah in Syria’s far north-east; nobody else confirmed it.',
  '2023-10-23-tanf-rukban-drones':
    'According to an Iraqi source, US air defences downed drones launched at al-Tanf and at a coalition-linked post by Rukban camp, while the IRI claimed hits.',
  '2023-10-27-abu-kamal-us-strike':
    'In Washington’s first retaliation of the wave, two F-16s bombed weapons and ammunition stores near Abu Kamal that the US tied to the IRGC.',
  '2023-10-27-asad-drone-intercept':
    'A one-way attack drone was shot down by US forces a few kilometres before it reached al-Asad air base in the early hours.',
  '2023-10-27-green-village-rockets':
    'Hours after the US strikes, rockets were launched at a US base in eastern Syria; a US official confirmed the attack and said there were no casualties.',
  '2023-10-29-al-omar':
    'Militia-linked Telegram channel Sabereen News said the US base at the al-Omar oil field was attacked again overnight on 29 October.',
  '2023-10-29-kharab-al-jir-drone':
    'Local sources quoted by Anadolu said a drone loaded with explosives was flown at the US base on the Harab Cir (Kharab al-Jir) airstrip; casualties unknown.',
  '2023-10-29-shaddadi-drone':
    'The IRI said two of its explosive drones struck the US base at al-Shaddadi, and Iraqi security sources reported a suicide-drone hit.',
  '2023-10-30-asad':
    'Several rockets and several one-way drones were fired at al-Asad and were all defeated, without casualties or damage.',
  '2023-10-30-green-village-rockets':
    'A salvo of rockets was fired at MSS Green Village without causing casualties or damage.',
  '2023-10-30-mss-euphrates-rockets':
    'A salvo of rockets was fired at MSS Euphrates without causing casualties or damage.',
  '2023-10-31-shaddadi-drone': 'US forces at Shaddadi were the target of a one-way attack drone.',
  '2023-11-01-tanf-drone':
    'A one-way drone struck al-Tanf, lightly wounding a partner-force fighter and damaging partner buildings; an Iraqi source spoke of two drones being stopped.',
  '2023-11-02-harir-drones':
    'A source told Sputnik that two drones went for Harir base, and Al Mayadeen reported an evening drone strike on a US base north of Erbil.',
  '2023-11-03-erbil-airbase':
    'A drone attack on the US base beside Erbil airport early in the morning failed, with no casualties and slight damage to infrastructure according to the Pentagon.',
  '2023-11-03-shaddadi-drone':
    'Local sources told Al Mayadeen that a drone struck the US facility at al-Shaddadi later on the same day.',
  '2023-11-05-tal-baydar-drone':
    'The IRI published footage of a drone attack on the US base at Tal Baydar, and SOHR reported a drone brought down near the base.',
  '2023-11-07-erbil-airport-drones':
    'Kurdish security forces said three drones were downed in two separate attacks on the coalition site by Erbil airport; the Pentagon reported no casualties or damage.',
  '2023-11-07-harir-claim': 'Early on 7 November the IRI claimed to have struck Harir base with a drone.',
  '2023-11-08-bashur-harir-drones':
    'Late on 8 November several one-way drones were aimed at forces at Bashur/Harir; Kurdish counter-terrorism logged two attacks, at 23:30 and 00:40, with no losses.',
  '2023-11-08-green-village-rockets':
    'Following the US strike, the Omar oil fields near MSS Green Village came under two rocket salvos, one of which wounded three US service members.',
  '2023-11-08-maysalun-us-strike':
    'Two US F-15s hit a weapons store in Maysalun, Deir ez-Zor, that the US linked to the IRGC and its allies; secondary blasts followed.',
  '2023-11-08-mss-euphrates-drone':
    'MSS Euphrates was the target of a one-way drone on the evening of 8 November, with nobody hurt.',
  '2023-11-08-shaddadi-rockets':
    'Rockets were fired at US forces at Shaddadi; the IRI claimed both rockets and drones, and SOHR reported two drones shot down.',
  '2023-11-09-asad-drone':
    'On the morning of 9 November a one-way drone was aimed at al-Asad, causing no casualties or damage.',
  '2023-11-09-harir-fuel-fire':
    'Kurdish counter-terrorism said an explosive drone struck Harir airport at 19:15 local time and set its fuel depot alight; the IRI released video.',
  '2023-11-10-tanf-drone':
    'An armed drone flying at al-Tanf was defeated short of the base, a US official said, with no injuries or damage.',
  '2023-11-11-rumalyn-drones':
    'On the morning of Saturday 11 November, several one-way drones were launched at the Rumalyn Landing Zone.',
  '2023-11-12-abu-kamal-us-strike':
    'US aircraft hit a training facility near Abu Kamal that the US said was used by IRGC-linked groups.',
  '2023-11-12-green-village-drone':
    'A one-way drone aimed at MSS Green Village was brought down before it got to the base.',
  '2023-11-12-mayadin-us-strike':
    'As part of the same operation, US aircraft bombed a safe house near Mayadin used by IRGC-affiliated groups.',
  '2023-11-12-mss-euphrates-rockets':
    'A rocket salvo was fired at troops at MSS Euphrates on the evening of 12 November, with no casualties or damage.',
  '2023-11-12-shaddadi-drone':
    'A one-way drone aimed at al-Shaddadi was brought down before it got to the base.',
  '2023-11-13-rumalyn-drones':
    'Several drones were flown at the Rumalyn Landing Zone; one was shot down and another hit, causing light damage to four tents.',
  '2023-11-17-harir-drones':
    'Suicide drones went for Harir air base at about 10:25 local time; the IRI claimed a direct hit and US officials counted a one-way drone attack there that day.',
  '2023-11-21-abu-ghraib-ac130':
    'An AC-130J gunship that was already in the air followed the launch team and hit their vehicle near Abu Ghraib, killing at least one Kataib Hezbollah fighter.',
  '2023-11-21-asad-ballistic-missile':
    'For the first time in the wave, short-range ballistic missiles were fired at al-Asad, injuring eight US personnel and causing slight damage.',
  '2023-11-22-erbil-drone':
    'A one-way drone was flown at Erbil air base on 22 November without causing casualties or damage.',
  '2023-11-22-jurf-al-sakhar-us-strike':
    'US fighter jets struck a Kataib Hezbollah operations centre and command node around Jurf al-Sakhar south of Baghdad; KH said eight of its men were killed.',
  '2023-11-23-asad-drones':
    'Multiple one-way drones were aimed at al-Asad on the morning of Thanksgiving, without casualties or damage.',
  '2023-11-23-erbil-drone':
    'At dawn a one-way drone was flown at the coalition base at Erbil airport; the IRI claimed it struck, but US officials reported no damage.',
  '2023-11-23-green-village-drone':
    'A one-way drone was aimed at MSS Green Village that afternoon without casualties or damage, the last attack before the Gaza truce pause.',
  '2023-11-23-mss-euphrates-rockets':
    'MSS Euphrates came under a rocket salvo on 23 November, without casualties or damage.',
  '2023-11-29-mss-euphrates-rocket':
    'In the first attack since 23 November, during the Gaza truce, one rocket was fired at MSS Euphrates and missed.',
  '2023-12-03-kirkuk-us-strike':
    'A US armed drone killed five militants near Kirkuk who, according to the US, were about to launch a one-way attack drone.',
  '2023-12-03-rumalyn-rockets':
    'CENTCOM said 15 rockets of 122 mm calibre were fired from Iraq at the Rumalyn Landing Zone; Iraqi forces later located the launcher on a converted tanker lorry.',
  '2023-12-06-asad-drone':
    'A drone was aimed at Ain al-Asad on the morning of 6 December; a US official reported no injuries or damage.',
  '2023-12-07-asad-harir-claims':
    'On the same day, the IRI claimed drone attacks on both Ain al-Asad and Harir in Erbil province.',
  '2023-12-07-conoco':
    'Sources on the ground told Al Mayadeen of loud explosions at the US base in the Conoco gas field; nobody claimed responsibility.',
  '2023-12-08-conoco-rocket-claim':
    'Some hours after the attack on the embassy, the IRI claimed a rocket salvo on the US base at the Conoco field.',
  '2023-12-08-embassy-rockets':
    'Two rocket salvoes were fired at the US embassy compound and the adjacent Union III base in Baghdad’s Green Zone, causing minor damage and no casualties.',
  '2023-12-11-al-omar-khadra':
    'Al Mayadeen reported a series of explosions around the US base at al-Khadra village by the al-Omar oil field.',
  '2023-12-11-asad-drone':
    'A drone was flown at Ain al-Asad without casualties or damage according to a US official, and the IRI later published video of a drone strike there.',
  '2023-12-11-shaddadi-rockets':
    'A US official said several rockets were fired at a base in the al-Shaddadi area, where local media also reported explosions.',
  '2023-12-13-conoco-twice':
    'Al Mayadeen’s correspondent reported two attacks on the US base at the Conoco field less than an hour apart.',
  '2023-12-13-tanf-rukban-claim':
    'The IRI claimed drone strikes on US positions at al-Tanf and close to Rukban camp.',
  '2023-12-14-shaddadi-claim': 'The IRI claimed to have hit the US base at al-Shaddadi with suicide drones.',
  '2023-12-15-asad-claim': 'The IRI announced that it had attacked Ain al-Asad with drones once more.',
  '2023-12-25-erbil-drone':
    'On Christmas morning a one-way drone hit Erbil air base, wounding three US service members, one of them critically.',
  '2023-12-26-babil-us-strikes':
    'US aircraft hit three sites the US said Kataib Hezbollah and allied groups used for drone operations; Iraq reported one security-force member dead and 18 wounded.',
  '2023-12-26-shaddadi-claim':
    'Following the US strikes in Iraq, the IRI claimed it had fired missiles at the US base at al-Shaddadi.',
  '2023-12-30-green-village-rockets':
    'About 14 rockets were fired at the Green Village base late on 30 December; a US defence official quoted by Fox said none struck and nobody was hurt.',
  '2023-12-30-harir-drone':
    'An armed drone was reportedly aimed at al-Harir air base, which the IRI called its second attack there within a day; no authority confirmed it.',
  '2023-12-30-mss-euphrates-rockets':
    'On the same night about a dozen rockets were fired at the Euphrates mission support site at the Conoco plant, apparently without hitting it.',
  '2023-12-31-erbil-drone-down':
    'Kurdish counter-terrorism forces shot down an explosive drone heading for the coalition base at Erbil airport, and a loud blast was heard at about 16:45.',
  '2023-12-31-green-village-drones':
    'In the early hours of 31 December at least three suicide drones were flown at Green Village; a US official said none struck.',
  '2023-12-31-kharab-al-jir-drone':
    'Al Mayadeen said an explosive drone attacked the US facility at Kharab al-Jir in the Yarubiyah district.',
  '2023-12-31-rmelan-drone':
    'An attack drone hit the US base in the Rmelan oil area, and the IRI claimed responsibility.',
  '2024-01-02-shaddadi':
    'The base at Shaddadi was struck first by rockets and later by a kamikaze drone that the IRI claimed.',
  '2024-01-04-baghdad-us-strike':
    'A US drone strike on a PMF logistics base on Palestine Street in east Baghdad killed Nujaba commander Mushtaq Talib al-Saidi (Abu Taqwa) and an aide.',
  '2024-01-04-green-village-drone':
    'The IRI claimed a drone attack on the al-Omar base, and SOHR reported that it caused casualties.',
  '2024-01-04-rukban-claim':
    'The IRI claimed to have hit a training camp near al-Rukban, close to al-Tanf, with drones, and SOHR said the camp was struck.',
  '2024-01-05-green-village-claim': 'The IRI claimed a suicide-drone strike on Green Village.',
  '2024-01-05-harir-drone':
    'A day after the US strike in Baghdad, Kurdish counter-terrorism reported an armed drone attack on Harir base, which the IRI claimed.',
  '2024-01-05-shaddadi-claim': 'The IRI claimed a suicide-drone strike on al-Shaddadi.',
  '2024-01-08-al-omar-rockets':
    'Armed groups on the west bank of the Euphrates fired rockets at the US base at al-Omar that morning.',
  '2024-01-08-conoco-rockets':
    'According to local sources, rockets launched at the US base at the Conoco field were intercepted.',
  '2024-01-08-kharab-al-jir-drones':
    'Air defences were reported to have destroyed kamikaze drones flying at the Kharab al-Jir base.',
  '2024-01-10-erbil-drone-down':
    'Kurdish counter-terrorism brought down a suicide drone over Erbil airport at 20:58 local time as it flew at the coalition base; the IRI claimed it.',
  '2024-01-16-erbil-drones-down':
    'At 05:05 local time, hours after Iran’s missile strike on Erbil, three explosive drones flying at the coalition base at Erbil airport were destroyed.',
  '2024-01-20-asad-ballistic-missiles':
    'A salvo of ballistic missiles and rockets was fired at al-Asad; most were intercepted, but several US personnel were checked for brain injuries and an Iraqi soldier was hurt.',
  '2024-01-23-asad-drones':
    'Two one-way drones hit al-Asad: one was intercepted but still fell on the base and the other struck, causing light injuries and damage.',
  '2024-01-23-conoco-rockets':
    'Sources quoted by Al Mayadeen said a rocket salvo hit the US base at the Conoco gas field.',
  '2024-01-24-al-qaim-us-strike':
    'In the same US strike package, a Kataib Hezbollah facility near al-Qaim by the Syrian border was hit.',
  '2024-01-24-jurf-al-sakhar-us-strike':
    'US aircraft hit Kataib Hezbollah headquarters, storage and training sites for rockets, missiles and drones at Jurf al-Sakhar.',
  '2024-01-28-shaddadi-tanf-rukban-claims':
    'After midnight the IRI claimed drone strikes on al-Shaddadi, al-Tanf and Rukban camp, and SOHR reported one drone downed over al-Tanf.',
  '2024-01-28-tower-22':
    'A one-way drone struck the living quarters at Tower 22 in north-east Jordan, killing three US Army soldiers and wounding dozens, the first US deaths from enemy fire in the wave.',
  '2024-02-02-abu-kamal-us-strikes':
    'As part of the 85-target package, US strikes hit IRGC and militia facilities around Abu Kamal.',
  '2024-02-02-akashat-us-strikes':
    'The same package hit militia and PMF positions near Akashat in western Anbar.',
  '2024-02-02-al-qaim-us-strikes':
    'In the first response to Tower 22, B-1B bombers and other US aircraft hit IRGC and militia sites near al-Qaim; Iraq reported 16 dead, including civilians, and 25 wounded.',
  '2024-02-02-deir-ez-zor-us-strikes': 'US strikes hit IRGC and militia facilities around Deir ez-Zor.',
  '2024-02-02-mayadin-us-strikes':
    'US strikes hit IRGC and militia facilities around al-Mayadin, where SOHR counted three rounds of strikes.',
  '2024-02-04-al-omar-drone':
    'Around midnight a drone struck an SDF commando academy inside the al-Omar base, killing six SDF fighters; no US troops were wounded.',
  '2024-02-07-baghdad-us-strike':
    'A US drone strike on a car in the Mashtal district of east Baghdad killed Kataib Hezbollah commander Abu Baqir al-Saadi and two other people.',
};
