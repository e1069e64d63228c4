//! Site footer with the data attribution.

use leptos::prelude::*;

use crate::i18n::*;
use crate::routes::{Page, Section};
use crate::ui::nav_link::NavLink;

/// The site footer: data attribution, link to the sources page, disclaimer.
#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
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
                                    <NavLink page=section
                                        .page()>{move || section.nav_label(i18n)}</NavLink>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
            <p>
                <NavLink page=Page::About>{t!(i18n, footer.sources_link)}</NavLink>
                " · "
                {t!(i18n, footer.disclaimer)}
            </p>
        </footer>
    }
}
