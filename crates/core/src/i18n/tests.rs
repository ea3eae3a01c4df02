//! The catalogues are complete: every key in every language, the same
//! placeholders everywhere, no syntax errors, every message resolves.

use std::collections::BTreeSet;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

use super::*;

/// The variables a pattern uses (`{ $name }`), selectors included.
fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Every message of a catalogue with its variables.
fn messages(lang: Lang) -> Vec<(String, BTreeSet<String>)> {
    let resource = parser::parse(lang.source())
        .unwrap_or_else(|(_, errors)| panic!("{}.ftl does not parse: {errors:?}", lang.code()));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    variables(value, &mut vars);
                }
                Some((m.id.name.to_owned(), vars))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn every_catalogue_parses_without_errors() {
    for lang in Lang::ALL {
        assert!(
            FluentResource::try_new(lang.source().to_owned()).is_ok(),
            "{}.ftl",
            lang.code()
        );
    }
}

#[test]
fn every_key_is_in_every_language_with_the_same_placeholders() {
    let english = messages(Lang::En);
    assert!(english.len() > 50, "the English catalogue looks empty");
    let unique: BTreeSet<&String> = english.iter().map(|(k, _)| k).collect();
    assert_eq!(unique.len(), english.len(), "a key appears twice in en.ftl");
    for lang in [Lang::Es, Lang::De] {
        let other = messages(lang);
        for (key, vars) in &english {
            let found = other.iter().find(|(k, _)| k == key);
            let Some((_, other_vars)) = found else {
                panic!("{}.ftl lacks `{key}`", lang.code());
            };
            assert_eq!(
                vars,
                other_vars,
                "`{key}` has other placeholders in {}.ftl",
                lang.code()
            );
        }
        for (key, _) in &other {
            assert!(
                english.iter().any(|(k, _)| k == key),
                "{}.ftl has `{key}`, which en.ftl lacks",
                lang.code()
            );
        }
    }
}

#[test]
fn every_message_has_text_in_every_language() {
    for lang in Lang::ALL {
        for key in keys(lang) {
            let text = tr(lang, &key);
            assert!(
                !text.trim().is_empty() && text != key,
                "{key} in {}",
                lang.code()
            );
        }
    }
}

#[test]
fn locales_choose_the_language() {
    assert_eq!(Lang::from_locale("es-MX"), Lang::Es);
    assert_eq!(Lang::from_locale("de_AT.UTF-8"), Lang::De);
    assert_eq!(Lang::from_locale("en-GB"), Lang::En);
    assert_eq!(Lang::from_locale("pl-PL"), Lang::En);
    assert_eq!(Lang::from_locale(""), Lang::En);
}

#[test]
fn placeholders_are_filled_and_missing_keys_show_the_key() {
    assert_eq!(tr_args(Lang::En, "lib-efficiency", &[]), "Efficiency");
    assert_eq!(tr(Lang::De, "no-such-key"), "no-such-key");
}
