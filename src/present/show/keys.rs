//! The presenter's keys (see [`crate::present::KeyList`]), window-wide so that they work
//! wherever focus is (the slides' frames pass theirs on; see public/start.js).

use leptos::ev;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_use::{use_event_listener, use_window};

use super::{Overlay, Stage};
use crate::data::deck::{command_for_key, Command, DeckRef, JumpBuffer};
use crate::data::route::with_lang;
use crate::i18n::*;
use crate::present::browser::{from_text_field, open_window, toggle_fullscreen};
use crate::routes::AppBase;
use crate::routes::Page;
use crate::ui::locale::use_navigate;

/// Drives `stage` from the keyboard while the calling component lives.
pub(super) fn use_presenter_keys(stage: Stage, reference: &DeckRef) {
    let base = AppBase::expect();
    let navigate_to = use_navigate();
    let link = stage.link;
    let speaker_url = {
        let reference = reference.clone();
        let i18n = use_i18n();
        move || {
            let speaker = base.to(Page::Speaker(&reference, link.current.get_untracked() + 1));
            with_lang(&speaker, i18n.get_locale_untracked().as_str())
        }
    };
    let speaker_window = format!("mdg-speaker-{}", reference.channel().len());
    let leave_url = match reference {
        DeckRef::Mine => Page::Edit(None).path(),
        DeckRef::Saved(id) => Page::Edit(Some(*id)).path(),
        _ => Page::Present.path(),
    };
    let (overlay, jump) = (stage.overlay, stage.jump);
    let _ = use_event_listener(use_window(), ev::keydown, move |ev| {
        if from_text_field(&ev) {
            return;
        }
        let modifiers = ev.ctrl_key() || ev.alt_key() || ev.meta_key();
        let Some(command) = command_for_key(&ev.key(), modifiers) else {
            return;
        };
        // Enter with no number typed activates the focused button as usual, and so does Space
        // in the overview.
        let typing = !jump.with_untracked(JumpBuffer::is_empty);
        if command == Command::Enter && !typing
            || ev.key() == " " && overlay.get_untracked() == Overlay::Overview
        {
            return;
        }
        ev.prevent_default();
        if link.step(command) {
            jump.set(JumpBuffer::default());
            return;
        }
        match command {
            Command::Digit(d) => jump.update(|j| j.push(d)),
            Command::Backspace => jump.update(JumpBuffer::pop),
            Command::Enter => {
                if link.jump(jump) && overlay.get_untracked() == Overlay::Overview {
                    stage.close_overlay();
                }
            }
            Command::Fullscreen => toggle_fullscreen(),
            Command::Overview => stage.toggle(Overlay::Overview),
            Command::Help => stage.toggle(Overlay::Help),
            Command::Blackout => stage.blackout.update(|b| *b = !*b),
            Command::Speaker => {
                let opened = open_window(&speaker_url(), &speaker_window);
                stage.popup_blocked.set(!opened);
            }
            Command::Escape => {
                if typing {
                    jump.set(JumpBuffer::default());
                } else if overlay.get_untracked() != Overlay::None {
                    stage.close_overlay();
                } else if stage.blackout.get_untracked() {
                    stage.blackout.set(false);
                } else {
                    navigate_to(&leave_url, NavigateOptions::default());
                }
            }
            Command::Next
            | Command::Previous
            | Command::SkipNext
            | Command::SkipPrevious
            | Command::First
            | Command::Last => {}
        }
    });
}
