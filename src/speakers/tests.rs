//! Table tests of the speaker stage: sentences written for these tests, with the entities
//! worked out by hand.

use crate::{extract, EntityKind};

/// Each entity as (kind, name, titles, mentions).
fn entities(text: &str) -> Vec<(EntityKind, String, Vec<String>, Vec<String>)> {
    extract(text)
        .entities
        .iter()
        .map(|e| {
            (
                e.kind,
                e.name.to_string(),
                e.titles.iter().map(|t| t.to_string()).collect(),
                e.mentions.iter().map(|m| m.text.to_string()).collect(),
            )
        })
        .collect()
}

macro_rules! t {
    ($name:ident, $text:expr, [$(($kind:ident, $n:expr, [$($title:expr),*], [$($m:expr),*])),* $(,)?]) => {
        #[test]
        fn $name() {
            let want: Vec<(EntityKind, String, Vec<String>, Vec<String>)> = vec![$(
                (EntityKind::$kind, $n.to_string(), vec![$($title.to_string()),*], vec![$($m.to_string()),*])
            ),*];
            assert_eq!(entities($text), want);
        }
    };
}

t!(
    title_before_a_name,
    "Kremlin spokesman Dmitry Peskov spoke.",
    [(
        Person,
        "Dmitry Peskov",
        ["Kremlin spokesman"],
        ["Dmitry Peskov"]
    )]
);
t!(
    long_title,
    "White House National Security Adviser Mike Waltz spoke.",
    [(
        Person,
        "Mike Waltz",
        ["White House National Security Adviser"],
        ["Mike Waltz"]
    )]
);
t!(
    title_with_of,
    "Secretary of State Marco Rubio spoke.",
    [(
        Person,
        "Marco Rubio",
        ["Secretary of State"],
        ["Marco Rubio"]
    )]
);
t!(
    one_person_across_mentions,
    "Donald Trump arrived. Trump spoke. Later, President Trump left.",
    [(
        Person,
        "Donald Trump",
        ["President"],
        ["Donald Trump", "Trump", "Trump"]
    )]
);
t!(
    fuller_name_wins,
    "Trump arrived. Donald Trump spoke.",
    [(Person, "Donald Trump", [], ["Trump", "Donald Trump"])]
);
t!(
    other_first_name_other_person,
    "Ivanka Trump met Donald Trump.",
    [
        (Person, "Ivanka Trump", [], ["Ivanka Trump"]),
        (Person, "Donald Trump", [], ["Donald Trump"])
    ]
);
t!(
    possessive_is_left_out,
    "Mr. Trump’s team met Mr. Putin’s aides.",
    [
        (Person, "Trump", ["Mr."], ["Trump"]),
        (Person, "Putin", ["Mr."], ["Putin"])
    ]
);
t!(
    she_points_to_the_person_before,
    "Senator Mara Quinn arrived. She spoke first.",
    [(Person, "Mara Quinn", ["Senator"], ["Mara Quinn", "She"])]
);
t!(
    honorifics_give_gender,
    "Mr. Omar Haddad met Ms. Paula Grant. She left early.",
    [
        (Person, "Omar Haddad", ["Mr."], ["Omar Haddad"]),
        (Person, "Paula Grant", ["Ms."], ["Paula Grant", "She"])
    ]
);
t!(
    subject_before_object,
    "Ms. Rosa Lin thanked Ms. Ada Park. She left.",
    [
        (Person, "Rosa Lin", ["Ms."], ["Rosa Lin", "She"]),
        (Person, "Ada Park", ["Ms."], ["Ada Park"])
    ]
);
t!(
    role_by_title,
    "President Lena Holt spoke first. The president left.",
    [(
        Person,
        "Lena Holt",
        ["President"],
        ["Lena Holt", "The president"]
    )]
);
t!(
    organization_by_its_noun,
    "The International Grain Council met. The council adjourned.",
    [(
        Organization,
        "International Grain Council",
        [],
        ["International Grain Council", "The council"]
    )]
);
t!(
    outlets_and_places,
    "Reuters and The Washington Post covered Russia and Ukraine.",
    [
        (Media, "Reuters", [], ["Reuters"]),
        (Media, "Washington Post", [], ["Washington Post"]),
        (Place, "Russia", [], ["Russia"]),
        (Place, "Ukraine", [], ["Ukraine"])
    ]
);
t!(
    adjectives_are_not_names,
    "The river stopped Russian forces.",
    []
);
t!(
    plural_subject_is_a_group,
    "Russian forces crossed the river.",
    [(Group, "Russian forces", [], ["Russian forces"])]
);
t!(
    relative_pronoun_is_no_mention,
    "Leonid Slutsky, who chairs the committee, spoke.",
    [
        (Person, "Leonid Slutsky", [], ["Leonid Slutsky"]),
        (Organization, "the committee", [], ["the committee"])
    ]
);
t!(
    relative_pronoun_as_a_source_is_a_mention,
    "The delay angered Omar Haddad, who said the date was set.",
    [(Person, "Omar Haddad", [], ["Omar Haddad", "who"])]
);
t!(
    it_points_to_an_organization,
    "The Kremlin met on Monday. It said nothing.",
    [(Organization, "Kremlin", [], ["Kremlin", "It"])]
);
t!(
    pronouns_inside_quotes_stay_unresolved,
    "Mr. Tom Hale spoke. “He is wrong,” he said.",
    [(Person, "Tom Hale", ["Mr."], ["Tom Hale", "he"])]
);

// What is not a name: words capitalized by their place, contractions, page furniture, titles
// of works, hyphenated modifiers, lone words the text does not show to be names.
t!(
    page_furniture_names_no_one,
    "Ms. Ada Park opened a bakery in Paris.\n\nSee also  Harbor Fund, its history and key facts\n\nSubscribe to get the latest posts from Coastal Pictures.\n\nLeave a Reply",
    [
        (Person, "Ada Park", ["Ms."], ["Ada Park"]),
        (Place, "Paris", [], ["Paris"])
    ]
);
t!(
    contractions_are_not_names,
    "Ms. Ada Park smiled. “I’ve seen worse. We’re fine.”",
    [(Person, "Ada Park", ["Ms."], ["Ada Park"])]
);
t!(
    words_that_open_a_quotation,
    "Ms. Ada Park looked up. “There is time. Let’s wait and See.”",
    [(Person, "Ada Park", ["Ms."], ["Ada Park"])]
);
t!(
    title_of_a_work_names_no_one,
    "Ms. Ada Park signed copies of her novel “Harbor Lights” in Paris.",
    [
        (Person, "Ada Park", ["Ms."], ["Ada Park"]),
        (Place, "Paris", [], ["Paris"])
    ]
);
t!(
    hyphenated_names_before_a_noun,
    "Talks on the Russia-Ukraine war resumed in Paris.",
    [(Place, "Paris", [], ["Paris"])]
);
t!(
    lone_words_that_open_sentences,
    "Shipments fell in March. Currently, prices hold. Barley left port.",
    []
);
t!(
    lone_word_also_written_in_lowercase,
    "Apple harvests were poor. Every apple was small.",
    []
);
t!(
    lone_word_shown_to_be_a_name_elsewhere,
    "Kessler arrived late. Everyone waited for Kessler.",
    [(Organization, "Kessler", [], ["Kessler", "Kessler"])]
);
t!(
    capitals_are_not_pronouns,
    "Mr. Tom Hale flew to the US on Monday. IT workers met him.",
    [
        (Person, "Tom Hale", ["Mr."], ["Tom Hale"]),
        (Place, "US", [], ["US"])
    ]
);

// Groups: plural subjects that name people.
t!(
    plural_subject_for_people,
    "The striking workers left early. They went home.",
    [(
        Group,
        "The striking workers",
        [],
        ["The striking workers", "They"]
    )]
);
t!(
    plural_subject_for_things_is_no_group,
    "The prices rose again. Harvests failed.",
    []
);
t!(
    singular_subject_and_verb_is_no_group,
    "The senator knows the valley.",
    [(Person, "The senator", [], ["The senator"])]
);
t!(
    name_and_verb_is_no_group,
    "Haddad wins the seat\n\nMr. Omar Haddad won on Sunday.",
    [(Person, "Omar Haddad", ["Mr."], ["Haddad", "Omar Haddad"])]
);

// Kinds: a person only when something shows it; an organization by its words or by default;
// a place by the lists or by how the text places it.
t!(
    given_name_shows_a_person,
    "Keith Harlan and Daria Volkova arrived. She sat down.",
    [
        (Person, "Keith Harlan", [], ["Keith Harlan"]),
        (Person, "Daria Volkova", [], ["Daria Volkova", "She"])
    ]
);
t!(
    initial_shows_a_person,
    "Harlan J. Brisco arrived early.",
    [(Person, "Harlan J. Brisco", [], ["Harlan J. Brisco"])]
);
t!(
    he_shows_a_person,
    "Orlov Brisk arrived early. He sat down.",
    [(Person, "Orlov Brisk", [], ["Orlov Brisk", "He"])]
);
t!(
    unknown_name_is_an_organization,
    "Shares of Trelvan rose after Norcastle Holdings bid for Kesterfield Mining.",
    [
        (Organization, "Trelvan", [], ["Trelvan"]),
        (
            Organization,
            "Norcastle Holdings",
            [],
            ["Norcastle Holdings"]
        ),
        (
            Organization,
            "Kesterfield Mining",
            [],
            ["Kesterfield Mining"]
        )
    ]
);
t!(
    organization_words_win_over_given_names,
    "Grace Baptist Church and the Maria Lopez Foundation met.",
    [
        (
            Organization,
            "Grace Baptist Church",
            [],
            ["Grace Baptist Church"]
        ),
        (
            Organization,
            "Maria Lopez Foundation",
            [],
            ["Maria Lopez Foundation"]
        )
    ]
);
t!(
    relatives_share_a_surname,
    "Orla Trask and Senator Dominik Trask left.",
    [
        (Person, "Orla Trask", [], ["Orla Trask"]),
        (Person, "Dominik Trask", ["Senator"], ["Dominik Trask"])
    ]
);
t!(
    places_by_preposition_and_by_a_known_place,
    "Barges waited near Vukovar. Talks in Tervola, Finland, and in Narvik stalled.",
    [
        (Place, "Vukovar", [], ["Vukovar"]),
        (Place, "Tervola", [], ["Tervola"]),
        (Place, "Finland", [], ["Finland"]),
        (Place, "Narvik", [], ["Narvik"])
    ]
);
t!(
    place_of_a_port,
    "Grain piled up at the port of Izmail.",
    [(Place, "Izmail", [], ["Izmail"])]
);
t!(
    name_before_a_noun_is_not_placed,
    "Sales fell in Trelvan stores.",
    [(Organization, "Trelvan", [], ["Trelvan"])]
);
t!(
    events_laws_and_models_are_not_entities,
    "After the Harbor Summit, the Clean Rivers Act passed and the Norcastle A310 flew on Air Force One.",
    []
);
t!(
    model_number_after_a_name,
    "Airlines ordered Norcastle 747s while the FTSE 100 fell.",
    []
);
t!(
    adjectives_together_are_not_names,
    "The Eastern European and North American markets rose.",
    []
);
t!(
    lowercase_rank_is_no_title,
    "Three major Trelvan banks failed, and General Ana Ruiz resigned.",
    [
        (Organization, "Trelvan", [], ["Trelvan"]),
        (Person, "Ana Ruiz", ["General"], ["Ana Ruiz"])
    ]
);

// Titles: before the name, in apposition after it, and not for what a title is "of".
t!(
    appositive_title,
    "Leonid Slutsky, the chairman of the Russian parliament’s international affairs committee, spoke on Thursday.",
    [(
        Person,
        "Leonid Slutsky",
        ["chairman of the Russian parliament’s international affairs committee"],
        ["Leonid Slutsky"]
    )]
);
t!(
    appositive_with_an_article,
    "Orlov Brisk, a former senator from Ohio, arrived.",
    [
        (
            Person,
            "Orlov Brisk",
            ["former senator from Ohio"],
            ["Orlov Brisk"]
        ),
        (Place, "Ohio", [], ["Ohio"])
    ]
);
t!(
    appositive_names_an_organization_inside,
    "Ana Ruiz, the chairwoman of the Federal Reserve, spoke.",
    [
        (
            Person,
            "Ana Ruiz",
            ["chairwoman of the Federal Reserve"],
            ["Ana Ruiz"]
        ),
        (Organization, "Federal Reserve", [], ["Federal Reserve"])
    ]
);
t!(
    list_of_titled_names_is_no_appositive,
    "Attorney General Nora Vale, Treasury Secretary Paul Dunmore, Vice President KT Obi and Commerce Secretary Lisa Okafor arrived.",
    [
        (Person, "Nora Vale", ["Attorney General"], ["Nora Vale"]),
        (Person, "Paul Dunmore", ["Treasury Secretary"], ["Paul Dunmore"]),
        (Person, "KT Obi", ["Vice President"], ["KT Obi"]),
        (Person, "Lisa Okafor", ["Commerce Secretary"], ["Lisa Okafor"])
    ]
);
t!(
    capitalized_appositive_without_an_article,
    "Tomas Berg, Chairman of the Harbor Authority, resigned.",
    [
        (
            Person,
            "Tomas Berg",
            ["Chairman of the Harbor Authority"],
            ["Tomas Berg"]
        ),
        (Organization, "Harbor Authority", [], ["Harbor Authority"])
    ]
);
t!(
    role_before_the_only_person_who_holds_it,
    "The senator vows a fight\n\nSenator Ruth Calloway spoke on Wednesday.",
    [(
        Person,
        "Ruth Calloway",
        ["Senator"],
        ["The senator", "Ruth Calloway"]
    )]
);
t!(
    parenthetical_saying_is_no_appositive,
    "Mr. Tom Hale, the mayor said, would resign.",
    [
        (Person, "Tom Hale", ["Mr."], ["Tom Hale"]),
        (Person, "the mayor", [], ["the mayor"])
    ]
);
t!(
    title_of_a_place_is_not_its_title,
    "The president of Finland and the mayor of Tervola met.",
    [
        (Person, "The president", [], ["The president"]),
        (Place, "Finland", [], ["Finland"]),
        (Person, "the mayor", [], ["the mayor"]),
        (Organization, "Tervola", [], ["Tervola"])
    ]
);

// Entities the attribution stage makes for sources, listeners and media that name no one.
t!(
    one_of_several_people_is_a_person,
    "One trader said prices rose.",
    [(Person, "One trader", [], ["One trader"])]
);
t!(
    people_somewhere_are_a_group,
    "Traders in Hamburg said prices rose.",
    [
        (Group, "Traders in Hamburg", [], ["Traders"]),
        (Place, "Hamburg", [], ["Hamburg"])
    ]
);
t!(
    an_audience_is_a_group,
    "Mr. Omar Haddad told a town hall meeting that taxes would fall.",
    [
        (Person, "Omar Haddad", ["Mr."], ["Omar Haddad"]),
        (Group, "a town hall meeting", [], ["a town hall meeting"])
    ]
);
t!(
    a_quantifier_is_a_group,
    "Some said the plan failed.",
    [(Group, "Some", [], ["Some"])]
);
t!(
    a_book_with_its_title,
    "In his memoir “Tides,” Mr. Omar Haddad wrote that the war was lost.",
    [
        (Media, "his memoir “Tides,”", [], ["his memoir “Tides,”"]),
        (Person, "Omar Haddad", ["Mr."], ["Omar Haddad"])
    ]
);
t!(
    place_by_a_word_for_a_feature,
    "Ships crossed the Ross Sea and passed Mount Kelvar.",
    [
        (Place, "Ross Sea", [], ["Ross Sea"]),
        (Place, "Mount Kelvar", [], ["Mount Kelvar"])
    ]
);
t!(
    person_of_an_organization,
    "Joel Pollak of Trelvan Media arrived.",
    [
        (Person, "Joel Pollak", [], ["Joel Pollak"]),
        (Organization, "Trelvan Media", [], ["Trelvan Media"])
    ]
);
t!(
    lone_given_name_joins_the_full_name,
    "Isabel Ruiz founded the studio. Later, Isabel sold it.",
    [(Person, "Isabel Ruiz", [], ["Isabel Ruiz", "Isabel"])]
);
t!(
    lone_initial_is_no_name,
    "The vote went to option B, not to X.",
    []
);
t!(
    title_of_an_organization_in_apposition,
    "Senator Rand Paul, leader of the Republican Party, arrived.",
    [
        (
            Person,
            "Rand Paul",
            ["Senator", "leader of the Republican Party"],
            ["Rand Paul"]
        ),
        (Organization, "Republican Party", [], ["Republican Party"])
    ]
);
t!(
    a_reflexive_source_is_the_person,
    "Senator Rand Paul himself said the bill was dead.",
    [(Person, "Rand Paul", ["Senator"], ["Rand Paul"])]
);
t!(
    medium_with_two_media_nouns,
    "In a 2011 radio interview, Mr. Omar Haddad said the war was lost.",
    [
        (
            Media,
            "a 2011 radio interview",
            [],
            ["a 2011 radio interview"]
        ),
        (Person, "Omar Haddad", ["Mr."], ["Omar Haddad"])
    ]
);
