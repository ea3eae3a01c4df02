//! The ingredient library's contents: every ingredient the articles name,
//! with its group, tag, role, one-line description, other spellings, and
//! its names in the product's other languages.
//!
//! The Baking and Cooking groups are the article's own lists. The base
//! ingredients and the others are tagged by the kind of work they mostly
//! take; a tag is only the library's suggestion, and a recipe may change it.
//!
//! The names in other languages decide what files written in them mean:
//! "Eficiencia" in a Spanish participant's file is Efficiency in a blend.
//! They start as the catalogues' translations (`lib-…` in `i18n/*.ftl`),
//! which the window shows; a test in `i18n` checks that every catalogue
//! name is here. A name, once shipped, stays: files written with it must
//! keep matching, so a new translation is added beside the old one.

use super::{Group, LibraryIngredient, Role, Translation};
use crate::recipe::Tag;

/// A Spanish name.
const fn es(name: &'static str) -> Translation {
    Translation { lang: "es", name }
}

/// A German name.
const fn de(name: &'static str) -> Translation {
    Translation { lang: "de", name }
}

/// Every ingredient the library offers, grouped, in display order.
pub static LIBRARY: &[LibraryIngredient] = &[
    // Base: the article's "flour and water" of CX.
    LibraryIngredient {
        id: "efficiency",
        name: "Efficiency",
        group: Group::Base,
        // Lean processes are designed, measured and standardised: groundwork.
        tag: Some(Tag::Baking),
        description: "Getting things done for the customer without wasted steps or effort.",
        aliases: &[],
        names: &[es("Eficiencia"), de("Effizienz")],
        role: None,
    },
    LibraryIngredient {
        id: "speed",
        name: "Speed",
        group: Group::Base,
        // A result the customer feels; reached by both kinds of work.
        tag: None,
        description: "How soon a customer gets an answer, a delivery or a fix.",
        aliases: &["Fast service"],
        names: &[es("Rapidez"), de("Schnelligkeit")],
        role: None,
    },
    LibraryIngredient {
        id: "personalised_attention",
        name: "Personalised attention",
        group: Group::Base,
        // Reading one person and adapting on the spot is improvised work.
        tag: Some(Tag::Cooking),
        description: "Treating each customer as a person with a history, not a ticket number.",
        aliases: &[
            "Personalized attention",
            "Personalised service",
            "Personalized service",
            "Personalisation",
            "Personalization",
        ],
        names: &[es("Atención personalizada"), de("Persönliche Betreuung")],
        role: Some(Role::Personalisation),
    },
    LibraryIngredient {
        id: "consistency",
        name: "Consistency",
        group: Group::Base,
        // The same standard every time comes from rules and measures.
        tag: Some(Tag::Baking),
        description: "The same standard at every touchpoint, every time.",
        aliases: &[],
        names: &[es("Consistencia"), de("Beständigkeit")],
        role: None,
    },
    LibraryIngredient {
        id: "technology",
        name: "Technology",
        group: Group::Base,
        // Systems are foundations: built to specification before use.
        tag: Some(Tag::Baking),
        description: "The systems and tools behind the experience, self-service included.",
        aliases: &["Tech"],
        names: &[es("Tecnología"), de("Technologie")],
        role: None,
    },
    // Baking: the article's concrete list.
    LibraryIngredient {
        id: "customer_research",
        name: "Customer research",
        group: Group::Baking,
        tag: Some(Tag::Baking),
        description: "Finding out who customers are, what they do and what they need.",
        aliases: &["Research"],
        names: &[es("Investigación de clientes"), de("Kundenforschung")],
        role: None,
    },
    LibraryIngredient {
        id: "voice_of_the_customer",
        name: "Voice of the customer",
        group: Group::Baking,
        tag: Some(Tag::Baking),
        description: "Collecting what customers say about you, in their own words, and listening.",
        aliases: &["VoC", "Voice of customer"],
        names: &[es("Voz del cliente"), de("Stimme des Kunden")],
        role: None,
    },
    LibraryIngredient {
        id: "learning_and_education",
        name: "Learning & education",
        group: Group::Baking,
        tag: Some(Tag::Baking),
        description: "Teaching teams what a good experience is and how to deliver it.",
        aliases: &["Training"],
        names: &[es("Aprendizaje y formación"), de("Lernen und Schulung")],
        role: None,
    },
    LibraryIngredient {
        id: "metrics",
        name: "Metrics",
        group: Group::Baking,
        tag: Some(Tag::Baking),
        description: "Agreed measures of how the experience is going.",
        aliases: &["KPIs", "Measures"],
        names: &[es("Métricas"), de("Kennzahlen")],
        role: None,
    },
    LibraryIngredient {
        id: "scorecards_and_dashboards",
        name: "Scorecards & dashboards",
        group: Group::Baking,
        tag: Some(Tag::Baking),
        description: "The measures shown where everyone sees them, on a regular rhythm.",
        aliases: &["Dashboards", "Scorecards"],
        names: &[es("Cuadros de mando"), de("Scorecards und Dashboards")],
        role: None,
    },
    // Cooking: the article's abstract list.
    LibraryIngredient {
        id: "understanding_the_why",
        name: "Understanding the why",
        group: Group::Cooking,
        tag: Some(Tag::Cooking),
        description: "Looking past the numbers to the reasons customers feel as they do.",
        aliases: &["The why"],
        names: &[es("Entender el porqué"), de("Das Warum verstehen")],
        role: None,
    },
    LibraryIngredient {
        id: "ideation_and_redesign",
        name: "Ideation & redesign",
        group: Group::Cooking,
        tag: Some(Tag::Cooking),
        description: "Coming up with new ideas and reshaping journeys around them.",
        aliases: &["Redesign"],
        names: &[
            es("Ideación y rediseño"),
            de("Ideenfindung und Neugestaltung"),
        ],
        role: None,
    },
    LibraryIngredient {
        id: "storytelling",
        name: "Storytelling",
        group: Group::Cooking,
        tag: Some(Tag::Cooking),
        description: "Passing customer stories around so the whole company feels them.",
        aliases: &["Stories"],
        names: &[es("Narración"), de("Storytelling")],
        role: None,
    },
    LibraryIngredient {
        id: "champion_programme",
        name: "Champion programme",
        group: Group::Cooking,
        tag: Some(Tag::Cooking),
        description: "People in every team who carry the customer's view into their own work.",
        aliases: &["Champion program", "CX champions"],
        names: &[es("Programa de embajadores"), de("Botschafterprogramm")],
        role: None,
    },
    LibraryIngredient {
        id: "test_and_learn",
        name: "Test & learn",
        group: Group::Cooking,
        tag: Some(Tag::Cooking),
        description: "Trying small changes, watching what happens, keeping what works.",
        aliases: &["Experiments"],
        names: &[es("Probar y aprender"), de("Testen und lernen")],
        role: None,
    },
    LibraryIngredient {
        id: "cross_functional_collaboration",
        name: "Cross-functional collaboration",
        group: Group::Cooking,
        tag: Some(Tag::Cooking),
        description: "Departments working on a customer problem together instead of in turns.",
        aliases: &["Cross functional collaboration", "Collaboration"],
        names: &[
            es("Colaboración entre áreas"),
            de("Bereichsübergreifende Zusammenarbeit"),
        ],
        role: None,
    },
    LibraryIngredient {
        id: "company_culture",
        name: "Company culture",
        group: Group::Cooking,
        tag: Some(Tag::Cooking),
        description: "Shared habits and values that put the customer at the centre of decisions.",
        aliases: &["Culture"],
        names: &[es("Cultura de empresa"), de("Unternehmenskultur")],
        role: None,
    },
    // More: other ingredients the articles name.
    LibraryIngredient {
        id: "user_experience",
        name: "User experience",
        group: Group::More,
        // Design is iterated, prototyped and tested: close to redesign and
        // test & learn.
        tag: Some(Tag::Cooking),
        description: "How easy and pleasant a product or screen is to use: the filling, not the whole pastry.",
        aliases: &["UX"],
        names: &[es("Experiencia de usuario"), de("Nutzererlebnis")],
        role: None,
    },
    LibraryIngredient {
        id: "customer_support",
        name: "Customer support",
        group: Group::More,
        // Scripts and judgement in equal measure: neither kind on its own.
        tag: None,
        description: "Help when a customer asks for it: one room of the house, not the house.",
        aliases: &["Customer service", "Support"],
        names: &[es("Atención al cliente"), de("Kundenservice")],
        role: None,
    },
    LibraryIngredient {
        id: "omni_channel",
        name: "Omni-channel",
        group: Group::More,
        // Joining channels into one journey is integration work, planned up
        // front.
        tag: Some(Tag::Baking),
        description: "One connected journey across phone, web, app and shop, switching without friction.",
        aliases: &["Omnichannel", "Omni channel"],
        names: &[es("Omnicanalidad"), de("Omnichannel")],
        role: None,
    },
    LibraryIngredient {
        id: "data_and_insights",
        name: "Data & insights",
        group: Group::More,
        // Foundation work: collecting and organising what is known about
        // customers comes before anyone can use it.
        tag: Some(Tag::Baking),
        description: "What you know about customers, and the skill to use it with feeling.",
        aliases: &["Data", "Big data", "Insights"],
        names: &[es("Datos y conocimiento"), de("Daten und Erkenntnisse")],
        role: Some(Role::DataQuality),
    },
    LibraryIngredient {
        id: "real_time",
        name: "Real-time",
        group: Group::More,
        // Needs both the plumbing (baking) and quick reactions (cooking).
        tag: None,
        description: "Answering when the customer chooses: before, during and after a purchase.",
        aliases: &["Real time", "Realtime"],
        names: &[es("Tiempo real"), de("Echtzeit")],
        role: None,
    },
    LibraryIngredient {
        id: "context",
        name: "Context",
        group: Group::More,
        // Judging the moment and adapting the message is improvised.
        tag: Some(Tag::Cooking),
        description: "Fitting the message to the customer's time, place and situation.",
        aliases: &[],
        names: &[es("Contexto"), de("Kontext")],
        role: None,
    },
    LibraryIngredient {
        id: "predictability",
        name: "Predictability",
        group: Group::More,
        // Predictions stand on data and models built beforehand.
        tag: Some(Tag::Baking),
        description: "Knowing what a customer will want next from what you already know.",
        aliases: &["Prediction"],
        names: &[es("Previsibilidad"), de("Vorhersehbarkeit")],
        role: None,
    },
    LibraryIngredient {
        id: "personas_and_journeys",
        name: "Personas & journeys",
        group: Group::More,
        // Foundation work: personas and journeys are researched and written
        // down before campaigns use them.
        tag: Some(Tag::Baking),
        description: "Portraits of typical customers and the paths they take with your brand.",
        aliases: &["Personas", "Buyer journeys", "Customer journeys"],
        names: &[
            es("Perfiles y recorridos"),
            de("Personas und Customer Journeys"),
        ],
        role: Some(Role::Personalisation),
    },
    LibraryIngredient {
        id: "fresh_data",
        name: "Fresh data",
        group: Group::More,
        // Foundation work: cleaning and updating data must come first.
        tag: Some(Tag::Baking),
        description: "Customer data kept clean and current: the base every personal touch stands on.",
        aliases: &[
            "Fresh data (clean, up to date)",
            "Data quality",
            "Clean data",
            "Fresh ingredients",
        ],
        names: &[es("Datos frescos"), de("Frische Daten")],
        role: Some(Role::DataQuality),
    },
    LibraryIngredient {
        id: "passion",
        name: "Passion",
        group: Group::More,
        // Enthusiasm is culture, not procedure.
        tag: Some(Tag::Cooking),
        description: "Real enthusiasm for customers and their needs, catching the whole team.",
        aliases: &[],
        names: &[es("Pasión"), de("Leidenschaft")],
        role: None,
    },
    LibraryIngredient {
        id: "teamwork_across_silos",
        name: "Teamwork across silos",
        group: Group::More,
        // The same kind of work as cross-functional collaboration.
        tag: Some(Tag::Cooking),
        description: "Marketing, sales, IT and service cooking as one kitchen, not separate rooms.",
        aliases: &["Teamwork", "Breaking silos"],
        names: &[
            es("Trabajo en equipo sin silos"),
            de("Teamarbeit über Silos hinweg"),
        ],
        role: None,
    },
];
