//! Attribute macros of the rnode addon toolkit. Use them through `rnode_addon::prelude::*`; this crate's
//! items are re-exported there and documented in the `rnode-addon` crate.
//!
//! Each attribute is a thin entry point over a function of `proc_macro2::TokenStream` (one module per
//! attribute), so expansion can be tested as plain Rust: `tests/expand/*.rs` hold inputs and
//! `*.expanded.rs` the formatted expansions; `UPDATE_EXPAND=1 cargo test -p rnode-addon-macros` rewrites them.
//!
//! Generated code refers to the SDK only through `::rnode_addon::__private`, so an addon depends on
//! `rnode-addon` alone. Every export becomes one entry of the SDK's `EXPORTS` distributed slice (linkme),
//! which `napi_register_module_v1` walks, and one TypeScript record in the `rnode_addon_typedefs` link section.

use proc_macro::TokenStream;

mod args;
mod attrs;
mod class;
mod enums;
mod function;
mod methods;
mod module;
mod names;
mod object;
mod typedef;
mod typescript;

type Expander =
    fn(proc_macro2::TokenStream, proc_macro2::TokenStream) -> syn::Result<proc_macro2::TokenStream>;

fn run(expand: Expander, attr: TokenStream, item: TokenStream) -> TokenStream {
    expand(attr.into(), item.into())
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// Exports a free fn as a JavaScript function. Keys: `js_name = "..."` (default: the camelCase of the Rust
/// name), `ts_return = "..."` (override the TypeScript return type).
#[proc_macro_attribute]
pub fn function(attr: TokenStream, item: TokenStream) -> TokenStream {
    run(function::expand, attr, item)
}

/// Exports a struct as a JavaScript class; its members come from `#[methods]` impl blocks. Key: `js_name`.
#[proc_macro_attribute]
pub fn class(attr: TokenStream, item: TokenStream) -> TokenStream {
    run(class::expand, attr, item)
}

/// Exports the fns of an impl block of a `#[class]`: `#[constructor]`, methods (`&self`/`&mut self`),
/// `#[getter]`, `#[setter]` and static methods (no `self`).
#[proc_macro_attribute]
pub fn methods(attr: TokenStream, item: TokenStream) -> TokenStream {
    run(methods::expand, attr, item)
}

/// Converts a struct with named fields to and from a plain JavaScript object.
#[proc_macro_attribute]
pub fn object(attr: TokenStream, item: TokenStream) -> TokenStream {
    run(object::expand, attr, item)
}

/// Exports a fieldless enum as an object of constants (numbers, or strings given with `#[value = "..."]`).
#[proc_macro_attribute]
pub fn js_enum(attr: TokenStream, item: TokenStream) -> TokenStream {
    run(enums::expand, attr, item)
}

/// Marks the optional init hook `fn(env: &Env, exports: Object) -> Result<()>`, run after the other exports
/// are registered.
#[proc_macro_attribute]
pub fn module(attr: TokenStream, item: TokenStream) -> TokenStream {
    run(module::expand, attr, item)
}

/// The path generated code uses to reach the SDK.
fn rt() -> proc_macro2::TokenStream {
    quote::quote!(::rnode_addon::__private)
}

/// A C string literal (`c"name"`) for a JavaScript name.
fn c_str(s: &str) -> proc_macro2::Literal {
    let c = std::ffi::CString::new(s).expect("names are checked for NUL when parsed");
    proc_macro2::Literal::c_string(&c)
}

/// Rejects a generic item: an export is one concrete Rust type or fn, named by the generated code.
fn no_generics(generics: &syn::Generics, message: &str) -> syn::Result<()> {
    if generics.params.is_empty() {
        Ok(())
    } else {
        Err(syn::Error::new_spanned(generics, message))
    }
}

/// The registration entry of one export in the SDK's distributed slice.
fn export_static(
    value: proc_macro2::TokenStream,
    rt: &proc_macro2::TokenStream,
) -> proc_macro2::TokenStream {
    quote::quote! {
        #[#rt::linkme::distributed_slice(#rt::EXPORTS)]
        #[linkme(crate = #rt::linkme)]
        static __RNODE_EXPORT: #rt::Export = #value;
    }
}

#[cfg(test)]
mod expand_tests;
