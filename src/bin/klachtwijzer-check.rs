//! klachtwijzer-check: the command line tool for integrators.
//!
//! ```text
//! klachtwijzer-check check REGULATION.json...           every problem in each file; exit 1 on any
//! klachtwijzer-check run REGULATION.json ANSWERS.json   flow, eligibility, errors and payload as JSON
//!     [--today YYYY-MM-DD] [--now RFC3339] [--id SUBMISSION_ID] [--locale nl|en]
//! klachtwijzer-check explain REGULATION.json            every rule: when, what the wizard says, its source
//! klachtwijzer-check readability FILE.json...           how easy the Dutch texts are (a regulation or a locale file)
//! klachtwijzer-check start-page REGULATION.json [--locale nl|en]   the start screen as HTML, for the host's first screen
//! klachtwijzer-check schema regulation|payload          the published JSON Schemas
//! klachtwijzer-check reference                          the field table of docs/regulation-format.md
//! klachtwijzer-check payload-reference                  the field table of docs/payload.md
//! klachtwijzer-check text-reference                     every text key (docs/texts.md)
//! ```

// Output piped into a command that stops reading (`| head`) ends the tool quietly, as other
// command line tools do, instead of a panic in `println!`.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! println {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if writeln!(std::io::stdout(), $($arg)*).is_err() {
            std::process::exit(0);
        }
    }};
}

#[cfg(not(target_arch = "wasm32"))]
macro_rules! print {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if write!(std::io::stdout(), $($arg)*).is_err() {
            std::process::exit(0);
        }
    }};
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = match args.first().map(String::as_str) {
        Some("check") if args.len() > 1 => cli::check(&args[1..]),
        Some("run") if args.len() >= 3 => cli::run(&args[1], &args[2], &args[3..]),
        Some("explain") if args.len() == 2 => cli::explain(&args[1]),
        Some("readability") if args.len() > 1 => cli::readability(&args[1..]),
        Some("schema") if args.len() == 2 => cli::schema(&args[1]),
        Some("start-page") if args.len() >= 2 => cli::start_page(&args[1], &args[2..]),
        Some("reference") if args.len() == 1 => {
            print!(
                "{}",
                klachtwijzer::core::regulation::format::REGULATION.reference()
            );
            0
        }
        Some("text-reference") if args.len() == 1 => {
            print!("{}", klachtwijzer::i18n::reference::reference());
            0
        }
        Some("payload-reference") if args.len() == 1 => {
            print!("{}", klachtwijzer::core::payload::field_reference());
            0
        }
        _ => {
            eprintln!("{}", cli::USAGE);
            2
        }
    };
    std::process::exit(code);
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use chrono::{DateTime, FixedOffset, Local, NaiveDate};
    use klachtwijzer::core::answers::Answers;
    use klachtwijzer::core::eligibility::{self, verdict};
    use klachtwijzer::core::payload::{self, FindingOut, SubmissionMeta};
    use klachtwijzer::core::{flow, readability, regulation};
    use serde_json::json;

    pub const USAGE: &str = "usage:
  klachtwijzer-check check REGULATION.json...
  klachtwijzer-check run REGULATION.json ANSWERS.json [--today YYYY-MM-DD] [--now RFC3339] [--id ID] [--locale nl|en]
  klachtwijzer-check explain REGULATION.json
  klachtwijzer-check readability FILE.json...
  klachtwijzer-check start-page REGULATION.json [--locale nl|en]
  klachtwijzer-check schema regulation|payload
  klachtwijzer-check reference
  klachtwijzer-check payload-reference
  klachtwijzer-check text-reference";

    fn read(path: &str) -> Result<String, String> {
        std::fs::read_to_string(path).map_err(|err| format!("{path}: cannot read: {err}"))
    }

    pub fn check(paths: &[String]) -> i32 {
        let mut failed = false;
        let today = Local::now().date_naive();
        for path in paths {
            let json = match read(path) {
                Ok(json) => json,
                Err(message) => {
                    failed = true;
                    println!("{message}");
                    continue;
                }
            };
            let report = klachtwijzer::core::check::check(&json, today);
            match &report.regulation {
                Some(r) => println!(
                    "{path}: ok ({}, version {})",
                    r.organisation.name, r.regulation_version
                ),
                None => {
                    failed = true;
                    println!("{path}: {} problem(s)", report.problems.len());
                }
            }
            for problem in &report.problems {
                println!("  {problem}");
            }
            // Warnings (easy language among them) are for the organisation, never an error.
            for warning in &report.warnings {
                println!("  warning: {warning}");
            }
        }
        i32::from(failed)
    }

    /// The start screen drawn by the wizard's own components, to put inside the host element.
    pub fn start_page(path: &str, rest: &[String]) -> i32 {
        let regulation = match read(path).map(|json| regulation::load(&json)) {
            Ok(Ok(r)) => r,
            Ok(Err(problems)) => {
                eprintln!("{path}: {} problem(s); run check", problems.len());
                return 1;
            }
            Err(message) => {
                eprintln!("{message}");
                return 1;
            }
        };
        let locale = match option(rest, "--locale").map(klachtwijzer::i18n::Locale::from_code) {
            None => klachtwijzer::i18n::Locale::Nl,
            Some(Some(locale)) => locale,
            Some(None) => {
                eprintln!("--locale takes nl or en");
                return 2;
            }
        };
        println!(
            "{}",
            klachtwijzer::ui::start_page::render(regulation, locale)
        );
        0
    }

    fn option<'a>(rest: &'a [String], name: &str) -> Option<&'a str> {
        rest.iter()
            .position(|a| a == name)
            .and_then(|i| rest.get(i + 1))
            .map(String::as_str)
    }

    pub fn run(regulation_path: &str, answers_path: &str, rest: &[String]) -> i32 {
        let regulation = match read(regulation_path).map(|json| regulation::load(&json)) {
            Ok(Ok(r)) => r,
            Ok(Err(problems)) => {
                for problem in problems {
                    eprintln!("{regulation_path}: {problem}");
                }
                return 1;
            }
            Err(message) => {
                eprintln!("{message}");
                return 1;
            }
        };
        let answers: Answers = match read(answers_path).and_then(|json| {
            serde_json::from_str(&json).map_err(|err| format!("{answers_path}: {err}"))
        }) {
            Ok(answers) => answers,
            Err(message) => {
                eprintln!("{message}");
                return 1;
            }
        };
        let now: DateTime<FixedOffset> = match option(rest, "--now") {
            Some(text) => match DateTime::parse_from_rfc3339(text) {
                Ok(now) => now,
                Err(err) => {
                    eprintln!("--now {text}: {err}");
                    return 2;
                }
            },
            None => Local::now().fixed_offset(),
        };
        let today = match option(rest, "--today") {
            Some(text) => match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
                Ok(date) => date,
                Err(err) => {
                    eprintln!("--today {text}: {err}");
                    return 2;
                }
            },
            None => now.date_naive(),
        };
        let findings = eligibility::assess(&regulation, &answers, today);
        let steps = flow::steps(&regulation, &answers, today);
        let errors: Vec<_> = flow::validate_all(&regulation, &answers, today)
            .into_iter()
            .map(|(step, e)| json!({ "step": step.slug(), "field": e.field, "message": e.message }))
            .collect();
        let stopped = steps
            .last()
            .is_some_and(|s| flow::is_stop(&regulation, &answers, today, *s));
        let meta = SubmissionMeta {
            submission_id: option(rest, "--id")
                .unwrap_or("00000000-0000-4000-8000-000000000000")
                .to_string(),
            created_at: now,
            locale: option(rest, "--locale").unwrap_or("nl").to_string(),
        };
        let document =
            (!stopped && errors.is_empty()).then(|| payload::build(&regulation, &answers, meta));
        let out = json!({
            "flow": steps.iter().map(|s| s.slug()).collect::<Vec<_>>(),
            "eligibility": {
                "verdict": verdict(&findings),
                "findings": findings.iter().map(FindingOut::from).collect::<Vec<_>>(),
                "stops_at": stopped.then(|| steps.last().map(|s| s.slug())).flatten(),
            },
            "errors": errors,
            "payload": document,
        });
        println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
        0
    }

    /// Prints the explanation (Markdown); exit 1 when a rule has no source or assumption.
    pub fn explain(path: &str) -> i32 {
        match read(path).map(|json| regulation::load(&json)) {
            Ok(Ok(r)) => {
                print!("{}", klachtwijzer::core::explain::markdown(&r));
                let missing: Vec<String> = klachtwijzer::core::explain::entries(&r)
                    .into_iter()
                    .filter(|e| !e.has_basis())
                    .map(|e| e.path)
                    .collect();
                if missing.is_empty() {
                    0
                } else {
                    eprintln!(
                        "{path}: no source or assumption for: {}",
                        missing.join(", ")
                    );
                    1
                }
            }
            Ok(Err(problems)) => {
                for problem in problems {
                    eprintln!("{path}: {problem}");
                }
                1
            }
            Err(message) => {
                eprintln!("{message}");
                1
            }
        }
    }

    /// The Dutch texts of a regulation file, or of a locale file (key → text).
    pub fn dutch_texts(path: &str, json: &str) -> Vec<(String, String)> {
        if path.ends_with("nl.json") {
            return readability::locale_texts(json);
        }
        regulation::shown_texts(json)
    }

    /// Figures per file, then every warning.
    pub fn readability(paths: &[String]) -> i32 {
        println!(
            "| file | texts | sentences | longest sentence | Flesch-Douma | passive | long words |"
        );
        println!("| --- | --- | --- | --- | --- | --- | --- |");
        let mut warnings = Vec::new();
        for path in paths {
            let json = match read(path) {
                Ok(json) => json,
                Err(message) => {
                    eprintln!("{message}");
                    return 1;
                }
            };
            let texts = dutch_texts(path, &json);
            let all: Vec<&str> = texts.iter().map(|(_, t)| t.as_str()).collect();
            let f = readability::figures(&all);
            println!(
                "| {path} | {} | {} | {} | {:.0} | {} | {} |",
                f.texts, f.sentences, f.longest_sentence, f.flesch_douma, f.passives, f.long_words
            );
            for (at, text) in &texts {
                warnings.extend(readability::warnings(&format!("{path}: {at}"), text));
            }
        }
        for warning in warnings {
            println!("warning: {warning}");
        }
        0
    }

    pub fn schema(which: &str) -> i32 {
        let schema = match which {
            "regulation" => regulation::json_schema(),
            "payload" => payload::json_schema(),
            _ => {
                eprintln!("{USAGE}");
                return 2;
            }
        };
        println!(
            "{}",
            serde_json::to_string_pretty(&schema).unwrap_or_default()
        );
        0
    }
}
