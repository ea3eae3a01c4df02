//! The blend screen in the window's language: one figure for one quantity
//! in the locale's number format (Spanish: decimal comma) across the table,
//! the team's pie, the range bars' descriptions, the balance bar and the
//! notes; every word German in a German window, the saved team recipe too.

use cx_recipe::app::dialogs::Picked;
use cx_recipe::i18n::Lang;
use cx_recipe::recipe::format;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::blend_screen::{balance_label, blend_window, five_tagged, texts};
use crate::gui_facilitation::click;

/// The figures in `text` ("24,1 %", "9,1–36,4 %", "9,3 p. p.").
fn figures(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_digit() || c == ','))
        .filter(|t| t.contains(',') && t.len() > 2)
        .map(str::to_owned)
        .collect()
}

#[test]
fn one_quantity_reads_one_way_on_the_blend_screen_in_spanish() {
    let folder = tempfile::tempdir().unwrap();
    let mut w = blend_window(Lang::Es, five_tagged(folder.path()));
    click(&mut w, "Notas de la receta del equipo");
    let app = w.harness.state();
    let team = app.team_blend().unwrap();
    let blend = team.blend.clone();
    let drawn = texts(&w);
    let notes = drawn
        .iter()
        .find(|t| t.starts_with("Combinación de 5 recetas"))
        .cloned()
        .expect("the notes are shown");
    // Go to the team's step: its pie's labels are the rows' means.
    for _ in 0..5 {
        click(&mut w, "Siguiente ▶");
    }
    let drawn = texts(&w);
    for row in &blend.rows {
        let name = cx_recipe::i18n::blend_text::row_name(row, Lang::Es);
        let mean = cx_recipe::i18n::blend_text::mean(row, 1, Lang::Es);
        let range = cx_recipe::i18n::blend_text::range(row, 1, Lang::Es);
        let sd = cx_recipe::i18n::blend_text::sd(row, 1, Lang::Es);
        assert!(mean.contains(','), "{mean}");
        // The table, the team's pie and the range bar's description.
        assert!(
            drawn.iter().filter(|t| **t == mean).count() >= 2,
            "{name}: {mean} not in the table and on the pie: {drawn:?}"
        );
        assert!(w.harness.query_all_by_label(&range).count() >= 1, "{range}");
        assert!(w.harness.query_all_by_label(&sd).count() >= 1, "{sd}");
        let number = |share: f64| cx_recipe::i18n::number::percent_number(Lang::Es, share, 1);
        let (min, max) = (number(row.min), number(row.max));
        assert_eq!(range, format!("{min}–{max} %"));
        let points = sd.split(' ').next().unwrap().to_owned();
        let described = w
            .harness
            .query_all_by_role(Role::Image)
            .filter_map(|n| n.accesskit_node().label())
            .find(|l| l.starts_with(&format!("{name}:")))
            .unwrap_or_default();
        assert_eq!(
            figures(&described),
            [number(row.mean), min, max, points],
            "{described}"
        );
        // The notes say the same range and deviation.
        let line = notes
            .lines()
            .find(|l| l.starts_with(&format!("- {name}:")))
            .unwrap();
        assert!(line.contains(&format!("{range}, DE {sd}")), "{line}");
    }
    // The balance bar and the notes' balance line.
    let bar = balance_label(&w);
    let line = notes.lines().find(|l| l.starts_with("Equilibrio")).unwrap();
    assert_eq!(figures(&bar), figures(line), "{bar} / {line}");
    assert_eq!(figures(&bar).len(), 3);
}

#[test]
fn the_blend_screen_speaks_german() {
    let folder = tempfile::tempdir().unwrap();
    let mut w = blend_window(Lang::De, five_tagged(folder.path()));
    click(&mut w, "Notizen des Team-Rezepts");
    click(&mut w, "Wer Effizienz genannt hat: 5 von 5");
    for shown in [
        "Team-Mischung",
        "Die Balance des Teams",
        "Art",
        "Mittel",
        "Genannt von",
        "Teilnehmer 1 von 5",
    ] {
        w.harness.get_by_label(shown);
    }
    assert!(w.harness.query_all_by_label("Spanne").count() >= 1);
    // The row merged from three languages goes by its German name.
    w.harness
        .get_by_label_contains("Gezählt als Effizienz: „Eficiencia“, „Efficiency“, „efficiency“");
    // In the row and in the notes.
    let decided = "Kochen, wie in der Bibliothek: Backen laut 1, Kochen laut 3";
    assert_eq!(w.harness.query_all_by_label_contains(decided).count(), 2);
    w.harness
        .get_by_label("Ana García — 30,0 % · Backen · schrieb „Eficiencia“");
    let drawn = texts(&w);
    let notes = drawn
        .iter()
        .find(|t| t.starts_with("Mischung aus 5 Rezepten"))
        .expect("the notes in German");
    assert!(notes.contains("Team-Balance: Backen "), "{notes}");
    assert!(notes.contains("- Effizienz: "), "{notes}");
    // No English left on the screen.
    for english in [
        "Team blend",
        "The team",
        "Baking",
        "Cooking",
        "Untagged",
        "Kind",
        "Range",
        "Who named",
        "Counted as",
        "Notes of",
        "Everyone",
        "pp",
        "Each amount",
    ] {
        assert!(
            !drawn.iter().any(|t| t.contains(english)),
            "{english:?} in {:?}",
            drawn.iter().find(|t| t.contains(english))
        );
    }
    // The team recipe saved from a German window is German too.
    let path = folder.path().join("team.ron");
    w.dialogs.answer(Picked::Path(path.clone()));
    click(&mut w, "Mischung speichern unter…");
    let saved = format::load(&path).unwrap();
    assert_eq!(saved.title, "Team-Mischung");
    assert!(saved.notes.starts_with("Mischung aus 5 Rezepten"));
    assert!(saved.ingredients.iter().any(|i| i.name == "Effizienz"));
}
