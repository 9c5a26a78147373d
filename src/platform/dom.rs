use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

pub fn set_document_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Moves focus to the first element inside `root` that matches `selector`.
pub fn focus_first(root: &Element, selector: &str) {
    if let Some(element) = root
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Focuses the element with this id in the same wizard as `from` (an error summary link and
/// its field). Searching from the wizard's root works inside a shadow root too.
pub fn focus_in_wizard(from: &Element, id: &str) {
    if let Some(element) = from
        .closest(".kw")
        .ok()
        .flatten()
        .and_then(|root| root.query_selector(&format!("#{id}")).ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// The wizard's stylesheet: the build's hashed file, or the stable `klachtwijzer.css` a host
/// page links itself (so the start page drawn at build time is styled at once).
const STYLESHEET: &str = "link[rel=stylesheet][href*='klachtwijzer-'], link[rel=stylesheet][href$='/klachtwijzer.css'], link[rel=stylesheet][href='klachtwijzer.css']";

/// Puts the wizard in its own shadow root, so the host page's styles cannot reach it and its
/// styles cannot reach the host page. The wizard's stylesheet (added to the page by the
/// loader or the demo page) is linked inside it. The shadow root belongs to a new element at
/// the end of the host: the host's own content (its first screen: a title, "loading", the
/// organisation's contact details) stays as it is, shown, until [`reveal`]; the wizard is
/// rendered out of sight meanwhile. Returns the element to mount into.
pub fn isolate(host: &HtmlElement) -> Option<HtmlElement> {
    let document = web_sys::window()?.document()?;
    let root: HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
    root.set_attribute("data-klachtwijzer-root", "").ok()?;
    set_style(&root, "display", "none");
    host.append_child(&root).ok()?;
    let shadow = root
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .ok()?;
    if let Ok(links) = document.query_selector_all(STYLESHEET) {
        for i in 0..links.length() {
            if let Some(link) = links.item(i).and_then(|l| l.clone_node().ok()) {
                let _ = shadow.append_child(&link);
            }
        }
    }
    let container: HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
    shadow.append_child(&container).ok()?;
    Some(container)
}

/// Shows the wizard in place of the host's first screen, once its stylesheet is there (never
/// a flash of unstyled text that then jumps). The host gets `data-klachtwijzer-ready`.
pub fn reveal(container: HtmlElement, shown: impl FnOnce() + 'static) {
    show(container, false, Box::new(shown));
}

/// Shows the wizard's message after the host's first screen, which stays, with the host's
/// fallback (`data-klachtwijzer-unsupported`, usually its contact details) instead of its
/// loading line: for a wizard that cannot start and has no contact details of its own.
pub fn reveal_beside_first_screen(container: HtmlElement) {
    show(container, true, Box::new(|| {}));
}

/// `shown` runs once the wizard is visible.
fn show(container: HtmlElement, keep_first_screen: bool, shown: Box<dyn FnOnce()>) {
    let Some(shadow) = container
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()
    else {
        return;
    };
    if let Ok(links) = shadow.query_selector_all("link[rel=stylesheet]:not([data-kw-settled])") {
        for i in 0..links.length() {
            let Some(link) = links
                .item(i)
                .and_then(|l| l.dyn_into::<web_sys::HtmlLinkElement>().ok())
            else {
                continue;
            };
            if link.sheet().is_none() {
                // Still loading: come back when it has loaded or failed (then show anyway).
                let settled = link.clone();
                let again = wasm_bindgen::closure::Closure::once_into_js(move || {
                    let _ = settled.set_attribute("data-kw-settled", "");
                    show(container, keep_first_screen, shown);
                });
                let _ = link.add_event_listener_with_callback("load", again.unchecked_ref());
                let _ = link.add_event_listener_with_callback("error", again.unchecked_ref());
                return;
            }
        }
    }
    let Ok(root) = shadow.host().dyn_into::<HtmlElement>() else {
        return;
    };
    let mut refocus = None;
    if let Some(host) = root.parent_element().filter(|_| keep_first_screen) {
        let switch = |selector: &str, hidden: bool| {
            if let Ok(found) = host.query_selector_all(selector) {
                for i in 0..found.length() {
                    if let Some(element) =
                        found.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok())
                    {
                        element.set_hidden(hidden);
                    }
                }
            }
        };
        switch("[role=status]", true);
        switch("[data-klachtwijzer-unsupported]", false);
        switch("[data-kw-needs-wizard]", true);
        let _ = host.set_attribute("data-klachtwijzer-ready", "");
    } else if let Some(host) = root.parent_element() {
        let focused = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .filter(|active| host.contains(Some(active)));
        // A start page drawn at build time goes: the wizard is the only one from now on.
        if let Ok(drawn) = host.query_selector_all(".kw-first-screen") {
            for i in 0..drawn.length() {
                if let Some(node) = drawn.item(i) {
                    if let Some(parent) = node.parent_node() {
                        let _ = parent.remove_child(&node);
                    }
                }
            }
        }
        let first_screen = host.child_nodes();
        for i in (0..first_screen.length()).rev() {
            let Some(node) = first_screen.item(i) else {
                continue;
            };
            if let Some(element) = node.dyn_ref::<HtmlElement>() {
                if *element != root {
                    set_style(element, "display", "none");
                }
            } else if node.node_type() == web_sys::Node::TEXT_NODE {
                let _ = host.remove_child(&node);
            }
        }
        let _ = host.set_attribute("data-klachtwijzer-ready", "");
        refocus = Some((host, focused));
    }
    let _ = root.style().remove_property("display");
    if let Some((host, focused)) = refocus {
        keep_focus(&container, &host, focused);
    }
    shown();
}

/// Whether "Begin" was pressed on the host's first screen (the start page drawn before the
/// wizard was here): the loader marks the host.
pub fn begin_requested(container: &HtmlElement) -> bool {
    first_screen_host(container).is_some_and(|host| host.has_attribute("data-klachtwijzer-begin"))
}

/// Whether the checkbox with this id on the host's first screen is ticked.
pub fn ticked_on_first_screen(container: &HtmlElement, id: &str) -> bool {
    first_screen_host(container)
        .and_then(|host| host.query_selector(&format!("#{id}")).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|input| input.checked())
}

fn first_screen_host(container: &HtmlElement) -> Option<Element> {
    container
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()?
        .host()
        .parent_element()
}

/// Where focus goes when the wizard takes the first screen's place: after an early "Begin"
/// to the question; else to the same control if the person was on one (drawn with the same
/// ids), so nobody loses their place.
fn keep_focus(container: &HtmlElement, host: &Element, focused: Option<Element>) {
    if host.has_attribute("data-klachtwijzer-begin") {
        focus_first(container, "h1");
    } else if let Some(id) = focused.map(|f| f.id()).filter(|id| !id.is_empty()) {
        focus_first(container, &format!("#{id}"));
    }
}

/// The folder the wizard's own files are served from (ending in `/`), found from its
/// stylesheet, which the loader or the demo page links from there.
pub fn assets_base() -> Option<String> {
    let link = web_sys::window()?
        .document()?
        .query_selector(STYLESHEET)
        .ok()??
        .dyn_into::<web_sys::HtmlLinkElement>()
        .ok()?;
    let href = link.href();
    Some(href[..=href.rfind('/')?].to_string())
}

/// Replaces the page (no way back to it with the back button) by `url`.
pub fn leave_for(url: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(url);
    }
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Sets a CSS property (custom properties too) on an element. Through the CSSOM, so it is
/// allowed under a strict Content-Security-Policy without 'unsafe-inline'.
pub fn set_style(element: &HtmlElement, name: &str, value: &str) {
    let _ = element.style().set_property(name, value);
}
