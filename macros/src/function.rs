//! `#[function]`: exports a free fn.

use crate::args::{self, Context};
use crate::attrs;
use crate::names::{camel_case, is_js_identifier, is_ts_binding, ts_property};
use crate::typedef::Line;
use crate::typescript::Ts;
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::{FnArg, Item, ItemFn, Signature, Type};

pub fn expand(attr: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    let args = attrs::parse_args(attr, "function", &["js_name", "ts_return"])?;
    let mut func: ItemFn = match syn::parse2::<Item>(item)? {
        Item::Fn(f) => f,
        other => {
            return Err(syn::Error::new_spanned(
                other,
                "#[function] applies to a free fn; use #[class], #[object] or #[js_enum] for types",
            ));
        }
    };
    let cx = Context {
        self_ty: None,
        what: "#[function]",
    };
    // `analyze` reads the signature as if it were synchronous; the async form is checked and wrapped below.
    let asyncness = func.sig.asyncness.take();
    let analyzed = args::analyze(&mut func.sig, &cx, args.get("ts_return").map(|l| l.value()));
    func.sig.asyncness = asyncness;
    let mut analyzed = analyzed?;
    let rt = crate::rt();
    let ident = &func.sig.ident;
    let js_name = args
        .get("js_name")
        .map(|l| l.value())
        .unwrap_or_else(|| camel_case(&ident.to_string()));
    let c_name = crate::c_str(&js_name);

    let conversions = analyzed.conversions(&rt);
    let call_args = analyzed.call_args(&rt);
    let finish = match &func.sig.asyncness {
        Some(token) => {
            check_async(&func.sig, &analyzed)?;
            if args.get("ts_return").is_none() {
                analyzed.ret_ts = promise_of(analyzed.ret_ts);
            }
            // Spanned at `async`: a future that is not `Send + 'static` is reported there.
            quote_spanned! {token.span=>
                #rt::spawn_promise(__env, #ident(#(#call_args),*))
            }
        }
        None => analyzed.finish(quote!(#ident(#(#call_args),*)), &rt),
    };
    let callback = args::hidden("__rnode_callback");
    let trampoline = args::trampoline(
        &callback,
        analyzed.arity(),
        quote! { #(#conversions)* #finish },
        &rt,
    );

    // A name TypeScript cannot declare (`eval`, `delete`, `my-fn`) is declared under a local name and
    // exported under its own.
    let (declared, export_alias) = if is_ts_binding(&js_name) {
        (format!("export declare function {js_name}"), None)
    } else {
        let local: String = js_name
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '_' })
            .collect();
        let local = format!("__rnode_export_{local}");
        let exported = if is_js_identifier(&js_name) {
            js_name.clone()
        } else {
            ts_property(&js_name)
        };
        (
            format!("declare function {local}"),
            Some(format!("\nexport {{ {local} as {exported} }}")),
        )
    };
    let mut ts = Ts::lit(declared);
    ts.append(analyzed.ts_params());
    ts.push_str(": ");
    ts.append(analyzed.ret_ts.clone());
    if let Some(alias) = export_alias {
        ts.push_str(&alias);
    }
    let typedef_ident = args::hidden("__RNODE_TYPEDEF");
    let typedef = Line::item("function", &js_name, &ts).emit(&typedef_ident, &rt);
    let export = crate::export_static(
        quote!(#rt::Export::function(#c_name, #callback, &#typedef_ident)),
        &rt,
    );
    Ok(quote! {
        #func
        const _: () = {
            #trampoline
            #typedef
            #export
        };
    })
}

/// `Promise<T>` for the TypeScript type `T` of an async fn's output.
pub(crate) fn promise_of(ts: Ts) -> Ts {
    let mut out = Ts::lit("Promise<");
    out.append(ts);
    out.push_str(">");
    out
}

/// An `async fn` export runs after the call returned, off the JavaScript thread: it cannot borrow from the
/// call nor use the `Env`, and it must return.
pub(crate) fn check_async(sig: &Signature, analyzed: &args::Analyzed) -> syn::Result<()> {
    for input in &sig.inputs {
        let FnArg::Typed(pt) = input else { continue };
        let ty = &*pt.ty;
        let named = |name: &str| match ty {
            Type::Reference(r) => crate::typescript::last_ident(&r.elem).as_deref() == Some(name),
            _ => crate::typescript::last_ident(ty).as_deref() == Some(name),
        };
        if named("Env") {
            return Err(syn::Error::new_spanned(
                ty,
                "an async fn export cannot take the `Env`: it is valid only on the JavaScript thread during \
                 the call, and the future runs on another thread after it",
            ));
        }
        if let Type::Reference(_) = ty {
            return Err(syn::Error::new_spanned(
                ty,
                "an async fn export takes owned arguments, since its future outlives the call: use e.g. \
                 `String` instead of `&str`",
            ));
        }
    }
    if let args::Ret::Never = analyzed.ret {
        return Err(syn::Error::new_spanned(
            &sig.output,
            "an async fn export must return a value (or `()`), which settles its Promise",
        ));
    }
    Ok(())
}
