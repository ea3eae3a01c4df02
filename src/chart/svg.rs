//! The chart as an SVG document: title on top, pie on the left, legend on the
//! right. The PNG export renders this same document.
//!
//! Text widths are estimated from the advance widths of Ubuntu Light, the
//! font the PNG export uses, so long names can be cut to fit without a font
//! engine. Output is deterministic: fixed decimals, input order throughout.

use std::fmt::{self, Display, Formatter};

use super::geometry::{self, LABEL_BOX, LabelAlign, Slice};
use super::palette::{label_text_colour, to_hex};
use super::{ChartItem, ExportSize, PieChart};

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

/// Sizes at the reference image of 1200 × 800 px; they scale with the image.
const MARGIN_PX: f64 = 32.0;
const TITLE_PX: f64 = 52.0;
const LEGEND_PX: f64 = 26.0;
const SLICE_LABEL_PX: f64 = 28.0;
const SLICE_GAP_PX: f64 = 2.0;
const LEADER_WIDTH_PX: f64 = 1.5;

/// Legend row height as a multiple of its font size.
const ROW_HEIGHT_EM: f64 = 1.55;
/// Below this fraction of the full legend font, rows flow into more columns.
const MIN_LEGEND_FONT_FRACTION: f64 = 0.7;
/// Most legend columns; beyond that rows only shrink.
const MAX_LEGEND_COLUMNS: u32 = 3;
/// Share of the width (inside the margins) given to a one-column legend.
const LEGEND_WIDTH_FRACTION: f64 = 0.42;
/// Share of the width given to a legend of several columns.
const WIDE_LEGEND_WIDTH_FRACTION: f64 = 0.5;
/// Line height of a slice label, as a multiple of its font size.
const LABEL_LINE_EM: f64 = 1.25;
/// Half the height of digits and capitals, to centre text on a point.
const HALF_CAP_EM: f64 = 0.35;
/// Ascent of Ubuntu, to place the title's baseline below the margin.
const ASCENT_EM: f64 = 0.93;
const ELLIPSIS: char = '…';

/// The whole document for `chart` at `size` (already within range).
pub(super) fn document(chart: &PieChart, size: ExportSize) -> String {
    Document::new(chart, size).to_string()
}

/// A rectangle `x, y, width, height` in SVG pixels (y down).
#[derive(Clone, Copy, Debug)]
struct Rect {
    x: f64,
    y: f64,
    width: f64,
    height: f64,
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
}

struct Title {
    text: String,
    x: f64,
    baseline: f64,
    font_px: f64,
}

struct Pie {
    cx: f64,
    cy: f64,
    radius: f64,
    /// Width taken by the pie and its outside labels.
    width: f64,
    label_px: f64,
}

struct Legend {
    rows: Vec<LegendRow>,
    font_px: f64,
    /// Width set aside at the right of the content area.
    width: f64,
    /// Left edge of the swatches of the first column.
    left: f64,
    /// Width from `left` to the right edge of the last percentage.
    used_width: f64,
}

struct LegendRow {
    item_index: usize,
    name: String,
    percent: String,
    swatch: Rect,
    name_x: f64,
    percent_x: f64,
    baseline: f64,
}

impl<'a> Document<'a> {
    fn new(chart: &'a PieChart, size: ExportSize) -> Self {
        let width = f64::from(size.width_px);
        let height = f64::from(size.height_px);
        let scale = (width / 1200.0).min(height / 800.0);
        let margin = MARGIN_PX * scale;
        let inner_width = width - 2.0 * margin;

        let title = fit_text(chart.title.trim(), inner_width, TITLE_PX * scale).map(|text| Title {
            text,
            x: width / 2.0,
            baseline: margin + TITLE_PX * scale * ASCENT_EM,
            font_px: TITLE_PX * scale,
        });
        let content_top = match &title {
            Some(t) => t.baseline + t.font_px * 0.75,
            None => margin,
        };
        let content = Rect {
            x: margin,
            y: content_top,
            width: inner_width,
            height: height - margin - content_top,
        };

        let (pie_area, mut legend) = if chart.items.is_empty() {
            (content, None)
        } else {
            let legend = Legend::new(&chart.items, content, scale);
            let gap = inner_width * 0.03;
            let pie_area = Rect {
                width: content.width - legend.width - gap,
                ..content
            };
            (pie_area, Some(legend))
        };

        let slices = geometry::slices(&chart.items);
        let mut pie = Pie::new(&slices, pie_area, scale);
        if let Some(legend) = &mut legend {
            // Centre pie and legend together when they leave room spare.
            let gap = inner_width * 0.03;
            let slack = content.width - (pie.width + gap + legend.used_width);
            if slack > 0.0 {
                let left = content.x + slack / 2.0;
                pie.cx = left + pie.width / 2.0;
                legend.shift_x(left + pie.width + gap - legend.left);
            }
        }
        Self {
            chart,
            width_px: size.width_px,
            height_px: size.height_px,
            scale,
            title,
            slices,
            pie,
            legend,
        }
    }

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
        writeln!(f, "</g>")
    }

    fn write_slice_labels(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let font_px = self.pie.label_px;
        writeln!(f, r#"<g id="slice-labels" font-size="{}">"#, num(font_px))?;
        if self.slices.is_empty() && !self.chart.items.is_empty() {
            writeln!(
                f,
                r#"<text x="{}" y="{}" text-anchor="middle" fill="{EMPTY_TEXT}">No shares yet</text>"#,
                num(self.pie.cx),
                num(self.pie.cy + HALF_CAP_EM * font_px)
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
        writeln!(f, "</svg>")
    }
}

impl Pie {
    /// The largest pie that fits `area` together with its outside labels.
    fn new(slices: &[Slice], area: Rect, scale: f64) -> Self {
        // Extents in units of the radius: the disc itself, plus the box of
        // every outside label (the label font is chosen to fit that box).
        let mut reach_x: f64 = 1.0;
        let mut reach_y: f64 = 1.0;
        for slice in slices
            .iter()
            .filter(|s| !s.label_inside && !s.label.is_empty())
        {
            let [x, y] = slice.label_pos;
            let [w, h] = LABEL_BOX;
            let (left, right) = match slice.label_align() {
                LabelAlign::Left => (x, x + w),
                LabelAlign::Centre => (x - w / 2.0, x + w / 2.0),
                LabelAlign::Right => (x - w, x),
            };
            reach_x = reach_x.max(left.abs()).max(right.abs());
            reach_y = reach_y.max(y.abs() + h / 2.0);
        }
        let radius = (area.width / 2.0 / reach_x)
            .min(area.height / 2.0 / reach_y)
            .max(1.0);

        let widest_label_em = slices
            .iter()
            .map(|s| text_width_em(&s.label))
            .fold(1.0, f64::max);
        let label_px = (SLICE_LABEL_PX * scale)
            .min(radius * LABEL_BOX[0] / widest_label_em)
            .min(radius * LABEL_BOX[1] / LABEL_LINE_EM);
        Self {
            cx: area.x + area.width / 2.0,
            cy: area.y + area.height / 2.0,
            radius,
            width: 2.0 * radius * reach_x,
            label_px,
        }
    }

    /// Unit coordinates (y up) to SVG pixels (y down).
    fn to_px(&self, point: [f64; 2]) -> [f64; 2] {
        let [x, y] = point;
        [self.cx + x * self.radius, self.cy - y * self.radius]
    }
}

impl Legend {
    /// Rows in input order, in as few columns as keep the font readable,
    /// placed at the right of `content`.
    fn new(items: &[ChartItem], content: Rect, scale: f64) -> Self {
        let full_px = LEGEND_PX * scale;
        let area_height = content.height;
        let count = u32::try_from(items.len()).unwrap_or(u32::MAX);
        let font_for = |columns: u32| {
            let rows = count.div_ceil(columns).max(1);
            full_px.min(area_height / (f64::from(rows) * ROW_HEIGHT_EM))
        };
        let columns = (1..=MAX_LEGEND_COLUMNS)
            .find(|c| font_for(*c) >= full_px * MIN_LEGEND_FONT_FRACTION)
            .unwrap_or(MAX_LEGEND_COLUMNS);
        let font_px = font_for(columns);
        let fraction = if columns == 1 {
            LEGEND_WIDTH_FRACTION
        } else {
            WIDE_LEGEND_WIDTH_FRACTION
        };
        let width = content.width * fraction;
        let area = Rect {
            x: content.x + content.width - width,
            width,
            ..content
        };
        let rows_per_column = count.div_ceil(columns).max(1);
        let row_height = font_px * ROW_HEIGHT_EM;

        let column_gap = font_px * 1.2;
        let column_width = (area.width - column_gap * f64::from(columns - 1)) / f64::from(columns);
        let swatch_size = font_px * 0.9;
        let name_offset = swatch_size + font_px * 0.5;
        let percent_room = column_width * 0.4;
        let percents: Vec<String> = items
            .iter()
            .map(|i| fit_text(i.percent_label.trim(), percent_room, font_px).unwrap_or_default())
            .collect();
        let percent_width = percents
            .iter()
            .map(|p| text_width_em(p) * font_px)
            .fold(0.0, f64::max);
        let name_room = column_width - name_offset - percent_width - font_px * 0.6;

        let names: Vec<String> = items
            .iter()
            .map(|i| fit_text(i.name.trim(), name_room, font_px).unwrap_or_default())
            .collect();
        let widest_name = names
            .iter()
            .map(|n| text_width_em(n) * font_px)
            .fold(0.0, f64::max);
        // Percentages line up right after the longest name, not at the far
        // edge, so the eye need not travel across empty space.
        let percent_offset =
            (name_offset + widest_name + font_px + percent_width).min(column_width);

        let used_rows = rows_per_column.min(count);
        let used_columns = count.div_ceil(rows_per_column).max(1);
        let used_width = f64::from(used_columns - 1) * (column_width + column_gap) + percent_offset;
        let top = area.y + (area.height - f64::from(used_rows) * row_height) / 2.0;
        let rows = names
            .into_iter()
            .zip(percents)
            .enumerate()
            .zip(0_u32..)
            .map(|((item_index, (name, percent)), n)| {
                let column = n / rows_per_column;
                let row = n % rows_per_column;
                let x = area.x + f64::from(column) * (column_width + column_gap);
                let row_top = top + f64::from(row) * row_height;
                let centre_y = row_top + row_height / 2.0;
                LegendRow {
                    item_index,
                    name,
                    percent,
                    swatch: Rect {
                        x,
                        y: centre_y - swatch_size / 2.0,
                        width: swatch_size,
                        height: swatch_size,
                    },
                    name_x: x + name_offset,
                    percent_x: x + percent_offset,
                    baseline: centre_y + HALF_CAP_EM * font_px,
                }
            })
            .collect();
        Self {
            rows,
            font_px,
            width,
            left: area.x,
            used_width,
        }
    }

    /// Moves every row right by `dx`.
    fn shift_x(&mut self, dx: f64) {
        self.left += dx;
        for row in &mut self.rows {
            row.swatch.x += dx;
            row.name_x += dx;
            row.percent_x += dx;
        }
    }
}

/// `text` as is if it fits `max_width_px` at `font_px`, else its longest
/// prefix that fits followed by "…". `None` if not even "…" fits or the text
/// is empty.
fn fit_text(text: &str, max_width_px: f64, font_px: f64) -> Option<String> {
    if text.is_empty() || font_px <= 0.0 {
        return None;
    }
    let max_em = max_width_px / font_px;
    if text_width_em(text) <= max_em {
        return Some(text.to_owned());
    }
    let room = max_em - char_width_em(ELLIPSIS);
    if room < 0.0 {
        return None;
    }
    let mut used = 0.0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        used += char_width_em(c);
        if used > room {
            break;
        }
        end = i + c.len_utf8();
    }
    let prefix = text.get(..end).unwrap_or_default().trim_end();
    Some(format!("{prefix}{ELLIPSIS}"))
}

/// Estimated width of `text` in em.
fn text_width_em(text: &str) -> f64 {
    text.chars().map(char_width_em).sum()
}

/// Advance widths of Ubuntu Light for ' '..='~', in thousandths of an em.
const ASCII_ADVANCE: [u16; 95] = [
    228, 274, 392, 653, 564, 831, 648, 240, 310, 310, 472, 564, 246, 282, 246, 359, 564, 564, 564,
    564, 564, 564, 564, 564, 564, 564, 246, 246, 564, 564, 564, 380, 940, 641, 630, 609, 702, 555,
    520, 658, 692, 248, 487, 599, 502, 865, 709, 774, 592, 774, 618, 517, 548, 680, 624, 921, 608,
    569, 560, 310, 359, 310, 564, 490, 376, 509, 583, 460, 583, 548, 376, 573, 569, 237, 237, 495,
    255, 863, 569, 582, 583, 583, 374, 428, 387, 569, 480, 775, 499, 474, 455, 319, 262, 319, 564,
];

/// Estimated advance width of `c` in em: exact for ASCII, generous otherwise.
fn char_width_em(c: char) -> f64 {
    let code = u32::from(c);
    if let Some(advance) = code
        .checked_sub(0x20)
        .and_then(|i| usize::try_from(i).ok())
        .and_then(|i| ASCII_ADVANCE.get(i))
    {
        return f64::from(*advance) / 1000.0;
    }
    match code {
        // The ellipsis; CJK, Hangul, full-width forms and emoji.
        0x2026
        | 0x1100..=0x11ff
        | 0x2e80..=0xa4cf
        | 0xac00..=0xd7a3
        | 0xf900..=0xfaff
        | 0xff00..=0xff60
        | 0x1_f000.. => 1.0,
        _ => 0.65,
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
    use crate::chart::palette::colour_for;

    fn item(i: usize, name: &str, share: f64) -> ChartItem {
        ChartItem {
            name: name.to_owned(),
            share,
            percent_label: format!("{:.1} %", share * 100.0),
            colour: colour_for(i),
        }
    }

    fn ideal_cx() -> PieChart {
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
        }
    }

    fn parse(svg: &str) -> resvg::usvg::roxmltree::Document<'_> {
        resvg::usvg::roxmltree::Document::parse(svg).unwrap()
    }

    #[test]
    fn contains_title_names_and_labels() {
        let chart = ideal_cx();
        let svg = document(&chart, ExportSize::default());
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
        assert_eq!(svg.matches("<path ").count(), 5);
        assert_eq!(svg.matches("<line ").count(), 1, "one leader line");
        assert!(svg.contains(r#"font-family="Ubuntu, sans-serif""#));
        parse(&svg);
    }

    #[test]
    fn escapes_markup_in_text() {
        let chart = PieChart {
            title: r#"R&D <"best"> 'mix'"#.to_owned(),
            items: vec![item(0, "Data & <AI>", 0.5), item(1, "Bell\u{7}s", 0.5)],
        };
        let svg = document(&chart, ExportSize::default());
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
        let a = document(&chart, ExportSize::default());
        let b = document(&chart.clone(), ExportSize::default());
        assert_eq!(a, b);
        assert!(!a.contains("-0.00"));
    }

    #[test]
    fn full_circle_is_a_circle() {
        let chart = PieChart {
            title: "One".to_owned(),
            items: vec![item(0, "Everything", 1.0), item(1, "Nothing", 0.0)],
        };
        let svg = document(&chart, ExportSize::default());
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
        let empty = document(&PieChart::default(), ExportSize::default());
        parse(&empty);
        let zero = PieChart {
            title: "Zero".to_owned(),
            items: vec![item(0, "A", 0.0)],
        };
        let svg = document(&zero, ExportSize::default());
        assert!(svg.contains("No shares yet"));
        parse(&svg);
    }

    #[test]
    fn long_names_are_cut_to_fit() {
        let long = "Cross-functional collaboration between every single silo of the organisation";
        let chart = PieChart {
            title: long.repeat(3),
            items: vec![item(0, long, 1.0)],
        };
        let svg = document(&chart, ExportSize::default());
        assert!(!svg.contains(&format!(">{long}</text>")));
        assert!(svg.contains("Cross-functional"));
        assert!(svg.matches('…').count() >= 2);
    }

    #[test]
    fn forty_items_all_listed_in_columns() {
        let items: Vec<ChartItem> = (0..40)
            .map(|i| item(i, &format!("Item {i}"), 0.025))
            .collect();
        let chart = PieChart {
            title: "Many".to_owned(),
            items,
        };
        let size = ExportSize::default();
        let doc = Document::new(&chart, size);
        let legend = doc.legend.as_ref().unwrap();
        assert_eq!(legend.rows.len(), 40);
        assert!(legend.font_px >= LEGEND_PX * MIN_LEGEND_FONT_FRACTION * doc.scale);
        let xs: Vec<f64> = legend.rows.iter().map(|r| r.swatch.x).collect();
        assert!(
            xs.iter().any(|x| (x - xs[0]).abs() > 1.0),
            "more than one column"
        );
        for row in &legend.rows {
            assert!(row.swatch.y >= 0.0 && row.baseline <= f64::from(size.height_px));
            assert!(row.percent_x <= f64::from(size.width_px));
            assert_eq!(row.name, format!("Item {}", row.item_index));
        }
        let svg = doc.to_string();
        for i in 0..40 {
            assert!(svg.contains(&format!(">Item {i}</text>")));
        }
        parse(&svg);
    }

    #[test]
    fn fit_text_cuts_with_ellipsis() {
        assert_eq!(fit_text("Speed", 1000.0, 10.0).as_deref(), Some("Speed"));
        let cut = fit_text("Personalised attention", 60.0, 10.0).unwrap();
        assert!(cut.ends_with('…'));
        assert!(text_width_em(&cut) * 10.0 <= 60.0);
        assert_eq!(fit_text("Speed", 5.0, 10.0), None);
        assert_eq!(fit_text("", 100.0, 10.0), None);
        assert_eq!(
            fit_text("Ünïcödé ✓ 漢字", 1000.0, 10.0).as_deref(),
            Some("Ünïcödé ✓ 漢字")
        );
    }

    #[test]
    fn numbers_have_two_decimals() {
        assert_eq!(num(1.0), "1.00");
        assert_eq!(num(-1e-9), "0.00");
        assert_eq!(num(2.345_678), "2.35");
    }
}
