//! Countries index: every country in the bundled data, grouped by MDG region.

use leptos::prelude::*;

use crate::data::{data_path, Countries, DataFile, GroupKind};
use crate::i18n::*;
use crate::routes::Section;
use crate::store::use_data;
use crate::ui::{loaded::loaded, page::PageHeading};

/// The countries page.
#[component]
pub fn CountriesPage() -> impl IntoView {
    let i18n = use_i18n();
    let countries = use_data::<Countries>(|| data_path(DataFile::Countries));
    view! {
        <article class="page">
            <PageHeading section=Section::Countries />
            {loaded(
                countries,
                move |data| {
                    let lang = i18n.get_locale().as_str();
                    let total = data.countries.len();
                    let regions = data
                        .groups
                        .iter()
                        .filter(|group| group.kind == GroupKind::MdgRegion)
                        .map(|region| {
                            let mut names: Vec<String> = data
                                .countries
                                .iter()
                                .filter(|country| country.mdg_region == region.id)
                                .map(|country| country.name.get(lang).to_owned())
                                .collect();
                            names.sort_by_cached_key(|name| crate::data::fold(name));
                            let count = names.len();
                            let heading_id = format!("region-{}", region.id);
                            let labelled_by = heading_id.clone();
                            view! {
                                <section aria-labelledby=labelled_by>
                                    <h2 id=heading_id>
                                        {region.name.get(lang).to_owned()} " "
                                        <small class="muted">
                                            "(" {move || t_string!(i18n, countries.region_count, count = count).to_string()} ")"
                                        </small>
                                    </h2>
                                    <ul class="region-group">
                                        {names.into_iter().map(|name| view! { <li>{name}</li> }).collect_view()}
                                    </ul>
                                </section>
                            }
                        })
                        .collect_view();
                    view! {
                        <p class="counts">{move || t_string!(i18n, countries.count, count = total).to_string()}</p>
                        {regions}
                    }
                },
            )}
        </article>
    }
}
