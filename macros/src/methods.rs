//! `#[methods]`: the constructor, methods, accessors and static methods of a `#[class]`.

use crate::args::{self, Analyzed, Context, Receiver, Ret};
use crate::attrs;
use crate::names::{camel_case, setter_property, ts_property};
use crate::typedef::Line;
use crate::typescript::{self, Ts};
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::{ImplItem, ImplItemFn, Item, ItemImpl, Type};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Constructor,
    Method,
    Static,
    Getter,
    Setter,
}

struct Member {
    kind: Kind,
    js_name: String,
    callback: syn::Ident,
    trampoline: TokenStream,
    ts: Ts,
}

pub fn expand(attr: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    attrs::parse_args(attr, "methods", &[])?;
    let mut imp: ItemImpl = match syn::parse2::<Item>(item)? {
        Item::Impl(i) => i,
        other => {
            return Err(syn::Error::new_spanned(
                other,
                "#[methods] applies to an `impl Type { .. }` block",
            ));
        }
    };
    if let Some((_, path, _)) = &imp.trait_ {
        return Err(syn::Error::new_spanned(
            path,
            "#[methods] applies to an inherent impl, not a trait impl",
        ));
    }
    crate::no_generics(&imp.generics, "#[methods] cannot be generic")?;
    let self_ty = (*imp.self_ty).clone();
    if !matches!(&self_ty, Type::Path(p) if p.qself.is_none()) {
        return Err(syn::Error::new_spanned(
            &self_ty,
            "#[methods] applies to the impl of a #[class] struct",
        ));
    }
    let rt = crate::rt();
    let mut members = Vec::new();
    let mut constructor_seen: Option<proc_macro2::Span> = None;
    for (n, item) in imp.items.iter_mut().enumerate() {
        let ImplItem::Fn(f) = item else { continue };
        let member = member(f, &self_ty, n, &rt)?;
        if member.kind == Kind::Constructor {
            if constructor_seen.is_some() {
                return Err(syn::Error::new_spanned(
                    &f.sig.ident,
                    "a class has exactly one #[constructor]; this is the second one",
                ));
            }
            constructor_seen = Some(f.sig.ident.span());
        }
        members.push(member);
    }

    let trampolines = members.iter().map(|m| &m.trampoline);
    let entries = members.iter().map(|m| {
        let name = crate::c_str(&m.js_name);
        let cb = &m.callback;
        let kind = match m.kind {
            Kind::Constructor => quote!(Constructor),
            Kind::Method => quote!(Method),
            Kind::Static => quote!(Static),
            Kind::Getter => quote!(Getter),
            Kind::Setter => quote!(Setter),
        };
        quote!(#rt::Member { kind: #rt::MemberKind::#kind, name: #name, callback: #cb })
    });
    let mut line = Line::default();
    line.raw("{\"kind\":\"members\",\"owner\":\"")
        .text(&Ts(vec![typescript::Part::ClassName(Box::new(
            self_ty.clone(),
        ))]))
        .raw("\",\"ts\":[");
    for (i, m) in members.iter().enumerate() {
        if i > 0 {
            line.raw(",");
        }
        line.raw("\"").text(&m.ts).raw("\"");
    }
    line.raw("]}");
    let typedef_ident = args::hidden("__RNODE_TYPEDEF");
    let typedef = line.emit(&typedef_ident, &rt);
    let export = crate::export_static(
        quote!(#rt::Export::members(
            &#rt::MembersDef { owner: #rt::class_type_id::<#self_ty>, members: &[#(#entries),*] },
            &#typedef_ident,
        )),
        &rt,
    );
    let one_constructor = constructor_seen
        .map(|span| quote::quote_spanned!(span=> impl #rt::HasConstructor for #self_ty {}));
    Ok(quote! {
        #imp
        #one_constructor
        const _: () = {
            #(#trampolines)*
            #typedef
            #export
        };
    })
}

fn member(f: &mut ImplItemFn, self_ty: &Type, n: usize, rt: &TokenStream) -> syn::Result<Member> {
    let constructor = attrs::take_one(&mut f.attrs, "constructor")?;
    let getter = attrs::take_one(&mut f.attrs, "getter")?;
    let setter = attrs::take_one(&mut f.attrs, "setter")?;
    let js = attrs::take_one(&mut f.attrs, "js")?;
    let markers = [&constructor, &getter, &setter]
        .iter()
        .filter(|a| a.is_some())
        .count();
    if markers > 1 {
        return Err(syn::Error::new_spanned(
            &f.sig.ident,
            "use one of #[constructor], #[getter] and #[setter] per fn",
        ));
    }
    if let Some(a) = &constructor {
        attrs::parse_attr_args(a, "constructor", &[])?;
    }
    let accessor_args = match (&getter, &setter) {
        (Some(a), _) => Some(attrs::parse_attr_args(a, "getter", &["name"])?),
        (_, Some(a)) => Some(attrs::parse_attr_args(a, "setter", &["name"])?),
        _ => None,
    };
    let js_args = match &js {
        Some(a) => attrs::parse_attr_args(a, "js", &["name", "ts_return"])?,
        None => attrs::Args::default(),
    };
    let cx = Context {
        self_ty: Some(self_ty),
        what: "#[methods]",
    };
    // As for #[function]: `analyze` reads the synchronous form; only static methods may be async.
    let asyncness = f.sig.asyncness.take();
    let analyzed = args::analyze(&mut f.sig, &cx, js_args.get("ts_return").map(|l| l.value()));
    f.sig.asyncness = asyncness;
    let mut analyzed = analyzed?;
    let rust_name = f.sig.ident.to_string();
    let kind = if constructor.is_some() {
        if analyzed.receiver != Receiver::None {
            return Err(syn::Error::new_spanned(
                &f.sig.inputs,
                "a #[constructor] creates the instance, so it cannot take `self`",
            ));
        }
        check_constructor_return(&f.sig, &analyzed, self_ty)?;
        Kind::Constructor
    } else if getter.is_some() {
        if analyzed.arity() > 0 {
            return Err(syn::Error::new_spanned(
                &f.sig.inputs,
                "a #[getter] takes no arguments besides `&self`",
            ));
        }
        if analyzed.receiver == Receiver::None {
            return Err(syn::Error::new_spanned(
                &f.sig.ident,
                "a #[getter] takes `&self`",
            ));
        }
        if matches!(analyzed.ret, Ret::Unit | Ret::Never) {
            return Err(syn::Error::new_spanned(
                &f.sig.ident,
                "a #[getter] returns the property's value",
            ));
        }
        Kind::Getter
    } else if setter.is_some() {
        if analyzed.receiver == Receiver::None {
            return Err(syn::Error::new_spanned(
                &f.sig.ident,
                "a #[setter] takes `&mut self` (or `&self`)",
            ));
        }
        if analyzed.arity() != 1 {
            return Err(syn::Error::new_spanned(
                &f.sig.inputs,
                "a #[setter] takes exactly one value",
            ));
        }
        Kind::Setter
    } else if analyzed.receiver == Receiver::None {
        Kind::Static
    } else {
        Kind::Method
    };
    if let Some(token) = &f.sig.asyncness {
        if kind != Kind::Static {
            return Err(syn::Error::new_spanned(
                token,
                "only static methods (no `self`) can be async: a future cannot borrow the instance, which \
                 stays on the JavaScript thread; return `Promise::spawn(env, async move { .. })` with owned \
                 data instead (not implemented)",
            ));
        }
        crate::function::check_async(&f.sig, &analyzed)?;
        if js_args.get("ts_return").is_none() {
            analyzed.ret_ts = crate::function::promise_of(analyzed.ret_ts);
        }
    }
    let explicit = accessor_args
        .as_ref()
        .and_then(|a| a.get("name").cloned())
        .or_else(|| js_args.get("name").cloned())
        .map(|l| l.value());
    let js_name = match (kind, explicit) {
        (_, Some(name)) => name,
        (Kind::Constructor, None) => "constructor".to_owned(),
        (Kind::Setter, None) => match setter_property(&rust_name) {
            Some(prop) => camel_case(prop),
            None => {
                return Err(syn::Error::new_spanned(
                    &f.sig.ident,
                    "name the property: call the fn `set_<property>` or write #[setter(name = \"...\")]",
                ));
            }
        },
        (_, None) => camel_case(&rust_name),
    };

    let callback = format_ident!("__rnode_member_{}", n);
    let ident = &f.sig.ident;
    let conversions = analyzed.conversions(rt);
    let call_args = analyzed.call_args(rt);
    let body = match (kind, analyzed.receiver) {
        (Kind::Constructor, _) => {
            let mut construct = quote!(<#self_ty>::#ident(#(#call_args),*));
            if !returns_result(&analyzed) {
                construct = quote!(::core::result::Result::Ok(#construct));
            }
            quote! {
                #rt::construct(__env, __frame, |__env, __frame| -> #rt::Result<#self_ty> {
                    #(#conversions)*
                    #construct
                })
            }
        }
        (_, Receiver::None) => {
            let call = quote!(<#self_ty>::#ident(#(#call_args),*));
            let finish = match &f.sig.asyncness {
                Some(token) => quote_spanned! {token.span=> #rt::spawn_promise(__env, #call) },
                None => analyzed.finish(call, rt),
            };
            quote! { #(#conversions)* #finish }
        }
        (_, receiver) => {
            let (binding, this) = if receiver == Receiver::RefMut {
                (
                    quote!(let mut __this = __instance.borrow_mut()?;),
                    quote!(&mut *__this),
                )
            } else {
                (quote!(let __this = __instance.borrow()?;), quote!(&*__this))
            };
            let finish = analyzed.finish(quote!(<#self_ty>::#ident(#this, #(#call_args),*)), rt);
            quote! {
                let __instance = #rt::instance::<#self_ty>(__env, __frame.this)?;
                #(#conversions)*
                #binding
                #finish
            }
        }
    };
    let trampoline = args::trampoline(&callback, analyzed.arity(), body, rt);

    let params = analyzed.ts_params();
    let mut ts = Ts::default();
    match kind {
        Kind::Constructor => {
            ts.push_str("constructor");
            ts.append(params);
        }
        Kind::Getter => {
            ts.push_str(&format!("get {}(): ", ts_property(&js_name)));
            ts.append(analyzed.ret_ts.clone());
        }
        Kind::Setter => {
            ts.push_str(&format!("set {}", ts_property(&js_name)));
            ts.append(params);
        }
        Kind::Method | Kind::Static => {
            if kind == Kind::Static {
                ts.push_str("static ");
            }
            ts.push_str(&ts_property(&js_name));
            ts.append(params);
            ts.push_str(": ");
            ts.append(analyzed.ret_ts.clone());
        }
    }
    Ok(Member {
        kind,
        js_name,
        callback,
        trampoline,
        ts,
    })
}

fn returns_result(analyzed: &Analyzed) -> bool {
    matches!(&analyzed.ret, Ret::Value(ty) if typescript::last_ident(ty).as_deref() == Some("Result"))
}

/// A constructor returns `Self` or `Result<Self>`: anything else could not become the instance.
fn check_constructor_return(
    sig: &syn::Signature,
    analyzed: &Analyzed,
    self_ty: &Type,
) -> syn::Result<()> {
    let ok = match &analyzed.ret {
        Ret::Value(ty) => {
            let target = match typescript::last_ident(ty).as_deref() {
                Some("Result") => typescript::generic_args(ty).first().map(|t| (*t).clone()),
                _ => Some((**ty).clone()),
            };
            target.is_some_and(|t| quote!(#t).to_string() == quote!(#self_ty).to_string())
        }
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(syn::Error::new_spanned(
            &sig.output,
            "a #[constructor] returns `Self` or `Result<Self>`",
        ))
    }
}
