//! Expansion tests: each `tests/expand/<name>.rs` is expanded item by item and compared with
//! `tests/expand/<name>.expanded.rs`. Run with `UPDATE_EXPAND=1` to rewrite the expected files after an
//! intended change, then review the diff.

use std::path::Path;

fn expander(attr: &syn::Attribute) -> Option<crate::Expander> {
    let name = attr.path().get_ident()?.to_string();
    Some(match name.as_str() {
        "function" => crate::function::expand,
        "class" => crate::class::expand,
        "methods" => crate::methods::expand,
        "object" => crate::object::expand,
        "js_enum" => crate::enums::expand,
        "module" => crate::module::expand,
        _ => return None,
    })
}

/// Expands every item of `src` that carries one of the toolkit's attributes.
fn expand_file(src: &str) -> String {
    let file: syn::File = syn::parse_str(src).expect("test input parses");
    let mut items = Vec::new();
    for mut item in file.items {
        let attrs = match &mut item {
            syn::Item::Fn(i) => &mut i.attrs,
            syn::Item::Struct(i) => &mut i.attrs,
            syn::Item::Enum(i) => &mut i.attrs,
            syn::Item::Impl(i) => &mut i.attrs,
            _ => {
                items.push(item);
                continue;
            }
        };
        let Some(pos) = attrs.iter().position(|a| expander(a).is_some()) else {
            items.push(item);
            continue;
        };
        let attr = attrs.remove(pos);
        let expand = expander(&attr).expect("checked above");
        let args = match attr.meta {
            syn::Meta::List(l) => l.tokens,
            _ => proc_macro2::TokenStream::new(),
        };
        let out =
            expand(args, quote::ToTokens::into_token_stream(item)).expect("expansion succeeds");
        let expanded: syn::File = syn::parse2(out).expect("expansion parses as items");
        items.extend(expanded.items);
    }
    prettyplease::unparse(&syn::File {
        shebang: None,
        attrs: Vec::new(),
        items,
    })
}

#[test]
fn expansions_match_checked_in_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expand");
    let update = std::env::var_os("UPDATE_EXPAND").is_some();
    let mut checked = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/expand exists")
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".rs") || name.ends_with(".expanded.rs") {
            continue;
        }
        let actual = expand_file(&std::fs::read_to_string(&path).unwrap());
        let expected_path = path.with_extension("expanded.rs");
        if update {
            std::fs::write(&expected_path, &actual).unwrap();
        } else {
            let expected = std::fs::read_to_string(&expected_path).unwrap_or_else(|_| {
                panic!(
                    "{} is missing; run with UPDATE_EXPAND=1",
                    expected_path.display()
                )
            });
            assert!(
                expected == actual,
                "expansion of {name} changed; review and run with UPDATE_EXPAND=1\n--- expected\n{expected}\n--- actual\n{actual}"
            );
        }
        checked += 1;
    }
    assert!(
        checked >= 4,
        "expected at least four expansion inputs, found {checked}"
    );
}

#[test]
fn misuse_is_reported_at_the_span() {
    let cases: &[(crate::Expander, &str, &str, &str)] = &[
        (
            crate::function::expand,
            "",
            "fn f(&self) {}",
            "cannot take `self`",
        ),
        (
            crate::function::expand,
            "",
            "fn f(s: &mut String) {}",
            "`&mut` parameter",
        ),
        (
            crate::function::expand,
            "",
            "fn f(p: (f64, f64)) {}",
            "tuples are not supported",
        ),
        (
            crate::function::expand,
            "",
            "fn f(p: impl Fn()) {}",
            "`impl Trait` is not supported",
        ),
        (
            crate::function::expand,
            "colour = \"x\"",
            "fn f() {}",
            "unknown key in #[function]",
        ),
        (
            crate::function::expand,
            "",
            "async fn f(s: &str) {}",
            "owned arguments",
        ),
        (
            crate::function::expand,
            "",
            "async fn f(env: &Env) {}",
            "cannot take the `Env`",
        ),
        (
            crate::methods::expand,
            "",
            "impl C { async fn f(&self) {} }",
            "not implemented",
        ),
        (crate::class::expand, "", "enum E { A }", "use #[js_enum]"),
        (
            crate::class::expand,
            "",
            "struct S<T>(T);",
            "cannot be generic",
        ),
        (
            crate::class::expand,
            "js_name = \"default\"",
            "struct S;",
            "not a reserved word",
        ),
        (crate::object::expand, "", "struct P(f64);", "named fields"),
        (
            crate::object::expand,
            "js_name = \"class\"",
            "struct P { x: f64 }",
            "not a reserved word",
        ),
        (
            crate::enums::expand,
            "",
            "enum E<T> { A }",
            "cannot be generic",
        ),
        (
            crate::enums::expand,
            "",
            "enum E { A(u8) }",
            "cannot have fields",
        ),
        (
            crate::methods::expand,
            "",
            "impl C { #[constructor] fn a() -> Self { C } #[constructor] fn b() -> Self { C } }",
            "exactly one #[constructor]",
        ),
        (
            crate::methods::expand,
            "",
            "impl C { #[getter] fn v(&self, x: f64) -> f64 { x } }",
            "#[getter] takes no arguments",
        ),
    ];
    for (expand, attr, item, needle) in cases {
        let err = expand(attr.parse().unwrap(), item.parse().unwrap())
            .err()
            .unwrap_or_else(|| panic!("`{item}` should not expand"));
        assert!(
            err.to_string().contains(needle),
            "`{item}`: got `{err}`, wanted `{needle}`"
        );
    }
}
