//! Site header: product name, primary navigation, language switcher.

use leptos::prelude::*;

use crate::i18n::*;
use crate::present::add::AddToDeck;
use crate::routes::{AppBase, Page};
use crate::ui::locale::LanguageSelect;
use crate::ui::nav::PrimaryNav;

/// The site header with the primary navigation.
#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    view! {
        <header class="site-header">
            <div class="site-header__bar">
                <a href=base.to(Page::Home) class="brand">
                    <svg class="brand__mark" viewBox="0 0 32 32" aria-hidden="true">
                        <circle cx="16" cy="16" r="14" />
                        <path d="M2 16h28M16 2c-5 4-5 24 0 28M16 2c5 4 5 24 0 28" />
                    </svg>
                    <span class="brand__name">{t!(i18n, app_name)}</span>
                </a>
                <AddToDeck />
                <LanguageSelect />
            </div>
            <PrimaryNav />
        </header>
    }
}
