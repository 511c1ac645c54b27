//! `Function`: call JavaScript functions from Rust.

use crate::env::Env;
use crate::error::{Expected, Result};
use crate::object::Object;
use crate::sys;
use crate::value::{JsValue, ValueType, wrong_type};
use crate::{FromJs, ToJs, TypeName};
use std::ptr;

/// A handle to a JavaScript function. Valid during the current call, like [`JsValue`].
#[derive(Clone, Copy, Debug)]
pub struct Function {
    value: JsValue,
}

/// Another name of [`Function`].
pub type JsFunction = Function;

/// Arguments for [`Function::call`]: a tuple of values (`(1.0, "a")`), `()`, or a `Vec`/slice of
/// [`JsValue`]s.
pub trait ToJsArgs {
    /// Converts the arguments into JavaScript handles, appended to `out`.
    fn to_js_args(self, env: &Env, out: &mut Vec<sys::napi_value>) -> Result<()>;
}

impl ToJsArgs for () {
    fn to_js_args(self, _env: &Env, _out: &mut Vec<sys::napi_value>) -> Result<()> {
        Ok(())
    }
}

macro_rules! tuple_args {
    ($(($($t:ident),+))*) => {$(
        impl<$($t: ToJs),+> ToJsArgs for ($($t,)+) {
            #[allow(non_snake_case)]
            fn to_js_args(self, env: &Env, out: &mut Vec<sys::napi_value>) -> Result<()> {
                let ($($t,)+) = self;
                $(out.push($t.to_js(env)?.raw());)+
                Ok(())
            }
        }
    )*};
}

tuple_args! {
    (A) (A, B) (A, B, C) (A, B, C, D) (A, B, C, D, E) (A, B, C, D, E, F) (A, B, C, D, E, F, G)
    (A, B, C, D, E, F, G, H)
}

impl ToJsArgs for Vec<JsValue> {
    fn to_js_args(self, _env: &Env, out: &mut Vec<sys::napi_value>) -> Result<()> {
        out.extend(self.iter().map(JsValue::raw));
        Ok(())
    }
}

impl ToJsArgs for &[JsValue] {
    fn to_js_args(self, _env: &Env, out: &mut Vec<sys::napi_value>) -> Result<()> {
        out.extend(self.iter().map(JsValue::raw));
        Ok(())
    }
}

impl Function {
    /// Wraps a raw handle.
    ///
    /// # Safety
    /// `raw` must be a live handle of `env` whose value is a function.
    pub unsafe fn from_raw(env: Env, raw: sys::napi_value) -> Function {
        Function::handle(env, raw)
    }

    pub(crate) fn handle(env: Env, raw: sys::napi_value) -> Function {
        Function {
            value: JsValue::handle(env, raw),
        }
    }

    pub fn env(&self) -> Env {
        self.value.env()
    }

    pub fn raw(&self) -> sys::napi_value {
        self.value.raw()
    }

    /// This function as a [`JsValue`].
    pub fn as_value(&self) -> JsValue {
        self.value
    }

    /// This function as an object (to read properties such as `name`).
    pub fn as_object(&self) -> Object {
        Object::handle(self.env(), self.raw())
    }

    /// Calls the function with `this = undefined` and converts the result. An exception thrown by the
    /// function comes back as an `Err` carrying it; returned to JavaScript, it is rethrown unchanged.
    pub fn call<R: FromJs>(&self, args: impl ToJsArgs) -> Result<R> {
        let this = self.env().undefined()?;
        self.call_with_this(this, args)
    }

    /// Calls the function with the given `this`.
    pub fn call_with_this<R: FromJs>(&self, this: impl ToJs, args: impl ToJsArgs) -> Result<R> {
        let env = self.env();
        let this = this.to_js(&env)?;
        let mut argv = Vec::new();
        args.to_js_args(&env, &mut argv)?;
        let mut out = ptr::null_mut();
        // SAFETY: all handles are live in `env`; `argv` holds `argv.len()` handles.
        env.check(unsafe {
            sys::napi_call_function(
                env.raw(),
                this.raw(),
                self.raw(),
                argv.len(),
                argv.as_ptr(),
                &mut out,
            )
        })?;
        R::from_js(JsValue::handle(env, out))
    }

    /// `new F(...args)`.
    pub fn construct(&self, args: impl ToJsArgs) -> Result<Object> {
        let env = self.env();
        let mut argv = Vec::new();
        args.to_js_args(&env, &mut argv)?;
        let mut out = ptr::null_mut();
        // SAFETY: all handles are live in `env`; `argv` holds `argv.len()` handles.
        env.check(unsafe {
            sys::napi_new_instance(env.raw(), self.raw(), argv.len(), argv.as_ptr(), &mut out)
        })?;
        Ok(Object::handle(env, out))
    }
}

impl TypeName for Function {
    const TS_TYPE: &'static str = "(...args: any[]) => any";
    fn expected(out: &mut Expected) {
        out.type_name("function");
    }
}

impl FromJs for Function {
    #[inline]
    fn from_js(value: JsValue) -> Result<Self> {
        match value.value_type()? {
            ValueType::Function => Ok(Function { value }),
            _ => Err(wrong_type::<Function>(value)),
        }
    }
}

impl ToJs for Function {
    #[inline]
    fn to_js(self, _env: &Env) -> Result<JsValue> {
        Ok(self.value)
    }
}

impl From<Function> for JsValue {
    fn from(f: Function) -> JsValue {
        f.value
    }
}
