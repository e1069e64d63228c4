//! About & sources: what the app is, every source in the manifest, and the data's caveats.

use leptos::prelude::*;

use crate::ui::offline::OfflinePanel;

use crate::data::{data_path, DataFile, Manifest};
use crate::i18n::*;
use crate::routes::Section;
use crate::store::use_data;
use crate::ui::{loaded::loaded, page::PageHeading, table::ScrollTable};

/// The about page.
#[component]
pub fn AboutPage() -> impl IntoView {
    let i18n = use_i18n();
    let manifest = use_data::<Manifest>(|| data_path(DataFile::Manifest));
    view! {
        <article class="page">
            <PageHeading section=Section::About />
            <p>{t!(i18n, about.purpose)}</p>
            <h2>{t!(i18n, about.caveats_heading)}</h2>
            <ul>
                <li>{t!(i18n, about.caveat_revised)}</li>
                <li>{t!(i18n, about.caveat_poverty)}</li>
                <li>{t!(i18n, about.caveat_proxy)}</li>
            </ul>
            <h2>{t!(i18n, about.sources_heading)}</h2>
            {loaded(
                manifest,
                move |manifest| {
                    let generated = manifest.generated.clone();
                    let version = manifest.schema_version;
                    let rows = manifest
                        .sources
                        .iter()
                        .map(|source| {
                            view! {
                                <tr>
                                    <th scope="row">
                                        <a href=source.url.clone() rel="external" lang="en">
                                            {source.title.clone()}
                                        </a>
                                    </th>
                                    <td lang="en">{source.publisher.clone()}</td>
                                    // The licence's terms as the source states them, in English.
                                    <td lang="en">{source.licence.clone()}</td>
                                    // The manifest's record of the version (a commit, a
                                    // dataset's date), in English like the columns before it.
                                    <td lang="en">{source.version.clone()}</td>
                                </tr>
                            }
                        })
                        .collect_view();
                    view! {
                        <ScrollTable
                            caption=move || t_string!(i18n, about.sources_caption).to_owned()
                            class="data-table"
                            hint=true
                        >
                            <thead>
                                <tr>
                                    <th scope="col">{t!(i18n, about.sources_heading)}</th>
                                    <th scope="col">{t!(i18n, about.publisher)}</th>
                                    <th scope="col">{t!(i18n, about.licence)}</th>
                                    <th scope="col">{t!(i18n, about.version)}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </ScrollTable>
                        <p class="muted">
                            {move || {
                                t_string!(i18n, about.generated, date = generated.clone(), version)
                                    .to_string()
                            }}
                        </p>
                    }
                },
            )}
            <OfflinePanel />
        </article>
    }
}
