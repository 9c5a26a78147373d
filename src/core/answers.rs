use serde::{Deserialize, Serialize};

/// Everything the person has answered so far. The wizard keeps this; the core decides with it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Answers {
    /// "Wat is er gebeurd?": the complaint in the person's own words.
    pub what_happened: String,
}

/// Names of answer fields, shared by validation (error targets) and the UI (element ids).
pub mod field {
    pub const WHAT_HAPPENED: &str = "what_happened";
}
