//! Component tests in a real headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use klachtwijzer::ui::host::{HostConfig, RegulationSource};
use klachtwijzer::ui::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

const PERSPEKTIEF: &str = include_str!("../public/regulations/perspektief.json");

/// Mounts a wizard with the Perspektief regulation into a fresh element.
fn mount(instance: usize, endpoint: Option<&str>) -> HtmlElement {
    mount_with(
        instance,
        RegulationSource::Inline(PERSPEKTIEF.into()),
        endpoint,
    )
}

fn mount_with(
    instance: usize,
    regulation: RegulationSource,
    endpoint: Option<&str>,
) -> HtmlElement {
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let config = HostConfig {
        regulation,
        endpoint: endpoint.map(str::to_string),
    };
    leptos::mount::mount_to(host.clone(), move || view! { <App instance config/> }).forget();
    host
}

/// Lets the reactive system and animation frames run.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn find(host: &HtmlElement, selector: &str) -> HtmlElement {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

fn heading(host: &HtmlElement) -> String {
    find(host, "h1").text_content().unwrap_or_default()
}

fn click_button(host: &HtmlElement, text: &str) {
    let buttons = host.query_selector_all("button").unwrap();
    for i in 0..buttons.length() {
        let button: HtmlElement = buttons.item(i).unwrap().unchecked_into();
        if button.text_content().unwrap_or_default().trim() == text {
            button.click();
            return;
        }
    }
    panic!("no button {text}");
}

fn type_into(textarea: &HtmlTextAreaElement, text: &str) {
    textarea.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    textarea.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn starts_on_the_start_screen_and_moves_focus_to_the_next_heading() {
    let host = mount(101, Some("http://127.0.0.1:9/submissions"));
    settle().await;
    assert_eq!(heading(&host), "Een klacht indienen");
    click_button(&host, "Begin");
    settle().await;
    assert_eq!(heading(&host), "Wat is er gebeurd?");
    let active = document().active_element().unwrap();
    assert_eq!(active.tag_name(), "H1");
    assert!(host.contains(Some(&active)));
    assert_eq!(
        document().title(),
        "Wat is er gebeurd? – Stap 1 van 2 – Klachtwijzer"
    );
}

#[wasm_bindgen_test]
async fn continuing_without_an_answer_shows_a_focused_error_summary() {
    let host = mount(102, Some("http://127.0.0.1:9/submissions"));
    settle().await;
    click_button(&host, "Begin");
    settle().await;
    click_button(&host, "Verder");
    settle().await;
    let summary = find(&host, ".kw-error-summary");
    assert!(!summary.hidden());
    assert!(summary
        .text_content()
        .unwrap()
        .contains("Schrijf op wat er is gebeurd."));
    let active: HtmlElement = document().active_element().unwrap().unchecked_into();
    assert_eq!(active, summary);
    let textarea = find(&host, "textarea");
    assert_eq!(
        textarea.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    let described_by = textarea.get_attribute("aria-describedby").unwrap();
    assert!(described_by.contains("kw102-what_happened-error"));
    assert!(document().title().starts_with("Fout: "));
    // Still on the same question.
    assert_eq!(heading(&host), "Wat is er gebeurd?");
}

#[wasm_bindgen_test]
async fn switching_language_keeps_the_answer() {
    let host = mount(103, Some("http://127.0.0.1:9/submissions"));
    settle().await;
    click_button(&host, "Begin");
    settle().await;
    let textarea: HtmlTextAreaElement = find(&host, "textarea").unchecked_into();
    type_into(&textarea, "De bus kwam niet.");
    click_button(&host, "English");
    settle().await;
    assert_eq!(heading(&host), "What happened?");
    let textarea: HtmlTextAreaElement = find(&host, "textarea").unchecked_into();
    assert_eq!(textarea.value(), "De bus kwam niet.");
    assert_eq!(
        find(&host, ".kw").get_attribute("lang").as_deref(),
        Some("en")
    );
    click_button(&host, "Continue");
    settle().await;
    assert_eq!(heading(&host), "Check your answers");
    assert_eq!(
        find(&host, ".kw-answer").text_content().unwrap(),
        "De bus kwam niet."
    );
}

#[wasm_bindgen_test]
async fn a_host_element_without_endpoint_shows_the_integrator_what_is_wrong() {
    let host = mount(104, None);
    settle().await;
    let panel = find(&host, ".kw-config-error");
    let text = panel.text_content().unwrap();
    assert!(text.contains("data-endpoint"));
    assert!(text.contains("Neem contact op met de organisatie."));
}

#[wasm_bindgen_test]
async fn a_broken_regulation_lists_every_problem_with_its_path() {
    let broken = PERSPEKTIEF
        .replace("\"format_version\": 1", "\"format_version\": 2")
        .replace("\"amount\": 6", "\"amount\": \"zes\"");
    let host = mount_with(
        105,
        RegulationSource::Inline(broken),
        Some("http://127.0.0.1:9/x"),
    );
    settle().await;
    let items = host.query_selector_all(".kw-config-error li").unwrap();
    assert_eq!(items.length(), 2);
    let text = find(&host, ".kw-config-error").text_content().unwrap();
    assert!(
        text.contains("format_version: expected 1, found 2"),
        "{text}"
    );
    assert!(
        text.contains("timeline.handling_starts_within.amount"),
        "{text}"
    );
}
