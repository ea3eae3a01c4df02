//! A blend as people read it: a plain-text table for a terminal or an email,
//! and Markdown for a wiki page or a workshop write-up.

use std::fmt::Write as _;

use super::{Blend, BlendRow, TagSource};

/// A row's kind for the table: "baking", "cooking" or "–", with "*" where
/// the participants tagged it both ways.
fn kind(row: &BlendRow) -> String {
    let name = row.tag.map_or("–", |t| t.lowercase());
    if row.tag_disputed() {
        format!("{name}*")
    } else {
        name.to_owned()
    }
}
use crate::recipe::report::{self, Align};

impl Blend {
    /// A plain-text report: who took part (and the team's balance, for a
    /// tagged blend), then one line per ingredient (mean, smallest and
    /// largest share, standard deviation, how many named it, and its kind
    /// when anyone tagged anything), the most disputed first, then the names
    /// that were merged and the tags in dispute. A blend nobody tagged
    /// reads as it always did.
    /// Percentages have one decimal, each rounded on its own (the team
    /// recipe's parts, which add up to exactly 100, are in its file).
    pub fn to_text(&self) -> String {
        let mut out = self.header(report::terminal_safe, "\n");
        if self.rows.is_empty() {
            return out;
        }
        let tagged = self.is_tagged();
        let rows: Vec<Vec<String>> = self
            .shown_rows()
            .into_iter()
            .map(|(row, mean)| {
                let mut cells = vec![
                    report::terminal_safe(&row.name),
                    mean,
                    report::percent_1(row.min),
                    report::percent_1(row.max),
                    report::pp_1(row.std_dev * 100.0),
                    self.named_by(row),
                ];
                if tagged {
                    cells.push(kind(row));
                }
                cells
            })
            .collect();
        let mut header = vec!["Ingredient", "Mean", "Min", "Max", "SD", "Named by"];
        let mut aligns = vec![
            Align::Left,
            Align::Right,
            Align::Right,
            Align::Right,
            Align::Right,
            Align::Right,
        ];
        if tagged {
            header.push("Kind");
            aligns.push(Align::Left);
        }
        out.push('\n');
        out.push_str(&report::text_table(&header, &aligns, &rows));
        out.push_str(&self.merged_names(report::terminal_safe));
        out.push_str(&self.tag_disputes(report::terminal_safe));
        out
    }

    /// Whether any participant tagged any ingredient.
    fn is_tagged(&self) -> bool {
        self.rows
            .iter()
            .any(|r| r.tag.is_some() || r.tag_source != TagSource::Untagged)
    }

    /// "Tags in dispute:" and a line per row whose participants tagged it
    /// both ways; empty when none did.
    fn tag_disputes(&self, safe: fn(&str) -> String) -> String {
        let lines: Vec<String> = self
            .rows
            .iter()
            .filter_map(|row| {
                super::as_recipe::tag_dispute(row).map(|d| format!("- {}: {d}\n", safe(&row.name)))
            })
            .collect();
        if lines.is_empty() {
            return String::new();
        }
        format!("\nTags in dispute (* in the table):\n{}", lines.concat())
    }

    /// The same report in Markdown: paragraphs, a table, a list.
    pub fn to_markdown(&self) -> String {
        let mut out = self.header(report::markdown_cell, "\n\n");
        if self.rows.is_empty() {
            return out;
        }
        let tagged = self.is_tagged();
        if tagged {
            out.push_str("\n| Ingredient | Mean | Min | Max | SD | Named by | Kind |\n");
            out.push_str("|---|---:|---:|---:|---:|---:|---|\n");
        } else {
            out.push_str("\n| Ingredient | Mean | Min | Max | SD | Named by |\n");
            out.push_str("|---|---:|---:|---:|---:|---:|\n");
        }
        for (row, mean) in self.shown_rows() {
            let _ = write!(
                out,
                "| {} | {mean} | {} | {} | {} | {} |",
                report::markdown_cell(&row.name),
                report::percent_1(row.min),
                report::percent_1(row.max),
                report::pp_1(row.std_dev * 100.0),
                self.named_by(row),
            );
            if tagged {
                let _ = write!(out, " {} |", report::markdown_cell(&kind(row)));
            }
            out.push('\n');
        }
        out.push_str(&self.merged_names(report::markdown_cell));
        out.push_str(&self.tag_disputes(report::markdown_cell));
        out
    }

    /// Who took part and who was left out: a line (or paragraph) each.
    fn header(&self, safe: fn(&str) -> String, between: &str) -> String {
        let mut out = safe(&self.participants_line());
        out.push('\n');
        if !self.skipped_zero_total.is_empty() {
            out.push_str(between.get(1..).unwrap_or_default());
            out.push_str(&safe(&self.skipped_line()));
            out.push('\n');
        }
        if let Some(line) = self.balance_line() {
            out.push_str(between.get(1..).unwrap_or_default());
            out.push_str(&safe(&line));
            out.push('\n');
        }
        out
    }

    /// Each row with its mean as shown: rounded on its own, as every single
    /// value is (see [`crate::recipe::shown`]).
    fn shown_rows(&self) -> Vec<(&BlendRow, String)> {
        self.rows
            .iter()
            .map(|row| (row, report::percent_1(row.mean)))
            .collect()
    }

    fn named_by(&self, row: &BlendRow) -> String {
        format!("{} of {}", row.named_by, self.participants.len())
    }

    /// "Merged names:" and a line per row that merged several spellings;
    /// empty when none did.
    fn merged_names(&self, safe: fn(&str) -> String) -> String {
        let merged: Vec<&BlendRow> = self
            .rows
            .iter()
            .filter(|r| !r.spellings.is_empty())
            .collect();
        if merged.is_empty() {
            return String::new();
        }
        let mut out = "\nMerged names (case and spaces ignored):\n".to_owned();
        for row in merged {
            // Quoted, so that a stray space shows.
            let spellings: Vec<String> = row.spellings.iter().map(|s| format!("{s:?}")).collect();
            let _ = writeln!(
                out,
                "- {}: {}",
                safe(&row.name),
                safe(&spellings.join(", "))
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::blend;
    use super::super::tests::{take_part, workshop};

    #[test]
    fn text_report() {
        let recipes = workshop();
        let text = blend(&take_part(&recipes)).to_text();
        assert_eq!(
            text,
            "Blend of 3 recipes: ann.ron, bo.ron, cy.ron.\n\
             Left out, as their total is zero: di.ron.\n\
             \n\
             Ingredient    Mean     Min     Max       SD  Named by\n\
             -----------------------------------------------------\n\
             Data        41.7 %   0.0 %  75.0 %  31.2 pp    2 of 3\n\
             Culture     20.0 %   0.0 %  60.0 %  28.3 pp    1 of 3\n\
             Speed       38.3 %  25.0 %  50.0 %  10.3 pp    3 of 3\n\
             \n\
             Merged names (case and spaces ignored):\n\
             - Speed: \"Speed\", \"speed \", \"SPEED\"\n"
        );
    }

    #[test]
    fn markdown_report() {
        let recipes = workshop();
        let md = blend(&take_part(&recipes)).to_markdown();
        assert_eq!(
            md,
            "Blend of 3 recipes: ann.ron, bo.ron, cy.ron.\n\
             \n\
             Left out, as their total is zero: di.ron.\n\
             \n\
             | Ingredient | Mean | Min | Max | SD | Named by |\n\
             |---|---:|---:|---:|---:|---:|\n\
             | Data | 41.7 % | 0.0 % | 75.0 % | 31.2 pp | 2 of 3 |\n\
             | Culture | 20.0 % | 0.0 % | 60.0 % | 28.3 pp | 1 of 3 |\n\
             | Speed | 38.3 % | 25.0 % | 50.0 % | 10.3 pp | 3 of 3 |\n\
             \n\
             Merged names (case and spaces ignored):\n\
             - Speed: \"Speed\", \"speed \", \"SPEED\"\n"
        );
    }

    #[test]
    fn empty_blend_says_so() {
        assert_eq!(blend(&[]).to_text(), "Blend of no recipes.\n");
    }
}
