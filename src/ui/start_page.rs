//! A regulation's start screen as HTML, drawn by the same components as in the browser: the
//! first screen a host page shows before the wizard's files have arrived (natively:
//! `klachtwijzer-check start-page` and the demo page; in the browser: the studio). Its "Begin" works at once: the
//! loader remembers the press and says the form is opening; the wizard then opens on the
//! first question. When the wizard cannot run, the loader hides what needs it
//! (`data-kw-needs-wizard`) and shows the `data-klachtwijzer-unsupported` line.

use leptos::prelude::*;

use super::{Frame, Wizard};
use crate::core::regulation::Regulation;
use crate::i18n::{self, Locale};

/// The host element's content: the start screen, a status line for the loader, and what a
/// browser that cannot run the wizard shows.
#[cfg(not(target_arch = "wasm32"))]
pub fn render(regulation: Regulation, locale: Locale) -> String {
    let owner = Owner::new();
    let frame = owner.with(|| {
        let w = Wizard::new(0, regulation.clone(), String::new());
        w.locale.set(locale);
        view! { <Frame wizard=w root=NodeRef::new()/> }.to_html()
    });
    wrap(frame, &regulation, locale)
}

/// The start screen drawn in the browser into `into` (the studio's copy for a host page),
/// then taken out again as HTML.
#[cfg(target_arch = "wasm32")]
pub fn render_into(into: web_sys::HtmlElement, regulation: Regulation, locale: Locale) -> String {
    let drawn = regulation.clone();
    let mounted = leptos::mount::mount_to(into.clone(), move || {
        let w = Wizard::new(0, drawn.clone(), String::new());
        w.locale.set(locale);
        view! { <Frame wizard=w root=NodeRef::new()/> }
    });
    let frame = into.inner_html();
    drop(mounted);
    wrap(frame, &regulation, locale)
}

/// Natively the start screen is drawn as HTML directly.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_into(_into: web_sys::HtmlElement, regulation: Regulation, locale: Locale) -> String {
    render(regulation, locale)
}

/// The drawn frame with the organisation's colours, the loader's status line and the lines
/// for a browser without the wizard.
pub fn wrap(frame: String, regulation: &Regulation, locale: Locale) -> String {
    // The organisation's colours, as the wizard sets them on its root in the browser.
    let frame = match theme_style(regulation) {
        Some(style) => frame.replacen(
            " class=\"kw\">",
            &format!(" class=\"kw\" style=\"{}\">", attribute(&style)),
            1,
        ),
        None => frame,
    };
    let t = |key: &str| attribute(&i18n::t(locale, key));
    format!(
        "<div class=\"kw-first-screen\">{frame}\
         <p class=\"kw-visually-hidden\" role=\"status\" data-kw-opening=\"{}\" data-kw-wait=\"{}\"></p>\
         <p data-klachtwijzer-unsupported hidden>{}</p>\
         <noscript><p>{}</p></noscript></div>",
        t("first_screen.opening"),
        t("first_screen.wait"),
        t("first_screen.unsupported"),
        t("first_screen.no_script"),
    )
}

fn theme_style(regulation: &Regulation) -> Option<String> {
    let properties: Vec<String> = crate::core::theme::css_properties(regulation.theme.as_ref()?)
        .into_iter()
        .map(|(name, value)| format!("{name}: {value}"))
        .collect();
    (!properties.is_empty()).then(|| properties.join("; "))
}

fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
