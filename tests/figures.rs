//! Figures, table-driven: each row is a sentence written for the test, the
//! figure's surface, and what must be read from it.

use gazette::{Document, Lexicons, Pipeline};

/// (sentence, surface, value, value_max, qualifier, unit, category); "" = empty.
type Case = (
    &'static str,
    &'static str,
    Option<f64>,
    Option<f64>,
    &'static str,
    &'static str,
    &'static str,
);

const N: Option<f64> = None;

#[rustfmt::skip]
const CASES: &[Case] = &[
    // Digits, separators, decimals.
    ("Officials said 1,500 people were evacuated.", "1,500", Some(1500.0), N, "", "people", "displaced"),
    ("The shelling killed 12 civilians overnight.", "12", Some(12.0), N, "", "people", "killed"),
    ("Inflation reached 3.5 percent in May.", "3.5 percent", Some(3.5), N, "", "percent", "percent"),
    ("The fund holds 1,234,567 shares.", "1,234,567", Some(1234567.0), N, "", "", "other"),
    ("Growth slowed to 0.7% last quarter.", "0.7%", Some(0.7), N, "", "percent", "percent"),
    ("At least 64 people were killed.", "64", Some(64.0), N, "at least", "people", "killed"),
    ("Rescuers found 6 bodies in the rubble.", "6", Some(6.0), N, "", "", "killed"),
    ("In all, 168 public bodies would be abolished.", "168", Some(168.0), N, "", "", "other"),
    ("Police detained 300 protesters.", "300", Some(300.0), N, "", "people", "detained"),
    ("The army lost 40 tanks.", "40", Some(40.0), N, "", "", "weapons"),
    ("Russia fired 70 missiles at the city.", "70", Some(70.0), N, "", "", "weapons"),
    // "One in five" is a proportion, as "half" is.
    ("Almost one in five US citizens own one.", "one in five", Some(0.2), N, "almost", "fraction", "percent"),
    ("One in 10 US adults owns a player.", "One in 10", Some(0.1), N, "", "fraction", "percent"),
    ("Profits rose 5 in 10 years.", "10 years", Some(10.0), N, "", "years", "duration"),
    // A name or nationality before what is counted describes it.
    ("The Pentagon will send 5,000 US troops.", "5,000", Some(5000.0), N, "", "people", "military"),
    ("The nine French soldiers flew home.", "nine", Some(9.0), N, "", "people", "military"),
    // What happened to soldiers, said before them, is their category.
    ("Rebels killed the nine French soldiers.", "nine", Some(9.0), N, "", "people", "killed"),
    ("Communist rebels killed 18 soldiers on Mindanao.", "18", Some(18.0), N, "", "people", "killed"),
    ("The bomb injured at least 20 soldiers.", "20", Some(20.0), N, "at least", "people", "wounded"),
    ("Moscow moved 40 Russian tanks to the border.", "40", Some(40.0), N, "", "", "weapons"),
    ("The convoy stretched 40 miles.", "40 miles", Some(40.0), N, "", "miles", "distance"),
    ("He finished third in 21.72 secs.", "21.72 secs", Some(21.72), N, "", "seconds", "duration"),
    ("Growth will be under two pct this year.", "two pct", Some(2.0), N, "under", "percent", "percent"),
    ("The dollar fell below 140 yen.", "140 yen", Some(140.0), N, "below", "JPY", "money"),
    // A number after a sentence's first word is no date (`The`, `A`, `In`).
    ("The 30 men were held by police.", "30", Some(30.0), N, "", "people", "population"),
    ("A 200 mln dlr issue of bonds was priced.", "200 mln dlr", Some(200_000_000.0), N, "", "USD", "money"),
    ("In 12 months the firm set up 40 links.", "12 months", Some(12.0), N, "", "months", "duration"),
    // Scale words.
    ("The city has a population of 1.4 million people.", "1.4 million", Some(1_400_000.0), N, "", "people", "population"),
    ("Some 2.5 billion people live in the region.", "2.5 billion", Some(2_500_000_000.0), N, "some", "people", "population"),
    ("The program will cost 30 million.", "30 million", Some(30_000_000.0), N, "", "", "other"),
    ("Exports fell to 5.93 mln bags.", "5.93 mln", Some(5_930_000.0), N, "", "", "other"),
    ("About 600 thousand people fled.", "600 thousand", Some(600_000.0), N, "about", "people", "displaced"),
    ("They built 3 hundred homes.", "3 hundred", Some(300.0), N, "", "", "other"),
    // Currencies.
    // A unit the data writes onto digits only: pence.
    ("The offer is worth 345p cash a share.", "345p", Some(345.0), N, "", "pence", "money"),
    ("Shares rose 5p to 120p.", "5p", Some(5.0), N, "", "pence", "money"),
    ("It cost between 5p and 10p.", "5p and 10p", Some(5.0), Some(10.0), "", "pence", "money"),
    // An amount made into an adjective still counts what it measures.
    ("Parmalat disclosed a 4bn-euro hole in its accounts.", "4bn-euro", Some(4e9), N, "", "EUR", "money"),
    ("He signed a £5m-a-year deal.", "£5m-a-year", Some(5e6), N, "", "GBP", "money"),
    ("It won a 100-million-dollar contract.", "100-million-dollar", Some(1e8), N, "", "USD", "money"),
    ("It arose from the 300-mln-Canadian-dlr takeover.", "300-mln-Canadian-dlr", Some(3e8), N, "", "CAD", "money"),
    ("Zico made a 30 dlr-a-share tender offer.", "30 dlr-a-share", Some(30.0), N, "", "USD", "money"),
    ("It paid a $5-a-share dividend.", "$5-a-share", Some(5.0), N, "", "USD", "money"),
    ("Its 420 mln dlr A-plus senior debt was cut.", "420 mln dlr", Some(4.2e8), N, "", "USD", "money"),
    ("Its 58 pct-owned unit gained.", "58 pct", Some(58.0), N, "", "percent", "percent"),
    ("Volume was 18,191 FT-SE contracts.", "18,191", Some(18191.0), N, "", "", "other"),
    ("He is described as being 5ft 9ins tall.", "5ft", Some(5.0), N, "", "feet", "distance"),
    ("Cutting the limit from 80mg to 50mg would save 65 lives.", "50mg", Some(50.0), N, "", "mg", "other"),
    ("Exports exceeding $10,000 in value were banned.", "$10,000", Some(10000.0), N, "", "USD", "money"),
    ("The firm made $2.5bn in profit.", "$2.5bn", Some(2_500_000_000.0), N, "", "USD", "money"),
    ("The club paid £5m for the striker.", "£5m", Some(5_000_000.0), N, "", "GBP", "money"),
    ("The EU pledged €1.2 billion in aid.", "€1.2 billion", Some(1_200_000_000.0), N, "", "EUR", "money"),
    ("Profits reached $1.13bn in the quarter.", "$1.13bn", Some(1_130_000_000.0), N, "", "USD", "money"),
    ("The deal is worth 500 million dollars.", "500 million dollars", Some(500_000_000.0), N, "", "USD", "money"),
    ("Sales rose to 340 million euros.", "340 million euros", Some(340_000_000.0), N, "", "EUR", "money"),
    ("The bank lent 120 mln dlrs to the company.", "120 mln dlrs", Some(120_000_000.0), N, "", "USD", "money"),
    ("Tickets cost 45 pounds each.", "45 pounds", Some(45.0), N, "", "GBP", "money"),
    ("The yen fell to 150 yen per dollar.", "150 yen", Some(150.0), N, "", "JPY", "money"),
    ("A US$50 fee applies.", "US$50", Some(50.0), N, "", "USD", "money"),
    // A country's name or demonym settles a currency name several share;
    // alone, such a name is kept as written.
    ("It will invest 271 mln Canadian dlrs in the bank.", "271 mln Canadian dlrs", Some(271_000_000.0), N, "", "CAD", "money"),
    ("Games will cost between £19 and £29 each.", "£19 and £29", Some(19.0), Some(29.0), "", "GBP", "money"),
    ("It will pay out $6.0-$6.5 per share.", "$6.0-$6.5", Some(6.0), Some(6.5), "", "USD", "money"),
    ("US light crude rose $1.64 to $47.10 on Friday.", "$1.64", Some(1.64), N, "", "USD", "money"),
    ("She threw 13.86m in the women's shot put.", "13.86m", Some(13.86), N, "", "m", "distance"),
    ("Qantas made savings of A$245m this year.", "A$245m", Some(245_000_000.0), N, "", "AUD", "money"),
    ("It paid HK$3bn for the stake.", "HK$3bn", Some(3_000_000_000.0), N, "", "HKD", "money"),
    ("It signed a 100 mln U.S. Dollar facility.", "100 mln U.S. Dollar", Some(100_000_000.0), N, "", "USD", "money"),
    ("Dow is launching a 200 mln Swiss franc bond.", "200 mln Swiss franc", Some(200_000_000.0), N, "", "CHF", "money"),
    ("The bid values it at 1.5 billion Swiss francs.", "1.5 billion Swiss francs", Some(1_500_000_000.0), N, "", "CHF", "money"),
    ("The state spent two billion French francs.", "two billion French francs", Some(2_000_000_000.0), N, "", "FRF", "money"),
    ("Reserves rose to 13.6 billion U.S. Dlrs last year.", "13.6 billion U.S. Dlrs", Some(13_600_000_000.0), N, "", "USD", "money"),
    ("Trade fell to 7.45 billion H.K. Dlrs in 1986.", "7.45 billion H.K. Dlrs", Some(7_450_000_000.0), N, "", "HKD", "money"),
    ("Exports were 957 mln Norwegian crowns.", "957 mln Norwegian crowns", Some(957_000_000.0), N, "", "NOK", "money"),
    ("Net profit was 480 mln francs.", "480 mln francs", Some(480_000_000.0), N, "", "francs", "money"),
    ("The deficit widened to 957 mln crowns.", "957 mln crowns", Some(957_000_000.0), N, "", "crowns", "money"),
    ("Income was 448.8 mln pesos in 1985.", "448.8 mln pesos", Some(448_800_000.0), N, "", "pesos", "money"),
    ("The tin price closed at 16.65 ringgit per kilo.", "16.65 ringgit", Some(16.65), N, "", "MYR", "money"),
    ("Capital rose by five billion baht.", "five billion baht", Some(5_000_000_000.0), N, "", "THB", "money"),
    ("The loans total 50 billion won.", "50 billion won", Some(50_000_000_000.0), N, "", "KRW", "money"),
    ("The budget deficit tripled to 47 billion forints.", "47 billion forints", Some(47_000_000_000.0), N, "", "HUF", "money"),
    ("Costs rose by £600,000.", "£600,000", Some(600_000.0), N, "", "GBP", "money"),
    ("They raised $4m in a week.", "$4m", Some(4_000_000.0), N, "", "USD", "money"),
    ("The grant was $750k.", "$750k", Some(750_000.0), N, "", "USD", "money"),
    // Percentages.
    ("Support fell to 90%.", "90%", Some(90.0), N, "", "percent", "percent"),
    ("Turnout was 12 percent.", "12 percent", Some(12.0), N, "", "percent", "percent"),
    ("Prices rose 4 per cent.", "4 per cent", Some(4.0), N, "", "percent", "percent"),
    ("Output rose 76 pct.", "76 pct", Some(76.0), N, "", "percent", "percent"),
    ("Unemployment is nearly 10%.", "10%", Some(10.0), N, "nearly", "percent", "percent"),
    ("Rates fell -0.5% on the year.", "-0.5%", Some(-0.5), N, "", "percent", "percent"),
    ("Shares moved -3.2 percent.", "-3.2 percent", Some(-3.2), N, "", "percent", "percent"),
    // Number words.
    ("Ukrainian officials said five people were killed.", "five", Some(5.0), N, "", "people", "killed"),
    ("Twenty-one soldiers were wounded.", "Twenty-one", Some(21.0), N, "", "people", "wounded"),
    ("Two hundred refugees crossed the border.", "Two hundred", Some(200.0), N, "", "people", "displaced"),
    ("Three thousand troops arrived.", "Three thousand", Some(3000.0), N, "", "people", "military"),
    ("Seven civilians were rescued.", "Seven", Some(7.0), N, "", "people", "rescued"),
    ("One person was killed in the blast.", "One", Some(1.0), N, "", "people", "killed"),
    ("Nine people were detained.", "Nine", Some(9.0), N, "", "people", "detained"),
    ("Forty-five missiles were fired.", "Forty-five", Some(45.0), N, "", "", "weapons"),
    ("They marched for ten miles.", "ten miles", Some(10.0), N, "", "miles", "distance"),
    ("The talks lasted five hours.", "five hours", Some(5.0), N, "", "hours", "duration"),
    ("Fighting went on for three days.", "three days", Some(3.0), N, "", "days", "duration"),
    ("Fifteen residents were evacuated.", "Fifteen", Some(15.0), N, "", "people", "displaced"),
    ("The blast killed three more soldiers.", "three", Some(3.0), N, "", "people", "killed"),
    ("Eighty wounded soldiers were flown out.", "Eighty", Some(80.0), N, "", "people", "wounded"),
    // ... and, as digits do, any plural noun phrase they count.
    ("Instead there will be a cap of eight new casinos.", "eight", Some(8.0), N, "", "", "other"),
    ("The chain will close the remaining nine stores.", "nine", Some(9.0), N, "", "", "other"),
    ("The top 10 firms earned more.", "10", Some(10.0), N, "", "", "other"),
    // A span of time with a word between: the unit is still time.
    ("There were seven selling days in the period.", "seven", Some(7.0), N, "", "days", "duration"),
    ("Offers stay open for at least 20 business days.", "20", Some(20.0), N, "at least", "days", "duration"),
    // Number words with a scale of a thousand or more are a quantity
    // whatever they count; smaller ones need a word that says what.
    ("The bank lost details of more than one million customers.", "one million", Some(1_000_000.0), N, "more than", "", "other"),
    ("The book has sold seven million copies.", "seven million", Some(7_000_000.0), N, "", "", "other"),
    // Fractions and dozens.
    ("Kherson is a port city of a quarter-million people.", "a quarter-million", Some(250_000.0), N, "", "people", "population"),
    ("It is a port city with a quarter million people.", "a quarter million", Some(250_000.0), N, "", "people", "population"),
    ("Kiely, Perry. Prices rose 12 pct. Cole.", "12 pct", Some(12.0), N, "", "percent", "percent"),
    ("THE NAIRA HAS FALLEN BY OVER 60 PCT AGAINST THE DOLLAR.", "60 PCT", Some(60.0), N, "over", "percent", "percent"),
    ("There are now two and a half million cars on the roads.", "two and a half million", Some(2_500_000.0), N, "", "", "other"),
    ("He was jailed for three and a half years.", "three and a half years", Some(3.5), N, "", "years", "duration"),
    ("It limits debt payments to two and one half pct of GNP.", "two and one half pct", Some(2.5), N, "", "percent", "percent"),
    ("The scandal cost the company a quarter of a billion marks.", "a quarter of a billion marks", Some(250_000_000.0), N, "", "DEM", "money"),
    // Shares of a whole in words: the fraction, as a proportion.
    ("Nearly two thirds of people with TB are born abroad.", "two thirds", Some(2.0 / 3.0), N, "nearly", "fraction", "percent"),
    ("Two-thirds of the department stores will open.", "Two-thirds", Some(2.0 / 3.0), N, "", "fraction", "percent"),
    ("More than a third of respondents were concerned.", "a third", Some(1.0 / 3.0), N, "more than", "fraction", "percent"),
    ("About one-third of the stockholders voted.", "one-third", Some(1.0 / 3.0), N, "about", "fraction", "percent"),
    ("Half the revenue will go to the state.", "Half", Some(0.5), N, "", "fraction", "percent"),
    ("The Navy grounded half of its attack jets.", "half", Some(0.5), N, "", "fraction", "percent"),
    ("Imports took three quarters of the market.", "three quarters", Some(0.75), N, "", "fraction", "percent"),
    ("Sales rose by one fifth of the total.", "one fifth", Some(0.2), N, "", "fraction", "percent"),
    ("Half a million people fled the city.", "Half a million", Some(500_000.0), N, "", "people", "displaced"),
    ("Two dozen soldiers were captured.", "Two dozen", Some(24.0), N, "", "people", "detained"),
    ("A dozen civilians were wounded.", "A dozen", Some(12.0), N, "", "people", "wounded"),
    ("A million people fled.", "A million", Some(1_000_000.0), N, "", "people", "displaced"),
    ("The pipe is 1½ miles long.", "1½ miles", Some(1.5), N, "", "miles", "distance"),
    ("The walk was 2¼ miles.", "2¼ miles", Some(2.25), N, "", "miles", "distance"),
    // Vague amounts.
    ("Hundreds of people were killed.", "Hundreds of", N, N, "hundreds of", "people", "killed"),
    ("Thousands of refugees crossed into Poland.", "Thousands of", N, N, "thousands of", "people", "displaced"),
    ("Tens of thousands of people fled.", "Tens of thousands of", N, N, "tens of thousands of", "people", "displaced"),
    ("Dozens of soldiers were wounded.", "Dozens of", N, N, "dozens of", "people", "wounded"),
    // `several` and `a few` make the scale after them vague.
    ("Several thousand troops arrived.", "Several thousand", N, N, "several thousand", "people", "military"),
    ("A few hundred people gathered.", "A few hundred", N, N, "a few hundred", "people", "population"),
    ("It will need several hundred million pounds.", "several hundred million pounds", N, N, "several hundred million", "GBP", "money"),
    ("They spent billions of dollars.", "billions of dollars", N, N, "billions of", "USD", "money"),
    ("Millions of people were displaced.", "Millions of", N, N, "millions of", "people", "displaced"),
    // Ranges.
    // (After `by` and a change word, a top over ten times the bottom is
    // the level reached: two figures.)
    ("Unemployment rose by 20,000 to 2.5 million.", "20,000", Some(20_000.0), N, "", "", "other"),
    ("Unemployment rose by 20,000 to 2.5 million.", "2.5 million", Some(2_500_000.0), N, "", "", "other"),
    ("Sales were expected to rise by 3 to 4 pct.", "3 to 4 pct", Some(3.0), Some(4.0), "", "percent", "percent"),
    ("It will cut rates by two to 15 pct.", "two to 15 pct", Some(2.0), Some(15.0), "", "percent", "percent"),
    ("Its audience fell by 600,000 to 5.9 million.", "600,000", Some(600_000.0), N, "", "", "other"),
    ("Between 3,000-4,000 troops crossed.", "3,000-4,000", Some(3000.0), Some(4000.0), "", "people", "military"),
    ("The toll is between 20 and 30 dead.", "20 and 30", Some(20.0), Some(30.0), "", "people", "killed"),
    ("Prices rose 3-4% this year.", "3-4%", Some(3.0), Some(4.0), "", "percent", "percent"),
    ("The cost is 3 to 4 million dollars.", "3 to 4 million dollars", Some(3_000_000.0), Some(4_000_000.0), "", "USD", "money"),
    ("Some 10-15 people were injured.", "10-15", Some(10.0), Some(15.0), "some", "people", "wounded"),
    ("Between 500 and 700 civilians were killed.", "500 and 700", Some(500.0), Some(700.0), "", "people", "killed"),
    ("Up to 2,000-3,000 refugees arrive daily.", "2,000-3,000", Some(2000.0), Some(3000.0), "up to", "people", "displaced"),
    ("The estimate ranges 40 to 50 percent.", "40 to 50 percent", Some(40.0), Some(50.0), "", "percent", "percent"),
    ("Snow fell 5-10 km from the city.", "5-10 km", Some(5.0), Some(10.0), "", "km", "distance"),
    // `from X to Y` after a word of change is two figures, the first with
    // the second's scale and unit where it has none; after a word of range,
    // or none, a range.
    ("India will raise the cap on foreign stakes in telecoms firms from 49% to 74%.", "49%", Some(49.0), N, "", "percent", "percent"),
    ("India will raise the cap on foreign stakes in telecoms firms from 49% to 74%.", "74%", Some(74.0), N, "", "percent", "percent"),
    ("The tax would raise from 8.5 to 17 billion dlrs a year.", "8.5", Some(8.5e9), N, "", "USD", "money"),
    ("The tax would raise from 8.5 to 17 billion dlrs a year.", "17 billion dlrs", Some(17e9), N, "", "USD", "money"),
    ("Payments were lowered from 3.450 to 1.350 billion dlrs.", "3.450", Some(3.45e9), N, "", "USD", "money"),
    ("It increased the shares on offer from 800,000 to 1.3 mln.", "800,000", Some(800_000.0), N, "", "", "other"),
    ("Prices ranged from 2,899 to 3,699 dlrs.", "2,899 to 3,699 dlrs", Some(2899.0), Some(3699.0), "", "USD", "money"),
    ("Estimates of the increase range from 20 to 30 pct.", "20 to 30 pct", Some(20.0), Some(30.0), "", "percent", "percent"),
    ("Bids came in from 20 to 30 pct above the price.", "20 to 30 pct", Some(20.0), Some(30.0), "", "percent", "percent"),
    // Ranges in words: the top's scale is the bottom's too.
    ("Officials said between two and three million people had fled.", "two and three million", Some(2_000_000.0), Some(3_000_000.0), "", "people", "displaced"),
    ("It will collect another four to five billion baht.", "four to five billion baht", Some(4e9), Some(5e9), "", "THB", "money"),
    ("He will be out for two to three weeks.", "two to three weeks", Some(2.0), Some(3.0), "", "weeks", "duration"),
    ("The Fed will add 1.5 to two billion dlrs of reserves.", "1.5 to two billion dlrs", Some(1.5e9), Some(2e9), "", "USD", "money"),
    ("Between 700,000 and one million set-top boxes will be sold.", "700,000 and one million", Some(700_000.0), Some(1_000_000.0), "", "", "other"),
    ("It rose 2.5 to three pct.", "2.5 to three pct", Some(2.5), Some(3.0), "", "percent", "percent"),
    // Measures as copy abbreviates them.
    ("Net profit for the nine mths rose.", "nine mths", Some(9.0), N, "", "months", "duration"),
    ("The barley area was 952,000 ha.", "952,000 ha", Some(952_000.0), N, "", "hectares", "other"),
    ("He fired wide from 25 yards out.", "25 yards", Some(25.0), N, "", "yards", "distance"),
    ("Rainfall measured between 15 and 270 mm in the province.", "15 and 270 mm", Some(15.0), Some(270.0), "", "mm", "distance"),
    ("Oil was struck some 120 kms to the south.", "120 kms", Some(120.0), N, "some", "km", "distance"),
    ("The march took 2-3 hours.", "2-3 hours", Some(2.0), Some(3.0), "", "hours", "duration"),
    // A unit written on both sides of "between ... and".
    ("Sowings may rise by between 54.6 pct and 67.5 pct this year.", "54.6 pct and 67.5 pct", Some(54.6), Some(67.5), "", "percent", "percent"),
    ("The stake is worth between 100 mln dlrs and 200 mln dlrs.", "100 mln dlrs and 200 mln dlrs", Some(100_000_000.0), Some(200_000_000.0), "", "USD", "money"),
    // A percentage "to" a number of something else is a change and a level.
    ("Sales rose 2.8% to 14.96bn euros.", "2.8%", Some(2.8), N, "", "percent", "percent"),
    ("Sales rose 2.8% to 14.96bn euros.", "14.96bn euros", Some(14_960_000_000.0), N, "", "EUR", "money"),
    ("Output rose 16% to 250,000 cars.", "250,000", Some(250_000.0), N, "", "", "other"),
    // Qualifiers.
    ("More than 2,000 people were killed.", "2,000", Some(2000.0), N, "more than", "people", "killed"),
    ("Russia launched more than 450 missiles.", "450", Some(450.0), N, "more than", "", "weapons"),
    ("Over 300 people were injured.", "300", Some(300.0), N, "over", "people", "wounded"),
    ("At least 1 million people fled Ukraine.", "1 million", Some(1_000_000.0), N, "at least", "people", "displaced"),
    ("Some 368,000 people fled to Poland.", "368,000", Some(368_000.0), N, "some", "people", "displaced"),
    ("About 150 helicopters were seen.", "150", Some(150.0), N, "about", "", "weapons"),
    ("Around 40 tanks were destroyed.", "40", Some(40.0), N, "around", "", "weapons"),
    ("Approximately 1.4 million people live there.", "1.4 million", Some(1_400_000.0), N, "approximately", "people", "population"),
    ("Nearly 500 homes were damaged.", "500", Some(500.0), N, "nearly", "", "other"),
    ("Almost 90 soldiers were killed.", "90", Some(90.0), N, "almost", "people", "killed"),
    ("As many as 5 million refugees may leave.", "5 million", Some(5_000_000.0), N, "as many as", "people", "displaced"),
    ("Up to 70 missiles were launched.", "70", Some(70.0), N, "up to", "", "weapons"),
    ("Fewer than 100 people voted.", "100", Some(100.0), N, "fewer than", "people", "population"),
    ("Less than 5% of the vote was counted.", "5%", Some(5.0), N, "less than", "percent", "percent"),
    ("Roughly 800 prisoners were exchanged.", "800", Some(800.0), N, "roughly", "people", "detained"),
    ("An estimated 20,000 people fled.", "20,000", Some(20_000.0), N, "an estimated", "people", "displaced"),
    ("Just over 1,000 people were rescued.", "1,000", Some(1000.0), N, "just over", "people", "rescued"),
    ("Close to 3,000 troops were killed.", "3,000", Some(3000.0), N, "close to", "people", "killed"),
    ("In excess of $5 billion was lost.", "$5 billion", Some(5_000_000_000.0), N, "in excess of", "USD", "money"),
    ("No fewer than 12 civilians were wounded.", "12", Some(12.0), N, "no fewer than", "people", "wounded"),
    ("Upwards of 600 people were displaced.", "600", Some(600.0), N, "upwards of", "people", "displaced"),
    ("As much as $3m was stolen.", "$3m", Some(3_000_000.0), N, "as much as", "USD", "money"),
    ("At most 40 people attended.", "40", Some(40.0), N, "at most", "people", "population"),
    ("No more than 20 soldiers remain.", "20", Some(20.0), N, "no more than", "people", "military"),
    // Units.
    ("Kharkiv is about 24 miles from the frontier.", "24 miles", Some(24.0), N, "about", "miles", "distance"),
    ("The town is 60 km east of Kyiv.", "60 km", Some(60.0), N, "", "km", "distance"),
    ("The column is 64 kilometers long.", "64 kilometers", Some(64.0), N, "", "km", "distance"),
    ("They shipped 120,000 tons of wheat.", "120,000 tons", Some(120_000.0), N, "", "tonnes", "other"),
    ("The siege lasted 80 days.", "80 days", Some(80.0), N, "", "days", "duration"),
    ("Power was out for 18 hours.", "18 hours", Some(18.0), N, "", "hours", "duration"),
    ("The river rose 2.4 meters.", "2.4 meters", Some(2.4), N, "", "m", "distance"),
    ("Output reached 6.4 mln barrels.", "6.4 mln barrels", Some(6_400_000.0), N, "", "barrels", "other"),
    ("Crews flooded 1,200 hectares.", "1,200 hectares", Some(1200.0), N, "", "hectares", "other"),
    ("Demand hit 11,200 megawatts.", "11,200 megawatts", Some(11_200.0), N, "", "MW", "other"),
    ("The flight took 45 minutes.", "45 minutes", Some(45.0), N, "", "minutes", "duration"),
    ("Talks lasted two weeks.", "two weeks", Some(2.0), N, "", "weeks", "duration"),
    ("The ban runs for six months.", "six months", Some(6.0), N, "", "months", "duration"),
    ("He served 10 years in prison.", "10 years", Some(10.0), N, "", "years", "duration"),
    // Categories from nearby words.
    ("One person was killed and 80 were rescued.", "80", Some(80.0), N, "", "", "rescued"),
    ("There were 240 civilian casualties.", "240", Some(240.0), N, "", "", "casualties"),
    ("The attacks killed 21 people in Kharkiv.", "21", Some(21.0), N, "", "people", "killed"),
    ("Saying 498 of its troops were killed.", "498", Some(498.0), N, "", "people", "killed"),
    ("While more than 1,500 others were wounded.", "1,500", Some(1500.0), N, "more than", "", "wounded"),
    ("The exodus of some 368,000 people continued.", "368,000", Some(368_000.0), N, "some", "people", "displaced"),
    ("Some 50 people were arrested.", "50", Some(50.0), N, "some", "people", "detained"),
    ("Guards captured 30 soldiers.", "30", Some(30.0), N, "", "people", "detained"),
    ("The army deployed 5,000 troops.", "5,000", Some(5000.0), N, "", "people", "military"),
    ("They shot down 14 drones.", "14", Some(14.0), N, "", "", "weapons"),
    ("The region has 2 million inhabitants.", "2 million", Some(2_000_000.0), N, "", "people", "population"),
    ("The firm has 4,000 employees.", "4,000", Some(4000.0), N, "", "people", "population"),
    ("They found 19 bodies.", "19", Some(19.0), N, "", "", "killed"),
    ("Some 3,000 people were left homeless.", "3,000", Some(3000.0), N, "some", "people", "displaced"),
    ("The blast injured 35 people.", "35", Some(35.0), N, "", "people", "wounded"),
    ("Fighting displaced 10,000 residents.", "10,000", Some(10_000.0), N, "", "people", "displaced"),
    ("Police arrested 120 people.", "120", Some(120.0), N, "", "people", "detained"),
    ("The flood left 7 dead.", "7", Some(7.0), N, "", "people", "killed"),
    ("Rescuers saved 45 people.", "45", Some(45.0), N, "", "people", "rescued"),
    ("The strike hit 3 schools.", "3", Some(3.0), N, "", "", "other"),
    ("Voters cast 2.1 million ballots.", "2.1 million", Some(2_100_000.0), N, "", "", "other"),
    ("Some 2,000 civilians and children remained.", "2,000", Some(2000.0), N, "some", "people", "population"),
    ("The blaze destroyed 40 homes and injured 3 firefighters.", "40", Some(40.0), N, "", "", "other"),
    ("About 12,000 reservists were called up.", "12,000", Some(12_000.0), N, "about", "people", "military"),
    ("As many as 20 fighters were killed.", "20", Some(20.0), N, "as many as", "people", "killed"),
    ("The navy lost 2 warships.", "2", Some(2.0), N, "", "", "other"),
    // A people in the plural is what is counted: people.
    ("The attack on the frigate killed 37 Americans.", "37", Some(37.0), N, "", "people", "killed"),
    ("More than 5.2 million Germans were out of work.", "5.2 million", Some(5_200_000.0), N, "more than", "people", "population"),
    ("More than 100 hostages were freed.", "100", Some(100.0), N, "more than", "people", "detained"),
    ("Some 8 helicopters landed.", "8", Some(8.0), N, "some", "", "weapons"),
    ("Some 900 sailors were evacuated.", "900", Some(900.0), N, "some", "people", "displaced"),
    ("They rescued 14 children.", "14", Some(14.0), N, "", "people", "rescued"),
    ("The quake killed 3,000 and left 10,000 homeless.", "10,000", Some(10_000.0), N, "", "people", "displaced"),
    ("More than 600 civilians have died.", "600", Some(600.0), N, "more than", "people", "killed"),
    ("Nearly 70 journalists were detained.", "70", Some(70.0), N, "nearly", "people", "detained"),
    ("Only 4 percent of homes have power.", "4 percent", Some(4.0), N, "", "percent", "percent"),
    ("Prices climbed 2.3 percentage points.", "2.3 percentage points", Some(2.3), N, "", "percentage points", "percent"),
    ("Some 640 tonnes of aid arrived.", "640 tonnes", Some(640.0), N, "some", "tonnes", "other"),
    ("Crews laid 30 km of cable.", "30 km", Some(30.0), N, "", "km", "distance"),
    ("Six people were rescued from the rubble.", "Six", Some(6.0), N, "", "people", "rescued"),
    ("The ministry said 31 soldiers died.", "31", Some(31.0), N, "", "people", "killed"),
    ("Thirty refugees were evacuated by bus.", "Thirty", Some(30.0), N, "", "people", "displaced"),
    ("The company cut 1,200 jobs.", "1,200", Some(1200.0), N, "", "", "population"),
    ("Some 300,000 residents lost power.", "300,000", Some(300_000.0), N, "some", "people", "population"),
    ("She won the 1,500m in Paris.", "1,500m", Some(1500.0), N, "", "m", "distance"),
    ("She won the 1,000m in Birmingham.", "1,000m", Some(1000.0), N, "", "m", "distance"),
    ("They won the 100m and 200m titles.", "200m", Some(200.0), N, "", "m", "distance"),
    ("It holds 300m blog entries.", "300m", Some(300e6), N, "", "", "other"),
    // A speed, or the length again in feet, or a comparison: metres.
    ("The lifts reach 17m per second.", "17m", Some(17.0), N, "", "m", "distance"),
    ("It can move at 3.7m/h.", "3.7m", Some(3.7), N, "", "m", "distance"),
    ("Hitachi said the 1.3m (4.2ft) Emiew is quick.", "1.3m", Some(1.3), N, "", "m", "distance"),
    ("The 2m (6ft 7in) wall fell.", "2m", Some(2.0), N, "", "m", "distance"),
    ("Sales hit 1.3m (£2m) last year.", "1.3m", Some(1.3e6), N, "", "", "other"),
    ("The tower is more than 50m taller than its rival.", "50m", Some(50.0), N, "more than", "m", "distance"),
    ("He completed the 10,500m course first.", "10,500m", Some(10500.0), N, "", "m", "distance"),
    // Wire-style cents and dollars.
    ("Earnings were 75 cts a share.", "75 cts", Some(75.0), N, "", "cents", "money"),
    ("Prices rose one dlr to 19.75 dlrs.", "one dlr", Some(1.0), N, "", "USD", "money"),
    // Weights, volumes, seconds and pence.
    ("He won in 9.87 seconds.", "9.87 seconds", Some(9.87), N, "", "seconds", "duration"),
    ("The shares closed at 1218 pence.", "1218 pence", Some(1218.0), N, "", "pence", "money"),
    ("Steers weighed 1,100 lbs.", "1,100 lbs", Some(1100.0), N, "", "lb", "other"),
    ("About 1700 lawsuits had been filed.", "1700", Some(1700.0), N, "about", "", "other"),
    // A number written with m is millions unless it is a race or a length.
    ("Some 1.7m people need care.", "1.7m", Some(1_700_000.0), N, "some", "people", "population"),
    ("Illva will pay 481.42m yuan.", "481.42m yuan", Some(481_420_000.0), N, "", "CNY", "money"),
    ("Stocks fell to 294.3m.", "294.3m", Some(294_300_000.0), N, "", "", "other"),
    ("Most of the UK's 1.6m Muslims vote.", "1.6m", Some(1_600_000.0), N, "", "", "other"),
    ("Most of Brazil's 700 creditor banks agreed.", "700", Some(700.0), N, "", "", "other"),
    ("She won the 400m hurdles.", "400m", Some(400.0), N, "", "m", "distance"),
    ("Kluft took the long jump at 6.63m, a record.", "6.63m", Some(6.63), N, "", "m", "distance"),
    ("Wine use is just 0.22 litres a head.", "0.22 litres", Some(0.22), N, "", "litres", "other"),
    ("Reserves stood at 47.1 billion marks.", "47.1 billion marks", Some(47.1e9), N, "", "DEM", "money"),
    ("The ore averaged 0.30 ounces per ton.", "0.30 ounces", Some(0.3), N, "", "ounces", "other"),
    // Fractions written with a slash, alone or after a whole number
    // (a fraction of its last place); a price quote's other side.
    ("Wheat closed 1/4 cent higher.", "1/4 cent", Some(0.25), N, "", "cents", "money"),
    ("Duties were set at 3/8 cent per kilo.", "3/8 cent", Some(0.375), N, "", "cents", "money"),
    ("The dividend rose to 7-1/2 cents a share.", "7-1/2 cents", Some(7.5), N, "", "cents", "money"),
    ("Corn settled at 2.11-3/4 dlrs a bushel.", "2.11-3/4 dlrs", Some(2.1175), N, "", "USD", "money"),
    ("The prime rate rose to 9-3/8 pct.", "9-3/8 pct", Some(9.375), N, "", "percent", "percent"),
    ("The shares were as high as 175-7/8 this year.", "175-7/8", Some(175.875), N, "", "", "other"),
    ("The dollar ended at 145.15/20 yen.", "145.15/20 yen", Some(145.15), N, "", "JPY", "money"),
    ("Rates slid to 4.10/4.15 pct.", "4.10/4.15 pct", Some(4.10), N, "", "percent", "percent"),
    // In a line of results the figure after `vs` is the same measure.
    ("Pre-tax profit 101 mln stg vs 92 mln.", "92 mln", Some(92e6), N, "", "GBP", "money"),
    ("Group shr 33.98 yen vs 39.10.", "39.10", Some(39.1), N, "", "JPY", "money"),
    ("Shr 1.16 dlrs vs 70 cts.", "70 cts", Some(70.0), N, "", "cents", "money"),
    ("Exports rose to 5 mln stg and 92 mln.", "92 mln", Some(92e6), N, "", "", "other"),
    // So is a figure after `against`, `compared with`, `from` (measure_links.txt) …
    ("Sales were 79,448 tonnes against 79,014.", "79,014", Some(79014.0), N, "", "tonnes", "other"),
    ("Profit was 271 mln francs compared with 110 mln.", "110 mln", Some(110e6), N, "", "francs", "money"),
    ("The deficit narrowed to 740 mln dlrs from 1.97 billion.", "1.97 billion", Some(1.97e9), N, "", "USD", "money"),
    ("Profit was 61 mln stg, up from 16 mln.", "16 mln", Some(16e6), N, "", "GBP", "money"),
    ("Imports fell to 7.4 billion dlrs in 1986 from 8.9 billion.", "8.9 billion", Some(8.9e9), N, "", "USD", "money"),
    ("Reserves rose to 38 billion crowns in February from 30 billion.", "30 billion", Some(30e9), N, "", "crowns", "money"),
    // … but before `from` a percentage or a span of time is a level only
    // after a level word (level_words.txt); a change or a period is not.
    ("It cut the rate to 5.5 pct from 6.2.", "6.2", Some(6.2), N, "", "percent", "percent"),
    ("It set growth to about 2.0 pct from 2.8.", "2.8", Some(2.8), N, "", "percent", "percent"),
    ("Output was 12.05 mln bpd, up 1.5 pct from 11.87 mln.", "11.87 mln", Some(11.87e6), N, "", "", "other"),
    ("Profits doubled in the past 10 years from 1.80 billion.", "1.80 billion", Some(1.8e9), N, "", "", "other"),
    // A change and the level it reached share the measure; a change in
    // per cent after `by` does not.
    ("Reserves rose from 5 billion dlrs to 7 billion.", "7 billion", Some(7e9), N, "", "USD", "money"),
    ("Reserves fell by 1.2 billion dlrs to 30.5 billion.", "30.5 billion", Some(30.5e9), N, "", "USD", "money"),
    ("Its rate rose from 5 pct to 7.", "7", Some(7.0), N, "", "percent", "percent"),
    ("Its stake rose by 2 pct to 7.", "7", Some(7.0), N, "", "", "other"),
    ("The rand is at 49.53 U.S. cents.", "49.53 U.S. cents", Some(49.53), N, "", "cents", "money"),
    ("It paid 55 euro cents a share.", "55 euro cents", Some(55.0), N, "", "cents", "money"),
    // A unit written onto its digits, and units of data and power (some
    // written with a capital).
    ("He won the 8km race.", "8km", Some(8.0), N, "", "km", "distance"),
    ("It has a 40GB hard drive.", "40GB", Some(40.0), N, "", "GB", "other"),
    ("Speeds reach 2 Mbps.", "2 Mbps", Some(2.0), N, "", "Mbit/s", "other"),
    ("The chip runs at 16 MHz.", "16 MHz", Some(16.0), N, "", "MHz", "other"),
    ("Output was 695.50 billion kilowatt hours.", "695.50 billion kilowatt hours", Some(695.5e9), N, "", "kWh", "other"),
    // A short scale set apart from its digits (not `m`, which may be metres).
    ("Howard was planning £35 bn cuts.", "£35 bn", Some(35e9), N, "", "GBP", "money"),
    ("It took a 47 mn dlrs provision.", "47 mn dlrs", Some(47e6), N, "", "USD", "money"),
    ("They built a 5 m wall.", "5", Some(5.0), N, "", "", "other"),
    // A scale joined by a hyphen multiplies all the same.
    ("It approved a 100 mln-dlr aid package.", "100 mln-dlr", Some(1e8), N, "", "USD", "money"),
    ("It made a 5.2 billion-dlr acquisition offer.", "5.2 billion-dlr", Some(5.2e9), N, "", "USD", "money"),
    ("There are a further 1.5 million-2 million people on schemes.", "1.5 million-2 million", Some(1.5e6), Some(2e6), "", "people", "population"),
    // A figure after `from` that names what it counts is a count of its own.
    ("It earned 5 mln dlrs from 300 customers.", "300", Some(300.0), N, "", "", "other"),
];

/// Numbers that are not figures: (sentence, the number that must not be one).
#[rustfmt::skip]
const NOT_FIGURES: &[(&str, f64)] = &[
    // One member of a group picked out.
    ("He has been one of the most influential teachers.", 1.0),
    ("Monsanto admitted one of its employees paid the official.", 1.0),
    ("An economist in one of the country's top think tanks spoke.", 1.0),
    // A capitalised number word after a lower-case one starts a name.
    ("He is one of four Six Nations captains.", 10.0),
    ("Rev 2.4 mln vs four mln\n    Six months\n    Shr 29 cts vs 31 cts", 4_000_006.0),
    // The first number of an adjective made of two.
    ("Most 15 to 24-year-olds own a phone.", 15.0),
    ("It will buy 10 and 20-year fixed rate mortgages.", 10.0),
    // The scorers and minutes under a match report.
    ("Cole. Riggott 74, Graham 86. Kiely, Perry.", 74.0),
    ("Subs Not Used: Orr, Brown. Lita 45, 52. Bevan, Crooks.", 52.0),
    // Ages.
    ("The founder of the firm has died of cancer aged 44.", 44.0),
    ("The victims were Charlene Ellis, 18, and Letisha Shakespeare, 17.", 17.0),
    ("The singer died at the age of 85 in Los Angeles.", 85.0),
    ("The contest is aimed at children aged 10 to 13.", 13.0),
    ("Adults aged over 19 qualify.", 19.0),
    // Whole numbers joined by a hyphen, the second smaller: a code.
    ("Qantas ordered four 747-400 aircraft.", 747.0),
    ("Qantas ordered four 747-400 aircraft.", 400.0),
    ("The House voted 350-73 to override the veto.", 73.0),
    // A month's or day's short form makes a date.
    ("It bought shares between Feb 13 and 24 for 6.6 mln dlrs.", 24.0),
    ("Qtr to Jan 31 end", 31.0),
    // The end of a span of years is a year.
    ("In 1983-84, an outbreak of avian influenza hit Pennsylvania.", 84.0),
    ("Output in the 1986-87 season fell.", 87.0),
    ("The plan covers 1987-1990 and more.", 1990.0),
    // Places in a ranking or a draw count nothing.
    ("The film debuted outside the top 10.", 10.0),
    ("Boro booked their place in the last 16.", 16.0),
    // A unit word with a capital after a number is a name's.
    ("US rapper 50 Cent topped the chart.", 50.0),
    ("The Three Mile Island plant was shut.", 3.0),
    ("The war began in 2014.", 2014.0),
    ("Talks were held in 2014 and 2015.", 2015.0),
    ("Adam Smith was born in 1723.", 1723.0),
    ("Laws dating from 1695 still apply.", 1695.0),
    ("The invasion began on March 2, 2022.", 2.0),
    ("The invasion began on March 2, 2022.", 2022.0),
    ("They met on 24 February.", 24.0),
    ("A second reading could follow on 16 or 17 March.", 16.0),
    ("A hearing is scheduled for February 16 and 17.", 17.0),
    ("Previews will be held on 14, 20 and 27 April.", 20.0),
    ("Sales for the February 21 to 28 period fell.", 28.0),
    ("The delegation waited until 3 p.m. local time.", 3.0),
    ("The curfew starts at 10:30 tonight.", 10.0),
    ("The curfew starts at 10:30 tonight.", 30.0),
    ("Trading closed at 1830 GMT.", 1830.0),
    ("Prices were unchanged at 1000 hrs EDT.", 1000.0),
    ("The meeting was adjourned to 1000 CDT June 30.", 1000.0),
    ("The exchange will close at 1300 pdt today.", 1300.0),
    ("Newcastle are in the bottom half of the table.", 0.5),
    ("7 Tim Henman (Britain)", 7.0),
    ("Sales rose in the first half of 1987.", 0.5),
    ("A third alternative is a merger.", 1.0 / 3.0),
    ("A two-thirds majority is needed.", 2.0 / 3.0),
    ("Profits fell in the last two quarters.", 2.0),
    ("It was the fourth day of fighting.", 4.0),
    ("He finished 2nd in the race.", 2.0),
    ("The 22-year-old striker scored.", 22.0),
    ("A nine-story building was hit.", 9.0),
    ("A 24-hour ceasefire began.", 24.0),
    ("An Su-25 jet was shot down.", 25.0),
    ("The test of a Minuteman III missile was delayed.", 3.0),
    ("The airline grounded its Boeing 737 fleet.", 737.0),
    ("Airbus is building the 7E7 rival.", 7.0),
    ("Airbus has a rival to Boeing's 777 line.", 777.0),
    ("The 3B2/600 minicomputer costs more.", 600.0),
    ("Call 0800 028 9276 for help.", 800.0),
    ("Call 0800 028 9276 for help.", 28.0),
    ("Leeds beat Chelsea 2-1 on Saturday.", 2.0),
    ("The Windows 10 update failed.", 10.0),
    ("Ukraine has two sides to the story.", 2.0),
    // Number words after a determiner or a possessive point back at a
    // group already named; with a capital after a word, they are a name's.
    ("The two sides met in Geneva.", 2.0),
    ("The firm sold its three divisions.", 3.0),
    ("BBC Four viewers saw the film first.", 4.0),
    ("World War Two veterans marched.", 2.0),
    ("The group's 7-Eleven stores grew.", 11.0),
    ("The 3P model sold well.", 3.0),
    ("Three times the world number two hangs in.", 2.0),
    // A place in a ranking before one thing.
    ("This is my first win over a top 10 player.", 10.0),
    ("It made the top 40 singles chart.", 40.0),
    // A singular unit of time after a word is no span of time.
    ("He held six break points in game five of the second.", 5.0),
    // ... and a large one counting nothing is a manner of speaking.
    ("It was a chance in a million.", 1_000_000.0),
    ("No one was hurt.", 1.0),
    ("Kenteris, 31, and Thanou, 30, were charged.", 31.0),
    ("Kenteris, 31, and Thanou, 30, were charged.", 30.0),
    ("Federer won 6-3 7-6 (7-5) on Sunday.", 3.0),
    ("Federer won 6-3 7-6 (7-5) on Sunday.", 5.0),
    ("The score was 1-1 with minutes left.", 1.0),
    ("Subs not used: Harper. Bowyer (77).", 77.0),
    // Numbers with slashes that are dates, odds, scores and names.
    ("Security was tightened after 9/11.", 9.0),
    ("Security was tightened after 9/11.", 11.0),
    ("The shop is open 24/7.", 24.0),
    ("The shop is open 24/7.", 7.0),
    ("He is the 5/4 favourite.", 1.25),
    ("He is the 5/4 favourite.", 4.0),
    ("Odds were cut from 4/6 to 1/2.", 0.5),
    ("Nadal took the tie-break (8/6).", 0.75),
    ("Nadal took the tie-break (8/6).", 6.0),
    ("Income rose in the 1998/99 season.", 99.0),
    ("Fixtures are on 8/9 January.", 8.0),
];

fn figures(text: &str) -> Vec<gazette::output::FigureRow> {
    let p = Pipeline::new(Lexicons::builtin(), Default::default());
    p.process(&Document::from_text("t.txt", text)).figures
}

#[test]
fn table_of_figures() {
    assert!(CASES.len() >= 150, "{} cases", CASES.len());
    let mut failures = Vec::new();
    for &(text, surface, value, max, qualifier, unit, category) in CASES {
        let found = figures(text);
        let Some(f) = found.iter().find(|f| f.surface == surface) else {
            failures.push(format!(
                "{text:?}: no figure {surface:?} in {:?}",
                found.iter().map(|f| &f.surface).collect::<Vec<_>>()
            ));
            continue;
        };
        let got = (
            f.value.map(|v| v.0),
            f.value_max.map(|v| v.0),
            f.qualifier.clone().unwrap_or_default(),
            f.unit.clone().unwrap_or_default(),
            f.category.clone().unwrap_or_default(),
        );
        let want = (value, max, qualifier.to_string(), unit.to_string(), category.to_string());
        let close = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(a), Some(b)) => (a - b).abs() <= 1e-6 * b.abs().max(1.0),
            (None, None) => true,
            _ => false,
        };
        if !(close(got.0, want.0)
            && close(got.1, want.1)
            && got.2 == want.2
            && got.3 == want.3
            && got.4 == want.4)
        {
            failures.push(format!("{text:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn numbers_that_are_not_figures() {
    let mut failures = Vec::new();
    for &(text, value) in NOT_FIGURES {
        let found = figures(text);
        if found.iter().any(|f| f.value.is_some_and(|v| (v.0 - value).abs() < 1e-9)) {
            failures.push(format!("{text:?}: {value} read as a figure"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn figures_in_boilerplate_are_left_out() {
    let p = Pipeline::new(Lexicons::builtin(), Default::default());
    let r = p.process(&Document::from_text(
        "t",
        "Body text here.\n\nRecommended Stories\n\n  • About 150 helicopters seen near Kyiv\n",
    ));
    assert!(r.figures.is_empty(), "{:?}", r.figures);
    let r = p.process(&Document::from_text("t", "Jane Writer\n·5 min read\n\nOne line of text."));
    assert!(r.figures.is_empty(), "{:?}", r.figures);
}

#[test]
fn sources_from_quotes_speech_verbs_and_subjects() {
    let src = |text: &str, surface: &str| {
        figures(text)
            .into_iter()
            .find(|f| f.surface == surface)
            .and_then(|f| f.source)
            .unwrap_or_default()
    };
    assert_eq!(
        src("\"In total, 22 companies will be designated,\" Blinken said.", "22"),
        "Blinken"
    );
    assert!(src("As of Saturday, there were 240 civilian casualties, according to the U.N. Office for the Coordination of Humanitarian Affairs.", "240").contains("Coordination"));
    // "According to X" before the figure is its source, over a speech verb
    // of the people the figure counts.
    assert_eq!(
        src("According to Continental Research, 29% of the people it questioned said they were technophobes.", "29%"),
        "Continental Research"
    );
    assert_eq!(
        src("Ukrainian authorities said Russian attacks killed 21 people in Kharkiv.", "21"),
        "Ukrainian authorities"
    );
    assert!(src(
        "Russia's defense ministry put out a report, saying 498 of its troops were killed.",
        "498"
    )
    .contains("defense ministry"));
    // A connective opening the sentence is no part of the source, and
    // "As previously reported" names nobody.
    assert_eq!(
        src("But industry sources said the firm lost about five billion yen.", "five billion yen"),
        "industry sources"
    );
    assert_eq!(
        src("As previously reported, the firm will own 40 pct of the shares.", "40 pct"),
        ""
    );
    // An organisation's longer name speaks whole.
    assert_eq!(
        src(
            "Industrial production rose 0.5 pct in February, the Federal Reserve Board said.",
            "0.5 pct"
        ),
        "Federal Reserve Board"
    );
    // `adding` before an amount adds it; it reports nothing.
    assert_eq!(
        src("Brent crude also rose in London trading, adding $1.89 to $48.62.", "$1.89"),
        ""
    );
    let text = "The U.N. refugee agency said 1 million people had fled. It said it expects 4 million people could flee.";
    assert_eq!(src(text, "4 million"), "U.N. refugee agency");
    let f = figures("\"We lost 40 tanks,\" the commander said.");
    assert_eq!(f[0].quote, Some(1));
}

/// The source of the figure written `surface` in `text` ("" when none).
/// The phrase the figure written `surface` counts in `text` (empty: none).
fn counted(text: &str, surface: &str) -> String {
    let found = figures(text);
    let f = found.iter().find(|f| f.surface == surface).unwrap_or_else(|| panic!("{text:?}"));
    f.counted.clone().unwrap_or_default()
}

fn source_of(text: &str, surface: &str) -> String {
    figures(text)
        .into_iter()
        .find(|f| f.surface == surface)
        .unwrap_or_else(|| panic!("{surface} in {text:?}"))
        .source
        .unwrap_or_default()
}

#[test]
fn a_sentence_that_ends_in_its_speech_verb_speaks_whole() {
    // A closing clause longer than a few words, when the sentence ends in
    // its verb.
    let t = "Inflation was one pct, against 2.1 pct in January and 1.6 pct a year ago, \
             a spokesman for the Central Bureau of Statistics said.";
    assert_eq!(source_of(t, "one pct"), "a spokesman for the Central Bureau of Statistics");
    // Back over the comma after a name, before the role that follows it.
    let t = "Trading will grow over the next five years, Bernard Reed, manager of the \
             London options exchange said.";
    assert_eq!(source_of(t, "five years"), "Bernard Reed");
    // Not a long clause that goes on after its verb.
    let t = "Sales rose 5 pct, and the company expects growth to slow over the coming year \
             as it said in March it would.";
    assert_eq!(source_of(t, "5 pct"), "");
}

#[test]
fn a_counted_phrase_goes_on_through_and_only_where_both_sides_match() {
    // Plural nouns on both sides, the second maybe with a word before it.
    assert_eq!(counted("It said 25,000 men and women had fled.", "25,000"), "men and women");
    let t = "About 100 drivers and warehouse employees walked out.";
    assert_eq!(counted(t, "100"), "drivers and warehouse employees");
    // Modifiers before one plural noun, or after `of` before any noun.
    let t = "There were 40 civilian and military casualties.";
    assert_eq!(counted(t, "40"), "civilian and military casualties");
    let t = "It tendered for 225,000 tonnes of hard and soft wheat.";
    assert_eq!(counted(t, "225,000 tonnes"), "hard and soft wheat");
    let t = "It sold interests in two major oil and gas fields.";
    assert_eq!(counted(t, "two"), "major oil and gas fields");
    // Not a noun and another phrase, nor a noun and a verb.
    let t = "The notes have a 7-1/4 pct coupon and par pricing.";
    assert_eq!(counted(t, "7-1/4 pct"), "coupon");
    let t = "It farms 80,000 hectares of arable land and plantations.";
    assert_eq!(counted(t, "80,000 hectares"), "arable land");
    let t = "It has operations in 60 countries and employs 76,200 staff.";
    assert_eq!(counted(t, "60"), "countries");
    let t = "Extremists killed five people and set ablaze a cinema.";
    assert_eq!(counted(t, "five"), "people");
}

#[test]
fn an_age_a_time_or_an_empty_cell_after_a_figure_is_not_what_it_counts() {
    assert_eq!(counted("He was just 36 years old.", "36 years"), "");
    assert_eq!(counted("They paid 150 mln dlrs late last year.", "150 mln dlrs"), "");
    assert_eq!(counted("Imports  8.9  nil  nil", "8.9"), "");
    assert_eq!(counted("Units were sold at 31 dlrs apiece.", "31 dlrs"), "");
    // Nor a contraction that opens a clause.
    assert_eq!(counted("If we get to eight hours that's a place to be.", "eight hours"), "");
    // Nor a present participle before another figure, its verb.
    assert_eq!(counted("Div 5p making 7.6p vs 6.5p", "5p"), "");
    assert_eq!(
        counted("It drilled to 1,730 feet averaging 0.30 ounces per ton.", "1,730 feet"),
        ""
    );
}

#[test]
fn a_people_in_the_plural_is_what_a_figure_counts() {
    assert_eq!(counted("It said 1,200 Iraqis were killed or wounded.", "1,200"), "Iraqis");
    assert_eq!(counted("Only 15% of Britons aged 65 have been online.", "15%"), "Britons");
    // Not `Swiss`, as often an adjective: its singular is no other word.
    let t = "It has shown that the 4,000 Swiss lawyers who do a good job should stay.";
    assert_eq!(counted(t, "4,000"), "Swiss lawyers");
}

#[test]
fn a_counted_phrase_goes_on_to_its_noun_past_a_possessive_or_in_capitals() {
    let t = "Up to 45% of businesses' critical information is on laptops.";
    assert_eq!(counted(t, "45%"), "businesses' critical information");
    let t = "It will offer 34 pct of the banks' shares to the public.";
    assert_eq!(counted(t, "34 pct"), "the banks' shares");
    // A plural in capitals after the phrase's first words is its noun.
    assert_eq!(counted("It used millions of desktop PCs.", "millions of"), "desktop PCs");
    assert_eq!(counted("There would be 42 ethnic minority MPs.", "42"), "ethnic minority MPs");
    // Not past the phrase's length: no phrase ends in the mark.
    let t = "It used 8.3 mln bpd other developing countries' crude.";
    assert_eq!(counted(t, "8.3 mln bpd"), "other developing countries");
}

#[test]
fn a_description_after_the_verb_that_runs_into_an_auxiliary_is_what_was_said() {
    let t = "Home Secretary David Blunkett resigned. Thirty per cent said the affair showed \
             Mr Blunkett could not be trusted.";
    assert_eq!(source_of(t, "Thirty per cent"), "");
}

#[test]
fn a_speaker_after_a_comma_and_speaks_for_the_clause_it_opens() {
    // `, and X said …`, `, but X said …`: X speaks for what follows.
    let t = "Staff costs were cut by 12 pct this year, and the chairman said more cuts would come.";
    assert_eq!(source_of(t, "12 pct"), "");
    let t = "Output rose 1.9 pct in January, but economists said higher prices were to blame.";
    assert_eq!(source_of(t, "1.9 pct"), "");
    // Not a speaker before the figure, nor one after a comma alone.
    let t = "The company said it had cash of 808 mln dlrs at the end of 1986, and the \
             chairman said the fund would not change.";
    assert_eq!(source_of(t, "808 mln dlrs"), "The company");
    let t = "Staff costs were cut by 12 pct this year, the chairman said.";
    assert_eq!(source_of(t, "12 pct"), "the chairman");
}

#[test]
fn a_speech_verb_that_is_also_a_plural_noun_is_no_verb_before_a_preposition() {
    // `notes`, `estimates`, `reports` before a preposition or a verb are nouns.
    let t = "Bank notes in circulation fell by 116.9 mln francs to 24.36 billion.";
    assert_eq!(source_of(t, "116.9 mln francs"), "");
    let t = "Yield estimates remained at 3.2 mln tonnes this season.";
    assert_eq!(source_of(t, "3.2 mln tonnes"), "");
    let t = "Early estimates from the aid agencies put the cost at about $5bn.";
    assert_eq!(source_of(t, "$5bn"), "");
    // A body named before the noun is the author of what it names.
    let t = "IEA estimates on April 1 put oil stocks at 428 mln tonnes.";
    assert_eq!(source_of(t, "428 mln tonnes"), "IEA");
    let t = "World Bank figures show lending to China amounted to 1.1 billion dlrs.";
    assert_eq!(source_of(t, "1.1 billion dlrs"), "World Bank");
    // Before a clause or an amount, verbs.
    let t = "USDA estimates that it costs the government 75 cents to store each bushel.";
    assert_eq!(source_of(t, "75 cents"), "USDA");
    let t = "The IRS estimates about 90,000 returns will be filed this way.";
    assert_eq!(source_of(t, "90,000"), "IRS");
}

#[test]
fn a_body_named_with_its_acronym_in_brackets_is_the_source() {
    let t = "The new members will see 4.6% growth, the Qorin Economic Commission for Europe (QECE) said.";
    assert_eq!(source_of(t, "4.6%"), "QECE");
}

#[test]
fn agreeing_to_pay_is_no_report() {
    // `agreed` speaks only next to a quote: here it is an act.
    assert_eq!(source_of("Last month Marsh agreed to pay $850m to settle a lawsuit.", "$850m"), "");
    assert_eq!(
        source_of("Pittston said it agreed to exchange 0.523 common share for each.", "0.523"),
        "Pittston"
    );
}

#[test]
fn institutions_named_by_a_noun_give_figures() {
    assert_eq!(
        source_of(
            "Production in 1986 is estimated by the embassy at 35,000 tonnes.",
            "35,000 tonnes"
        ),
        "the embassy"
    );
    assert_eq!(
        source_of(
            "The harvest was 13 pct complete by March 20, the Safras e Mercado newsletter said.",
            "13 pct"
        ),
        "the Safras e Mercado newsletter"
    );
}

#[test]
fn a_firm_named_for_a_place_speaks_whole_and_unlinked() {
    // `Ford Canada`, `Union Texas`, `Great American`: one capitalised word
    // opening the clause, then a place or demonym right before the verb
    // (linked: false). Not after a connective, a stopword, a dateline, nor
    // a people: the place speaks, linked.
    for (text, surface, source, linked) in [
        ("Ford Canada said sales rose 12 pct.", "12 pct", "Ford Canada", false),
        ("Union Texas also said it would spend 42 mln dlrs.", "42 mln dlrs", "Union Texas", false),
        (
            "AGIP Canada reported reserves of 4.2 mln barrels.",
            "4.2 mln barrels",
            "AGIP Canada",
            false,
        ),
        (
            "Great American said it paid about 6.1 mln dlrs.",
            "6.1 mln dlrs",
            "Great American",
            false,
        ),
        ("Yesterday Canada said it had 300 troops there.", "300", "Canada", true),
        ("But Canada said it would send 300 troops.", "300", "Canada", true),
        ("BAHRAIN - Iran reported 300 troops killed.", "300", "Iran", true),
        ("Two Americans said they paid 300 dlrs.", "300 dlrs", "Americans", true),
    ] {
        let f = figures(text).into_iter().find(|f| f.surface == surface).unwrap();
        assert_eq!(f.source.as_deref(), Some(source), "{text}");
        assert_eq!(f.source_entity_id.is_some(), linked, "{text}");
    }
}

#[test]
fn an_office_is_a_body_that_speaks() {
    let text = "Exports fell 18 pct, the French cereals office ONIC said.";
    assert_eq!(source_of(text, "18 pct"), "ONIC");
    let text = "The Attorney General's office said it will not prosecute 12 brokers.";
    assert_eq!(source_of(text, "12"), "The Attorney General's office");
}

#[test]
fn a_title_of_a_place_is_a_role_not_the_place() {
    for (text, role) in [
        (
            "The Archbishop of Canterbury said 300 churches would close.",
            "The Archbishop of Canterbury",
        ),
        ("The Duke of Edinburgh said 300 people came.", "The Duke of Edinburgh"),
    ] {
        let f = figures(text).into_iter().find(|f| f.surface == "300").unwrap();
        assert_eq!((f.source.as_deref(), f.source_entity_id), (Some(role), None), "{text}");
    }
    // (`State` ends `secretary of state`, but is no title.)
    let text = "The State of New Jersey said it sold 23 stocks.";
    assert_ne!(source_of(text, "23"), "The State of New Jersey");
}

#[test]
fn names_joined_by_and_speak_whole() {
    // A firm's name, or the two who spoke, not the name after `and`.
    for (text, surface, name) in [
        (
            "Duff and Phelps said it lowered ratings on 300 mln dlrs of debt.",
            "300 mln dlrs",
            "Duff and Phelps",
        ),
        (
            "Pratt and Whitney said the order could include up to 69 engines.",
            "69",
            "Pratt and Whitney",
        ),
        ("The DIW and Ifo said unemployment would decline to 2.20 mln.", "2.20 mln", "DIW and Ifo"),
        // After a clause and its comma, and in a closing clause.
        (
            "While increasing its size, Duff and Phelps said the deal heightens risk, with debt \
             rising to more than 90 pct.",
            "90 pct",
            "Duff and Phelps",
        ),
        (
            "The ratio rose to 34 pct, compared with 26 pct, Duff and Phelps said.",
            "26 pct",
            "Duff and Phelps",
        ),
    ] {
        assert_eq!(source_of(text, surface), name, "{text}");
    }
    // Initials stand for the name the document gave in full, with `and`
    // in the same place.
    let text = "Standard and Poor's Corp cut the bank's rating. Security Pacific Corp \
                lent the money. S and P said 40 pct of the debt is at risk.";
    let f = figures(text).into_iter().find(|f| f.surface == "40 pct").unwrap();
    assert_eq!(f.source.as_deref(), Some("S and P"));
    assert_eq!(f.source_entity_id.as_deref(), Some("org:standard-and-poor-s-corp"));
    // Two places are left as they were; the last two of a list are no pair.
    let text = "Texas and Oklahoma reported increases of 21 rigs.";
    assert_eq!(source_of(text, "21"), "Oklahoma");
    let text =
        "Unemployment fell to 0.9 pct, the Federal Office of Industry, Trade and Labour said.";
    assert_ne!(source_of(text, "0.9 pct"), "Trade and Labour");
}

#[test]
fn it_said_is_a_body_named_only_by_its_own_words() {
    // A body no gazetteer knows that spoke just before, over the nearest
    // name the pronoun would otherwise take.
    let text = "Great American said it bought shares of Atcor Inc. It said it paid 300 dlrs.";
    assert_eq!(source_of(text, "300 dlrs"), "Great American");
    let text = "The XQB said exports rose. It said imports fell 3.8 pct in 1987.";
    assert_eq!(source_of(text, "3.8 pct"), "XQB");
}

#[test]
fn it_said_is_the_body_that_spoke_just_before() {
    // `it` with no entity for it: the body or document that last spoke,
    // past another `it`, in this paragraph or the one before.
    let text = "The company said it will redeploy its assets.\n\nIt said the operations sold \
                were about five pct of revenues.";
    assert_eq!(source_of(text, "five pct"), "The company");
    let text = "Exports rose, a treasury statement said. Imports fell 3.8 pct in 1987, it \
                said. Import growth is now seen at 4.2 pct in 1988, it said.";
    assert_eq!(source_of(text, "4.2 pct"), "a treasury statement");
    // Never a person, nor a body behind one.
    let text =
        "The ministry said output rose. A spokesman said so. It said acreage is six pct lower.";
    assert_eq!(source_of(text, "six pct"), "");
    let text = "Officials said output rose. It said acreage is six pct lower.";
    assert_eq!(source_of(text, "six pct"), "");
    // The company that spoke, not the nearest name, named in passing.
    let text = "Ford Motor Co said it won the contract against competition from General \
                Motors Corp and Toyota Motor Corp. The deal is worth 40 mln dlrs, it said.";
    assert_eq!(source_of(text, "40 mln dlrs"), "Ford Motor Co");
}

#[test]
fn a_pronoun_source_is_the_person_last_quoted_when_nearer_than_any_entity() {
    let text = "Prime Minister Yasuhiro Nakasone and President Reagan will meet Thursday.\n\n\
                \"Currencies are likely to muddle around these levels,\" said analyst Anne \
                Parker Mills.\n\nThe futures equivalent is about 0.0070 in June yen, she said.";
    assert_eq!(source_of(text, "0.0070"), "Anne Parker Mills");
    // With no one quoted since, the official named before is who it is.
    let text = "Prime Minister Yasuhiro Nakasone met Reagan.\n\n\
                The yen may fall to 150 yen, he said.";
    assert_eq!(source_of(text, "150 yen"), "Yasuhiro Nakasone");
}

#[test]
fn a_closing_said_clause_speaks_for_its_whole_sentence() {
    // However far after the figure: a clause of a few words after the last comma.
    let text =
        "Pork production in 1986 rose 83 pct to 1.1 mln tonnes due to the sharp rise in beef \
                prices and is expected to remain at that level this year, USDA said.";
    assert_eq!(source_of(text, "1.1 mln tonnes"), "USDA");
    let text = "Out of this, traders in France received 31,000 tonnes, in West Germany 21,000, in \
                Belgium 19,050, in the U.K. 15,800 and in Spain 1,000 tonnes, the commission said.";
    assert_eq!(source_of(text, "31,000 tonnes"), "the commission");
    // A figure far from its verb: the subject is read whole, not cut where
    // the reading window began.
    let text = "Clabir Corp said its 86 pct owned affiliate, Ambrit Inc <ABI>, has agreed to \
                acquire the Popsicle Industries division of <Sara Lee Corp of Canada Ltd> for about \
                37 mln Canadian dlrs in cash.";
    assert_eq!(source_of(text, "37 mln Canadian dlrs"), "Clabir Corp");
    // A bracket inside a firm's name is no break in its subject.
    let text =
        "Japan is issuing a 10 billion yen eurobond paying five pct, Yamaichi International \
                (Europe) Ltd said.";
    assert_eq!(source_of(text, "five pct"), "Yamaichi International (Europe) Ltd");
    // (Read back over any text: no cut inside a character.)
    for n in 0..16 {
        let text = format!("Output rose 5 pct, Ab {}x (Europe) Ltd said.", "é".repeat(n));
        assert!(!figures(&text).is_empty(), "{text}");
    }
    // The wire's stock symbol between a company and its verb.
    let text = "Sweden's Stora Kopparbergs Bergslags AB <SKPS ST> said it had acquired 90 pct of \
                shares in Papyrus AB.";
    assert_eq!(source_of(text, "90 pct"), "Stora Kopparbergs Bergslags AB");
    // An acronym after a role that names what it is.
    let text = "The Iranian news agency IRNA said that Iraqi troops had suffered 3,000 casualties.";
    assert_eq!(source_of(text, "3,000"), "IRNA");
}

#[test]
fn people_in_a_city_are_the_source_not_the_city() {
    assert_eq!(
        source_of("A diplomat in Moscow said 300 troops had left.", "300"),
        "A diplomat in Moscow"
    );
    let text = "A U.S. Department of Agriculture analyst in Washington said nine mln hectares \
                would have to be reseeded.";
    assert_eq!(
        source_of(text, "nine mln hectares"),
        "A U.S. Department of Agriculture analyst in Washington"
    );
    let text = "The rate was 5 pct, a dealer for a German bank in London said.";
    assert_eq!(source_of(text, "5 pct"), "a dealer for a German bank in London");
    let text = "Prices rose 3 pct, Oil traders in New York said.";
    assert_eq!(source_of(text, "3 pct"), "Oil traders in New York");
    // A place that ends a name the gazetteers do not know is not the source.
    let text = "The bond is priced at 99-1/2 pct, lead manager Banque Nationale de Paris said.";
    assert_ne!(source_of(text, "99-1/2 pct"), "Paris");
    assert_ne!(
        source_of("The Port of Rotterdam said throughput rose 4 pct.", "4 pct"),
        "Rotterdam"
    );
    // Reports from a place are not the place's.
    let text = "Reports from Russia say Baikal has paid a deposit of nearly $1.7bn.";
    assert_eq!(source_of(text, "$1.7bn"), "Reports from Russia");
}

#[test]
fn an_auxiliary_between_subject_and_verb_keeps_the_subject() {
    assert_eq!(
        source_of("Yukos has said it will sue Baikal for $20bn in damages.", "$20bn"),
        "Yukos"
    );
    assert_eq!(
        source_of("The authorities have said prices could rise by 26 pct this year.", "26 pct"),
        "The authorities"
    );
}

#[test]
fn according_to_a_document_filed_with_a_body_names_no_one() {
    // The body a document went to did not write it.
    let text = "According to a registration document filed with the Securities and Exchange \
                Commission, Nasdaq Stock Market plans to raise $100m from the sale.";
    assert_eq!(source_of(text, "$100m"), "");
    let text = "According to figures released by the Commerce Department, sales rose 5%.";
    assert_eq!(source_of(text, "5%"), "Commerce Department");
    let text = "According to the companies, the centers are expected to grow to 15 pct by 1990.";
    assert_eq!(source_of(text, "15 pct"), "the companies");
}

#[test]
fn according_to_names_a_source_the_gazetteers_do_not_know() {
    let src = source_of;
    // However far after the figure (here 22 words).
    assert_eq!(
        src("Kevlar is five times stronger than steel and 10 times stronger than aluminum on an equal weight basis, and is used in a variety of products, according to the company.", "10"),
        "the company"
    );
    // An acronym, a name after its description, a name before what it published.
    assert_eq!(
        src(
            "About 6.7 billion dlrs could be issued by August, according to USDA.",
            "6.7 billion dlrs"
        ),
        "USDA"
    );
    assert_eq!(
        src("The film took an estimated $30.1m over the weekend, according to industry website Screen Daily.", "$30.1m"),
        "Screen Daily"
    );
    assert_eq!(
        src(
            "House prices fell 0.4% in October, according to the Nationwide, their biggest fall.",
            "0.4%"
        ),
        "Nationwide"
    );
    assert_eq!(src("More than 57% of buyers are women, according to CEA research.", "57%"), "CEA");
    assert_eq!(
        src("Remittances are 2% of GDP, according to the Bank of Mexico's figures.", "2%"),
        "Bank of Mexico"
    );
    // A document and its author.
    assert_eq!(
        src("Egypt produced 40.3 mln tonnes of crude in 1986, according to official figures released today by the Egyptian General Petroleum Corp.", "40.3 mln tonnes"),
        "Egyptian General Petroleum Corp"
    );
    assert_eq!(
        src("UK house prices fell 0.7% in December, according to figures from the Office of the Deputy Prime Minister.", "0.7%"),
        "Office of the Deputy Prime Minister"
    );
    assert_eq!(
        src("According to a survey by Goldman Sachs & Co, sales surged 25%.", "25%"),
        "Goldman Sachs & Co"
    );
    // No name written, no source; a place is none either.
    assert_eq!(
        src("The sequel took $44.7m in three days, according to studio estimates.", "$44.7m"),
        ""
    );
    assert_eq!(src("According to terms, CTI holders will receive 200,000 shares.", "200,000"), "");
    assert_eq!(src("Sales rose 3%, according to Chinese state press reports.", "3%"), "");
    // Analysts polled by someone are the source, not the pollster.
    assert_ne!(src("The fund will prove as successful as the 100 mln dlr Korea Fund, according to most analysts polled by Reuters.", "100 mln dlr"), "Reuters");
}

#[test]
fn a_sentence_opening_with_a_document_takes_its_figures_from_the_author() {
    let src = source_of;
    assert_eq!(
        src("Data from the CML showed lending fell to just over £25bn in November.", "£25bn"),
        "CML"
    );
    assert_eq!(
        src("Figures from the Commerce Department for November showed exports down 2.3% to $95.6bn.", "$95.6bn"),
        "Commerce Department"
    );
    assert_eq!(
        src("A recent survey by Earthlink and Webroot found that 90% of PCs are infested.", "90%"),
        "Earthlink and Webroot"
    );
    assert_eq!(
        src("But unofficial volume figures from the New York\nStock Exchange show 603 mln shares traded.", "603 mln"),
        "New York Stock Exchange"
    );
    // A name that describes a speaker is not the author; a place is none;
    // a sentence that opens with a speaker is not a document's.
    assert_eq!(
        src(
            "A recent statement by a Reagan administration official put the cost at 5 mln dlrs.",
            "5 mln dlrs"
        ),
        ""
    );
    assert_eq!(src("Estimates from India put the loss at $5bn.", "$5bn"), "");
    assert_ne!(
        src(
            "Lucq said a survey by the OECD showed subsidies of 100 billion dlrs.",
            "100 billion dlrs"
        ),
        "OECD"
    );
    // No author after the document: no source.
    assert_eq!(src("Revised figures indicated growth of just 0.1% in the quarter.", "0.1%"), "");
}

#[test]
fn counted_phrase_ends_where_a_participle_says_what_happened() {
    assert_eq!(counted("The army said 220 men killed and many wounded.", "220"), "men");
    assert_eq!(counted("Some 70,000 people displaced by floods.", "70,000"), "people");
    assert_eq!(counted("The quake killed 10,000 people and caused damage.", "10,000"), "people");
    // Before the noun, a participle describes it.
    assert_eq!(counted("Up to 3,000 displaced people crossed.", "3,000"), "displaced people");
    assert_eq!(counted("Clashes broke out after 11 people died.", "11"), "people");
    // `more` before a noun is more of it; before `than` or alone it ends
    // the phrase.
    assert_eq!(counted("Police arrested 5 more people.", "5"), "more people");
    assert_eq!(counted("It is 35 pct more competitive than Japan.", "35 pct"), "");
    assert_eq!(counted("Rebels killed 40 more on Sunday.", "40"), "");
    // A plural in capitals is a noun; capitals before a plural describe it.
    assert_eq!(counted("Some 32 Labour MPs voted against it.", "32"), "Labour MPs");
    assert_eq!(counted("About 40 MPs rebelled.", "40"), "MPs");
    assert_eq!(counted("It sold 5,000 new Ford cars.", "5,000"), "new Ford cars");
    assert_eq!(
        counted("It sold Gazprom and two other Russian firms.", "two"),
        "other Russian firms"
    );
    assert_eq!(
        counted("Helicopters destroyed three Iranian gunboats.", "three"),
        "Iranian gunboats"
    );
    assert_eq!(counted("They won two of their last 10 League games.", "10"), "League games");
    let table = "Shr 12 cts vs 10 cts\n    Sales 19.7 mln vs 9,755,018\n    Avg shrs 1,710,256 vs 1,327,172\n";
    assert_eq!(counted(table, "9,755,018"), "Sales");
    // (Not a name that opens the next clause, nor a table's next row.)
    assert_eq!(counted("It keeps 300 blog entries Bloglines holds.", "300"), "blog entries");
    let table = "Shr profit 1.10 dlrs vs 90 cts\n    Minority interest 986,000 debit vs 124,000 \
                 credit\n    Extraordinary items 411,000 credit vs nil\n";
    assert_eq!(counted(table, "124,000"), "credit");
    // A pronoun after `of` names nothing, nor does the word after it.
    assert_eq!(counted("Only 2% of them believed it.", "2%"), "");
    assert_eq!(counted("It has 61 lifts, 34 of them double-deckers.", "34"), "");
    // Nor in an adverb after a plural noun.
    assert_eq!(counted("The firm cut 6,900 jobs worldwide.", "6,900"), "jobs");
    assert_eq!(counted("It traded 42,000 contracts daily in May.", "42,000"), "contracts");
    assert_eq!(counted("Viewers can record two channels simultaneously.", "two"), "channels");
    assert_eq!(counted("Output ran at 335 day's supply.", "335"), "day's supply");
    assert_eq!(
        counted("It will issue 667,667 warrants exercisable at 1.50 dlrs.", "667,667"),
        "warrants"
    );
    assert_eq!(
        counted("It holds tens of thousands of songs able to play.", "tens of thousands of"),
        "songs"
    );
    // No phrase ends in a possessive.
    assert_eq!(
        counted("Apple introduced 2 new models of its Macintosh computer.", "2"),
        "new models"
    );
    assert_eq!(counted("Exports were 36,594 tonnes shipped in May.", "36,594 tonnes"), "");
    assert_eq!(counted("The mine is about 450 miles east of Vancouver.", "450 miles"), "");
    // After a singular unit, a participle describes what follows it.
    assert_eq!(
        counted("The bank will arrange a 200 mln dlr syndicated loan facility.", "200 mln dlr"),
        "syndicated loan facility"
    );
    // A compound, or a participle after "of" before its noun, describes it;
    // after a plural it is the verb.
    assert_eq!(
        counted("It will reform 14 major state-owned corporations.", "14"),
        "major state-owned corporations"
    );
    assert_eq!(
        counted("It sold 86 mln dlrs of convertible subordinated debentures.", "86 mln dlrs"),
        "convertible subordinated debentures"
    );
    assert_eq!(
        counted("It found 56 pct of respondents reported working late.", "56 pct"),
        "respondents"
    );
    assert_eq!(counted("It has 12 plants throughout the U.S.", "12"), "plants");
    // A noun for people ends it before a verb, not before another noun.
    assert_eq!(counted("About 53 million people own a mobile.", "53 million"), "people");
    assert_eq!(counted("It has 1,000 staff members in Kent.", "1,000"), "staff members");
    assert_eq!(counted("It made an eight pct staff reduction.", "eight pct"), "staff reduction");
    // A row of a results table: its label says what the figures count;
    // a short line of wrapped prose has none.
    let table = "Acme Corp said.\n    Shr 31 cts vs 28 cts\n    Net loss 4,077,000 vs profit 30,142,000\n    Revs 27.4 mln vs 33.3 mln\n";
    assert_eq!(counted(table, "31 cts"), "Shr");
    assert_eq!(counted(table, "28 cts"), "Shr");
    assert_eq!(counted(table, "4,077,000"), "Net loss");
    assert_eq!(counted(table, "30,142,000"), "", "another row's word before it");
    assert_eq!(counted(table, "33.3 mln"), "Revs");
    let prose = "It said.\n    Traffic rose seven pct in April compared with a\nyear earlier.\n";
    assert_eq!(counted(prose, "seven pct"), "");
    // A number word needs what it counts; the participle says it too.
    assert_eq!(counted("Noranda said one miner died in the fire.", "one"), "miner");
    assert_eq!(counted("The Pentagon will send 5,000 US troops.", "5,000"), "US troops");
    assert_eq!(counted("It has 20 Hamas fighters.", "20"), "Hamas fighters");
    assert_eq!(counted("It will lead to 2,500 new Ryanair jobs.", "2,500"), "new Ryanair jobs");
    assert_eq!(counted("Its staff, 40 pct of whom are black, complained.", "40 pct"), "");
    // Not before a noun whose category hangs on the word before it.
    let f = figures("It has deals with 20 other national Olympic bodies.");
    assert_ne!(f[0].category.as_deref(), Some("killed"), "{f:?}");
    assert_eq!(counted("Sales in 12 months Apple said rose.", "12 months"), "");
    // A bare figure counts what `the number of` before it names.
    let t = "The number of broadband subscribers doubled in a year to 13 million.";
    assert_eq!(counted(t, "13 million"), "broadband subscribers");
    let t = "It cut the number of hospitals it owns to about 125 from more than 230.";
    assert_eq!(counted(t, "125"), "hospitals");
    assert_eq!(counted(t, "230"), "hospitals");
    assert_eq!(counted("A number of firms reported sales of 1.5 mln.", "1.5 mln"), "");
    // "the last 10 League games" still counts games.
    assert_eq!(
        figures("Chester have won two of their last 10 League games.")
            .iter()
            .filter(|f| f.surface == "10")
            .count(),
        1
    );
    // Coordinated adjectives still join: "civilian and military casualties".
    assert_eq!(
        counted("There were 40 civilian and military casualties.", "40"),
        "civilian and military casualties"
    );
    // A participle alone after the figure is its verb, unless it says what
    // is counted; after a determiner it is the phrase.
    assert_eq!(counted("Some 32% agreed and 38% disagreed.", "38%"), "");
    assert_eq!(counted("Sales rose 12% compared to last year.", "12%"), "");
    assert_eq!(counted("Three were killed and seven injured.", "seven"), "injured");
    assert_eq!(counted("Only 51% of those polled had decided.", "51%"), "those polled");
    assert_eq!(
        counted("CalFed is a 23 mln dlr diversified financial-services company.", "23 mln dlr"),
        "diversified financial-services company"
    );
    // A present participle after the noun ends it when no noun follows.
    assert_eq!(counted("Just 54% of companies calling it a threat.", "54%"), "companies");
    assert_eq!(counted("The company has 9.6 mln shares outstanding.", "9.6 mln"), "shares");
    // Words of time, place and comparison after a figure count nothing,
    // and a verb's past form ends what is counted.
    assert_eq!(counted("Half the population has fled.", "Half"), "the population");
    assert_eq!(counted("A third of the workforce was laid off.", "A third"), "the workforce");
    assert_eq!(counted("Qtly div 64 cts vs 64 cts prior.", "64 cts"), "");
    assert_eq!(counted("Reserves rose from 503 mln previously.", "503 mln"), "");
    assert_eq!(counted("December settled 0.72 cent firmer at 55.47 cents.", "0.72 cent"), "");
    assert_eq!(counted("The plan saves 900 mln dlrs annually.", "900 mln dlrs"), "");
    assert_eq!(counted("Then 20,000 workers lost their jobs.", "20,000"), "workers");
    assert_eq!(
        counted("It will redeem its 14.25 pct debentures due 1999.", "14.25 pct"),
        "debentures"
    );
    assert_eq!(counted("It has about 13 mln dlrs available for buybacks.", "13 mln dlrs"), "");
    assert_eq!(
        counted("On average 33% of the wireless networks found by researchers were open.", "33%"),
        "the wireless networks"
    );
    assert_eq!(
        counted("It holds 9.9 pct of the total outstanding common stock.", "9.9 pct"),
        "the total outstanding common stock"
    );
    assert_eq!(
        counted("It raised 10 mln dlrs of long-term financing.", "10 mln dlrs"),
        "long-term financing"
    );
    assert_eq!(
        counted("It uses billions of short radio pulses every second.", "billions of"),
        "short radio pulses"
    );
}

#[test]
fn several_and_a_few_make_no_figure_without_a_scale() {
    for text in [
        "Several of them came.",
        "A few people came to the hearing.",
        "Few thousand-year-old trees remain.",
    ] {
        let found = figures(text);
        assert!(
            found.is_empty(),
            "{text:?}: {:?}",
            found.iter().map(|f| &f.surface).collect::<Vec<_>>()
        );
    }
}
