//! Writing the placed document out as SVG text: slices, labels with their
//! leader lines, and the legend, each with a tooltip.

use std::fmt::{self, Display, Formatter};

use super::layout::{Legend, LegendRow, Pie};
use super::{Document, HALF_CAP_EM};
use crate::chart::ChartItem;
use crate::chart::contrast::{self, Edge};
use crate::chart::geometry::{self, LabelAlign};
use crate::chart::palette::{label_text_colour, to_hex};

/// The document's background.
const BACKGROUND: [u8; 3] = [0xff, 0xff, 0xff];
/// A slice's rim where it needs one to stand out from the background.
const RIM_WIDTH_PX: f64 = 2.5;

/// Font stack for every text element; the PNG export maps both to Ubuntu.
const FONT_FAMILY: &str = "Ubuntu, sans-serif";
/// Ink for the title, legend and outside labels.
const TEXT_COLOUR: &str = "#1a1a1a";
/// Leader lines from small slices to their labels.
const LEADER_COLOUR: &str = "#555555";
/// Placeholder disc when no item has a share.
const EMPTY_FILL: &str = "#eeeeee";
const EMPTY_STROKE: &str = "#bbbbbb";
const EMPTY_TEXT: &str = "#777777";

/// Strokes at the reference image of 1200 × 800 px; they scale with the image.
const SLICE_GAP_PX: f64 = 2.0;
const LEADER_WIDTH_PX: f64 = 1.5;

impl Document<'_> {
    fn item(&self, index: usize) -> Option<&ChartItem> {
        self.chart.items.get(index)
    }

    fn write_slices(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let Pie { cx, cy, radius, .. } = self.pie;
        let gap = num(SLICE_GAP_PX * self.scale);
        writeln!(
            f,
            r##"<g id="slices" stroke="#ffffff" stroke-width="{gap}" stroke-linejoin="round">"##
        )?;
        if self.slices.is_empty() {
            writeln!(
                f,
                r#"<circle cx="{}" cy="{}" r="{}" fill="{EMPTY_FILL}" stroke="{EMPTY_STROKE}"/>"#,
                num(cx),
                num(cy),
                num(radius)
            )?;
        }
        for slice in &self.slices {
            let hint = self
                .item(slice.index)
                .map(|item| escape(&format!("{}: {}", item.name, item.percent_label)))
                .unwrap_or_default();
            let fill = to_hex(slice.colour);
            if slice.is_full_circle() {
                writeln!(
                    f,
                    r#"<circle cx="{}" cy="{}" r="{}" fill="{fill}"><title>{hint}</title></circle>"#,
                    num(cx),
                    num(cy),
                    num(radius)
                )?;
            } else {
                let [x0, y0] = self.pie.to_px(geometry::point_at(slice.start_rad, 1.0));
                let [x1, y1] = self.pie.to_px(geometry::point_at(slice.end_rad, 1.0));
                let large_arc = u8::from(slice.sweep_rad() > std::f64::consts::PI);
                writeln!(
                    f,
                    r#"<path d="M{} {} L{} {} A{r} {r} 0 {large_arc} 1 {} {} Z" fill="{fill}"><title>{hint}</title></path>"#,
                    num(cx),
                    num(cy),
                    num(x0),
                    num(y0),
                    num(x1),
                    num(y1),
                    r = num(radius),
                )?;
            }
        }
        writeln!(f, "</g>")?;
        self.write_rims(f)
    }

    /// A rim on the outer edge of each slice too close to the white
    /// background to stand out by itself (Okabe–Ito's yellow): the edge
    /// [`contrast::edge_between`] chooses, so every slice has 3:1 against
    /// the background or an edge that has it.
    fn write_rims(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let Pie { cx, cy, radius, .. } = self.pie;
        let rimmed: Vec<_> = self
            .slices
            .iter()
            .filter_map(|slice| {
                let edge = contrast::edge_between(slice.colour, BACKGROUND, BACKGROUND);
                (edge != Edge::single(BACKGROUND)).then_some((slice, edge))
            })
            .collect();
        if rimmed.is_empty() {
            return Ok(());
        }
        let width = num(RIM_WIDTH_PX * self.scale);
        writeln!(
            f,
            r#"<g id="rims" fill="none" stroke-width="{width}" stroke-linecap="butt">"#
        )?;
        for (slice, edge) in rimmed {
            // The half beside the background is the one that must show.
            let colour = to_hex(edge.beside_b);
            if slice.is_full_circle() {
                writeln!(
                    f,
                    r#"<circle cx="{}" cy="{}" r="{}" stroke="{colour}"/>"#,
                    num(cx),
                    num(cy),
                    num(radius)
                )?;
            } else {
                let [x0, y0] = self.pie.to_px(geometry::point_at(slice.start_rad, 1.0));
                let [x1, y1] = self.pie.to_px(geometry::point_at(slice.end_rad, 1.0));
                let large_arc = u8::from(slice.sweep_rad() > std::f64::consts::PI);
                writeln!(
                    f,
                    r#"<path d="M{} {} A{r} {r} 0 {large_arc} 1 {} {}" stroke="{colour}"/>"#,
                    num(x0),
                    num(y0),
                    num(x1),
                    num(y1),
                    r = num(radius),
                )?;
            }
        }
        writeln!(f, "</g>")
    }

    fn write_slice_labels(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let font_px = self.pie.label_px;
        writeln!(f, r#"<g id="slice-labels" font-size="{}">"#, num(font_px))?;
        if self.slices.is_empty() && !self.chart.items.is_empty() {
            writeln!(
                f,
                r#"<text x="{}" y="{}" text-anchor="middle" fill="{EMPTY_TEXT}">{}</text>"#,
                num(self.pie.cx),
                num(self.pie.cy + HALF_CAP_EM * font_px),
                escape(&self.no_shares)
            )?;
        }
        for slice in self.slices.iter().filter(|s| !s.label.is_empty()) {
            let [x, y] = self.pie.to_px(slice.label_pos);
            let fill = if slice.label_inside {
                to_hex(label_text_colour(slice.colour))
            } else {
                TEXT_COLOUR.to_owned()
            };
            if let Some([from, to]) = slice.leader_line() {
                let [x0, y0] = self.pie.to_px(from);
                let [x1, y1] = self.pie.to_px(to);
                writeln!(
                    f,
                    r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{LEADER_COLOUR}" stroke-width="{}" stroke-linecap="round"/>"#,
                    num(x0),
                    num(y0),
                    num(x1),
                    num(y1),
                    num(LEADER_WIDTH_PX * self.scale)
                )?;
            }
            let anchor = match slice.label_align() {
                LabelAlign::Left => "start",
                LabelAlign::Centre => "middle",
                LabelAlign::Right => "end",
            };
            writeln!(
                f,
                r#"<text x="{}" y="{}" text-anchor="{anchor}" fill="{fill}">{}</text>"#,
                num(x),
                num(y + HALF_CAP_EM * font_px),
                escape(&slice.label)
            )?;
        }
        writeln!(f, "</g>")
    }

    fn write_legend(&self, f: &mut Formatter<'_>, legend: &Legend) -> fmt::Result {
        writeln!(
            f,
            r#"<g id="legend" font-size="{}" fill="{TEXT_COLOUR}">"#,
            num(legend.font_px)
        )?;
        for row in &legend.rows {
            let Some(item) = self.item(row.item_index) else {
                continue;
            };
            let LegendRow {
                name,
                percent,
                swatch,
                name_x,
                percent_x,
                baseline,
                ..
            } = row;
            writeln!(
                f,
                r#"<g><title>{}</title><rect x="{}" y="{}" width="{}" height="{}" rx="{}" fill="{}"/><text x="{}" y="{}">{}</text><text x="{}" y="{}" text-anchor="end">{}</text></g>"#,
                escape(&format!("{}: {}", item.name, item.percent_label)),
                num(swatch.x),
                num(swatch.y),
                num(swatch.width),
                num(swatch.height),
                num(swatch.width * 0.15),
                to_hex(item.colour),
                num(*name_x),
                num(*baseline),
                escape(name),
                num(*percent_x),
                num(*baseline),
                escape(percent)
            )?;
        }
        writeln!(f, "</g>")
    }
}

impl Display for Document<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let (w, h) = (self.width_px, self.height_px);
        writeln!(
            f,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{FONT_FAMILY}" role="img">"#
        )?;
        writeln!(f, "<title>{}</title>", escape(self.chart.title.trim()))?;
        if let Some(metadata) = &self.metadata {
            writeln!(f, "{metadata}")?;
        }
        writeln!(f, r##"<rect width="{w}" height="{h}" fill="#ffffff"/>"##)?;
        if let Some(title) = &self.title {
            writeln!(
                f,
                r#"<text id="title" x="{}" y="{}" font-size="{}" text-anchor="middle" fill="{TEXT_COLOUR}">{}</text>"#,
                num(title.x),
                num(title.baseline),
                num(title.font_px),
                escape(&title.text)
            )?;
        }
        self.write_slices(f)?;
        self.write_slice_labels(f)?;
        if let Some(legend) = &self.legend {
            self.write_legend(f, legend)?;
        }
        if let Some(notes) = &self.notes {
            writeln!(
                f,
                r#"<g id="notes" font-size="{}" text-anchor="middle" fill="{TEXT_COLOUR}">"#,
                num(notes.font_px)
            )?;
            for (line, baseline) in notes.lines.iter().zip(&notes.baselines) {
                writeln!(
                    f,
                    r#"<text x="{}" y="{}">{}</text>"#,
                    num(notes.x),
                    num(*baseline),
                    escape(line)
                )?;
            }
            writeln!(f, "</g>")?;
        }
        writeln!(f, "</svg>")
    }
}

/// A coordinate or length with two decimals, never "-0.00".
fn num(value: f64) -> String {
    let text = format!("{value:.2}");
    if text == "-0.00" {
        "0.00".to_owned()
    } else {
        text
    }
}

/// `text` made safe for SVG character data and attribute values.
///
/// Control characters, which XML 1.0 forbids, become spaces.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() || matches!(c, '\u{fffe}' | '\u{ffff}') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_have_two_decimals() {
        assert_eq!(num(1.0), "1.00");
        assert_eq!(num(-1e-9), "0.00");
        assert_eq!(num(2.345_678), "2.35");
    }
}
