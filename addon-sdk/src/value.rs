//! `JsValue`: a handle to any JavaScript value.

use crate::env::Env;
use crate::error::{Error, Expected, Result};
use crate::sys;
use crate::{FromJs, ToJs, TypeName};

/// A handle to a JavaScript value of any type, valid during the current call from JavaScript (the
/// handle scope Node-API opened for it). Keep a value longer with [`crate::Ref`].
#[derive(Clone, Copy, Debug)]
pub struct JsValue {
    env: Env,
    raw: sys::napi_value,
}

/// Another name of [`JsValue`], for signatures that accept anything.
pub type Unknown = JsValue;

/// The result of JavaScript's `typeof`, plus `null` and externals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueType {
    Undefined,
    Null,
    Boolean,
    Number,
    String,
    Symbol,
    Object,
    Function,
    External,
    BigInt,
}

impl ValueType {
    /// What JavaScript's `typeof` says for a value of this type.
    pub fn type_of(self) -> &'static str {
        match self {
            ValueType::Undefined => "undefined",
            ValueType::Null | ValueType::Object | ValueType::External => "object",
            ValueType::Boolean => "boolean",
            ValueType::Number => "number",
            ValueType::String => "string",
            ValueType::Symbol => "symbol",
            ValueType::Function => "function",
            ValueType::BigInt => "bigint",
        }
    }
}

impl JsValue {
    /// Wraps a raw handle.
    ///
    /// # Safety
    /// `raw` must be a live handle of `env` (inside the handle scope it was created in).
    pub unsafe fn from_raw(env: Env, raw: sys::napi_value) -> Self {
        JsValue { env, raw }
    }

    /// Wraps a handle the SDK got from Node-API for `env` during the current call.
    pub(crate) fn handle(env: Env, raw: sys::napi_value) -> Self {
        JsValue { env, raw }
    }

    /// The env this value belongs to.
    pub fn env(&self) -> Env {
        self.env
    }

    /// The raw Node-API handle.
    pub fn raw(&self) -> sys::napi_value {
        self.raw
    }

    /// The value's type.
    pub fn value_type(&self) -> Result<ValueType> {
        let mut t = 0;
        // SAFETY: `raw` is a live handle of `env`.
        self.env
            .check(unsafe { sys::napi_typeof(self.env.raw(), self.raw, &mut t) })?;
        Ok(match t {
            sys::napi_undefined => ValueType::Undefined,
            sys::napi_null => ValueType::Null,
            sys::napi_boolean => ValueType::Boolean,
            sys::napi_number => ValueType::Number,
            sys::napi_string => ValueType::String,
            sys::napi_symbol => ValueType::Symbol,
            sys::napi_function => ValueType::Function,
            sys::napi_external => ValueType::External,
            sys::napi_bigint => ValueType::BigInt,
            _ => ValueType::Object,
        })
    }

    /// `value === undefined`.
    pub fn is_undefined(&self) -> bool {
        matches!(self.value_type(), Ok(ValueType::Undefined))
    }

    /// `value === null || value === undefined`.
    pub fn is_nullish(&self) -> bool {
        matches!(
            self.value_type(),
            Ok(ValueType::Undefined | ValueType::Null)
        )
    }

    /// Converts this value to a Rust value (`value.get::<f64>()`).
    pub fn get<T: FromJs>(self) -> Result<T> {
        T::from_js(self)
    }

    /// `String(value)`.
    pub fn coerce_to_string(&self) -> Result<String> {
        let mut s = std::ptr::null_mut();
        // SAFETY: `raw` is a live handle of `env`.
        self.env
            .check(unsafe { sys::napi_coerce_to_string(self.env.raw(), self.raw, &mut s) })?;
        String::from_js(JsValue::handle(self.env, s))
    }

    /// `Number(value)`.
    pub fn coerce_to_number(&self) -> Result<f64> {
        let mut n = std::ptr::null_mut();
        // SAFETY: `raw` is a live handle of `env`.
        self.env
            .check(unsafe { sys::napi_coerce_to_number(self.env.raw(), self.raw, &mut n) })?;
        f64::from_js(JsValue::handle(self.env, n))
    }

    /// `Boolean(value)`.
    pub fn coerce_to_bool(&self) -> Result<bool> {
        let mut b = std::ptr::null_mut();
        // SAFETY: `raw` is a live handle of `env`.
        self.env
            .check(unsafe { sys::napi_coerce_to_bool(self.env.raw(), self.raw, &mut b) })?;
        bool::from_js(JsValue::handle(self.env, b))
    }

    /// `a === b`.
    pub fn strict_equals(&self, other: &JsValue) -> Result<bool> {
        let mut eq = false;
        // SAFETY: both handles are live in `env`.
        self.env.check(unsafe {
            sys::napi_strict_equals(self.env.raw(), self.raw, other.raw, &mut eq)
        })?;
        Ok(eq)
    }

    /// `value instanceof constructor`.
    pub fn instance_of(&self, constructor: &crate::Function) -> Result<bool> {
        let mut result = false;
        // SAFETY: both handles are live in `env`.
        self.env.check(unsafe {
            sys::napi_instanceof(self.env.raw(), self.raw, constructor.raw(), &mut result)
        })?;
        Ok(result)
    }
}

impl TypeName for JsValue {
    const TS_TYPE: &'static str = "unknown";
    fn expected(out: &mut Expected) {
        out.other("any value");
    }
}

impl FromJs for JsValue {
    #[inline]
    fn from_js(value: JsValue) -> Result<Self> {
        Ok(value)
    }
}

impl ToJs for JsValue {
    #[inline]
    fn to_js(self, _env: &Env) -> Result<JsValue> {
        Ok(self)
    }
}

/// Failed conversions are turned into errors through this, so the error path stays out of line.
#[cold]
#[inline(never)]
pub(crate) fn wrong_type<T: TypeName + ?Sized>(value: JsValue) -> Error {
    Error::invalid_type::<T>(value)
}
