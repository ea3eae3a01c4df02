//! The recipe as a spreadsheet (`.xlsx`) for an office: the table of
//! ingredients with shares as real percentages (numbers with a percent
//! format, so every spreadsheet shows them in its reader's own locale), the
//! baking/cooking balance and the advice, and a native pie chart of the
//! shares that a person can restyle in their company's template.
//!
//! Written by `rust_xlsxwriter` (MIT or Apache-2.0; the Rust port of the
//! Python `XlsxWriter` by the same author, kept in step with Excel's file
//! format for over a decade, released every few weeks), which writes
//! charts, number formats and document properties and reads nothing: no
//! file from outside goes through it. The bytes are deterministic: the
//! document's creation time is fixed ([`CREATED`]) and the zip entries carry
//! no clock, so the window and `cx-recipe export FILE -o OUT.xlsx` write the
//! same bytes for the same recipe and options.

use rust_xlsxwriter::{
    Chart, ChartDataLabel, ChartLegendPosition, ChartType, Color, DocProperties, ExcelDateTime,
    Format, Workbook, Worksheet, XlsxError,
};

use super::ExportError;
use super::export::ExportOptions;
use crate::i18n::words::{tag_label, unit_label};
use crate::i18n::{Lang, tr};
use crate::recipe::advice::Verdict;
use crate::recipe::colour::display_colours;
use crate::recipe::{Recipe, Unit, UnitSystem};

/// The date every workbook says it was created: fixed, so the same recipe
/// gives the same bytes.
pub const CREATED: (u16, u8, u8) = (2024, 1, 1);

/// The row of the table's header (0-based); the title is above it.
const HEADER_ROW: u32 = 2;
/// The chart's place: right of the table.
const CHART_COLUMN: u16 = 6;
/// The chart's size in pixels.
const CHART_SIZE_PX: (u32, u32) = (520, 380);

/// The workbook of `recipe`, its words in `options.lang`.
///
/// # Errors
/// [`ExportError::Spreadsheet`] if the writer fails (a bug if it happens:
/// every text a recipe holds fits a cell).
pub(super) fn workbook(recipe: &Recipe, options: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    write(recipe, options).map_err(|e| ExportError::Spreadsheet {
        reason: e.to_string(),
    })
}

fn write(recipe: &Recipe, options: &ExportOptions) -> Result<Vec<u8>, XlsxError> {
    let lang = options.lang;
    let mut workbook = Workbook::new();
    let (y, m, d) = CREATED;
    let created = ExcelDateTime::from_ymd(y, m, d)?;
    let mut properties = DocProperties::new()
        .set_creation_datetime(&created)
        .set_title(recipe.title.as_str());
    if !recipe.author.is_empty() {
        properties = properties.set_author(recipe.author.as_str());
    }
    workbook.set_properties(&properties);

    let sheet_name = tr(lang, "xlsx-sheet");
    let sheet = workbook.add_worksheet();
    sheet.set_name(sheet_name.as_str())?;
    let formats = Formats::new(options.decimals);
    let title = if recipe.title.trim().is_empty() {
        tr(lang, "export-copy-untitled")
    } else {
        recipe.title.clone()
    };
    sheet.write_string_with_format(0, 0, title.as_str(), &formats.title)?;

    let last_row = write_table(sheet, recipe, lang, &formats)?;
    let next = write_balance(sheet, recipe, lang, &formats, last_row + 2)?;
    write_advice(sheet, recipe, lang, &formats, next)?;
    sheet.set_column_width(0, 30)?;
    sheet.set_column_width(1, 10)?;
    sheet.set_column_width(2, 14)?;
    sheet.set_column_width(3, 10)?;
    sheet.set_column_width(4, 12)?;
    // Printed, the table and the chart beside it fit one landscape page.
    sheet.set_landscape().set_print_fit_to_pages(1, 1);

    if recipe.shares().is_some() && !recipe.ingredients.is_empty() {
        let chart = pie_chart(recipe, &sheet_name, &title, &formats.percent_code);
        sheet.insert_chart(HEADER_ROW, CHART_COLUMN, &chart)?;
    }
    workbook.save_to_buffer()
}

/// The formats the sheet uses.
struct Formats {
    title: Format,
    header: Format,
    bold: Format,
    percent: Format,
    bold_percent: Format,
    /// The Kind column, indented: it follows the right-aligned shares.
    kind: Format,
    /// The Kind column's header.
    kind_header: Format,
    /// The percent format's code: `0.0%` for one decimal.
    percent_code: String,
}

impl Formats {
    fn new(decimals: u8) -> Self {
        let percent_code = if decimals == 0 {
            "0%".to_owned()
        } else {
            format!("0.{}%", "0".repeat(usize::from(decimals.min(6))))
        };
        Self {
            title: Format::new().set_bold().set_font_size(16),
            header: Format::new()
                .set_bold()
                .set_border_bottom(rust_xlsxwriter::FormatBorder::Thin),
            bold: Format::new().set_bold(),
            percent: Format::new().set_num_format(percent_code.as_str()),
            bold_percent: Format::new()
                .set_bold()
                .set_num_format(percent_code.as_str()),
            kind: Format::new().set_indent(1),
            kind_header: Format::new()
                .set_bold()
                .set_indent(1)
                .set_border_bottom(rust_xlsxwriter::FormatBorder::Thin),
            percent_code,
        }
    }
}

/// The header, one row per ingredient and the total; returns the total's
/// row.
fn write_table(
    sheet: &mut Worksheet,
    recipe: &Recipe,
    lang: Lang,
    formats: &Formats,
) -> Result<u32, XlsxError> {
    let headers = [
        tr(lang, "export-table-ingredient"),
        tr(lang, "export-table-amount"),
        tr(lang, "export-table-unit"),
        tr(lang, "export-table-share"),
        tr(lang, "xlsx-kind"),
    ];
    for (col, header) in (0u16..).zip(&headers) {
        let format = if col == 4 {
            &formats.kind_header
        } else {
            &formats.header
        };
        sheet.write_string_with_format(HEADER_ROW, col, header.as_str(), format)?;
    }
    let shares = recipe.shares();
    let mut row = HEADER_ROW;
    for (i, ingredient) in recipe.ingredients.iter().enumerate() {
        row += 1;
        sheet.write_string(row, 0, ingredient.name.as_str())?;
        sheet.write_number(row, 1, ingredient.amount)?;
        sheet.write_string(row, 2, unit_label(lang, ingredient.unit, ingredient.amount))?;
        if let Some(share) = shares.as_ref().and_then(|s| s.get(i)) {
            sheet.write_number_with_format(row, 3, *share, &formats.percent)?;
        }
        if let Some(tag) = ingredient.tag {
            sheet.write_string_with_format(row, 4, tag_label(lang, Some(tag)), &formats.kind)?;
        }
    }
    row += 1;
    let total = recipe.total();
    let unit = match recipe.unit_system() {
        Ok(Some(UnitSystem::Volume)) => Unit::Millilitre,
        _ => Unit::Part,
    };
    sheet.write_string_with_format(row, 0, tr(lang, "export-table-total"), &formats.bold)?;
    sheet.write_number_with_format(row, 1, total, &formats.bold)?;
    sheet.write_string_with_format(row, 2, unit_label(lang, unit, total), &formats.bold)?;
    if shares.is_some() {
        sheet.write_number_with_format(row, 3, 1.0, &formats.bold_percent)?;
    }
    Ok(row)
}

/// The balance, as three shares, from `row`; returns the next free row.
/// Left out when no ingredient is tagged or there are no shares.
fn write_balance(
    sheet: &mut Worksheet,
    recipe: &Recipe,
    lang: Lang,
    formats: &Formats,
    row: u32,
) -> Result<u32, XlsxError> {
    let tagged = recipe.ingredients.iter().any(|i| i.tag.is_some());
    if !tagged || recipe.shares().is_none() {
        return Ok(row);
    }
    let b = recipe.balance();
    sheet.write_string_with_format(row, 0, tr(lang, "xlsx-balance"), &formats.header)?;
    sheet.write_string_with_format(row, 3, tr(lang, "export-table-share"), &formats.header)?;
    let parts = [
        (tag_label(lang, Some(crate::recipe::Tag::Baking)), b.baking),
        (
            tag_label(lang, Some(crate::recipe::Tag::Cooking)),
            b.cooking,
        ),
        (tag_label(lang, None), b.untagged),
    ];
    let mut at = row;
    for (name, share) in parts {
        at += 1;
        sheet.write_string(at, 0, name)?;
        sheet.write_number_with_format(at, 3, share, &formats.percent)?;
    }
    Ok(at + 2)
}

/// The suggested baking range and the verdict, from `row`, where the recipe
/// has a profile.
fn write_advice(
    sheet: &mut Worksheet,
    recipe: &Recipe,
    lang: Lang,
    formats: &Formats,
    row: u32,
) -> Result<(), XlsxError> {
    let Some(advice) = recipe.advice() else {
        return Ok(());
    };
    sheet.write_string_with_format(row, 0, tr(lang, "xlsx-advice"), &formats.header)?;
    sheet.write_string(row + 1, 0, tr(lang, "xlsx-suggested-low"))?;
    sheet.write_number_with_format(row + 1, 3, advice.low, &formats.percent)?;
    sheet.write_string(row + 2, 0, tr(lang, "xlsx-suggested-high"))?;
    sheet.write_number_with_format(row + 2, 3, advice.high, &formats.percent)?;
    let verdict = match advice.verdict(recipe.balance().baking) {
        Verdict::Under => "export-verdict-under",
        Verdict::Inside => "export-verdict-inside",
        Verdict::Over => "export-verdict-over",
    };
    sheet.write_string(row + 3, 0, tr(lang, "xlsx-verdict"))?;
    sheet.write_string(row + 3, 3, tr(lang, verdict))?;
    Ok(())
}

/// A native pie chart of the shares column, each slice in the colour the
/// window shows it in, its percentage on it, the names in the legend.
fn pie_chart(recipe: &Recipe, sheet_name: &str, title: &str, percent_code: &str) -> Chart {
    let mut chart = Chart::new(ChartType::Pie);
    let first = HEADER_ROW + 1;
    let last = HEADER_ROW + u32::try_from(recipe.ingredients.len()).unwrap_or(u32::MAX);
    let colours: Vec<Color> = display_colours(recipe)
        .iter()
        .map(|c| {
            let [r, g, b] = c.rgb();
            Color::RGB((u32::from(r) << 16) | (u32::from(g) << 8) | u32::from(b))
        })
        .collect();
    chart
        .add_series()
        .set_name(title)
        .set_categories((sheet_name, first, 0, last, 0))
        .set_values((sheet_name, first, 3, last, 3))
        .set_point_colors(&colours)
        .set_data_label(
            ChartDataLabel::new()
                .show_percentage()
                .set_num_format(percent_code),
        );
    chart.title().set_name(title);
    chart.legend().set_position(ChartLegendPosition::Right);
    chart.set_width(CHART_SIZE_PX.0).set_height(CHART_SIZE_PX.1);
    chart
}

#[cfg(test)]
#[path = "xlsx_tests.rs"]
mod tests;
