//! The modules of `src/core` import each other without a cycle: every rule can be read
//! starting from one module, following its imports downwards.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// `steps/role.rs` → `steps::role`; `steps/mod.rs` → `steps`.
fn module_of(path: &Path, root: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap().with_extension("");
    let parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .filter(|p| p != "mod")
        .collect();
    parts.join("::")
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module a path in `module`'s code names (`super::x::y`, `crate::core::x`, or a child
/// `x::y` of a `mod.rs`), as the longest prefix that is a module.
fn target(module: &str, is_mod_rs: bool, path: &str, modules: &BTreeSet<String>) -> Option<String> {
    let mut base: Vec<&str> = if module.is_empty() {
        vec![]
    } else {
        module.split("::").collect()
    };
    let mut rest: Vec<&str> = path.split("::").collect();
    if rest[0] == "crate" {
        if rest.get(1) != Some(&"core") {
            return None;
        }
        base.clear();
        rest.drain(..2);
    } else if rest[0] == "super" {
        // In `x/mod.rs`, `super` is x's parent; in `x/y.rs`, it is x.
        if is_mod_rs {
            base.pop();
        }
        while rest.first() == Some(&"super") {
            rest.remove(0);
            if rest.first() == Some(&"super") {
                base.pop();
            }
        }
        if !is_mod_rs {
            base.pop();
        }
    } else if !is_mod_rs {
        return None;
    }
    let mut best = None;
    let mut current = base.clone();
    if !current.is_empty() && modules.contains(&current.join("::")) {
        best = Some(current.join("::"));
    }
    for part in rest {
        current.push(part);
        let name = current.join("::");
        if modules.contains(&name) {
            best = Some(name);
        } else {
            break;
        }
    }
    best
}

/// Every `a::b::c` path in the code, with use trees expanded: `super::{a, b::{c, d}}` gives
/// `super::a`, `super::b::c` and `super::b::d`.
fn paths_in(code: &str) -> Vec<String> {
    fn expand(prefix: &str, tree: &str, out: &mut Vec<String>) {
        let mut depth = 0;
        let mut start = 0;
        let mut parts = Vec::new();
        for (i, c) in tree.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    parts.push(&tree[start..i]);
                    start = i + 1;
                }
                _ => {}
            }
        }
        parts.push(&tree[start..]);
        for part in parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
            match part.find("::{") {
                Some(at) => {
                    let inner = &part[at + 3..part.rfind('}').unwrap_or(part.len())];
                    expand(&format!("{prefix}{}::", &part[..at]), inner, out);
                }
                None => out.push(format!("{prefix}{part}")),
            }
        }
    }
    let mut out = Vec::new();
    let mut rest = code;
    // Use trees with braces first; then every plain path in the code.
    while let Some(at) = rest.find("::{") {
        let before = &rest[..at];
        let start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .map_or(0, |i| i + 1);
        let mut depth = 0;
        let mut end = at + 2;
        for (i, c) in rest[at + 2..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = at + 2 + i;
                        break;
                    }
                }
                _ => {}
            }
        }
        expand(
            &format!("{}::", &rest[start..at]),
            &rest[at + 3..end],
            &mut out,
        );
        rest = &rest[end..];
    }
    let plain: String = code
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' || c == ':' {
                c
            } else {
                ' '
            }
        })
        .collect();
    out.extend(
        plain
            .split_whitespace()
            .filter(|t| t.contains("::"))
            .map(String::from),
    );
    out.into_iter()
        .map(|p| p.split(" as ").next().unwrap_or_default().to_string())
        .map(|p| p.split_whitespace().collect::<String>())
        .collect()
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core");
    let mut paths = Vec::new();
    files(&root, &mut paths);
    let modules: BTreeSet<String> = paths.iter().map(|p| module_of(p, &root)).collect();
    let mut graph = BTreeMap::new();
    for path in &paths {
        let module = module_of(path, &root);
        let is_mod_rs = path.file_name().is_some_and(|n| n == "mod.rs");
        let code: String = std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let mut edges = BTreeSet::new();
        for text in paths_in(&code) {
            if let Some(to) = target(&module, is_mod_rs, &text, &modules) {
                if to != module && !to.is_empty() {
                    edges.insert(to);
                }
            }
        }
        graph.insert(module, edges);
    }
    graph
}

#[test]
fn core_modules_have_no_import_cycle() {
    let graph = graph();
    assert!(
        graph["flow"].contains("steps"),
        "the test reads imports: {graph:#?}"
    );
    assert!(graph["eligibility"].contains("steps::role"), "{graph:#?}");
    // Depth-first search: a module seen again on the current path closes a cycle.
    fn visit<'a>(
        node: &'a str,
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) {
        if let Some(at) = path.iter().position(|n| *n == node) {
            panic!(
                "import cycle: {}",
                [&path[at..], &[node]].concat().join(" → ")
            );
        }
        if !done.insert(node) {
            return;
        }
        path.push(node);
        for next in graph.get(node).into_iter().flatten() {
            visit(next, graph, path, done);
        }
        path.pop();
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        visit(node, &graph, &mut Vec::new(), &mut done);
    }
}
