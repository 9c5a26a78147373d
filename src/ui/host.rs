//! What the host page tells a wizard: where its regulation is and where complaints go.

/// Where the regulation comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RegulationSource {
    /// `data-regulation="/klacht/regeling.json"`.
    Url(String),
    /// A `<script type="application/json">` inside the host element.
    Inline(String),
    Missing,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostConfig {
    pub regulation: RegulationSource,
    /// `data-endpoint`: overrides `delivery.endpoint` of the regulation.
    pub endpoint: Option<String>,
    /// Whether a configuration error is explained (in English, for the integrator) beside
    /// the visitor's message: `data-debug` (`data-debug="off"`: never), or by default on a
    /// local page (localhost, 127.0.0.1), never on the public site.
    pub debug: bool,
}

/// Reads the configuration from a host element.
pub fn read(host: &web_sys::Element) -> HostConfig {
    let attribute = |name: &str| {
        host.get_attribute(name)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let inline = host
        .query_selector("script[type='application/json']")
        .ok()
        .flatten()
        .and_then(|script| script.text_content());
    // The demo page (and the tests) pick a regulation from its folder with `?regulation=name`.
    let chosen = attribute("data-regulation-folder").and_then(|folder| {
        let name = query_parameter("regulation")?;
        let safe = !name.is_empty()
            && name.len() <= 64
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        safe.then(|| format!("{}/{name}.json", folder.trim_end_matches('/')))
    });
    // The iframe variant: the regulation's URL is a parameter of the page's address.
    let from_address = attribute("data-regulation-param").and_then(|name| query_parameter(&name));
    let regulation = match (
        chosen
            .or(from_address)
            .or_else(|| attribute("data-regulation")),
        inline,
    ) {
        (Some(url), _) => RegulationSource::Url(url),
        (None, Some(json)) => RegulationSource::Inline(json),
        (None, None) => RegulationSource::Missing,
    };
    let debug = match host.get_attribute("data-debug").as_deref().map(str::trim) {
        Some("off") | Some("false") => false,
        Some(_) => true,
        None => is_local_page(),
    };
    HostConfig {
        regulation,
        endpoint: attribute("data-endpoint"),
        debug,
    }
}

fn is_local_page() -> bool {
    let host = web_sys::window().and_then(|w| w.location().hostname().ok());
    matches!(host.as_deref(), Some("localhost" | "127.0.0.1" | "[::1]"))
}

fn query_parameter(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}
