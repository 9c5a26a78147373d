//! Klachtwijzer: a guided complaint-form wizard.
//!
//! - [`core`]: pure rules (flow, validation, payload); no browser types.
//! - [`i18n`]: texts per language, loaded from `locales/`.
//! - [`ui`]: Leptos components that render the core's decisions.
//! - [`platform`]: browser effects (time, ids, HTTP, focus).
//! - [`studio`]: the page where an organisation makes its regulation (its own wasm).

pub mod core;
pub mod i18n;
pub mod platform;
pub mod studio;
pub mod ui;

/// Mounts one independent wizard into every `[data-klachtwijzer]` element of the page.
/// The element's `data-regulation` is the URL of the organisation's regulation file (or a
/// `<script type="application/json">` inside it holds the regulation); `data-endpoint`
/// overrides the regulation's endpoint.
pub fn start() {
    use wasm_bindgen::JsCast;

    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(hosts) = document.query_selector_all("[data-klachtwijzer]") else {
        return;
    };
    for instance in 0..hosts.length() {
        let Some(host) = hosts
            .item(instance)
            .and_then(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        if host
            .query_selector("[data-klachtwijzer-root]")
            .ok()
            .flatten()
            .is_some()
        {
            continue; // already started
        }
        let config = ui::host::read(&host);
        // A host without a first screen of its own gets the wizard's "loading" line at once.
        let has_first_screen = host.child_element_count() > 0;
        let Some(container) = platform::dom::isolate(&host) else {
            continue;
        };
        if !has_first_screen {
            platform::dom::reveal(container.clone(), || {});
        }
        let instance = instance as usize;
        let mount = container.clone();
        leptos::mount::mount_to(mount, move || {
            leptos::view! { <ui::App instance config container/> }
        })
        .forget();
    }
}
