//! The sources tab: definition, 2003 indicator, unit, source, licence and caveat.

use leptos::prelude::*;

use super::panel::Panel;
use crate::data::{data_path, DataFile, Manifest};
use crate::i18n::*;
use crate::store::use_data;
use crate::ui::loaded::loaded;

/// The sources tab of the shown series.
#[component]
pub(super) fn SourcesTab(panel: Panel) -> impl IntoView {
    let i18n = use_i18n();
    let manifest = use_data::<Manifest>(|| data_path(DataFile::Manifest));
    loaded(manifest, move |m| {
        let l = i18n.get_locale().as_str();
        let series = panel.series()?;
        let src = m.source(&series.source).cloned();
        let defs: Vec<String> = panel.framework.with_value(|fw| {
            series
                .mdg_2003
                .iter()
                .filter_map(|id| fw.indicator(id))
                .map(|i| format!("{}. {}", i.id, i.text.get(l)))
                .collect()
        });
        let caveat = series.caveat.as_ref().map_or_else(
            || t_string!(i18n, progress.no_caveat).to_owned(),
            |c| c.get(l).to_owned(),
        );
        let link = src.clone().map(|s| {
            view! {
                <a href=s.url rel="external">
                    {s.title}
                </a>
                " · "
                {s.publisher}
                " · "
                {s.version}
            }
        });
        Some(view! {
            <dl class="sources">
                <dt>{t!(i18n, progress.definition)}</dt>
                <dd>
                    {series.source_title.clone()} " (" <code>{series.source_code.clone()}</code> ")"
                </dd>
                <dt>{t!(i18n, progress.mdg_indicator)}</dt>
                <dd>{defs.join(" · ")}</dd>
                <dt>{t!(i18n, progress.unit)}</dt>
                <dd>{series.unit.get(l).to_owned()}</dd>
                <dt>{t!(i18n, progress.source)}</dt>
                <dd>{link}</dd>
                <dt>{t!(i18n, progress.licence)}</dt>
                <dd>{src.map(|s| s.licence)}</dd>
                <dt>{t!(i18n, progress.caveat)}</dt>
                <dd>{caveat}</dd>
            </dl>
        })
    })
}
