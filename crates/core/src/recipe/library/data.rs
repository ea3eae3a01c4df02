//! The ingredient library's contents: every ingredient the articles name,
//! with its group, tag, role, one-line description and other spellings.
//!
//! The Baking and Cooking groups are the article's own lists. The base
//! ingredients and the others are tagged by the kind of work they mostly
//! take; a tag is only the library's suggestion, and a recipe may change it.

use super::{Group, LibraryIngredient, Role};
use crate::recipe::Tag;

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
        role: None,
    },
    LibraryIngredient {
        id: "voice_of_the_customer",
        name: "Voice of the customer",
        group: Group::Baking,
        tag: Some(Tag::Baking),
        description: "Collecting what customers say about you, in their own words, and listening.",
        aliases: &["VoC", "Voice of customer"],
        role: None,
    },
    LibraryIngredient {
        id: "learning_and_education",
        name: "Learning & education",
        group: Group::Baking,
        tag: Some(Tag::Baking),
        description: "Teaching teams what a good experience is and how to deliver it.",
        aliases: &["Training"],
        role: None,
    },
    LibraryIngredient {
        id: "metrics",
        name: "Metrics",
        group: Group::Baking,
        tag: Some(Tag::Baking),
        description: "Agreed measures of how the experience is going.",
        aliases: &["KPIs", "Measures"],
        role: None,
    },
    LibraryIngredient {
        id: "scorecards_and_dashboards",
        name: "Scorecards & dashboards",
        group: Group::Baking,
        tag: Some(Tag::Baking),
        description: "The measures shown where everyone sees them, on a regular rhythm.",
        aliases: &["Dashboards", "Scorecards"],
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
        role: None,
    },
    LibraryIngredient {
        id: "ideation_and_redesign",
        name: "Ideation & redesign",
        group: Group::Cooking,
        tag: Some(Tag::Cooking),
        description: "Coming up with new ideas and reshaping journeys around them.",
        aliases: &["Redesign"],
        role: None,
    },
    LibraryIngredient {
        id: "storytelling",
        name: "Storytelling",
        group: Group::Cooking,
        tag: Some(Tag::Cooking),
        description: "Passing customer stories around so the whole company feels them.",
        aliases: &["Stories"],
        role: None,
    },
    LibraryIngredient {
        id: "champion_programme",
        name: "Champion programme",
        group: Group::Cooking,
        tag: Some(Tag::Cooking),
        description: "People in every team who carry the customer's view into their own work.",
        aliases: &["Champion program", "CX champions"],
        role: None,
    },
    LibraryIngredient {
        id: "test_and_learn",
        name: "Test & learn",
        group: Group::Cooking,
        tag: Some(Tag::Cooking),
        description: "Trying small changes, watching what happens, keeping what works.",
        aliases: &["Experiments"],
        role: None,
    },
    LibraryIngredient {
        id: "cross_functional_collaboration",
        name: "Cross-functional collaboration",
        group: Group::Cooking,
        tag: Some(Tag::Cooking),
        description: "Departments working on a customer problem together instead of in turns.",
        aliases: &["Cross functional collaboration", "Collaboration"],
        role: None,
    },
    LibraryIngredient {
        id: "company_culture",
        name: "Company culture",
        group: Group::Cooking,
        tag: Some(Tag::Cooking),
        description: "Shared habits and values that put the customer at the centre of decisions.",
        aliases: &["Culture"],
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
        role: None,
    },
];
