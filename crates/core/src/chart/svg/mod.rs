//! The chart as an SVG document: title on top, pie on the left, legend on the
//! right. The PNG export renders this same document.
//!
//! Text widths are estimated from the advance widths of Ubuntu Light, the
//! font the PNG export uses, so long names can be cut to fit without a font
//! engine. Output is deterministic: fixed decimals, input order throughout.
//!
//! `layout` places everything, `write` writes it out as text; `text` holds
//! the width estimates. The recipe drawn, when there is one, goes in
//! `<metadata>` (see `recipe::format::image`), so the file reopens as it.

mod layout;
mod text;
mod write;

use layout::{Legend, Notes, Pie, Title};

use super::geometry::Slice;
use super::{ExportSize, PieChart};
use crate::recipe::format::image::svg_metadata;

/// Half the height of digits and capitals, to centre text on a point.
const HALF_CAP_EM: f64 = 0.35;

/// The whole document for `chart` at `size` (already within range), with
/// `recipe` (a recipe's canonical text) in its `<metadata>`, in English and
/// without notes.
pub(super) fn document(chart: &PieChart, size: ExportSize, recipe: Option<&str>) -> String {
    document_with(chart, size, recipe, &Words::default())
}

/// [`document`] with the chart's own words in a language and notes (the
/// balance and the verdict) under the pie and legend.
pub(super) fn document_with(
    chart: &PieChart,
    size: ExportSize,
    recipe: Option<&str>,
    words: &Words,
) -> String {
    let mut doc = Document::new(chart, size, words);
    doc.metadata = recipe.and_then(svg_metadata);
    doc.to_string()
}

/// The words the chart adds itself, in the export's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Words {
    /// What a chart with no shares says in the pie's place.
    pub(super) no_shares: String,
    /// Lines under the pie and legend (the balance, the verdict); none by
    /// default.
    pub(super) notes: Vec<String>,
}

impl Default for Words {
    fn default() -> Self {
        Self {
            no_shares: "No shares yet".to_owned(),
            notes: Vec::new(),
        }
    }
}

/// Everything placed, ready to be written out.
struct Document<'a> {
    chart: &'a PieChart,
    width_px: u32,
    height_px: u32,
    scale: f64,
    title: Option<Title>,
    slices: Vec<Slice>,
    pie: Pie,
    legend: Option<Legend>,
    /// The lines under the pie and legend, when there are any.
    notes: Option<Notes>,
    /// What an empty pie says.
    no_shares: String,
    /// The `<metadata>` element that carries the recipe.
    metadata: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::ChartItem;
    use crate::chart::palette::colour_for;

    pub(super) fn item(i: usize, name: &str, share: f64) -> ChartItem {
        ChartItem {
            name: name.to_owned(),
            share,
            percent_label: format!("{:.1} %", share * 100.0),
            colour: colour_for(i),
        }
    }

    pub(super) fn ideal_cx() -> PieChart {
        let items = [
            ("Efficiency", 0.2481),
            ("Speed", 0.1241),
            ("Personalised attention", 0.1241),
            ("Consistency", 0.0074),
            ("Technology", 0.4963),
        ];
        PieChart {
            title: "Ideal CX".to_owned(),
            items: items
                .iter()
                .enumerate()
                .map(|(i, (n, s))| item(i, n, *s))
                .collect(),
            source: None,
        }
    }

    pub(super) fn parse(svg: &str) -> roxmltree::Document<'_> {
        roxmltree::Document::parse(svg).unwrap()
    }

    #[test]
    fn contains_title_names_and_labels() {
        let chart = ideal_cx();
        let svg = document(&chart, ExportSize::default(), None);
        assert!(svg.contains(">Ideal CX</text>"));
        for item in &chart.items {
            assert!(
                svg.contains(&format!(">{}</text>", item.name)),
                "{}",
                item.name
            );
            // On the slice and in the legend.
            assert!(
                svg.matches(&format!(">{}</text>", item.percent_label))
                    .count()
                    >= 2
            );
            assert!(svg.contains(&format!(
                "<title>{}: {}</title>",
                item.name, item.percent_label
            )));
        }
        assert_eq!(svg.matches(" Z\" fill=").count(), 5, "five slices");
        assert_eq!(svg.matches("<line ").count(), 1, "one leader line");
        assert!(svg.contains(r#"font-family="Ubuntu, sans-serif""#));
        parse(&svg);
    }

    #[test]
    fn light_slices_get_a_rim_that_stands_out_from_the_background() {
        use crate::chart::contrast::{GRAPHIC_MIN, boundary_contrast, edge_between};
        let chart = ideal_cx();
        let svg = document(&chart, ExportSize::default(), None);
        let doc = parse(&svg);
        let rims = doc
            .descendants()
            .find(|n| n.attribute("id") == Some("rims"))
            .unwrap();
        let white = [0xff, 0xff, 0xff];
        let needing: Vec<&ChartItem> = chart
            .items
            .iter()
            .filter(|i| crate::chart::palette::contrast_ratio(i.colour, white) < GRAPHIC_MIN)
            .collect();
        assert!(!needing.is_empty(), "orange needs one");
        assert_eq!(
            rims.children().filter(roxmltree::Node::is_element).count(),
            needing.len()
        );
        for item in needing {
            let edge = edge_between(item.colour, white, white);
            assert!(boundary_contrast(item.colour, white, edge) >= GRAPHIC_MIN);
        }
    }

    #[test]
    fn escapes_markup_in_text() {
        let chart = PieChart {
            title: r#"R&D <"best"> 'mix'"#.to_owned(),
            items: vec![item(0, "Data & <AI>", 0.5), item(1, "Bell\u{7}s", 0.5)],
            source: None,
        };
        let svg = document(&chart, ExportSize::default(), None);
        assert!(svg.contains("R&amp;D &lt;&quot;best&quot;&gt; &apos;mix&apos;"));
        assert!(svg.contains(">Data &amp; &lt;AI&gt;</text>"));
        assert!(!svg.contains("<AI>"));
        assert!(!svg.contains('\u{7}'));
        let doc = parse(&svg);
        let title = doc
            .descendants()
            .find(|n| n.attribute("id") == Some("title"));
        assert_eq!(title.and_then(|t| t.text()), Some(r#"R&D <"best"> 'mix'"#));
    }

    #[test]
    fn output_is_deterministic() {
        let chart = ideal_cx();
        let a = document(&chart, ExportSize::default(), None);
        let b = document(&chart.clone(), ExportSize::default(), None);
        assert_eq!(a, b);
        assert!(!a.contains("-0.00"));
    }

    #[test]
    fn full_circle_is_a_circle() {
        let chart = PieChart {
            title: "One".to_owned(),
            items: vec![item(0, "Everything", 1.0), item(1, "Nothing", 0.0)],
            source: None,
        };
        let svg = document(&chart, ExportSize::default(), None);
        assert!(!svg.contains("<path "));
        assert!(svg.contains("<circle "));
        assert!(
            svg.contains(">Nothing</text>"),
            "zero-share row stays in the legend"
        );
        parse(&svg);
    }

    #[test]
    fn empty_and_all_zero_charts_are_valid() {
        let empty = document(&PieChart::default(), ExportSize::default(), None);
        parse(&empty);
        let zero = PieChart {
            title: "Zero".to_owned(),
            items: vec![item(0, "A", 0.0)],
            source: None,
        };
        let svg = document(&zero, ExportSize::default(), None);
        assert!(svg.contains("No shares yet"));
        parse(&svg);
    }

    #[test]
    fn long_names_are_cut_to_fit() {
        let long = "Cross-functional collaboration between every single silo of the organisation";
        let chart = PieChart {
            title: long.repeat(3),
            items: vec![item(0, long, 1.0)],
            source: None,
        };
        let svg = document(&chart, ExportSize::default(), None);
        assert!(!svg.contains(&format!(">{long}</text>")));
        assert!(svg.contains("Cross-functional"));
        assert!(svg.matches('…').count() >= 2);
    }
}
