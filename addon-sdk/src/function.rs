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

/// The arguments of a call to a [`Function::from_closure`] function.
pub struct CallArgs {
    /// `this` of the call.
    pub this: JsValue,
    /// Every argument passed.
    pub args: Vec<JsValue>,
}

impl CallArgs {
    /// Argument `index` converted to `T` (`undefined` when missing); a wrong type names it `arguments[i]`.
    pub fn get<T: FromJs>(&self, index: usize) -> Result<T> {
        let value = match self.args.get(index) {
            Some(v) => *v,
            None => self.this.env().undefined()?,
        };
        T::from_js(value).map_err(|e| e.at(format!("arguments[{index}]")))
    }
}

#[cfg(feature = "napi5")]
type Closure = dyn Fn(&Env, CallArgs) -> Result<JsValue>;

#[cfg(feature = "napi5")]
unsafe extern "C" fn call_closure(
    env: sys::napi_env,
    info: sys::napi_callback_info,
) -> sys::napi_value {
    // SAFETY: Node-API calls this with the live env of the current call.
    let env = unsafe { Env::from_raw(env) };
    let run = || -> Result<sys::napi_value> {
        let mut argc = 0usize;
        let mut this = ptr::null_mut();
        let mut data = ptr::null_mut();
        // SAFETY: asks for the argument count, `this` and the closure pointer only.
        env.check(unsafe {
            sys::napi_get_cb_info(
                env.raw(),
                info,
                &mut argc,
                ptr::null_mut(),
                &mut this,
                &mut data,
            )
        })?;
        let mut raw = vec![ptr::null_mut(); argc];
        // SAFETY: `raw` has room for `argc` handles.
        env.check(unsafe {
            sys::napi_get_cb_info(
                env.raw(),
                info,
                &mut argc,
                raw.as_mut_ptr(),
                ptr::null_mut(),
                ptr::null_mut(),
            )
        })?;
        // SAFETY: `data` is the `Box<Closure>` given to `napi_create_function`, freed only by the function's
        // finalizer, which cannot run while the function is being called.
        let closure = unsafe { &*data.cast::<Box<Closure>>() };
        let call = CallArgs {
            this: JsValue::handle(env, this),
            args: raw.into_iter().map(|v| JsValue::handle(env, v)).collect(),
        };
        closure(&env, call).map(|v| v.raw())
    };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)) {
        Ok(Ok(v)) => v,
        Ok(Err(e)) => {
            e.throw(&env);
            ptr::null_mut()
        }
        Err(payload) => {
            crate::Error::from_panic(payload).throw(&env);
            ptr::null_mut()
        }
    }
}

#[cfg(feature = "napi5")]
unsafe extern "C" fn drop_closure(
    _env: sys::napi_env,
    data: *mut std::ffi::c_void,
    _hint: *mut std::ffi::c_void,
) {
    // SAFETY: `data` is the boxed closure of a function that has been collected; this is its only release.
    let closure = unsafe { Box::from_raw(data.cast::<Box<Closure>>()) };
    // A panicking Drop has no caller to throw to: the panic hook reports it and the process keeps running.
    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || drop(closure)));
}

impl Function {
    /// A JavaScript function named `name` that runs `f` (errors and panics become exceptions, as for
    /// `#[function]`). The closure is dropped when the function is garbage-collected.
    #[cfg(feature = "napi5")]
    pub fn from_closure(
        env: &Env,
        name: &str,
        f: impl Fn(&Env, CallArgs) -> Result<JsValue> + 'static,
    ) -> Result<Function> {
        let data = Box::into_raw(Box::new(Box::new(f) as Box<Closure>));
        let mut out = ptr::null_mut();
        // SAFETY: `name` is valid UTF-8 of the given length; `data` stays alive until the finalizer below.
        let status = unsafe {
            sys::napi_create_function(
                env.raw(),
                name.as_ptr().cast(),
                name.len(),
                Some(call_closure),
                data.cast(),
                &mut out,
            )
        };
        if status != sys::napi_ok {
            // SAFETY: no function owns `data`.
            drop(unsafe { Box::from_raw(data) });
            return Err(crate::Error::from_status(env, status));
        }
        // SAFETY: `out` is the new function; the finalizer frees `data` once it is collected.
        let status = unsafe {
            sys::napi_add_finalizer(
                env.raw(),
                out,
                data.cast(),
                Some(drop_closure),
                ptr::null_mut(),
                ptr::null_mut(),
            )
        };
        if status != sys::napi_ok {
            // The function may still be called, so `data` must stay valid: it is leaked rather than freed.
            return Err(crate::Error::from_status(env, status));
        }
        Ok(Function::handle(*env, out))
    }

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
