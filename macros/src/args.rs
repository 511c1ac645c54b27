//! Signature analysis shared by `#[function]` and `#[methods]`: which parameters come from JavaScript, how each
//! is converted, how the result goes back, and the TypeScript parameter list.

use crate::attrs;
use crate::names::camel_case;
use crate::typescript::{self, Position, Ts};
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::{FnArg, Pat, ReturnType, Signature, Type};

/// How a method receives its Rust instance.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Receiver {
    None,
    Ref,
    RefMut,
}

pub enum Param {
    /// `env: &Env` (or `Env` by value).
    Env { by_ref: bool },
    /// `this: This` or `this: This<Object>` -- the JavaScript receiver, converted to the given type.
    This,
    /// A value converted from the JavaScript argument at `index`.
    Value {
        index: usize,
        /// The type converted from JavaScript (`String` for a `&str` parameter).
        ty: Box<Type>,
        /// The parameter is `&str`: the converted `String` is passed by reference.
        borrow: bool,
        js_name: String,
        ts: Ts,
        optional: bool,
    },
}

pub enum Ret {
    Unit,
    Never,
    Value(Box<Type>),
}

pub struct Analyzed {
    pub receiver: Receiver,
    pub params: Vec<Param>,
    pub ret: Ret,
    pub ret_ts: Ts,
}

/// What the item around the signature allows.
pub struct Context<'a> {
    /// `Some` inside `#[methods]`: the class type, which replaces `Self`.
    pub self_ty: Option<&'a Type>,
    /// Attribute name for messages (`#[function]`, `#[methods]`).
    pub what: &'static str,
}

fn is_named(ty: &Type, name: &str) -> bool {
    typescript::last_ident(ty).as_deref() == Some(name)
}

/// Rejects signature features no trampoline can call (callers deal with `async` themselves).
pub fn check_plain(sig: &Signature, what: &str) -> syn::Result<()> {
    if let Some(c) = &sig.constness {
        return Err(syn::Error::new_spanned(
            c,
            format!("{what} cannot export a const fn"),
        ));
    }
    if let Some(u) = &sig.unsafety {
        return Err(syn::Error::new_spanned(
            u,
            format!(
                "{what} cannot export an unsafe fn: JavaScript cannot uphold its safety contract"
            ),
        ));
    }
    if let Some(abi) = &sig.abi {
        return Err(syn::Error::new_spanned(
            abi,
            format!("{what} exports a Rust fn; remove the `extern`"),
        ));
    }
    if !sig.generics.params.is_empty() {
        return Err(syn::Error::new_spanned(
            &sig.generics,
            format!("{what} cannot export a generic fn: JavaScript needs one concrete signature"),
        ));
    }
    if let Some(v) = &sig.variadic {
        return Err(syn::Error::new_spanned(
            v,
            format!("{what} cannot export a variadic fn"),
        ));
    }
    Ok(())
}

/// Analyzes `sig`, removing the helper attributes it understands (`#[ts_type = "..."]` on parameters).
pub fn analyze(
    sig: &mut Signature,
    cx: &Context<'_>,
    ts_return: Option<String>,
) -> syn::Result<Analyzed> {
    check_plain(sig, cx.what)?;
    let mut receiver = Receiver::None;
    let mut params = Vec::new();
    let mut index = 0;
    for input in sig.inputs.iter_mut() {
        match input {
            FnArg::Receiver(r) => {
                if cx.self_ty.is_none() {
                    return Err(syn::Error::new_spanned(
                        &*r,
                        "#[function] exports a free fn, which cannot take `self`; put methods in a #[methods] impl block",
                    ));
                }
                if r.reference.is_none() || r.colon_token.is_some() {
                    return Err(syn::Error::new_spanned(
                        &*r,
                        "methods take `&self` or `&mut self`: the instance stays owned by its JavaScript object",
                    ));
                }
                receiver = if r.mutability.is_some() {
                    Receiver::RefMut
                } else {
                    Receiver::Ref
                };
            }
            FnArg::Typed(pt) => {
                let ts_override = attrs::take_one(&mut pt.attrs, "ts_type")?
                    .map(|a| attrs::name_value(&a))
                    .transpose()?;
                if let Some(other) = pt.attrs.first() {
                    return Err(syn::Error::new_spanned(
                        other,
                        "unknown parameter attribute; only #[ts_type = \"...\"] is understood",
                    ));
                }
                let ty = match cx.self_ty {
                    Some(me) => typescript::replace_self(&pt.ty, me),
                    None => (*pt.ty).clone(),
                };
                let rust_name = match &*pt.pat {
                    Pat::Ident(p) if p.subpat.is_none() => p.ident.to_string(),
                    Pat::Wild(_) => format!("arg{index}"),
                    other => {
                        return Err(syn::Error::new_spanned(
                            other,
                            "use a plain parameter name: the name appears in JavaScript error messages",
                        ));
                    }
                };
                if let Some(p) = param_special(&ty, params.is_empty() || only_env(&params))? {
                    if ts_override.is_some() {
                        return Err(syn::Error::new_spanned(
                            &pt.ty,
                            "#[ts_type] applies to JavaScript values only",
                        ));
                    }
                    if matches!(p, Param::This) && cx.self_ty.is_none() {
                        return Err(syn::Error::new_spanned(
                            &pt.ty,
                            "`This` is available in #[methods] only",
                        ));
                    }
                    params.push(p);
                    continue;
                }
                let (conv_ty, borrow) = value_type(&ty)?;
                let optional_ty = typescript::option_inner(&conv_ty);
                let ts = match ts_override {
                    Some(lit) => Ts::lit(lit.value()),
                    None => typescript::map(optional_ty.unwrap_or(&conv_ty), Position::Argument)?,
                };
                params.push(Param::Value {
                    index,
                    ty: Box::new(conv_ty.clone()),
                    borrow,
                    js_name: camel_case(&rust_name),
                    ts,
                    optional: optional_ty.is_some(),
                });
                index += 1;
            }
        }
    }
    let (ret, mut ret_ts) = match &sig.output {
        ReturnType::Default => (Ret::Unit, Ts::lit("void")),
        ReturnType::Type(_, ty) => {
            let ty = match cx.self_ty {
                Some(me) => typescript::replace_self(ty, me),
                None => (**ty).clone(),
            };
            match &ty {
                Type::Never(_) => (Ret::Never, Ts::lit("never")),
                Type::Tuple(t) if t.elems.is_empty() => (Ret::Unit, Ts::lit("void")),
                _ => {
                    reject_references(&ty)?;
                    let ts = typescript::map(&ty, Position::Return)?;
                    (Ret::Value(Box::new(ty)), ts)
                }
            }
        }
    };
    if let Some(ts) = ts_return {
        ret_ts = Ts::lit(ts);
    }
    Ok(Analyzed {
        receiver,
        params,
        ret,
        ret_ts,
    })
}

fn only_env(params: &[Param]) -> bool {
    params.iter().all(|p| !matches!(p, Param::Value { .. }))
}

/// `&Env`, `Env` and `This` are not JavaScript arguments. `Env` must come first so a reader sees at once which
/// parameters are JavaScript's.
fn param_special(ty: &Type, first: bool) -> syn::Result<Option<Param>> {
    let (inner, by_ref) = match ty {
        Type::Reference(r) if r.mutability.is_none() => (&*r.elem, true),
        _ => (ty, false),
    };
    if is_named(inner, "Env") {
        if !first {
            return Err(syn::Error::new_spanned(
                ty,
                "`env: &Env` must come before the JavaScript arguments",
            ));
        }
        return Ok(Some(Param::Env { by_ref }));
    }
    if is_named(inner, "This") {
        if by_ref {
            return Err(syn::Error::new_spanned(ty, "take `This` by value"));
        }
        return Ok(Some(Param::This));
    }
    Ok(None)
}

/// The type converted from JavaScript for a parameter of type `ty`.
fn value_type(ty: &Type) -> syn::Result<(Type, bool)> {
    match ty {
        Type::Reference(r) if r.mutability.is_some() => Err(syn::Error::new_spanned(
            ty,
            "a `&mut` parameter cannot be received from JavaScript; take the value (e.g. `String`) or a handle \
             type whose writes reach JavaScript memory (e.g. `Buffer`, `Uint8Array`)",
        )),
        Type::Reference(r) if is_named(&r.elem, "str") => {
            Ok((syn::parse_quote!(::std::string::String), true))
        }
        Type::Reference(_) => Err(syn::Error::new_spanned(
            ty,
            "references cannot be received from JavaScript (only `&str` and `&Env`); take the value instead",
        )),
        Type::Path(_) => {
            reject_references(ty)?;
            typescript::map(ty, Position::Argument)?;
            Ok((ty.clone(), false))
        }
        Type::Paren(p) => value_type(&p.elem),
        _ => Err(typescript::unsupported(ty)),
    }
}

/// References nested in generic arguments (`Option<&str>`) have no owner to borrow from.
fn reject_references(ty: &Type) -> syn::Result<()> {
    for arg in typescript::generic_args(ty) {
        if let Type::Reference(_) = arg {
            return Err(syn::Error::new_spanned(
                arg,
                "references inside generic types are not supported; use an owned type (e.g. `String`)",
            ));
        }
        reject_references(arg)?;
    }
    Ok(())
}

impl Analyzed {
    /// Number of JavaScript arguments read.
    pub fn arity(&self) -> usize {
        self.params
            .iter()
            .filter(|p| matches!(p, Param::Value { .. }))
            .count()
    }

    /// Statements converting the JavaScript arguments (`__frame.argv`) into `__argN` locals.
    pub fn conversions(&self, rt: &TokenStream) -> Vec<TokenStream> {
        self.params
            .iter()
            .filter_map(|p| match p {
                Param::Value {
                    index, ty, js_name, ..
                } => {
                    let var = format_ident!("__arg{}", index);
                    Some(quote! {
                        let #var: #ty = #rt::arg::<#ty>(__env, __frame.argv[#index], #js_name)?;
                    })
                }
                _ => None,
            })
            .collect()
    }

    /// The argument list of the call to the user's fn.
    pub fn call_args(&self, rt: &TokenStream) -> Vec<TokenStream> {
        self.params
            .iter()
            .map(|p| match p {
                Param::Env { by_ref: true } => quote!(__env),
                Param::Env { by_ref: false } => quote!(*__env),
                Param::This => quote!(#rt::This::from_raw(*__env, __frame.this)?),
                Param::Value { index, borrow, .. } => {
                    let var = format_ident!("__arg{}", index);
                    if *borrow { quote!(&#var) } else { quote!(#var) }
                }
            })
            .collect()
    }

    /// The closure body's tail: turn the call's result into the callback's return value.
    pub fn finish(&self, call: TokenStream, rt: &TokenStream) -> TokenStream {
        match &self.ret {
            Ret::Unit => quote! {
                #call;
                ::core::result::Result::Ok(#rt::undefined_return())
            },
            Ret::Never => call,
            Ret::Value(_) => quote!(#rt::ret(__env, #call)),
        }
    }

    /// `(a: number, b?: number)`: an `Option` parameter is optional (`b?`) only when every later one is too,
    /// since TypeScript forbids a required parameter after an optional one.
    pub fn ts_params(&self) -> Ts {
        let values: Vec<_> = self
            .params
            .iter()
            .filter_map(|p| match p {
                Param::Value {
                    js_name,
                    ts,
                    optional,
                    ..
                } => Some((js_name, ts, *optional)),
                _ => None,
            })
            .collect();
        let mut out = Ts::lit("(");
        for (i, (name, ts, optional)) in values.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            let tail_optional = values[i..].iter().all(|v| v.2);
            out.push_str(name);
            // A parameter named like a reserved word (`this`, `new`) is renamed: only its position matters.
            if !crate::names::is_ts_binding(name) {
                out.push_str("_");
            }
            if *optional && tail_optional {
                out.push_str("?: ");
                out.append((*ts).clone());
            } else {
                out.push_str(": ");
                out.append((*ts).clone());
                if *optional {
                    out.push_str(" | undefined");
                }
            }
        }
        out.push_str(")");
        out
    }
}

/// The trampoline: an `extern "C"` Node-API callback named `ident` around `body`, which sees `__env: &Env` and
/// `__frame: &Frame<ARITY>` and returns `Result<napi_value>`.
pub fn trampoline(
    ident: &syn::Ident,
    arity: usize,
    body: TokenStream,
    rt: &TokenStream,
) -> TokenStream {
    quote! {
        unsafe extern "C" fn #ident(
            env: #rt::sys::napi_env,
            info: #rt::sys::napi_callback_info,
        ) -> #rt::sys::napi_value {
            // SAFETY: Node-API calls this callback with the live env and callback info of the current call.
            unsafe {
                #rt::callback::<#arity>(env, info, |__env, __frame| { #body })
            }
        }
    }
}

/// A span-less identifier for generated items.
pub fn hidden(name: &str) -> syn::Ident {
    syn::Ident::new(name, Span::call_site())
}
