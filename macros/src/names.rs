//! Rust-to-JavaScript name conversion.

/// `snake_case` -> `camelCase`. Leading underscores are kept so `_private` stays distinguishable, and a raw
/// identifier prefix (`r#type`) is dropped because JavaScript has no such syntax.
pub fn camel_case(name: &str) -> String {
    let name = name.strip_prefix("r#").unwrap_or(name);
    let body = name.trim_start_matches('_');
    let mut out = String::with_capacity(name.len());
    out.push_str(&name[..name.len() - body.len()]);
    let mut upper_next = false;
    for c in body.chars() {
        if c == '_' {
            upper_next = !out.is_empty() && !out.ends_with('_');
            continue;
        }
        if upper_next {
            out.extend(c.to_uppercase());
            upper_next = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The accessor a setter named `set_x` defines (`x`), before camel-casing.
pub fn setter_property(name: &str) -> Option<&str> {
    name.strip_prefix("set_").filter(|rest| !rest.is_empty())
}

/// Whether `name` can be written as a JavaScript identifier (so it can name a class or enum in the `.d.ts`).
pub fn is_js_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if c == '_' || c == '$' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c == '$' || c.is_alphanumeric())
}

/// Words that cannot name a binding (function, parameter, class) in a TypeScript module, which is strict mode.
const RESERVED: &[&str] = &[
    "arguments",
    "await",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "eval",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "implements",
    "import",
    "in",
    "instanceof",
    "interface",
    "let",
    "new",
    "null",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "static",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "yield",
];

/// Whether `name` can be declared as a function, class or parameter name in a `.d.ts` module.
pub fn is_ts_binding(name: &str) -> bool {
    is_js_identifier(name) && !RESERVED.contains(&name)
}

/// A property or method name as TypeScript accepts it: bare when it is an identifier, else quoted.
pub fn ts_property(name: &str) -> String {
    if is_js_identifier(name) {
        name.to_owned()
    } else {
        ts_string(name)
    }
}

/// A TypeScript double-quoted string literal.
pub fn ts_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_case_converts_snake_case() {
        assert_eq!(camel_case("greet"), "greet");
        assert_eq!(camel_case("sha256_sync"), "sha256Sync");
        assert_eq!(camel_case("set_value_twice"), "setValueTwice");
        assert_eq!(camel_case("_private_thing"), "_privateThing");
        assert_eq!(camel_case("r#type"), "type");
        assert_eq!(camel_case("a__b"), "aB");
        assert_eq!(camel_case("trailing_"), "trailing");
        assert_eq!(camel_case("alreadyCamel"), "alreadyCamel");
    }

    #[test]
    fn setter_property_strips_prefix() {
        assert_eq!(setter_property("set_value"), Some("value"));
        assert_eq!(setter_property("set_"), None);
        assert_eq!(setter_property("value"), None);
    }

    #[test]
    fn ts_names() {
        assert!(is_ts_binding("greet"));
        assert!(!is_ts_binding("this"));
        assert!(!is_ts_binding("eval"));
        assert!(!is_ts_binding("my-fn"));
        assert_eq!(ts_property("delete"), "delete");
        assert_eq!(ts_property("my-field"), "\"my-field\"");
        assert_eq!(ts_property("a\"b"), "\"a\\\"b\"");
    }

    #[test]
    fn js_identifiers() {
        assert!(is_js_identifier("Counter"));
        assert!(is_js_identifier("$x_1"));
        assert!(!is_js_identifier("1abc"));
        assert!(!is_js_identifier("a-b"));
        assert!(!is_js_identifier(""));
    }
}
