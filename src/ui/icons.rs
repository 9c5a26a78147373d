//! Our own pictograms: simple line drawings, always shown beside their text.

use leptos::prelude::*;

pub use crate::core::steps::Icon;

/// SVG path data on a 24×24 grid, drawn as 2px lines.
fn path(icon: Icon) -> &'static str {
    match icon {
            Icon::Person => "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c0-4 4-6 8-6s8 2 8 6",
            Icon::Helper => "M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-3 3-5 6-5s6 2 6 5M17 11a3 3 0 1 0 0-6M16 15c3 0 6 2 6 5",
            Icon::ForOther => "M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 20c0-3 3-5 6-5 2 0 4 1 5 2M15 14h7M19 11l3 3-3 3",
            Icon::Group => "M12 10a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM5 12a2 2 0 1 0 0-4M19 12a2 2 0 1 0 0-4M6 20c0-3 3-5 6-5s6 2 6 5M1 19c0-2 2-4 4-4M23 19c0-2-2-4-4-4",
            Icon::House => "M3 11l9-7 9 7M5 10v10h14V10M10 20v-6h4v6",
            Icon::Badge => "M4 7h16v13H4zM9 7V4h6v3M12 14a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM8 18c1-2 7-2 8 0",
            Icon::Handshake => "M2 12l4-4 4 2 4-2 4 4 4-4M6 8v6l5 5 3-3M10 16l4-4",
            Icon::Heart => "M12 20s-8-5-8-11a4 4 0 0 1 8-1 4 4 0 0 1 8 1c0 6-8 11-8 11z",
            Icon::Scales => "M12 3v18M6 21h12M4 7h16M6 7l-3 7h6zM18 7l-3 7h6z",
            Icon::Chat => "M4 5h16v11H9l-5 4zM8 9h8M8 12h5",
            Icon::Email => "M3 6h18v12H3zM3 6l9 7 9-7",
            Icon::Phone => "M7 3h10v18H7zM11 18h2",
            Icon::Letter => "M4 8l8-5 8 5v12H4zM4 8l8 6 8-6",
            Icon::Speaker => "M4 9h4l5-4v14l-5-4H4zM16 9a4 4 0 0 1 0 6M18 6a8 8 0 0 1 0 12",
    }
}

#[component]
pub fn Pictogram(icon: Icon) -> impl IntoView {
    view! {
        <svg class="kw-icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
            <path d=path(icon) fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
}
