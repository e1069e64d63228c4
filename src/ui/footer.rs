//! Site footer with the data attribution.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::*;
use crate::routes::{AppBase, Section};

/// The site footer: data attribution, link to the sources page, disclaimer.
#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    view! {
        <footer class="site-footer">
            <p>{t!(i18n, footer.attribution)}</p>
            <nav aria-label=move || t_string!(i18n, footer.more_label)>
                <ul class="footer-links">
                    {Section::MORE
                        .into_iter()
                        .map(|section| {
                            view! {
                                <li>
                                    <A href=base.href(section.path())>{move || section.nav_label(i18n)}</A>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
            <p>
                <A href=base.href(Section::About.path())>{t!(i18n, footer.sources_link)}</A>
                " · "
                {t!(i18n, footer.disclaimer)}
            </p>
        </footer>
    }
}
