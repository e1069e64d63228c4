//! The primary navigation on phones: one button that opens every entry, groups included.

use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::i18n::*;
use crate::ui::nav::NavEntries;

/// A "Menu" button (shown on narrow screens only, by CSS) and the native modal `<dialog>` it
/// opens. The platform does the rest: focus moves into the dialog and back to the button when it
/// closes, the page behind is inert, Escape closes it. The page changing (a link followed), the
/// close button or a click on the backdrop also close it; not the click on a link itself, which
/// the router must still see with its link in place. The list is drawn only while the dialog is
/// open.
#[component]
pub fn PhoneMenu() -> impl IntoView {
    let i18n = use_i18n();
    let dialog = NodeRef::<html::Dialog>::new();
    let open = RwSignal::new(false);
    let show = move |_| {
        if let Some(dialog) = dialog.get_untracked() {
            open.set(true);
            let _ = dialog.show_modal();
        }
    };
    let close = move || {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
    };
    let path = use_location().pathname;
    Effect::new(move |previous: Option<String>| {
        let now = path.get();
        if previous.is_some_and(|p| p != now) {
            close();
        }
        now
    });
    view! {
        <button type="button" class="menu-button" aria-haspopup="dialog" on:click=show>
            <svg class="menu-button__icon" viewBox="0 0 20 20" aria-hidden="true">
                <path d="M2 4h16M2 10h16M2 16h16" />
            </svg>
            {t!(i18n, nav.menu)}
        </button>
        <dialog
            class="menu-dialog"
            node_ref=dialog
            aria-label=move || t_string!(i18n, nav.menu)
            on:close=move |_| open.set(false)
            on:click=move |ev| {
                if ev.target() == dialog.get_untracked().map(Into::into) {
                    close();
                }
            }
        >
            <div class="menu-dialog__content">
                <button type="button" class="menu-dialog__close" on:click=move |_| close()>
                    {t!(i18n, present.close)}
                </button>
                <ul class="menu-dialog__list">
                    {move || open.get().then(|| view! { <NavEntries expanded=true /> })}
                </ul>
            </div>
        </dialog>
    }
}
