//! Quote shapes and speakers, each on a short text written for the test.

use gazette::{Document, Lexicons, Pipeline};

#[derive(Debug)]
struct Q {
    text: String,
    kind: String,
    speaker: String,
    name: String,
    role: String,
    attribution: String,
    channel: String,
    cue: String,
}

fn quotes(text: &str) -> Vec<Q> {
    let p = Pipeline::new(Lexicons::builtin(), Default::default());
    p.process(&Document::from_text("t.txt", text))
        .quotes
        .into_iter()
        .map(|q| Q {
            text: q.text,
            kind: q.kind.into(),
            speaker: q.speaker.unwrap_or_default(),
            name: q.speaker_name.unwrap_or_default(),
            role: q.speaker_role.unwrap_or_default(),
            attribution: q.attribution.into(),
            channel: q.channel.unwrap_or_default(),
            cue: q.cue.unwrap_or_default(),
        })
        .collect()
}

fn one(text: &str) -> Q {
    let mut q = quotes(text);
    assert_eq!(q.len(), 1, "{text}: {q:?}");
    q.remove(0)
}

#[test]
fn quote_then_speaker_said() {
    let q = one("\"The bridge will reopen in June,\" Mayor Petra Novak said on Monday.");
    assert_eq!(q.text, "The bridge will reopen in June,");
    assert_eq!(
        (q.kind.as_str(), q.name.as_str(), q.attribution.as_str(), q.cue.as_str()),
        ("full", "Petra Novak", "explicit", "said")
    );
}

#[test]
fn said_then_speaker_after_the_quote() {
    let q = one("\"Prices will rise,\" said Anna Kovacs, an economist at a Budapest bank.");
    assert_eq!((q.speaker.as_str(), q.attribution.as_str()), ("Anna Kovacs", "explicit"));
}

#[test]
fn agreeing_and_concluding_are_saying() {
    let q = quotes(
        "\"Rates will fall,\" Anna Kovacs said. \"Investors are hungry for debt,\" agreed one \
         bond trader. \"The risk is small,\" the report concluded.",
    );
    let roles: Vec<_> = q.iter().map(|q| (q.name.as_str(), q.role.as_str())).collect();
    assert_eq!(roles, [("Anna Kovacs", ""), ("", "one bond trader"), ("", "the report")], "{q:?}");
    let q = one("Alberta Premier Don Getty agreed, \"Things are running pretty quickly now.\"");
    assert_eq!(q.name, "Don Getty", "{q:?}");
    // Away from a quote, agreeing is an act.
    let q = quotes(
        "On Monday, the judge agreed to allow him to perform on condition that requests were \
         \"not too regular an occurrence\".",
    );
    assert!(q.iter().all(|q| q.role != "the judge"), "{q:?}");
}

#[test]
fn british_style_colon_and_single_marks() {
    let q = one("Mr Blair said: \"We will not waver.\"");
    assert!(q.speaker.ends_with("Blair"), "{q:?}");
    assert_eq!((q.kind.as_str(), q.attribution.as_str()), ("full", "explicit"));
    let q = one("The minister said: 'We will not waver.'");
    assert_eq!(q.text, "We will not waver.");
    assert_eq!(q.speaker, "The minister");
}

#[test]
fn mismatched_marks_pair_up() {
    let q = one("\u{201c}Stay indoors,\" regional governor Oleh Petrenko said in a Facebook post.");
    assert_eq!(q.text, "Stay indoors,");
    assert_eq!((q.name.as_str(), q.channel.as_str()), ("Oleh Petrenko", "in a Facebook post"));
}

#[test]
fn split_quote_keeps_its_speaker() {
    let q = quotes("\"We are ready,\" the mayor said. \"Shelters are open.\"");
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].text, "Shelters are open.");
    assert_eq!(q[1].speaker, "the mayor");
}

#[test]
fn paragraph_of_quote_continues_the_previous_speaker() {
    let q = quotes("The central bank said it \"has the tools to keep markets stable.\"\n\n\"All deposits are safe and available at any time.\"");
    assert_eq!(q.len(), 2);
    assert_eq!((q[1].kind.as_str(), q[1].attribution.as_str()), ("continuation", "continuation"));
    assert_eq!(q[1].speaker, q[0].speaker);
}

#[test]
fn quote_running_over_paragraphs() {
    let q = quotes("\"We will rebuild every home.\n\n\"And we will do it this year,\" Deputy Mayor Ion Rusu said.");
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].name, "Ion Rusu");
    assert_eq!(q[0].text, "We will rebuild every home.");
    assert_eq!(q[0].name, "Ion Rusu", "the opening paragraph is the same statement");
}

#[test]
fn partial_quote_inside_a_sentence() {
    let q = one("A Russian defense ministry spokesman claimed the army had \u{201c}completely blocked\u{201d} two cities.");
    assert_eq!((q.kind.as_str(), q.attribution.as_str()), ("partial", "role-only"));
    assert_eq!(q.speaker, "A Russian defense ministry spokesman");
}

#[test]
fn pronoun_speaker_resolves_to_the_person_named_before() {
    // Like the seed's Medinsky quote: named in one paragraph, "he said" in the next.
    let text = "Later, Putin aide Vladimir Medinsky told reporters the delegation would wait.\n\n\u{201c}We are for peace,\u{201d} he said to state news agency RIA Novosti.";
    let q = one(text);
    assert_eq!(
        (q.speaker.as_str(), q.name.as_str(), q.attribution.as_str()),
        ("he", "Vladimir Medinsky", "pronoun")
    );
    assert!(q.channel.contains("RIA Novosti"), "{q:?}");
    // Like the seed's Kolykhayev quote: "he said in a statement, according to Reuters".
    let text = "Kherson Mayor Igor Kolykhayev spoke late on Wednesday.\n\n\"There were armed visitors in the city hall today,\" he said in a statement, according to Reuters.";
    let q = one(text);
    assert_eq!(
        (q.name.as_str(), q.attribution.as_str(), q.channel.as_str()),
        ("Igor Kolykhayev", "pronoun", "in a statement")
    );
    // Like the seed's Arestovych quote: the adviser disputes, then "he said".
    let text = "The claim was disputed by Ukrainian presidential adviser Oleksiy Arestovych. \"The city has not fallen,\" he said.";
    assert_eq!(one(text).name, "Oleksiy Arestovych");
}

#[test]
fn role_without_a_name() {
    let q = one("A senior U.S. defense official said the convoy had made \"no appreciable movement\" in days.");
    assert_eq!(
        (q.speaker.as_str(), q.attribution.as_str()),
        ("A senior U.S. defense official", "role-only")
    );
}

#[test]
fn organisation_and_place_as_speakers() {
    let q = one("Moscow said it had seized \"complete control\" of the port.");
    assert_eq!((q.speaker.as_str(), q.attribution.as_str()), ("Moscow", "explicit"));
    let q = one("The U.N. refugee agency said it expected \"the largest movement of people in Europe this century.\"");
    assert_eq!(q.name, "UNHCR");
}

#[test]
fn appositive_role_names_the_person() {
    let q = one("Maj. Gen. Igor Konashenkov, a Russian defense ministry spokesman, said two cities \"were completely blocked\" by Russian forces.");
    assert_eq!(q.name, "Igor Konashenkov");
}

#[test]
fn a_title_set_off_by_commas_is_the_role_of_the_name_before_it() {
    // (name, role) for `<name>, <title phrase>, said: "…"`: a title
    // (`titles.tsv`) is a role as a speaker noun is.
    for (name, role) in [
        ("Julia Eccleshare", "chair of the judging panel"),
        ("Giampaolo Vianello", "superintendent of the theatre"),
        ("Tony Banks", "Labour MP for West Ham"),
    ] {
        let text = format!("{name}, {role}, said: \"It is a sad day for all of us here.\"");
        let q = one(&text);
        assert_eq!((q.name.as_str(), q.role.as_str()), (name, role), "{text}");
    }
}

#[test]
fn an_aside_set_off_by_commas_leaves_the_subject_before_it_the_speaker() {
    // (text before the quote, speaker): a clause about a role, or where or
    // how they spoke.
    for (lead, speaker) in [
        ("The official, who asked to remain anonymous, added:", "The official"),
        ("The spokesman, speaking from Bonn, said,", "The spokesman"),
        ("Reagan, in a brief announcement, said:", "Reagan"),
    ] {
        let text = format!("{lead} \"We have good reason to think the plan will hold.\"");
        assert_eq!(one(&text).speaker, speaker, "{text}");
    }
    // Not a place ending a name the aside follows.
    let text = "Lord Nicholls of Birkenhead, in his ruling, said: \"The law is clear on it.\"";
    assert_ne!(one(text).speaker, "Birkenhead");
}

#[test]
fn he_said_after_a_sentence_opening_with_a_person_is_that_person() {
    // (text, the name `he`/`she` is read as; "" for none).
    let quote = "\"This is a hugely exciting new partnership for all of us.\"";
    for (lead, name) in [
        ("Mr Fuller has signed a long-term agreement. He said:", "Mr Fuller"),
        ("Dina Mehta is an Indian blogger. She says:", "Dina Mehta"),
        // Not a person of the other gender, nor an owner.
        ("Mr Fuller has signed a long-term agreement. She said:", ""),
        ("Mr Conlon's father was arrested. He said:", ""),
    ] {
        let text = format!("{lead} {quote}");
        assert_eq!(one(&text).name, name, "{text}");
    }
}

#[test]
fn told_names_the_channel_not_the_speaker() {
    let q = one("Volodymyr Zelenskyy spoke on Wednesday. \"Stop the bombing first,\" Zelenskyy told Reuters and CNN in a joint interview.");
    assert_eq!(q.name, "Volodymyr Zelenskyy");
    assert!(q.channel.starts_with("told Reuters and CNN"), "{q:?}");
    let q = quotes("\"We won the race in the end,\" the world 400m record holder told Five Live.");
    assert!(q.iter().all(|q| q.speaker != "Five Live"), "{q:?}");
}

#[test]
fn titles_and_scare_quotes_are_not_quotes() {
    assert!(quotes(
        "Moscow insists on calling it a \u{201c}special military operation\u{201d} in Ukraine."
    )
    .is_empty());
    assert!(quotes("She hosted \"Saturday Night Live\" in May.").is_empty());
    // Short words are no title on their own.
    assert_eq!(one("\"We are at war,\" he said.").text, "We are at war,");
    assert_eq!(one("\"Bring it on,\" said the 23-year-old.").role, "the 23-year-old");
    assert!(quotes("The so-called \"peace plan\" was rejected.").is_empty());
    // A short phrase in marks with no one to say it is emphasis.
    assert!(quotes("The city was \"surrounded\" at dawn.").is_empty());
    // A label of one letter, even in a sentence that says something.
    assert!(quotes("He said the \"B\" shares trade at a tenth of the \"A\" shares.").is_empty());
}

#[test]
fn short_quote_kept_when_someone_said_it() {
    let q = one("Kharkiv is \u{201c}surrounded\u{201d} by Russian troops, Kharkiv Mayor Ihor Terekhov told The Washington Post.");
    assert_eq!((q.kind.as_str(), q.name.as_str()), ("partial", "Ihor Terekhov"));
    assert!(q.channel.contains("Washington Post"));
}

#[test]
fn quote_offsets_slice_the_original() {
    let text = "\u{201c}We\u{2019}re keeping the door open,\u{201d} Blinken said.";
    let p = Pipeline::new(Lexicons::builtin(), Default::default());
    let r = p.process(&Document::from_text("t", text));
    let q = &r.quotes[0];
    let got: String =
        text.chars().skip(q.start as usize).take((q.end - q.start) as usize).collect();
    assert_eq!(got, q.text);
    assert_eq!(q.text, "We\u{2019}re keeping the door open,");
}

#[test]
fn a_capitalised_speech_verb_is_part_of_a_name() {
    // "States" is a speech verb in lower case only.
    let q = one("Trade with the United States was \"very close\" to a deal, the minister said.");
    assert_eq!(q.speaker, "the minister", "{q:?}");
    let p = Pipeline::new(Lexicons::builtin(), Default::default());
    let r = p.process(&Document::from_text(
        "t.txt",
        "Venezuela sells about 60% of its output to the United States.",
    ));
    assert_eq!(r.figures[0].source, None, "{:?}", r.figures);
}

#[test]
fn a_word_joining_the_sentence_to_the_last_is_no_part_of_the_speaker() {
    assert_eq!(
        one("Meanwhile Ms Hutt said she hoped \"that the people of Wales would benefit\".").speaker,
        "Ms Hutt"
    );
    assert_eq!(
        one("But industry spokesmen said: \"Taxes on vehicles are still too high.\"").speaker,
        "industry spokesmen"
    );
    assert_eq!(
        one("As Paul Flynn said: \"What has deeply upset the party is this.\"").speaker,
        "Paul Flynn"
    );
}

#[test]
fn a_pronoun_is_not_someone_named_inside_a_quote() {
    let q = quotes(
        "Party leader Charles Kennedy spoke. \"I attack party leader Michael Howard politically,\" he said.",
    );
    assert_eq!(q[0].name, "Charles Kennedy");
}

#[test]
fn a_pronoun_is_who_the_same_pronoun_before_it_in_the_sentence_is() {
    // The earlier `he` is the same man: the Prime Minister named between
    // the two is not him.
    let q = quotes(
        "Union leader Jack Jones spoke first.\n\nWhen he refused to back Prime Minister Harold \
         Wilson in 1968, he said: \"I am not going to resign.\"",
    );
    assert_eq!(q[0].name, "Jack Jones", "{q:?}");
    // With no earlier pronoun, the nearest man named before is.
    let q = one("When Prime Minister Harold Wilson lost, he said: \"I am not going to resign.\"");
    assert_eq!(q.name, "Harold Wilson", "{q:?}");
}

#[test]
fn they_stands_for_no_entity() {
    // The nearest organisation is not who `they` are.
    let q = quotes(
        "The World Bank cancelled the loans, sources said.\n\n\"The projects were not implemented properly,\" they said.",
    );
    let q = q.iter().find(|q| q.speaker == "they").expect("a quote by `they`");
    assert_eq!((q.name.as_str(), q.attribution.as_str()), ("", "pronoun"), "{q:?}");
    // `it` still stands for the organisation.
    let q = one("The World Bank met on Monday. \"Loans will resume,\" it said.");
    assert_eq!(q.name, "World Bank");
}

#[test]
fn she_is_not_the_man_named_before() {
    // `Mr` marks McConnell a man, `Ms` marks Sturgeon a woman.
    let q = one(
        "Party leader Nicola Sturgeon wrote to First Minister Jack McConnell on Monday. Mr McConnell \
         did not reply.\n\nShe said: \"The executive must answer for this.\"",
    );
    assert_eq!((q.name.as_str(), q.attribution.as_str()), ("Nicola Sturgeon", "pronoun"), "{q:?}");
    // A first name the data gives a gender: Jack is a man's.
    let q =
        one("Finance Minister Jack Dorsal spoke first.\n\n\"We will not raise taxes,\" she said.");
    assert_eq!(q.name, "", "{q:?}");
    let q =
        one("Finance Minister Jack Dorsal spoke first.\n\n\"We will not raise taxes,\" he said.");
    assert_eq!(q.name, "Jack Dorsal", "{q:?}");
}

#[test]
fn a_pronoun_after_a_person_named_with_an_honorific() {
    // Mr Idris is no entity, but he speaks nearer than the party leader.
    let q =
        one("Party leader Nick Griffin visited in 1999. Mr Idris said the community was raising \
         money.\n\n\"It is a landmark building,\" he said.");
    assert_eq!(q.name, "Mr Idris", "{q:?}");
    // Not one who is only talked about, nor a woman for `he`.
    let q =
        one("Party leader Nick Griffin spoke first. He asked Mr Myers about Ms Khan's report.\n\n\
         \"It is a landmark building,\" he said.");
    assert_eq!(q.name, "Nick Griffin", "{q:?}");
}

#[test]
fn he_or_she_after_a_speaker_named_by_a_role() {
    // The spokeswoman spoke last: `She` is her, not the chief executive.
    let q = quotes(
        "Chief executive John Beaumont was paid a bonus. A ministry spokeswoman said the scheme \
         had been \"ambitious\". She added: \"It was not the only one to lose investors.\"",
    );
    let she = q.iter().find(|q| q.speaker == "She").expect("a quote by `She`");
    assert_eq!((she.name.as_str(), she.role.as_str()), ("", "A ministry spokeswoman"), "{she:?}");
    // `he` is not a spokeswoman, a report, or officials.
    for before in [
        "A ministry spokeswoman said it was \"ambitious\".",
        "The report said it was \"ambitious\".",
        "Officials said it was \"ambitious\".",
    ] {
        let text = format!(
            "Chief executive John Beaumont was paid a bonus. {before} \"It was not the only one to lose investors,\" he said."
        );
        let q = quotes(&text);
        let he = q.iter().find(|q| q.speaker == "he").expect("a quote by `he`");
        assert_eq!(
            (he.name.as_str(), he.role.as_str()),
            ("John Beaumont", "Chief executive"),
            "{text}"
        );
    }
}

#[test]
fn a_speaker_before_a_clause_about_them() {
    // The clause may hold commas of its own.
    let q = one(
        "Cate Blanchett, who won for playing Katharine Hepburn in The Aviator, said her award \
         was \"an indescribable surprise\".",
    );
    assert_eq!((q.name.as_str(), q.role.as_str()), ("Cate Blanchett", ""), "{q:?}");
    // A role written with its capital before the name is the role.
    let q = one(
        "Solicitor Gareth Pierce, who represents eight of the detainees, claimed the detention \
         had driven them to \"madness and despair\".",
    );
    assert_eq!((q.name.as_str(), q.role.as_str()), ("Gareth Pierce", "Solicitor"), "{q:?}");
    let q = one("Analyst Comeau said \"supermarkets may seek a combination with another chain.\"");
    assert_eq!((q.name.as_str(), q.role.as_str()), ("Comeau", "Analyst"), "{q:?}");
    // Where the person works is not the person.
    let q = quotes(
        "Zdzislaw Kuroski, deputy director of Comecon, who heads the delegation, told Reuters: \
         \"We have narrowed our differences on a range of questions.\"",
    );
    assert_ne!(q[0].name, "Comecon", "{q:?}");
    // The closing comma left out: the person speaks, not the firm.
    let q =
        one("\"There is a whiff of a sweetener,\" Anais Faraj, an analyst at Nomura told the BBC.");
    assert_eq!((q.name.as_str(), q.role.as_str()), ("Anais Faraj", "analyst at Nomura"), "{q:?}");
    // Not a time (`On Saturday,`) or a name inside a longer phrase.
    let q = one("On Saturday, the party's chief executive said it was \"just a cock-up\".");
    assert_eq!(q.name, "", "{q:?}");
    let q =
        one("Talks with carrier Air Atlanta, a KLM spokeswoman said, are \"absolutely not\" on.");
    assert_ne!(q.name, "Air Atlanta", "{q:?}");
}

#[test]
fn a_phrase_after_its_own_speech_verb_is_not_the_last_speakers() {
    // `claimed` has a subject the rules cannot read: the phrase is not
    // the previous speaker's.
    let q = quotes(
        "\"We will appeal,\" Home Secretary Charles Clarke said. The lawyers, all eight of whom \
         have worked on the case since 2001, claimed the detention had driven four of them to \
         \"madness\".",
    );
    assert!(q.iter().all(|q| q.text != "madness" || q.name.is_empty()), "{q:?}");
    // A verb sharing the subject of an earlier quote in its sentence keeps it.
    let q = quotes(
        "Producer Barry Weissler said he was \"deeply proud\" of the show, but said the decision \
         to close it was \"painful but fiscally responsible\".",
    );
    assert!(q.iter().all(|q| q.name == "Barry Weissler"), "{q:?}");
    // `member states` is no speech verb.
    let q = quotes(
        "\"Fraud is falling,\" spokesman Jorg Wojahn said. He added that there is good co-operation \
         with member states, with the statistics providing a \"good overview for planning\".",
    );
    assert!(q.iter().all(|q| q.name == "Jorg Wojahn"), "{q:?}");
}

#[test]
fn a_phrase_in_a_sentence_that_names_someone_else_first_is_not_the_last_speakers() {
    // The sentence is about someone else: their words or the writer's.
    let q = quotes(
        "Cate Blanchett said she was \"thrilled\". And Jamie Foxx, who had two nominations this \
         year, paid tribute to the \"beautiful legacy\" of soul legend Ray Charles.",
    );
    assert!(q.iter().all(|q| q.text != "beautiful legacy" || q.name.is_empty()), "{q:?}");
    // A pronoun first, or the speaker again, keeps the speaker.
    for text in [
        "Michael Ancram said the bill was \"a con\". But he accused the government of treating \
         them as \"two separate issues\".",
        "Michael Ancram said the bill was \"a con\". Mr Ancram branded the existence of the \
         Potato Council \"surprising\".",
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q.iter().all(|q| q.name == "Michael Ancram"), "{q:?}");
    }
    // So does a speech verb later in the sentence, which speaks for it.
    let q = quotes(
        "Commons leader Peter Hain warned of \"dangerous complacency\". If Labour voters \
         \"stayed at home\" they could see Tory leader Michael Howard \"coming in the back door \
         to Number 10\", he added.",
    );
    let q = q.iter().find(|q| q.text == "stayed at home").expect("the phrase");
    assert_eq!(q.name, "Peter Hain", "{q:?}");
}

#[test]
fn he_said_is_the_person_whose_words_the_sentence_before_reports() {
    let q = one(
        "Markets were more sensitive to the trade data, Harwood said. \"The news did come as a \
         very, very substantial relief,\" he said.",
    );
    assert_eq!((q.speaker.as_str(), q.name.as_str()), ("he", "Harwood"), "{q:?}");
    let q = one(
        "In February, the central bank also prohibited trading in bolivar futures, the broker \
         said. \"We used to have a forward market,\" he said.",
    );
    assert_eq!(q.role, "the broker", "{q:?}");
    // Not across a body that spoke in between, nor to the other gender.
    let q = one(
        "Prices will rise, Harwood said. The company said it would cut jobs. \"It is a blow,\" \
         he said.",
    );
    assert_eq!(q.name, "", "{q:?}");
    let q = one("Prices will rise, Mrs Harwood said. \"It is a blow,\" he said.");
    assert_eq!(q.name, "", "{q:?}");
    // `they`: people named by a plural noun, not one person.
    let q = one(
        "Prices fell sharply in early trade, oil traders in New York said. \"The market is very \
         nervous today,\" they said.",
    );
    assert_eq!(q.role, "oil traders in New York", "{q:?}");
    let q = one("Prices will rise, the broker said. \"It is a blow to us all,\" they said.");
    assert_eq!(q.role, "", "{q:?}");
}

#[test]
fn he_said_looks_back_past_its_own_quote_and_sentences_that_name_no_one() {
    // (text, the name `he` stands for, or the role)
    for (text, name, role) in [
        // The quote's first sentences are the speaker's own words, no report.
        (
            "More berths will be added during the plan, Jiang said. \"The rail line to Hangzhou \
             will be double tracked by 1995. By 2000, maybe, we will overtake Shanghai,\" he added.",
            "Jiang",
            "",
        ),
        // Wire copy gives each sentence a paragraph of its own.
        (
            "But Viermetz said the models showed that the deficit would improve only \
             temporarily.\n\nHe said the deficit might fall to 145 billion dlrs this year.\n\n\
             \"This is clearly unacceptable,\" he said.",
            "Viermetz",
            "",
        ),
        // A speech verb after a name set off by a long appositive reports too.
        (
            "Kenneth Blaylock, President of the American Federation of Government Employees, \
             said the plan could prove disastrous. \"It is the foundation of inspection,\" he said.",
            "Kenneth Blaylock",
            "",
        ),
        // So does a closing `, said X, <a long appositive>.`
        (
            "The downturn in the Texas economy has bottomed out and growth should return at a \
             slow rate in the second or third quarter, said Coyle Kelly, executive assistant to \
             the chairman of the Texas Public Utilities Commission. \"Indicators are pointing to \
             a turnaround,\" he said.",
            "Coyle Kelly",
            "",
        ),
        // A role is read by its noun before any preposition.
        (
            "A grain dealer at one member co-op said the arm was a convenience. \"We're sorry \
             to see the co-op go,\" he said.",
            "",
            "A grain dealer at one member co-op",
        ),
        // A sentence that names no one and reports no one is passed over.
        (
            "Incidents like this happen, said Mr Thiemann, because when banks start using \
             Windows cash machines they also change the networking technology. This often means \
             that all the cash machines share the same data network on Monday. \"This could mean \
             that cash machines get caught up in the viruses,\" he said.",
            "Mr Thiemann",
            "",
        ),
    ] {
        let q = quotes(text);
        let q = q.iter().find(|q| q.speaker == "he").unwrap_or_else(|| panic!("{q:?}"));
        assert_eq!((q.name.as_str(), q.role.as_str()), (name, role), "{text}: {q:?}");
    }
    // Not one that names someone, however it names them.
    for between in [
        "The American had cast doubt on the claims.",
        "Darren Campbell and Mark Lewis were awarded medals.",
        "His father was a miner.",
    ] {
        let q = one(&format!(
            "Prices will rise, Harwood said. {between} \"It is a blow to us all,\" he said."
        ));
        assert_eq!(q.name, "", "{between}: {q:?}");
    }
}

#[test]
fn initials_open_a_name_but_a_role_in_capitals_does_not() {
    let q = one("\"His remarks came too late,\" said P.S. Tam of Morgan Guaranty Trust.");
    assert_eq!(q.name, "P.S. Tam", "{q:?}");
    let q = one("\"The market is not impressed,\" said KK Mittal, a fund manager.");
    assert_eq!(q.name, "KK Mittal", "{q:?}");
    let q = one("WMC Resources said: \"Output will rise.\"");
    assert_eq!(q.name, "WMC Resources", "{q:?}");
    let q = one(
        "Virgin Radio DJ Pete Mitchell said: \"This year has seen an amazing array of talent.\"",
    );
    assert_eq!(q.name, "Pete Mitchell", "{q:?}");
    // A name all in capitals is a headline's.
    let q = one("\"Output will rise this year and next,\" said WMC RESOURCES.");
    assert_eq!(q.name, "", "{q:?}");
}

#[test]
fn a_phrase_quoted_in_its_own_sentence_names_that_sentences_subject() {
    let q = quotes(
        "\"We will win,\" Prime Minister Tony Blair said. Tory chairman Liam Fox accused Labour \
         of \"at best misrepresentation\".",
    );
    let q = q.iter().find(|q| q.text.starts_with("at best")).expect("the partial quote");
    assert_eq!(q.name, "Liam Fox", "{q:?}");
    // `commented` is a speech verb; a sentence's full stop is no part of a name.
    let q = one("\"This is a storm in a teacup,\" one dealer commented.");
    assert_eq!(q.role, "one dealer", "{q:?}");
    let q = one("\"They have been stalling to earn better concessions,\" said Mr Kim.");
    assert_eq!(q.name, "Mr Kim", "{q:?}");
    // A name inside the post is where the person works.
    let q = one(
        "\"We are back to where we were,\" Mark Brett, economist at Barclays de Zoete Wedd said.",
    );
    assert_eq!(q.name, "Mark Brett", "{q:?}");
}

#[test]
fn quoted_as_saying_names_the_one_quoted_and_the_paper_as_channel() {
    let q = one("Mr Kruger was quoted in the Guardian newspaper saying: \"We plan to introduce a period of creative destruction.\"");
    assert_eq!(
        (q.name.as_str(), q.channel.as_str()),
        ("Mr Kruger", "quoted in the Guardian newspaper"),
        "{q:?}"
    );
    let q = one("Xie was quoted as saying: \"Growth will slow down this year.\"");
    assert_eq!((q.name.as_str(), q.channel.as_str()), ("Xie", ""), "{q:?}");
}

#[test]
fn a_passive_speech_verb_gives_the_quote_to_its_agent() {
    let q = one("The claims were denied by Foreign Secretary Jack Straw, who accused the Tories of \"running scared\".");
    assert_eq!(q.name, "Jack Straw", "{q:?}");
    // `by` and a time or a manner is no agent.
    let q = one("The home secretary said, by 2008, he wanted everyone fingerprinted, to \"ensure we know who is here\".");
    assert_eq!(q.role, "The home secretary", "{q:?}");
}

#[test]
fn a_role_at_a_firm_speaks_before_the_verb_as_after_it() {
    for text in [
        "\"Trading is at an absolute nil,\" one dealer at Barclays said.",
        "\"Trading is at an absolute nil,\" said one dealer at Barclays.",
    ] {
        let q = one(text);
        assert_eq!(
            (q.speaker.as_str(), q.name.as_str(), q.role.as_str(), q.attribution.as_str()),
            ("one dealer at Barclays", "", "one dealer at Barclays", "role-only"),
            "{text}"
        );
    }
    let q = one("A spokesman for Darlington Council said: \"The problem is with the post.\"");
    assert_eq!((q.role.as_str(), q.name.as_str()), ("A spokesman for Darlington Council", ""));
    let q = one("A spokesman for the Home Office said: \"It is wrong.\"");
    assert_eq!((q.role.as_str(), q.name.as_str()), ("A spokesman for the Home Office", ""));
    // The firm's own word stays the firm's.
    assert_eq!(one("\"Trading is at an absolute nil,\" Barclays said.").name, "Barclays");
}

#[test]
fn a_person_of_a_firm_or_a_place_speaks_not_the_firm() {
    for (text, name) in [
        ("\"Rates will fall,\" Peter Quell of Barclays said.", "Peter Quell"),
        ("\"Rates will fall,\" analyst Zorvan Pell of Barclays said.", "Zorvan Pell"),
        ("\"Rates will fall,\" Senator Maria Lennox of Ohio said.", "Maria Lennox"),
    ] {
        assert_eq!(one(text).name, name, "{text}");
    }
    // Words that say what the firm is may stand between.
    let q = one("\"Reserves are large,\" Peter Quell of stockbroker Barclays told Reuters.");
    assert_eq!(q.name, "Peter Quell", "{q:?}");
    // Where they are from need be no entity; a middle initial is part of
    // a name.
    let q = one("\"Rates will fall,\" analyst Zorvan Pell of Quill Brothers said.");
    assert_eq!(q.name, "Zorvan Pell", "{q:?}");
    let q = one("\"We lost money,\" said Robert E. Linton, chairman of the firm.");
    assert_eq!(q.name, "Robert E. Linton", "{q:?}");
    // Words before `of` that are no person's name leave the speaker as it was.
    let q = one("\"Rates will fall,\" the United Steelworkers of America said.");
    assert_ne!(q.name, "United Steelworkers", "{q:?}");
}

#[test]
fn the_wires_brackets_round_a_firm_keep_the_speaker_and_the_role_whole() {
    let q =
        one("Tomas Reyl, managing director of <Qorin Holdings Ltd>, said: \"Margins are better.\"");
    assert_eq!(
        (q.name.as_str(), q.role.as_str()),
        ("Tomas Reyl", "managing director of <Qorin Holdings Ltd>")
    );
    let q =
        one("\"It will pass,\" said a spokesman for <Qorin Holdings Ltd>, the biggest firm here.");
    assert_eq!(q.role, "a spokesman for <Qorin Holdings Ltd>", "{q:?}");
}

#[test]
fn a_role_with_words_before_its_noun_after_the_verb() {
    let q = one("\"The worst has passed,\" said central bank governor Tomas Reyl.");
    assert_eq!((q.name.as_str(), q.role.as_str()), ("Tomas Reyl", "central bank governor"));
    let q = one("\"It was a coup,\" said race director Tomas Reyl. Others agreed.");
    assert_eq!((q.name.as_str(), q.role.as_str()), ("Tomas Reyl", "race director"));
    // With no name after it, the phrase may be what was said about.
    let q = one("He announced new sanctions against Japan and said administration officials \"do not believe this will last.\"");
    assert_ne!(q.speaker, "administration officials", "{q:?}");
}

#[test]
fn a_quote_after_reported_speech_is_that_speakers() {
    let q = quotes(
        "Britain must stay strong in Europe, Mr Tallis said. \"Our role in the union is a crucial part of that.\"",
    );
    assert_eq!((q[0].name.as_str(), q[0].attribution.as_str()), ("Mr Tallis", "continuation"));
    // Not when the quote's own sentence has a verb whose subject was missed.
    let q = quotes(
        "Prices rose, dealers polled by the bank said. \"It is a start for the market here,\" Quennel \
         Varga, Secretary-General of the Qorin Chamber of Trade, said.",
    );
    assert_eq!(q[0].name, "Quennel Varga", "{q:?}");
    // A title with its capital sets off a role (`co-chairman` is a
    // chairman); one before a name does not.
    let q = one("\"It will pass,\" Tomas Reyl, Co-Chairman of the Qorin Trust, said.");
    assert_eq!(
        (q.name.as_str(), q.role.as_str()),
        ("Tomas Reyl", "Co-Chairman of the Qorin Trust")
    );
}

#[test]
fn a_verb_joined_to_another_by_and_or_but_shares_its_subject() {
    for (text, name) in [
        ("But Dunne is keen to put that behind him and said: \"I have grown up a lot.\"", "Dunne"),
        ("Diaz did not give figures, but said: \"We believe they still have funds.\"", "Diaz"),
    ] {
        assert_eq!(one(text).name, name, "{text}");
    }
    let q = one("The minister visited the plant and said: \"We will keep it open.\"");
    assert_eq!(q.role, "The minister");
    // A participle after a comma shares the subject too; one opening the
    // sentence has none to share (and no panic).
    let q = one("Mr Tanguay backed that view on Tuesday, saying: \"He is not eligible.\"");
    assert_eq!(q.name, "Mr Tanguay");
    let q = one("Agreeing, saying: \"He is not eligible to stand.\"");
    assert_eq!(q.speaker, "", "{q:?}");
    // (A verb first in its window, right after a quote, has no word before.)
    assert_eq!(quotes("\"We lost money today,\" saying: \"It is bad for us all.\"").len(), 2);
    // Not the words after the name: `Ms Jamieson praised the police and said`.
    let q =
        one("Ms Jamieson praised the police for their action and said: \"They do want to act.\"");
    assert_eq!(q.name, "Ms Jamieson", "{q:?}");
    // A clause before the subject, or a noun in `s` after `and`, is none.
    let q =
        one("To build its index, Microsoft has read the web and claims: \"It is the biggest.\"");
    assert_ne!(q.speaker, "To", "{q:?}");
    // An age describes the speaker.
    let q = one("\"I wish I was playing there,\" the 21-year-old told a radio station.");
    assert_eq!(q.role, "the 21-year-old", "{q:?}");
}

#[test]
fn brackets_inside_a_role_or_a_name_before_the_verb() {
    let q =
        one("\"Rates will fall,\" Tomas Reyl, president of Qorin Rating Agency Ltd (QRA), said.");
    assert_eq!(
        (q.name.as_str(), q.role.as_str()),
        ("Tomas Reyl", "president of Qorin Rating Agency Ltd (QRA)")
    );
    // Unclosed, where the person is from.
    let q = one(
        "\"It is digital,\" Tomas Reyl, from the Qorin Electronics Association (QEA) told the BBC.",
    );
    assert_eq!(q.name, "Tomas Reyl", "{q:?}");
}

#[test]
fn speakers_the_words_around_the_verb_used_to_hide() {
    // A phrase of where or when after the name.
    let q = one("\"It is dangerous,\" said Denman in an apparent reference to the bill.");
    assert_eq!(q.name, "Denman", "{q:?}");
    // `one` or `another` and a noun describe a speaker.
    let q = one("\"Producers offered us jam tomorrow,\" one consumer said.");
    assert_eq!(q.role, "one consumer", "{q:?}");
    // Who quoted someone is the channel.
    let q = one("\"Much attention was given to us,\" PAP quoted Baka as saying.");
    assert_eq!((q.name.as_str(), q.channel.as_str()), ("Baka", "PAP quoted"), "{q:?}");
    let q = one("\"The offer is small,\" agent Domingo Pell was quoted as telling reporters.");
    assert_eq!(q.name, "Domingo Pell", "{q:?}");
    // Reported speech whose verb opens a long sentence.
    let q = quotes(
        "Gary Dunn, development director at Qorin, said the company had a central technology group \
         which was at the forefront of preparing for the next generation of consoles and more. \
         \"We are working on new libraries of effects.\"",
    );
    assert_eq!(q.last().map(|q| q.name.as_str()), Some("Gary Dunn"), "{q:?}");
}

#[test]
fn a_role_at_a_place_the_gazetteers_lack() {
    for (text, role) in [
        ("A spokeswoman for the Qorin Academy said: \"It is our duty.\"", "A spokeswoman for the Qorin Academy"),
        ("\"It has no office here,\" a source close to the industry said.", "a source close to the industry"),
        ("\"Banks reacted on politics,\" said the source close to the Qorin government.", "the source close to the Qorin government"),
        // Up to a channel or a clause, not over it.
        ("\"It is unusual,\" wrote analysts from Qorin Brothers in a note to clients on Friday.", "analysts from Qorin Brothers"),
        ("\"We were looking for more,\" said an analyst at a big Qorin firm who declined to be named.", "an analyst at a big Qorin firm"),
    ] {
        assert_eq!(one(text).role, role, "{text}");
    }
}

#[test]
fn speakers_after_said_with_roles_and_firms() {
    let speaker = |text: &str| {
        let q = one(text);
        (q.speaker, q.name)
    };
    let s = |a: &str, b: &str| (a.to_string(), b.to_string());
    // A role without a determiner, before the name; a firm before the role.
    assert_eq!(
        speaker("It lost.\n\n\"We have had to make a change,\" said coach Andy Robinson."),
        s("Andy Robinson", "Andy Robinson")
    );
    assert_eq!(
        speaker("It fell.\n\n\"The dollar will decide the course,\" said Dean Witter analyst Karen Gibbs."),
        s("Karen Gibbs", "Karen Gibbs")
    );
    // A role of two nouns with a word between; a clause about the person.
    assert_eq!(
        speaker("It rose.\n\n\"The worst is behind us,\" said Amoco executive vice president Richard Leet in remarks."),
        s("Richard Leet", "Richard Leet")
    );
    assert_eq!(
        speaker(
            "It rose.\n\n\"I have used textphones,\" said Robert Currington who is taking part."
        ),
        s("Robert Currington", "Robert Currington")
    );
    assert_eq!(
        speaker(
            "It rose.\n\n\"We are considering action,\" a senior Citibank employee told Reuters."
        ),
        s("a senior Citibank employee", "")
    );
    // Verbs of admission and complaint.
    assert_eq!(
        speaker("It fell.\n\n\"No other group regulates itself,\" complained Meier of the Social Democrats."),
        s("Meier", "Meier")
    );
    // A speech verb inside an aside is not the quote's.
    assert_eq!(
        speaker(
            "It fell.\n\n\"We are keen,\" one official, who asked not to be named, told Reuters."
        ),
        s("one official", "")
    );
    // A description after an article, then the name.
    assert_eq!(
        speaker("He left.\n\n\"I would be keen to leave,\" admitted the 28-year-old Morientes."),
        s("Morientes", "Morientes")
    );
    assert_eq!(
        speaker("He left.\n\n\"I would be keen to leave,\" said the Spanish striker Morientes."),
        s("Morientes", "Morientes")
    );
    // A particle inside the name.
    assert_eq!(
        speaker("It fell.\n\n\"Measures won't be enough,\" said Leo de Corel of Kredietbank."),
        s("Leo de Corel", "Leo de Corel")
    );
    // The person, not the firm they are from.
    assert_eq!(
        speaker("It rose.\n\n\"The structure of the issue had changed,\" said Robert Nelson of S and P."),
        s("Robert Nelson", "Robert Nelson")
    );
    assert_eq!(
        speaker("It rose.\n\n\"Brazil is a problem for the banks,\" said analyst Carole Berger of Cyrus J. Lawrence Inc, referring to both."),
        s("Carole Berger", "Carole Berger")
    );
    assert_eq!(
        speaker(
            "It hurts.\n\n\"He has a fracture in his right foot,\" said England doctor Simon Kemp."
        ),
        s("Simon Kemp", "Simon Kemp")
    );
    // A role and where it is.
    assert_eq!(
        speaker("It fell.\n\n\"The market can be bigger than the central banks,\" said a dealer at one major U.S. bank."),
        s("a dealer at one major U.S. bank", "")
    );
    // A word after the name; a verb that opens the sentence.
    assert_eq!(
        speaker("Nadal won.\n\n\"What a great way to finish the year,\" said Nadal afterwards."),
        s("Nadal", "Nadal")
    );
    assert_eq!(
        speaker("It fell.\n\nSaid Mr Bysshe: \"Painkiller is a very good game.\""),
        s("Mr Bysshe", "Mr Bysshe")
    );
    // What is said of something is no speaker.
    let q = one("It fell.\n\n\"They may realize this is not a Mexican deal,\" one banker said of the Argentine agreement.");
    assert_eq!(q.speaker, "one banker", "{q:?}");
}

#[test]
fn a_speaker_set_off_by_commas() {
    let q = one("Promoters booked the venue. Mark Mackie, director of Regular Music, said: \"It is fantastic news for the fans.\"");
    assert_eq!((q.speaker.as_str(), q.name.as_str()), ("Mark Mackie", "Mark Mackie"));
    let q = one("Growth slowed.\n\n\"The eurozone does not look like it has a recovery,\" James Carrick, an economist with ABN Amro, told the newspaper.");
    assert_eq!(q.speaker, "James Carrick");
    let q = one("Rights groups objected. Brad Adams, from Human Rights Watch, said: \"This is a huge political signal from Europe.\"");
    assert_eq!(q.speaker, "Brad Adams");
    // The person named after their role.
    let q = one("He spoke. The shadow chief secretary, George Osborne, said: \"This was more talk from the chancellor.\"");
    assert_eq!(q.speaker, "George Osborne");
    // A possessive firm before the name.
    let q = one("It fell.\n\n\"The dollar has further to fall, although it may take years,\" said Lloyds Bank's Johnson.");
    assert_eq!(q.speaker, "Johnson");
    // A firm no gazetteer knows is the person's role, not part of a name.
    let q = one("India grew.\n\n\"The relaxation could ignite interest,\" added Ernst and Young's Sanjay Mehta.");
    assert_eq!((q.name.as_str(), q.role.as_str()), ("Sanjay Mehta", "Ernst and Young's"), "{q:?}");
    let q = one("Sales rose. Deloitte's Anna Kovacs said: \"The market is hungry.\"");
    assert_eq!((q.name.as_str(), q.role.as_str()), ("Anna Kovacs", "Deloitte's"), "{q:?}");
    // One word after an owner with an article is the rest of a name.
    let q =
        one("Prices rose. \"The rate of increase is getting faster,\" the People's Daily said.");
    assert_eq!((q.speaker.as_str(), q.role.as_str()), ("People's Daily", ""), "{q:?}");
}

#[test]
fn a_speech_verb_opening_the_next_sentence() {
    let q = quotes("Dechy is fuming. \"How can you be happy when you see your face on the cover?\" Dechy said.");
    assert_eq!(q[0].speaker, "Dechy", "{q:?}");
    // Not when it introduces the next quote, and not over a continuation.
    let q = quotes("\"We played well in the final set,\" Smith said. \"This has given me a lot of confidence.\" Jones said: \"I was playing well before I came here.\"");
    assert_eq!(
        q.iter().map(|q| q.speaker.as_str()).collect::<Vec<_>>(),
        ["Smith", "Smith", "Jones"]
    );
    let q = quotes("\"I have enjoyed the past six years,\" Mr Ghosn said. \"I have full confidence in the new team.\" Nissan also announced other changes.");
    assert_eq!(q[1].speaker, "Mr Ghosn", "{q:?}");
}

#[test]
fn speakers_described_or_by_initials() {
    let q = one("She will leave.\n\nThe long-running presenter said: \"I would like to thank everyone who watched.\"");
    assert_eq!(
        (q.speaker.as_str(), q.attribution.as_str()),
        ("The long-running presenter", "role-only")
    );
    let q = one(
        "He qualified.\n\n\"I'm qualified now and that's what matters,\" said the 28-year-old.",
    );
    assert_eq!(q.speaker, "the 28-year-old");
    let q = one("It earned more.\n\nCPC said \"Although the extent cannot yet be determined, earnings will rise.\"");
    assert_eq!(q.speaker, "CPC");
    // Not a clause that goes on, nor initials inside another clause.
    let q = one("He spoke.\n\nMr Roberts said the measure would \"involve the federal government in deciding who a farmer is.\"");
    assert_eq!(q.speaker, "Mr Roberts");
    let q = one("He left.\n\nMr Hockney also left UKIP saying Mr Kilroy-Silk would \"deliver better as the leader of a party\".");
    assert_ne!(q.speaker, "UKIP");
    // A firm's name, then modifiers of the role; where a person is from.
    let q = one("It rose.\n\n\"They talked last week about the deal,\" said UAL senior vice president Kurt Stocker.");
    assert_eq!(q.speaker, "Kurt Stocker");
    let q = one("It grew.\n\n\"We wanted to show how this fits into a home,\" said Claudia Neulling from the magazine.");
    assert_eq!(q.speaker, "Claudia Neulling");
}

#[test]
fn a_possessive_opens_a_role() {
    let q = one("Ministers will pick the \"less painful\" option, our correspondent added.");
    assert_eq!((q.speaker.as_str(), q.role.as_str()), ("our correspondent", "our correspondent"));
    let q = one("\"It's nothing serious at all, he will be back,\" said his coach Peter Stanley.");
    assert_eq!((q.speaker.as_str(), q.role.as_str()), ("Peter Stanley", "his coach"));
}

#[test]
fn no_speaker_follows_a_participle() {
    // What follows `saying` is what was said: not `his finance chief`.
    let q = one("Ebbers told the court he was not to blame, saying his finance chief had \"a keen command of the numbers\".");
    assert_ne!(q.speaker, "his finance chief");
    let q = quotes(
        "Mr Kennedy criticised the chancellor, saying it was \"high time\" the tax was replaced.",
    );
    assert!(q.iter().all(|q| q.speaker != "it"), "{q:?}");
}

#[test]
fn a_pronoun_after_what_was_said_names_no_one_inside_it() {
    // The name is what `he` said something about, not who said it.
    let q = quotes(
        "Asked about Prime Minister Tony Blair, Commons leader Peter Hain spoke at length. \
         Chancellor Gordon Brown was not named, he added. \"It is a choice between two parties,\" he said.",
    );
    assert!(q.iter().all(|q| q.name != "Gordon Brown"), "{q:?}");
    // After an adverbial clause the name may be the one speaking.
    let q = one(
        "When Tony Blair arrived in Brussels, he said: \"We are ready to sign the treaty today.\"",
    );
    assert_eq!(q.name, "Tony Blair");
}

#[test]
fn one_a_delegation_and_an_official_who_asked_not_to_be_named() {
    let q = quotes(
        "\"Rates will fall soon enough,\" Smith said. \"The main sticking point has been Brazil's attitude,\" one said.",
    );
    assert_eq!((q[1].speaker.as_str(), q[1].attribution.as_str()), ("one", "role-only"));
    let q = one("\"We welcome the goals the United States has set,\" the Australian delegation said in a statement.");
    assert_eq!(q.speaker, "the Australian delegation");
    let q = one("\"The U.S. remains hopeful they can reach an agreement soon,\" said an official who asked not to be named.");
    assert_eq!((q.speaker.as_str(), q.attribution.as_str()), ("an official", "role-only"));
}

#[test]
fn a_surname_with_a_particle_is_whole() {
    let q =
        one("\"Japanese firms have a tremendous interest in exporting to Europe,\" said de Hora.");
    assert_eq!(q.speaker, "de Hora");
    let q = one("\"We have the beer, but distribution is the important point,\" van Schaik said.");
    assert_eq!(q.speaker, "van Schaik");
}

#[test]
fn it_said_is_the_company_that_spoke_not_the_nearest_name() {
    let text = "Ford Motor Co said it won the contract against competition from General \
                Motors Corp and Toyota Motor Corp. \"We are very pleased,\" it said.";
    let p = Pipeline::new(Lexicons::builtin(), Default::default());
    let record = p.process(&Document::from_text("t.txt", text));
    let ford = record.entities.iter().find(|e| e.name.starts_with("Ford")).expect("Ford");
    assert_eq!(record.quotes[0].speaker_entity_id.as_deref(), Some(ford.entity_id.as_str()));
}

#[test]
fn professor_before_a_name_marks_a_person() {
    // `Professor` is an honorific, as `Prof.` is: the pronoun after is the
    // professor, not an official named in passing between them.
    let text = "Professor Jorn Cartice, of the University of Strathclyde, is sceptical. Labour \
                is standing against sitting MP Oona Qing. But Professor Cartice said the vote \
                could be split. \"Ironically the Tories might be the beneficiaries,\" he said.";
    let q = one(text);
    assert_eq!((q.speaker.as_str(), q.name.as_str()), ("he", "Jorn Cartice"));
}

#[test]
fn a_nationality_after_an_article_is_a_person_of_it() {
    let q = one("Agassi won in Doha.\n\n\"I felt pretty good,\" said the American.");
    assert_eq!(
        (q.speaker.as_str(), q.role.as_str(), q.attribution.as_str()),
        ("the American", "the American", "role-only"),
        "{q:?}"
    );
    let q = one("She won.\n\n\"It was my first final,\" said the 23-year-old German.");
    assert_eq!(q.role, "the 23-year-old German", "{q:?}");
    // Not the name ending a clause before it.
    let q = one("Williams spoke. Reacting to a comment by club chairman Tim Phillips, the American said: \"It is insulting.\"");
    assert_eq!((q.name.as_str(), q.role.as_str()), ("", "the American"), "{q:?}");
    // A people may speak for its government.
    let q = one("Talks ended.\n\n\"We want a deal,\" the French said.");
    assert_eq!(q.role, "", "{q:?}");
}
