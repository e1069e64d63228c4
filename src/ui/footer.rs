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
            <p>
                <A href=base.href(Section::About.path())>{t!(i18n, footer.sources_link)}</A>
                " · "
                {t!(i18n, footer.disclaimer)}
            </p>
        </footer>
    }
}
