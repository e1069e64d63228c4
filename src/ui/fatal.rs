//! Last line of defence: a panic aborts the WebAssembly instance, so the hook logs it to the
//! console and writes a readable message into the page instead of leaving it blank.
//!
//! The message's way out is a plain link to the page itself, not a button: the instance that
//! would run a button's handler is the one that just died.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::i18n::{td_string, Locale};

/// Whether a fatal error has been reported already.
static REPORTED: AtomicBool = AtomicBool::new(false);

/// Installs the panic hook (console log + visible message). Call once, before mounting.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        report_fatal(|| console_error_panic_hook::hook(info));
    }));
}

/// Reports the first fatal error: `log` writes it to the console, then the page shows the
/// message with its reload link. Later calls do nothing and return `false`: after a panic the
/// instance is broken, and an event handler running into what the first panic left behind would
/// otherwise log again and stack a second message.
pub fn report_fatal(log: impl FnOnce()) -> bool {
    if REPORTED.swap(true, Ordering::Relaxed) {
        return false;
    }
    log();
    show_fatal_message();
    true
}

fn show_fatal_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let locale = document
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|lang| lang.parse::<Locale>().ok())
        .unwrap_or_default();
    let Ok(panel) = document.create_element("section") else {
        return;
    };
    let _ = panel.set_attribute("class", "notice notice--error notice--fatal");
    let _ = panel.set_attribute("role", "alert");
    let title = td_string!(locale, error.title);
    let body = td_string!(locale, error.fatal);
    let reload = td_string!(locale, error.reload);
    panel.set_inner_html(&format!(
        "<h1>{title}</h1><p>{body}</p><p><a href=\"\">{reload}</a></p>"
    ));
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&panel);
    }
}
