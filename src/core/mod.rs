//! The pure core: rules that decide the journey. No browser types live here, so everything
//! is tested natively with `cargo test`.

#[macro_use]
mod named;
#[macro_use]
mod sourced;

pub mod answers;
pub mod check;
pub mod date_input;
pub mod deadlines;
pub mod delivery;
pub mod draft;
pub mod editing;
pub mod eligibility;
#[cfg(not(target_arch = "wasm32"))]
pub mod explain;
pub mod flow;
pub mod iso;
pub mod next;
pub mod payload;
pub mod readability;
pub mod regulation;
pub mod steps;
pub mod terms;
pub mod text;
pub mod theme;
pub mod tour;
pub mod validation;
pub mod warnings;
pub mod wording;
