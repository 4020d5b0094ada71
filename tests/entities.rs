//! The entity rules, each on a short text written for the test, through the
//! library with the built-in gazetteers.

use gazette::{Document, Lexicons, Pipeline};

/// (surface, name, type, method, role) of each mention.
fn mentions(text: &str) -> Vec<(String, String, String, String, String)> {
    mentions_dated(text, None)
}

fn mentions_dated(text: &str, date: Option<&str>) -> Vec<(String, String, String, String, String)> {
    let p = Pipeline::new(Lexicons::builtin(), Default::default());
    let mut doc = Document::from_text("t.txt", text);
    doc.date = date.map(str::to_string);
    p.process(&doc)
        .entities
        .into_iter()
        .map(|e| (e.surface, e.name, e.kind.into(), e.method.into(), e.role.unwrap_or_default()))
        .collect()
}

fn surfaces(text: &str) -> Vec<String> {
    mentions(text).into_iter().map(|m| m.0).collect()
}

fn find(text: &str, surface: &str) -> (String, String, String, String, String) {
    mentions(text)
        .into_iter()
        .find(|m| m.0 == surface)
        .unwrap_or_else(|| panic!("no {surface:?} in {:?}", mentions(text)))
}

#[test]
fn variant_spellings_case_and_diacritics_match() {
    for s in ["Kyiv", "Kiev", "KYIV STRUCK", "Kyïv"] {
        let text = format!("Shelling hit {s} overnight.");
        let m = mentions(&text);
        assert_eq!(m.len(), 1, "{text}: {m:?}");
        assert_eq!(m[0].1, "Kyiv");
    }
    assert_eq!(find("Residents of Kharkov fled.", "Kharkov").1, "Kharkiv");
    assert_eq!(find("Ships left Odessa.", "Odessa").1, "Odesa");
}

#[test]
fn lowercase_words_never_match_names() {
    assert!(surfaces("let us go to the bar, it may be nice.").is_empty());
    assert_eq!(find("The US and the U.S. agreed.", "US").1, "United States");
}

#[test]
fn common_word_names_need_context() {
    // A company that is also a word, at the start of a sentence: a verb decides.
    assert_eq!(find("Apple stopped selling iPhones.", "Apple").2, "organisation");
    assert!(surfaces("Apple pie is popular.").is_empty());
    assert!(surfaces("Much of the credit went to him.").is_empty());
    // A quote opens a sentence; a newspaper named by a word needs a verb of
    // its own, not an auxiliary (`People` is a magazine).
    assert!(surfaces("Mr Smith added: \"People will not be taken in by this.\"")
        .iter()
        .all(|s| s != "People"));
    assert!(surfaces("People have unrealistic expectations.").is_empty());
    // A word-named newspaper is not a company's name in a company's form.
    assert_ne!(find("Sun Co raised its crude postings.", "Sun Co").1, "The Sun");
    // Part of a longer name, or after "the".
    assert!(!surfaces("Ships crossed the Black Sea.").contains(&"Sea".to_string()));
    assert!(!surfaces("Sanctions from the West hurt.").contains(&"West".to_string()));
    // Before `&`, part of a name.
    assert!(surfaces("It should include Hip-Hop, Soul & Funk at least.").is_empty());
    // A region too small to have a city of 15,000 (Gulf, Papua New Guinea).
    assert!(surfaces("Ships were hit in the northern Gulf.").is_empty());
    // A small town named like a word needs a word of place or a region.
    assert!(!surfaces("The deal was led by Bear, Stearns and Co.").contains(&"Bear".into()));
    assert_eq!(find("It has a plant in Orange and one in Texas.", "Orange").2, "place");
    assert_eq!(find("It sold a unit to Parker Co of Midland, Texas.", "Midland").2, "place");
    // A company named in full keeps its short name (coreference).
    let m = find("Dome Petroleum Ltd lost money. The bank wants Dome to sell.", "Dome");
    assert_eq!((m.2.as_str(), m.3.as_str()), ("organisation", "coreference"));
    // A big city of that name only when it speaks for the company.
    let m = find("Phoenix Steel Corp reached a deal. Phoenix said the plan pays more.", "Phoenix");
    assert_eq!((m.1.as_str(), m.3.as_str()), ("Phoenix Steel Corp", "coreference"));
    let m = find(
        "Genoa Systems Corp signed. Genoa, a maker of PC products, said it would help.",
        "Genoa",
    );
    assert_eq!(m.2, "organisation");
    assert_eq!(find("Phoenix Steel Corp reached a deal in Phoenix.", "Phoenix").2, "place");
    // A short name of more than one word (a small city).
    let t = "Santa Fe Southern Pacific Corp rose. Henley bought Santa Fe stock.";
    let m = find(t, "Santa Fe");
    assert_eq!((m.1.as_str(), m.3.as_str()), ("Santa Fe Southern Pacific Corp", "coreference"));
    // A region, or a big city, of a country the story names nowhere else,
    // after no word for where: no Italian region in a story of US airlines.
    let t = "Piedmont Aviation Inc met. USAir made an offer for Piedmont.";
    assert_eq!(find(t, "Piedmont").1, "Piedmont Aviation Inc");
    let t = "Piedmont Aviation Inc met. USAir made an offer in Piedmont.";
    assert_eq!(find(t, "Piedmont").2, "place");
    let t = "Piedmont Aviation Inc met. Fiat made an offer for Piedmont and Turin.";
    assert_eq!(find(t, "Piedmont").2, "place");
    // The short name runs on as far as it follows the full one, over a
    // wrapped line.
    let t = "Mitchell Energy and Development Corp cut spending. \"Sales will pick up,\" Mitchell\nEnergy said.";
    let m = find(t, "Mitchell\nEnergy");
    assert_eq!(
        (m.1.as_str(), m.3.as_str()),
        ("Mitchell Energy and Development Corp", "coreference")
    );
}

#[test]
fn judges_treasurers_and_members_of_parliament_are_titles() {
    for (text, surface, role) in [
        ("The bid was thrown out by Treasurer Qelvin Brastow.", "Qelvin Brastow", "Treasurer"),
        ("Labour MP Qarry Sheerwin spoke.", "Qarry Sheerwin", "Labour MP"),
        ("US bankruptcy judge Qetitia Clarrow issued an injunction.", "Qetitia Clarrow", "judge"),
        ("Detective Inspector Qaul Millard said so.", "Qaul Millard", "Detective Inspector"),
    ] {
        let m = find(text, surface);
        assert_eq!((m.3.as_str(), m.4.as_str()), ("title-pattern", role), "{text}");
    }
}

#[test]
fn a_surname_particle_stays_in_the_name() {
    let t = "Finance Minister Barend du Plessis spoke. Later du Plessis said no.";
    let m = find(t, "Barend du Plessis");
    assert_eq!((m.1.as_str(), m.3.as_str()), ("Barend du Plessis", "title-pattern"));
    let t = "Trade Commissioner Willy de Clercq spoke. De Clercq said the talks would go on.";
    assert_eq!(find(t, "De Clercq").3, "coreference");
}

#[test]
fn given_name_before_a_surname_is_a_person_not_a_town() {
    assert!(!surfaces("Sofia Petrova said so.").contains(&"Sofia".to_string()));
    assert_eq!(find("Talks were held in Sofia on Monday.", "Sofia").2, "place");
    assert!(!surfaces("correspondent Jeff Seldin reported").iter().any(|s| s == "Seldin"));
}

#[test]
fn a_surname_the_document_gives_a_person_is_no_town_anywhere_in_it() {
    // Lawson is a town in Canada; here, wrapped over a line, a surname.
    let text = "Nigel\nLawson spoke in London. Later, Lawson said rates would fall.";
    assert_eq!(surfaces(text), ["London"]);
    assert_eq!(surfaces("Mr Moore spoke. Moore said no more."), Vec::<String>::new());
    // After a capitalised title (Kato is a Japanese town).
    let m = mentions("But Agriculture Minister Kato has ruled it out.");
    assert!(m.iter().all(|m| m.2 != "place"), "{m:?}");
    // Countries keep their name.
    assert!(surfaces("Michael Jordan met the King of Jordan in Jordan.").contains(&"Jordan".into()));
}

#[test]
fn a_surname_the_document_gives_a_person_is_no_company_in_it() {
    // Woodward is a US company; here, the coach.
    let m =
        mentions("Lions coach Clive Woodward named his squad. Woodward said the choice was hard.");
    assert_eq!(
        (m[1].0.as_str(), m[1].1.as_str(), m[1].3.as_str()),
        ("Woodward", "Clive Woodward", "coreference")
    );
    // Alone, it is the company.
    assert_eq!(
        find("Woodward said orders for its aircraft controls rose.", "Woodward").2,
        "organisation"
    );
}

#[test]
fn a_town_that_speaks_is_a_person_or_a_company() {
    // Fujioka and Inverness are towns; Moscow speaks for the government.
    assert!(surfaces("The fund rose to 3.6 billion dlrs, Fujioka said.").is_empty());
    assert!(surfaces("The debt was 21 mln dlrs, Inverness said.").is_empty());
    assert_eq!(find("Talks will go on, Moscow said.", "Moscow").2, "place");
    assert_eq!(find("Fujioka is a town north of Tokyo.", "Fujioka").2, "place");
}

#[test]
fn given_name_alone_is_a_town_only_when_the_town_is_large() {
    // David (Panama) and Michael are small towns; Florence is a city.
    assert!(surfaces("The film will see Michael discuss his early days.").is_empty());
    assert!(surfaces("The band was bought by Frederick and David last year.").is_empty());
    assert_eq!(find("The exhibition moves to Florence next spring.", "Florence").2, "place");
}

#[test]
fn continents_are_places_and_beat_towns_of_their_name() {
    // Asia is also a town in the Philippines.
    let m = find("Sales rose in Asia and fell in Europe.", "Asia");
    assert_eq!((m.1.as_str(), m.2.as_str()), ("Asia", "place"));
    assert_eq!(find("Sales rose in Asia and fell in Europe.", "Europe").1, "Europe");
    // A capitalised word before a continent is more often a company's.
    assert!(!surfaces("Shares in Lycos Europe fell.").contains(&"Europe".to_string()));
}

#[test]
fn a_country_s_initials_before_a_name_are_the_country() {
    assert_eq!(find("The U.S. Treasury said so.", "U.S.").1, "United States");
    let m = mentions("The US Federal Reserve raised rates.");
    assert_eq!(
        m.iter().map(|m| m.1.as_str()).collect::<Vec<_>>(),
        ["United States", "Federal Reserve"]
    );
    // A country's name still begins longer names.
    assert!(surfaces("The China Daily said so.").is_empty());
}

#[test]
fn a_name_wrapped_over_two_lines_is_read_as_on_one() {
    let m = find("Read the Federal\nReserve Board report.", "Federal\nReserve");
    assert_eq!(m.1, "Federal Reserve");
    // Nor is its first line's word a town (Federal, Argentina).
    assert!(!surfaces("Read Federal\nReserve Board Chairman report.").contains(&"Federal".into()));
}

#[test]
fn news_agencies_written_in_title_case_are_the_agency() {
    // Tass is also a Hungarian village; the Factbook's "NA" (not available)
    // is no demonym.
    assert_eq!(find("The official news agency Tass said so.", "Tass").1, "TASS");
    assert!(surfaces("Net profit 5,521,000 vs NA.").is_empty());
}

#[test]
fn a_city_of_x_goes_by_x() {
    let m = find("MPs returned to Westminster on Monday, the UK's parliament.", "Westminster");
    assert_eq!((m.1.as_str(), m.2.as_str()), ("City of Westminster", "place"));
}

#[test]
fn large_cities_go_by_their_short_name() {
    // "Frankfurt" is Frankfurt am Main, not Frankfort, Kentucky, whose
    // alternate spelling it also is.
    assert_eq!(find("Bankers met in Frankfurt on Monday.", "Frankfurt").1, "Frankfurt am Main");
    assert_eq!(
        find("Its plant in Ludwigshafen will close.", "Ludwigshafen").1,
        "Ludwigshafen am Rhein"
    );
}

#[test]
fn dotted_state_initials_are_the_state() {
    // "N.C." is North Carolina in US copy, not the Nordic Council (NC).
    assert_eq!(
        find("The bank is based in Charlotte, N.C., the company said.", "N.C.").1,
        "North Carolina"
    );
    assert_eq!(find("Its plant in Newark, N.J., will close.", "N.J.").1, "New Jersey");
    // The AP's abbreviations of the other states.
    assert_eq!(find("It is based in Rochester, Minn., the company said.", "Minn.").1, "Minnesota");
    assert_eq!(find("The plant in Racine, Wis. will close.", "Wis.").1, "Wisconsin");
}

#[test]
fn a_sentence_s_period_is_no_part_of_a_name() {
    let m = find(
        "The report was written by the former Dutch prime minister Wim Kok. Mr Kok was asked.",
        "Wim Kok",
    );
    assert_eq!(m.1, "Wim Kok");
    assert_eq!(
        find("It was signed by chairman Fred Lyons Jr. yesterday.", "Fred Lyons Jr.").1,
        "Fred Lyons Jr."
    );
}

#[test]
fn managers_coaches_and_bosses_are_roles_but_a_lead_manager_is_a_bank() {
    assert_eq!(find("Arsenal boss Arsene Wenger was fined.", "Arsene Wenger").4, "Arsenal boss");
    assert_eq!(find("England coach Andy Robinson spoke.", "Andy Robinson").4, "England coach");
    // A verb opening the sentence is no part of the role.
    let m = find("Said Wales assistant coach Scott Johnson: \"We are ready.\"", "Scott Johnson");
    assert_eq!(m.4, "Wales assistant coach");
    // After a title, `Mr` is no part of the name: the surname links back.
    let m = mentions("Chief executive Geoff Dixon spoke. Later, Qantas boss Mr Dixon left.");
    assert!(m.iter().all(|m| m.1 == "Geoff Dixon" || m.2 != "official"), "{m:?}");
    // A word that heads organisations' names makes one: no person.
    let m = mentions("The bonds were priced at par, lead manager Credit Suisse said.");
    assert!(m.iter().all(|m| m.2 != "official"), "{m:?}");
    let m = mentions("It was priced by sole manager Nomura International Ltd.");
    assert!(m.iter().all(|m| m.2 != "official"), "{m:?}");
}

#[test]
fn title_patterns_find_officials_with_their_role() {
    let m = find("Kharkiv Mayor Ihor Terekhov told reporters.", "Ihor Terekhov");
    assert_eq!(
        (m.2.as_str(), m.3.as_str(), m.4.as_str()),
        ("official", "title-pattern", "Kharkiv Mayor")
    );
    assert_eq!(find("Kharkiv Mayor Ihor Terekhov spoke.", "Kharkiv").2, "place");
    let m = find(
        "Maj. Gen. Igor Konashenkov, a Russian defense ministry spokesman, said it.",
        "Igor Konashenkov",
    );
    assert_eq!(m.4, "Russian defense ministry spokesman");
    let m = find("Later, Putin aide Vladimir Medinsky told reporters.", "Vladimir Medinsky");
    assert_eq!(m.4, "Putin aide");
    let m = find("Ambassador Mikko Hautala said Finland sees no threat.", "Mikko Hautala");
    assert_eq!(m.4, "Ambassador");
}

#[test]
fn gazetteer_officials_get_the_role_as_written_and_spelling_variants() {
    let m = find("Ukrainian President Volodymyr Zelensky spoke.", "Volodymyr Zelensky");
    assert_eq!(
        (m.1.as_str(), m.3.as_str(), m.4.as_str()),
        ("Volodymyr Zelenskyy", "gazetteer", "Ukrainian President")
    );
    assert_eq!(
        find("Belarus leader Alexander Lukashenka met him.", "Alexander Lukashenka").1,
        "Alexander Lukashenko"
    );
}

#[test]
fn surnames_link_back_by_coreference() {
    let m = mentions("President Volodymyr Zelensky spoke. Zelensky said more. Mayor Igor Kolykhayev agreed. Kolykhayev left.");
    let coref: Vec<_> =
        m.iter().filter(|m| m.3 == "coreference").map(|m| (m.0.as_str(), m.1.as_str())).collect();
    assert_eq!(coref, [("Zelensky", "Volodymyr Zelenskyy"), ("Kolykhayev", "Igor Kolykhayev")]);
}

#[test]
fn a_surname_before_another_name_word_is_not_the_person() {
    let text = "Chairman Klaus Jacobs spoke. Jacobs said sales fell. Jacobs Suchard gained share. Jacobs Monday said more.";
    let m = mentions(text);
    let coref: Vec<_> = m.iter().filter(|m| m.3 == "coreference").map(|m| m.0.as_str()).collect();
    // `Jacobs Suchard` is a company; `Monday` is no part of a name.
    assert_eq!(coref, ["Jacobs", "Jacobs"], "{m:?}");
    assert!(!m.iter().any(|m| m.0 == "Jacobs" && m.3 != "coreference"), "{m:?}");
}

#[test]
fn surname_alone_needs_the_official_in_office_on_the_date() {
    let text = "Biden said sanctions would follow.";
    assert!(mentions_dated(text, Some("2022-02-27")).iter().any(|m| m.1 == "Joe Biden"));
    assert!(mentions_dated(text, None).is_empty(), "undated: a surname alone is not enough");
}

#[test]
fn a_region_named_by_direction_words_needs_its_country() {
    // `Southern District` is an Israeli district, `Nord-Est` a Haitian one.
    assert!(surfaces("It was filed in the court for the Southern District of New York.")
        .iter()
        .all(|s| s != "Southern District"));
    assert!(surfaces("Financial holding company Nord-Est is issuing a bond.").is_empty());
    assert!(surfaces("His divorce from Diana was hard, he said.").is_empty());
    // With its country named, it is the region.
    assert_eq!(
        surfaces("Storms hit Haiti on Monday. Nord-Est was hit worst, officials said."),
        ["Haiti", "Nord-Est"]
    );
}

#[test]
fn a_small_town_whose_country_the_story_never_names_is_no_place() {
    // Olympic is a Hong Kong town of 19,000; Nokia a Finnish one.
    assert!(surfaces("She is a double Olympic champion.").is_empty());
    assert!(surfaces("Nokia make 200 million phones a year.").is_empty());
    // Placed by its region or country, it stays.
    assert_eq!(find("The plant is in Racine, Wis.", "Racine").2, "place");
    assert_eq!(find("Nokia, a town in Finland, voted.", "Nokia").2, "place");
}

#[test]
fn the_factbook_s_terms_are_no_organisations() {
    assert!(surfaces("He sits on a task force on Third World debt.").is_empty());
}

#[test]
fn an_institution_called_by_the_start_of_its_name_is_it() {
    assert_eq!(find("Analysts expect the Fed to cut rates.", "Fed").1, "Federal Reserve");
    // A company's short name after `the` stays the word.
    assert!(surfaces("He said the General would retire.").is_empty());
}

#[test]
fn a_country_or_a_two_word_place_after_a_capitalised_word_is_part_of_a_longer_name() {
    assert!(surfaces("Prices rose 0.4 pct in March, Statistics Canada said.").is_empty());
    assert!(surfaces("The deal creates a rival for government-owned Air Canada.").is_empty());
    // A place of two words too: a city's, a continent's.
    assert!(surfaces("It will finish work at its Brady Hot Springs facility.").is_empty());
    assert!(surfaces("The club faces Maccabi Tel Aviv on Wednesday.").is_empty());
    assert!(surfaces("Sales at Porsche Cars North America rose.").is_empty());
    assert_eq!(find("The firm moved to Tel Aviv last year.", "Tel Aviv").2, "place");
    // A compass point, a title, a month or the sentence's first word leave it the place.
    assert_eq!(find("Rain fell across West Texas overnight.", "Texas").2, "place");
    assert_eq!(
        find("The talks, said Deputy U.S. Trade Representative Smith, went on.", "U.S.").2,
        "place"
    );
    assert_eq!(find("If Britain's proposal passes, aid will rise.", "Britain").2, "place");
}

#[test]
fn a_dateline_before_a_dash_is_no_part_of_an_organisation() {
    let s = surfaces("NEW YORK - Avon Products Inc said sales rose.");
    assert!(s.contains(&"Avon Products Inc".to_string()), "{s:?}");
    assert!(surfaces("Pay 'N Pak Stores Inc said.").contains(&"Pay 'N Pak Stores Inc".into()));
}

#[test]
fn two_known_organisations_joined_by_and_are_two() {
    let s = surfaces(
        "Rates were set at the meeting of the World Bank and International Monetary Fund.",
    );
    assert_eq!(s, ["World Bank", "International Monetary Fund"]);
    // An unknown half keeps the name whole.
    assert!(surfaces("Shares of Ball and Turben Inc rose.").contains(&"Ball and Turben Inc".into()));
}

#[test]
fn organisations_by_pattern_and_acronym() {
    assert_eq!(
        find(
            "Even the International Judo Federation took a stand.",
            "International Judo Federation"
        )
        .2,
        "organisation"
    );
    assert_eq!(find("Shares in Acme Mining Corp fell.", "Acme Mining Corp").3, "title-pattern");
    // A person's initials open the name; a plural opening the sentence and
    // a person before "of" do not.
    assert_eq!(surfaces("Shares of E.F. Hutton and Co rose."), ["E.F. Hutton and Co"]);
    assert_eq!(
        surfaces("Rates will fall, said Larry Leuzzi of Salomon Brothers Inc."),
        ["Salomon Brothers Inc."]
    );
    assert_eq!(surfaces("Bank of America Corp said so."), ["Bank of America Corp"]);
    // A person is also one with a role before the name, capitalised or
    // not, or two names right after a speech verb; a company's arm in a
    // country is no person (`Helsby Motors of Canada Ltd`).
    for (text, org) in [
        ("Analyst Zorvan Pell of Haldane Securities Inc said so.", "Haldane Securities Inc"),
        (
            "It will rise, industry analyst Zorvan Pell of Haldane Securities Inc said.",
            "Haldane Securities Inc",
        ),
        ("It will rise, said Quennel Varga of Morrow Associates Inc.", "Morrow Associates Inc."),
        ("It will rise, said Helsby Motors of Canada Ltd.", "Helsby Motors of Canada Ltd."),
    ] {
        assert!(surfaces(text).contains(&org.to_string()), "{text}: {:?}", surfaces(text));
    }
    // The wires put a company's name in angle brackets; `of` may be
    // another language's (`Banco do Brasil`).
    assert_eq!(
        surfaces(
            "<Tarvelin Mining Inc> said <Banco do Brasil SA> and <Qorin Holdings Ltd> agreed."
        ),
        ["Tarvelin Mining Inc", "Banco do Brasil SA", "Qorin Holdings Ltd"]
    );
    // An institution's post is no person's role: `lead manager` names a bank.
    assert_eq!(
        surfaces(
            "The issue is priced at par, lead manager Quennel Varga of Morrow Associates Inc said."
        ),
        ["Quennel Varga of Morrow Associates Inc"]
    );
    assert_eq!(find("The Ministry of Defence said.", "Ministry of Defence").2, "organisation");
    assert_eq!(find("NATO allies met.", "NATO").1, "North Atlantic Treaty Organization (NATO)");
    assert_eq!(find("said in a statement to TASS.", "TASS").2, "organisation");
    assert_eq!(find("the U.N. refugee agency said", "U.N. refugee agency").1, "UNHCR");
    // `&` joins a name as `and` does, and the two spellings are one entity.
    let p = Pipeline::new(Lexicons::builtin(), Default::default());
    let ids = |t: &str| {
        p.process(&Document::from_text("t", t))
            .entities
            .into_iter()
            .map(|e| e.entity_id)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids("The Securities & Exchange Commission accused the firm."),
        ids("The Securities and Exchange Commission accused the firm.")
    );
    assert_eq!(
        surfaces("India's Oil & Natural Gas Corp bid."),
        ["India", "Oil & Natural Gas Corp"]
    );
    // A possessive inside a company's name, before its legal form; a
    // rating code before `and` is no part of the name after it.
    assert_eq!(
        surfaces("The notes are rated Aa-3 and Standard and Poor's Corp rates them AA."),
        ["Standard and Poor's Corp"]
    );
    assert_eq!(surfaces("McDonald's Corp said it filed."), ["McDonald's Corp"]);
    // At a sentence's start, a speech verb after the place tells a firm
    // named for it (`Ford Canada said`); a connective leaves it the place.
    assert!(surfaces("Ford Canada said sales rose.").is_empty());
    assert!(surfaces("Statistics Canada also reported a surplus.").is_empty());
    assert_eq!(surfaces("Yesterday Canada said it would sign."), ["Canada"]);
    assert_eq!(surfaces("Ford Canada plants are in Ontario."), ["Canada", "Ontario"]);
    // A place in brackets before a legal form is the name's, no mention.
    assert_eq!(
        surfaces("Nikko Securities Co (Europe) Ltd is the lead manager."),
        ["Nikko Securities Co (Europe) Ltd"]
    );
    assert_eq!(surfaces("Kredietbank (Suisse) SA will lead it."), ["Kredietbank (Suisse) SA"]);
    // (Not an acronym in brackets after a name: `the Ministry of
    // International Trade and Industry (MITI) said`.)
    assert!(!surfaces("Bache Securities (HK) said it sold.").concat().contains("(HK)"));
    // A stock symbol in angle brackets names a company, not a place or
    // an intergovernmental body with the same letters.
    assert_eq!(surfaces("Qantas ordered four jets from Boeing Co <BA>."), ["Boeing Co"]);
    assert!(!surfaces("Unilever <UN.AS> raised its bid.").contains(&"UN".to_string()));
    assert!(surfaces("It sold the unit to BP <BP>.").iter().filter(|s| *s == "BP").count() == 2);
}

#[test]
fn demonyms_link_to_their_country() {
    let m = find("Ukrainian soldiers held the line.", "Ukrainian");
    assert_eq!((m.1.as_str(), m.3.as_str()), ("Ukraine", "demonym"));
    assert_eq!(find("Many German consumers saved.", "German").1, "Germany");
    // A compass point makes its own demonym: "Korean" alone is South Korea's.
    assert_eq!(find("Senior North Korean officials met.", "North Korean").1, "North Korea");
    assert_eq!(find("Angry West German farmers marched.", "West German").1, "Germany");
    // After a capitalised word inside the sentence, a demonym is part of a name.
    assert!(surfaces("Exposure to Latin American borrowers rose.").is_empty());
    assert!(surfaces("Shares of Royal Dutch rose.").is_empty());
    assert_eq!(find("Sales at VW's Brazilian unit fell.", "Brazilian").1, "Brazil");
    // Before a capitalised word it opens a name, unless a title or a person's.
    assert!(!surfaces("Shares of British Petroleum rose.").contains(&"British".into()));
    assert_eq!(
        find("Then British Prime Minister Tony Blair spoke.", "British").1,
        "United Kingdom"
    );
    assert_eq!(find("Later Italian Treasury Minister Goria spoke.", "Italian").1, "Italy");
}

#[test]
fn a_stopword_opening_the_sentence_does_not_hide_the_name_after_it() {
    assert_eq!(find("In London, prices rose.", "London").1, "London");
    assert_eq!(find("The IMF committee met.", "IMF").2, "organisation");
}

#[test]
fn a_city_that_plays_is_a_club() {
    let m = mentions("Leeds beat Chelsea 2-1 on Saturday. Chelsea have lost twice.");
    let chelsea: Vec<_> = m.iter().filter(|m| m.0 == "Chelsea").collect();
    assert_eq!(chelsea.len(), 2);
    assert!(chelsea.iter().all(|m| m.2 == "organisation"), "{m:?}");
    let line = mentions("Cardiff v Blackburn");
    assert!(line.iter().all(|m| m.2 == "organisation"), "{line:?}");
    assert_eq!(find("Flights to Leeds resumed.", "Leeds").2, "place");
    // A verb of play needs a sign of sport somewhere in the document.
    assert_eq!(find("He defeated Moscow-backed rivals.", "Moscow").2, "place");
    let sport = mentions("France defender Gallas is fit. Arsenal beat Liverpool.");
    assert!(sport.iter().any(|m| m.0 == "Liverpool" && m.2 == "organisation"), "{sport:?}");
    assert_eq!(find("Gloucester flanker Andy Hazell starts.", "Gloucester").2, "organisation");
    // A team takes a plural verb, in a document about sport.
    let m = mentions("Chelsea captain John Terry is fit. Liverpool have signed him.");
    assert!(m.iter().any(|m| m.0 == "Liverpool" && m.2 == "organisation"), "{m:?}");
    assert_eq!(find("In London prices have risen.", "London").2, "place");
    // In a story of sport, a company named by a word is a club's name.
    let m = mentions("Leeds beat Chelsea 2-1 on Saturday. United dominated the second half.");
    assert!(m.iter().all(|m| m.0 != "United"), "{m:?}");
    assert_eq!(find("United said it would add flights to Denver.", "United").2, "organisation");
}

#[test]
fn signs_of_a_club_in_a_story_of_sport() {
    // (text, city, kind): each sign, and where the same words leave a place.
    let sport = "Leeds beat Bristol 2-1 on Saturday. ";
    let cases = [
        // A word of a club's name before the city, as written: on its own.
        ("He joined AC Milan in 1998.", "Milan", "organisation"),
        ("He flew to Milan in 1998.", "Milan", "place"),
        // A city in brackets after a player, as line-ups give clubs.
        ("Sebastien Bruno (Sale), Nicolas Mas (Perpignan).", "Perpignan", "organisation"),
        // Before a player's given name.
        ("Chelsea's Damien Duff is out.", "Chelsea", "organisation"),
        ("Chelsea's Royal Hospital is old.", "Chelsea", "place"),
        // A word for a side or a player that is other things elsewhere.
        ("The Swansea side won.", "Swansea", "organisation"),
        ("He made a move to union side Swansea.", "Swansea", "organisation"),
        ("The Leicester tight-head starts.", "Leicester", "organisation"),
        ("But Newcastle director of rugby Rob Andrew said so.", "Newcastle", "organisation"),
        // Joined to a club by `and`, `or` or `v`.
        ("Burnley or Blackburn v Leicester.", "Burnley", "organisation"),
    ];
    for (text, city, kind) in cases {
        let text = format!("{sport}{text}");
        assert_eq!(find(&text, city).2, kind, "{text}");
    }
    // Without a sign of sport in the document, those words make no club.
    assert_eq!(find("The Swansea side of the deal fell through.", "Swansea").2, "place");
    assert_eq!(find("Reporters (London) said so.", "London").2, "place");
}

#[test]
fn a_place_after_a_given_name_is_part_of_the_name() {
    // (After a particle too.)
    for text in ["Jeremy Souza, a spokesman, said so.", "Jeremy de Souza, a spokesman, said so."] {
        assert!(!surfaces(text).contains(&"Souza".to_string()), "{text}");
    }
    assert_eq!(find("A team de Souza sent arrived.", "Souza").2, "place");
    // After initials and particles, and after a middle initial.
    for (text, place) in [
        ("Forwards: H Shimange, CJ van der Linde, J de Villiers.", "Linde"),
        ("The board named Charles W. Durham chairman.", "Durham"),
        ("He succeeds Harvey T. Lyon as president.", "Lyon"),
        // Every mention of a surname so written, in the same document.
        ("It named Charles W. Durham chairman. The company said Durham had been acting.", "Durham"),
    ] {
        assert!(!surfaces(text).contains(&place.to_string()), "{text}: {:?}", surfaces(text));
    }
    assert_eq!(find("Shares rose in Durham.", "Durham").2, "place");
}

#[test]
fn a_place_named_like_a_person_found_by_title_is_that_person() {
    let text = "Trade Minister Hajime Tamura met them. \"It will pass,\" said Tamura.";
    assert_eq!(find(text, "Tamura").2, "official", "{:?}", mentions(text));
    // Not a firm a family shares its name with.
    let text =
        "Taft Broadcasting Co said Vice Chairman Dudley Taft made an offer. Taft shares rose.";
    assert_eq!(find(text, "Taft").2, "organisation", "{:?}", mentions(text));
}

/// The country of the mention written `surface`, if there is one.
fn country_of(text: &str, surface: &str) -> Option<Option<String>> {
    let p = Pipeline::new(Lexicons::builtin(), Default::default());
    let rows = p.process(&Document::from_text("t.txt", text)).entities;
    rows.into_iter().find(|e| e.surface == surface).map(|e| e.country)
}

#[test]
fn a_place_named_with_its_region_is_the_place_there() {
    // (text, place, its country; None: no mention of it).
    let cases = [
        ("Rolm, a Santa Clara, Calif., maker of switchboards, grew.", "Santa Clara", Some("US")),
        ("Rapeseed traded to Boston, U.K. East coast, at 297 stg.", "Boston", Some("GB")),
        ("It has a plant in Naples, Fla., and one in Rome.", "Naples", Some("US")),
        // Where the gazetteers know no such place there, the link goes.
        ("Workers at its Kimberley, British Columbia mine struck.", "Kimberley", None),
        // Otherwise each keeps its reading.
        ("It has a plant in Naples and one in Rome.", "Naples", Some("IT")),
        ("They met in Paris, France, on Monday.", "Paris", Some("FR")),
    ];
    for (text, place, country) in cases {
        let got = country_of(text, place).map(|c| c.unwrap_or_default());
        assert_eq!(got.as_deref(), country, "{text}");
    }
    assert!(country_of(
        "Workers at its Kimberley, British Columbia mine struck.",
        "British Columbia"
    )
    .is_some());
}

#[test]
fn mr_and_ms_make_a_surname() {
    assert!(!surfaces("said Mr Irish, the firm's founder").contains(&"Irish".to_string()));
}

#[test]
fn offsets_slice_the_original_text() {
    let text = "“Kyïv’s mayor”\u{a0}met Kharkiv’s governor.";
    let p = Pipeline::new(Lexicons::builtin(), Default::default());
    let r = p.process(&Document::from_text("t", text));
    assert!(!r.entities.is_empty());
    for e in &r.entities {
        let got: String =
            text.chars().skip(e.start as usize).take((e.end - e.start) as usize).collect();
        assert_eq!(got, e.surface);
    }
}

#[test]
fn long_title_words_are_titles_too() {
    // "Secretary-General" is 17 letters: a shape table once cut titles at 16.
    let m = find("The union's Secretary-General Anna Kowalczyk spoke.", "Anna Kowalczyk");
    assert_eq!((m.2.as_str(), m.3.as_str()), ("official", "title-pattern"));
    assert!(m.4.ends_with("Secretary-General"), "{m:?}");
}

#[test]
fn a_known_company_with_its_legal_form_is_the_gazetteer_company() {
    let gm = find("General Motors Corp said sales fell.", "General Motors Corp");
    assert_eq!(
        (gm.1.as_str(), gm.2.as_str(), gm.3.as_str()),
        ("General Motors", "organisation", "gazetteer")
    );
    // An unknown company keeps its own name, and a non-legal head links nothing.
    let gs = find("Goldman Sachs and Co led the issue.", "Goldman Sachs and Co");
    assert_eq!((gs.1.as_str(), gs.3.as_str()), ("Goldman Sachs", "gazetteer"));
    let acme = find("Acme Mining Corp said sales fell.", "Acme Mining Corp");
    assert_eq!((acme.1.as_str(), acme.3.as_str()), ("Acme Mining Corp", "title-pattern"));
    // The stock symbol after a name says which listed company it is.
    let t = "It is 52 pct owned by Bell Canada Enterprises Inc <BCE>.";
    let (name, symbol) = (find(t, "Bell Canada Enterprises Inc"), find(t, "BCE"));
    assert_eq!((name.1.as_str(), name.3.as_str()), (symbol.1.as_str(), "title-pattern"));
}

#[test]
fn names_wrapped_over_two_lines_match() {
    let m = mentions("Talks between the Soviet\nUnion and West\nGermany resumed in New\nYork.");
    let names: Vec<&str> = m.iter().map(|m| m.1.as_str()).collect();
    assert_eq!(names, ["Soviet Union", "Germany", "New York City"]);
    assert_eq!(m[0].0, "Soviet\nUnion", "surface as written");
}

#[test]
fn an_acronym_the_document_defines_is_what_it_defines() {
    let t =
        "The Commodity Credit Corporation (CCC) sold wheat. The CCC said more sales would follow.";
    let ccc: Vec<_> = mentions(t).into_iter().filter(|m| m.0 == "CCC").collect();
    assert_eq!(ccc.len(), 2, "{ccc:?}");
    for m in &ccc {
        assert_eq!((m.1.as_str(), m.3.as_str()), ("Commodity Credit Corporation", "coreference"));
    }
    // Another spelling of a gazetteer organisation's name is that organisation.
    let wto =
        find("The World Trade Organisation (WTO) met. The WTO said.", "World Trade Organisation");
    assert_eq!(wto.1, "World Trade Organization (WTO)");
    assert_eq!(find("The World Trade Organisation (WTO) met. The WTO said.", "WTO").1, wto.1);
    // The wire's style: the acronym between commas.
    let t = "The International Coffee Organization, ICO, met. The ICO said prices fell.";
    let ico: Vec<_> = mentions(t).into_iter().filter(|m| m.0 == "ICO").collect();
    assert_eq!(ico.len(), 2, "{ico:?}");
    assert!(ico.iter().all(|m| m.1.starts_with("International Coffee Organization")), "{ico:?}");
    // A name in the wire's angle brackets defines its acronym too.
    let t = "<Qorin Holdings Ltd> (QHL) said it would buy. QHL shares rose.";
    let qhl: Vec<_> = mentions(t).into_iter().filter(|m| m.0 == "QHL").collect();
    assert_eq!(qhl.len(), 2, "{qhl:?}");
    assert!(qhl.iter().all(|m| m.1 == "Qorin Holdings Ltd"), "{qhl:?}");
}

#[test]
fn a_company_called_by_its_first_word_is_the_company() {
    let t = "Quorvane Energy Corp said its well flowed. Quorvane said the find was large. \
             Analysts praised Quorvane's board. Quorvane shares rose.";
    let q: Vec<_> = mentions(t).into_iter().filter(|m| m.0.starts_with("Quorvane")).collect();
    // The word that speaks and the one that owns; not `Quorvane shares`,
    // which may be any word before a noun.
    assert_eq!(q.len(), 3, "{q:?}");
    assert!(q.iter().all(|m| m.1 == "Quorvane Energy Corp"), "{q:?}");
    assert_eq!(q[1].3, "coreference");
    // A given name is no company's short name (`Gordon Capital Corp` …
    // `Gordon said` may be a person).
    let t = "Gordon Capital Corp will sell. Gordon said the price was fair.";
    assert_eq!(mentions(t).len(), 1, "{:?}", mentions(t));
}

#[test]
fn a_town_joined_by_a_hyphen_to_an_unknown_name_is_half_of_that_name() {
    // Buchanan (Liberia) and Bristol are towns; here they are
    // half of a surname and of companies.
    let t = "Minister Alick Buchanan-Smith said Bristol-Myers would invest.";
    let s = surfaces(t);
    assert!(!s.iter().any(|w| ["Buchanan", "Bristol"].contains(&w.as_str())), "{s:?}");
    // The surname alone is then the minister's.
    let t = "Energy Minister Alick Buchanan-Smith spoke. Buchanan-Smith said so.";
    assert_eq!(mentions(t).iter().filter(|m| m.1 == "Alick Buchanan-Smith").count(), 2);
    // Places joined to places and a saint's place stay.
    for (text, place) in [
        ("Iran-Iraq talks resumed.", "Iran"),
        ("Offices in the Minneapolis-St. Paul area closed.", "Minneapolis"),
    ] {
        assert!(surfaces(text).iter().any(|s| s == place), "{text}: {:?}", surfaces(text));
    }
}

#[test]
fn credit_grades_are_no_organisations() {
    let t = "S and P cut its debt to CCC-plus from B-minus, and Moody's to BA-1 from BAA-3.";
    assert!(surfaces(t).iter().all(|s| s != "CCC" && s != "BA"), "{:?}", surfaces(t));
    let t = "Standard and Poor's Corp said it cut to CCC from B-minus the company's debt.";
    assert!(surfaces(t).iter().all(|s| s != "CCC"), "{:?}", surfaces(t));
    // A character of several bytes after the letters is read whole.
    assert!(surfaces("Debt rated CCC-€€ by the agency.").iter().all(|s| s != "CCC-"));
    // Not a number of members: `EU-15` is the Union.
    assert!(surfaces("Trade within the EU-15 rose.").iter().any(|s| s == "EU"));
}

#[test]
fn an_acronym_the_document_defines_as_something_else_is_not_the_gazetteer_s() {
    let orgs = |t: &str| -> Vec<(String, String)> {
        mentions(t).into_iter().map(|m| (m.0, m.1)).filter(|m| m.0.len() <= 4).collect()
    };
    // A common noun: no organisation at all, before or after the definition.
    assert_eq!(orgs("CD rates rose. Yen certificates of deposit, CD, fell. CD issues grew."), []);
    assert_eq!(orgs("It set up a euro-commercial paper (CP) program. CP issues rose."), []);
    // Another name spelled out.
    assert_eq!(orgs("It is on the Reuter Composite Information System, CIS. CIS said."), []);
    // The gazetteer's organisation spelled another way, or known only by
    // its letters, stays.
    let gatt = orgs("Talks on the General Agreement on Trade and Tariffs (GATT) began.");
    assert_eq!(gatt.len(), 1, "{gatt:?}");
    assert!(gatt[0].1.starts_with("General Agreement on Tariffs and Trade"), "{gatt:?}");
    assert_eq!(orgs("A woman is suing Hewlett Packard (HP). HP said no.").len(), 2);
}

#[test]
fn a_region_beats_a_foreign_town_of_its_name() {
    let fl = find("Hurricanes hit Florida and Georgia.", "Florida");
    assert_eq!(fl.1, "Florida");
    let p = Pipeline::new(Lexicons::builtin(), Default::default());
    let doc = Document::from_text("t.txt", "Hurricanes hit Florida again.");
    let rows = p.process(&doc).entities;
    assert_eq!(rows[0].country.as_deref(), Some("US"), "{rows:?}");
    // A city still beats its own country's region.
    assert_eq!(find("Shelling hit Kharkiv overnight.", "Kharkiv").1, "Kharkiv");
}

#[test]
fn a_name_wrapped_over_two_lines_is_named_again_by_its_surname() {
    let m = mentions(
        "Foreign Secretary Sir Geoffrey\nHowe met officials. Howe said talks would go on.",
    );
    let howe: Vec<_> = m.iter().filter(|m| m.0 == "Howe").collect();
    assert_eq!(howe.len(), 1, "{m:?}");
    assert_eq!((howe[0].1.as_str(), howe[0].3.as_str()), ("Geoffrey Howe", "coreference"));
}

#[test]
fn an_organisation_keeps_the_possessive_name_it_is_named_by() {
    let m = find(
        "Moody's Investors Service Inc said it cut the rating.",
        "Moody's Investors Service Inc",
    );
    assert_eq!(m.2, "organisation");
    // A place's or a person's organisation stays without its owner.
    assert!(surfaces("Russia's Defense Ministry said.").contains(&"Defense Ministry".to_string()));
    assert!(!surfaces("John Smith's Labour Party won.").iter().any(|s| s.contains("Smith's")));
}

#[test]
fn britain_is_the_united_kingdom() {
    assert_eq!(find("Britain and Great Britain are one country.", "Britain").1, "United Kingdom");
    assert_eq!(
        find("Britain and Great Britain are one country.", "Great Britain").1,
        "United Kingdom"
    );
    // A name the Factbook gives only in the local language is no alias:
    // "Suisse" is Credit Suisse's.
    assert!(!mentions("Credit Suisse shares rose.").iter().any(|m| m.1 == "Switzerland"));
}

#[test]
fn a_common_word_opening_a_sentence_is_no_small_town() {
    assert!(mentions("Police have also been investigating the case.").is_empty());
    assert!(mentions("Sterling rose against the dollar.").is_empty());
}

#[test]
fn a_small_town_is_not_its_own_countrys_region() {
    let p = Pipeline::new(Lexicons::builtin(), Default::default());
    let doc = Document::from_text("t.txt", "It is a Delaware limited partnership.");
    let rows = p.process(&doc).entities;
    assert_eq!(rows[0].subtype.as_deref(), Some("admin1"), "{rows:?}");
}

#[test]
fn a_possessive_owner_named_on_its_own_is_not_part_of_the_name() {
    let t = "PepsiCo said on Monday that PepsiCo's Taco Bell Corp would grow.";
    assert!(surfaces(t).contains(&"Taco Bell Corp".to_string()), "{:?}", surfaces(t));
}

#[test]
fn a_company_named_again_by_its_first_word_is_the_company() {
    let t = "Gillette Corp said on Monday it rejected the bid. Analysts said Gillette would fight.";
    let m = mentions(t);
    let later: Vec<_> = m.iter().filter(|m| m.0 == "Gillette").collect();
    assert_eq!(later.len(), 1, "{m:?}");
    assert_eq!((later[0].2.as_str(), later[0].3.as_str()), ("organisation", "coreference"));
    // A state keeps its reading after a company named for it.
    let t = "Texas Air Corp said it would bid. Oil output in Texas fell.";
    assert!(mentions(t).iter().any(|m| m.0 == "Texas" && m.2 == "place"), "{:?}", mentions(t));
}
