//! `#[module]`: the optional init hook, run after every other export is registered.

use crate::attrs;
use proc_macro2::TokenStream;
use quote::quote;
use syn::{Item, ItemFn};

pub fn expand(attr: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    attrs::parse_args(attr, "module", &[])?;
    let func: ItemFn = match syn::parse2::<Item>(item)? {
        Item::Fn(f) => f,
        other => return Err(syn::Error::new_spanned(other, "#[module] applies to a fn")),
    };
    crate::args::check_plain(&func.sig, "#[module]")?;
    if func.sig.inputs.len() != 2 {
        return Err(syn::Error::new_spanned(
            &func.sig.inputs,
            "#[module] fn takes `(env: &Env, exports: Object)` and returns `Result<()>`",
        ));
    }
    let rt = crate::rt();
    let ident = &func.sig.ident;
    let export = crate::export_static(quote!(#rt::Export::module(#ident)), &rt);
    Ok(quote! {
        #func
        const _: () = {
            #export
        };
    })
}
