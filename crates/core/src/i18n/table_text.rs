//! The recipe's table in a language: the Markdown table with numbers and
//! units written for `lang` ("24,8 %", "2 tazas"), and the CSV a Spanish or
//! German spreadsheet opens in columns. English is exactly
//! `recipe::table_text`'s (the command line's bytes).

use super::words::{tag_label, unit_label};
use super::{Lang, number, tr};
use crate::recipe::table_text::{
    CsvError, TableLocale, TableWords, csv, markdown_table_with, rows, spreadsheet_safe,
};
use crate::recipe::{Recipe, Unit, UnitSystem};

/// The Markdown table with its numbers and units in `lang` ("24,8 %",
/// "2 litros"); English is exactly `table_text::markdown_table`.
pub fn markdown_table_in(recipe: &Recipe, decimals: u8, words: &TableWords, lang: Lang) -> String {
    let number = |text: &str| number::localise(lang, text);
    let unit = |unit: Unit, amount: f64| unit_label(lang, unit, amount);
    let total_unit = match (lang, recipe.unit_system()) {
        (Lang::En, _) => None,
        (_, Ok(Some(UnitSystem::Volume))) => {
            Some(unit_label(lang, Unit::Millilitre, recipe.total()))
        }
        _ => Some(unit_label(lang, Unit::Part, recipe.total())),
    };
    markdown_table_with(
        recipe,
        decimals,
        words,
        &TableLocale {
            number: &number,
            unit: &unit,
            total_unit,
        },
    )
}

/// The recipe as CSV for a spreadsheet program set to `lang`'s locale: the
/// window's Export CSV…. In English it is exactly [`csv()`] (the command
/// line's bytes). In Spanish and German, where a spreadsheet separates
/// columns with `;` and writes a decimal comma, it has `;` between cells,
/// decimal commas in every number (`0,5`, `24,81`), the headers, units and
/// tags in the language, and a UTF-8 byte-order mark so that Excel reads
/// "Atención" as such. The columns are those of [`csv()`], in its order; the
/// percentages add up to 100 as in [`csv()`] (a spreadsheet adds them up).
///
/// # Errors
/// [`CsvError`] if the CSV writer fails.
pub fn csv_in(recipe: &Recipe, decimals: u8, lang: Lang) -> Result<String, CsvError> {
    if lang == Lang::En {
        return csv(recipe, decimals);
    }
    let fail = |e: &dyn std::fmt::Display| CsvError(e.to_string());
    let with_tag = recipe.uses_new_fields();
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    let mut header = vec![
        tr(lang, "export-table-ingredient"),
        tr(lang, "export-table-amount"),
        tr(lang, "export-table-unit"),
        tr(lang, "csv-amount-ml"),
        tr(lang, "export-table-share"),
        tr(lang, "csv-percent"),
    ];
    if with_tag {
        header.push(tr(lang, "xlsx-kind"));
    }
    writer.write_record(&header).map_err(|e| fail(&e))?;
    let comma = |text: String| text.replace('.', ",");
    for row in rows(recipe, decimals) {
        let mut record = vec![
            spreadsheet_safe(&row.name),
            comma(row.amount.to_string()),
            unit_label(lang, row.unit, row.amount),
            row.amount_ml
                .map(|v| comma(v.to_string()))
                .unwrap_or_default(),
            row.share.map(|v| comma(v.to_string())).unwrap_or_default(),
            row.percent.map(comma).unwrap_or_default(),
        ];
        if with_tag {
            record.push(
                row.tag
                    .map(|t| tag_label(lang, Some(t)))
                    .unwrap_or_default(),
            );
        }
        writer.write_record(record).map_err(|e| fail(&e))?;
    }
    let bytes = writer.into_inner().map_err(|e| fail(&e))?;
    let text = String::from_utf8(bytes).map_err(|e| fail(&e))?;
    Ok(format!("\u{feff}{text}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::format;

    fn ideal_cx() -> Recipe {
        let text = include_str!("../../../../recipes/ideal-cx.ron");
        format::parse(text.as_bytes(), "ideal-cx.ron").unwrap()
    }

    #[test]
    fn english_is_the_command_lines_table() {
        let recipe = ideal_cx();
        assert_eq!(
            markdown_table_in(&recipe, 1, &TableWords::default(), Lang::En),
            crate::recipe::table_text::markdown_table(&recipe, 1, &TableWords::default())
        );
    }

    #[test]
    fn spanish_and_german_csv_for_their_spreadsheets() {
        let recipe = ideal_cx();
        assert_eq!(
            csv_in(&recipe, 2, Lang::En).unwrap(),
            csv(&recipe, 2).unwrap()
        );
        let es = csv_in(&recipe, 2, Lang::Es).unwrap();
        let mut lines = es.lines();
        assert_eq!(
            lines.next(),
            Some("\u{feff}Ingrediente;Cantidad;Unidad;ml;Proporción;Porcentaje;Tipo")
        );
        let first = lines.next().unwrap();
        assert!(
            first.starts_with("Efficiency;1;litro;1000;0,248"),
            "{first}"
        );
        assert!(first.ends_with(";24,81;Hornear"), "{first}");
        assert!(!es.contains('.'), "no decimal point: {es}");
        let de = csv_in(&recipe, 1, Lang::De).unwrap();
        assert!(de.contains(";2;Tassen;500;"), "{de}");
        assert!(de.contains(";49,6;Backen"), "{de}");
        // Every row has the header's number of cells.
        let cells: Vec<usize> = de.lines().map(|l| l.split(';').count()).collect();
        assert!(cells.iter().all(|n| *n == 7), "{de}");
        // A name with the separator in it is quoted, a formula defused.
        let mut odd = recipe;
        odd.ingredients[0].name = "=A;B".to_owned();
        let text = csv_in(&odd, 1, Lang::De).unwrap();
        assert!(text.contains("\"'=A;B\";1;Liter"), "{text}");
    }
}
