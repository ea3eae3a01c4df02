//! A blend as people read it: a plain-text table for a terminal or an email,
//! and Markdown for a wiki page or a workshop write-up.

use std::fmt::Write as _;

use super::{Blend, BlendRow};
use crate::recipe::report::{self, Align};

impl Blend {
    /// A plain-text report: who took part, then one line per ingredient
    /// (mean, smallest and largest share, standard deviation, how many named
    /// it), the most disputed first, then the names that were merged.
    /// Percentages have one decimal, each rounded on its own (the team
    /// recipe's parts, which add up to exactly 100, are in its file).
    pub fn to_text(&self) -> String {
        let mut out = self.header(report::terminal_safe, "\n");
        if self.rows.is_empty() {
            return out;
        }
        let rows: Vec<Vec<String>> = self
            .shown_rows()
            .into_iter()
            .map(|(row, mean)| {
                vec![
                    report::terminal_safe(&row.name),
                    mean,
                    report::percent_1(row.min),
                    report::percent_1(row.max),
                    report::pp_1(row.std_dev * 100.0),
                    self.named_by(row),
                ]
            })
            .collect();
        out.push('\n');
        out.push_str(&report::text_table(
            &["Ingredient", "Mean", "Min", "Max", "SD", "Named by"],
            &[
                Align::Left,
                Align::Right,
                Align::Right,
                Align::Right,
                Align::Right,
                Align::Right,
            ],
            &rows,
        ));
        out.push_str(&self.merged_names(report::terminal_safe));
        out
    }

    /// The same report in Markdown: paragraphs, a table, a list.
    pub fn to_markdown(&self) -> String {
        let mut out = self.header(report::markdown_cell, "\n\n");
        if self.rows.is_empty() {
            return out;
        }
        out.push_str("\n| Ingredient | Mean | Min | Max | SD | Named by |\n");
        out.push_str("|---|---:|---:|---:|---:|---:|\n");
        for (row, mean) in self.shown_rows() {
            let _ = writeln!(
                out,
                "| {} | {mean} | {} | {} | {} | {} |",
                report::markdown_cell(&row.name),
                report::percent_1(row.min),
                report::percent_1(row.max),
                report::pp_1(row.std_dev * 100.0),
                self.named_by(row),
            );
        }
        out.push_str(&self.merged_names(report::markdown_cell));
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
