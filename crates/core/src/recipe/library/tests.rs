use super::*;

fn names(found: &[&LibraryIngredient]) -> Vec<&'static str> {
    found.iter().map(|ing| ing.name).collect()
}

#[test]
fn the_library_holds_the_articles_ingredients_in_order() {
    let groups: Vec<Vec<&str>> = Group::ALL
        .iter()
        .map(|&g| by_group(g).map(|ing| ing.name).collect())
        .collect();
    assert_eq!(
        groups,
        [
            vec![
                "Efficiency",
                "Speed",
                "Personalised attention",
                "Consistency",
                "Technology",
            ],
            vec![
                "Customer research",
                "Voice of the customer",
                "Learning & education",
                "Metrics",
                "Scorecards & dashboards",
            ],
            vec![
                "Understanding the why",
                "Ideation & redesign",
                "Storytelling",
                "Champion programme",
                "Test & learn",
                "Cross-functional collaboration",
                "Company culture",
            ],
            vec![
                "User experience",
                "Customer support",
                "Omni-channel",
                "Data & insights",
                "Real-time",
                "Context",
                "Predictability",
                "Personas & journeys",
                "Fresh data",
                "Passion",
                "Teamwork across silos",
            ],
        ]
    );
    // Grouped in display order: no group comes back after another.
    assert!(LIBRARY.windows(2).all(|w| w[0].group <= w[1].group));
    assert_eq!(LIBRARY.len(), 28);
}

#[test]
fn baking_and_cooking_groups_carry_their_tag() {
    assert!(by_group(Group::Baking).all(|i| i.tag == Some(Tag::Baking)));
    assert!(by_group(Group::Cooking).all(|i| i.tag == Some(Tag::Cooking)));
    for name in ["Fresh data", "Data & insights", "Personas & journeys"] {
        assert_eq!(tag_of(name), Some(Tag::Baking), "{name}");
    }
    assert_eq!(tag_of("Speed"), None);
    assert_eq!(tag_of("No such thing"), None);
}

#[test]
fn ids_are_stable_ascii_and_unique() {
    let mut ids: Vec<&str> = LIBRARY.iter().map(|i| i.id).collect();
    assert!(
        ids.iter()
            .all(|id| id.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')),
        "{ids:?}"
    );
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), LIBRARY.len());
    assert_eq!(
        by_id("voice_of_the_customer").map(|i| i.name),
        Some("Voice of the customer")
    );
    assert_eq!(by_id("Voice of the customer"), None);
}

#[test]
fn every_spelling_finds_its_own_ingredient() {
    let mut keys = Vec::new();
    for ing in LIBRARY {
        assert!(!ing.description.is_empty() && !ing.description.contains('\n'));
        for spelling in ing.spellings() {
            assert_eq!(find(spelling), Some(ing), "{spelling}");
            keys.push(key(spelling));
        }
    }
    let count = keys.len();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), count, "two spellings share a key");
}

#[test]
fn every_name_in_another_language_finds_its_own_ingredient() {
    for ing in LIBRARY {
        for lang in ["es", "de"] {
            let names: Vec<&str> = ing.names_in(lang).collect();
            assert!(!names.is_empty(), "{} has no name in {lang}", ing.id);
            for name in names {
                assert_eq!(find(name), Some(ing), "{name}");
            }
        }
        assert_eq!(ing.names_in("en").collect::<Vec<_>>(), [ing.name]);
        assert_eq!(ing.names_in("pl").count(), 0);
    }
    let find_name = |n: &str| find(n).map(|i| i.name);
    assert_eq!(find_name("eficiencia"), Some("Efficiency"));
    assert_eq!(
        find_name("Stimme  des Kunden"),
        Some("Voice of the customer")
    );
    assert_eq!(find_name("Datos y conocimiento"), Some("Data & insights"));
}

#[test]
fn the_index_is_the_tables_alone() {
    // Built from the table given, and nothing else: a name the table
    // does not hold finds nothing, whatever a catalogue says.
    static ONE: [LibraryIngredient; 1] = [LibraryIngredient {
        id: "speed",
        name: "Speed",
        group: Group::Base,
        tag: None,
        description: "How soon.",
        aliases: &[],
        names: &[Translation {
            lang: "es",
            name: "Prontitud",
        }],
        role: None,
    }];
    let index = index_of(&ONE);
    let keys: Vec<&str> = index.keys().map(String::as_str).collect();
    assert_eq!(keys, ["prontitud", "speed"]);
}

#[test]
fn keys_ignore_case_spaces_and_ampersands() {
    assert_eq!(key("  Learning &   Education "), "learning and education");
    assert_eq!(key("Test&Learn"), "test and learn");
    assert_eq!(key("VoC"), "voc");
    assert_eq!(key(" \t"), "");
}

#[test]
fn find_by_name_or_alias() {
    let find_name = |n: &str| find(n).map(|i| i.name);
    assert_eq!(find_name("voc"), Some("Voice of the customer"));
    assert_eq!(
        find_name(" personalized  ATTENTION "),
        Some("Personalised attention")
    );
    assert_eq!(
        find_name("Learning and education"),
        Some("Learning & education")
    );
    assert_eq!(find_name("big data"), Some("Data & insights"));
    assert_eq!(find_name("Champion program"), Some("Champion programme"));
    assert_eq!(
        find_name("Fresh data (clean, up to date)"),
        Some("Fresh data")
    );
    assert_eq!(find_name("Omnichannel"), Some("Omni-channel"));
    assert_eq!(find_name(""), None);
    assert_eq!(find_name("Pasta puttanesca"), None);
}

#[test]
fn roles_for_the_order_check() {
    let with_role = |role| -> Vec<&str> {
        LIBRARY
            .iter()
            .filter(|i| i.role == Some(role))
            .map(|i| i.name)
            .collect()
    };
    assert_eq!(
        with_role(Role::Personalisation),
        ["Personalised attention", "Personas & journeys"]
    );
    assert_eq!(
        with_role(Role::DataQuality),
        ["Data & insights", "Fresh data"]
    );
}

#[test]
fn empty_search_lists_everything_in_order() {
    assert_eq!(search(""), LIBRARY.iter().collect::<Vec<_>>());
    assert_eq!(search("   "), LIBRARY.iter().collect::<Vec<_>>());
}

#[test]
fn search_puts_name_prefixes_first() {
    let found = search("DATA");
    assert_eq!(found.first().map(|i| i.name), Some("Data & insights"));
    assert!(names(&found).contains(&"Fresh data"));
    let rest: Vec<usize> = found[1..]
        .iter()
        .map(|f| LIBRARY.iter().position(|i| i == *f).unwrap())
        .collect();
    assert!(rest.windows(2).all(|w| w[0] < w[1]), "{rest:?}");
    let cust = names(&search("cust"));
    assert_eq!(cust[..2], ["Customer research", "Customer support"]);
    assert!(cust.contains(&"Voice of the customer"), "{cust:?}");
}

#[test]
fn search_needs_every_word() {
    assert_eq!(names(&search("fresh data")), ["Fresh data"]);
    assert_eq!(names(&search("voc")), ["Voice of the customer"]);
    assert_eq!(names(&search("test & learn")), ["Test & learn"]);
    assert_eq!(names(&search("test and learn")), ["Test & learn"]);
    assert!(search("fresh nonsense").is_empty());
    // The group label counts: every Cooking ingredient is found.
    let cooking = search("cooking");
    assert!(by_group(Group::Cooking).all(|i| cooking.contains(&i)));
}
