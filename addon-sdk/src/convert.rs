//! The conversion traits and their implementations for Rust's standard types.

use crate::env::Env;
use crate::error::{Error, Expected, Result};
use crate::sys;
use crate::value::{JsValue, ValueType, wrong_type};
use std::collections::{BTreeMap, HashMap};
use std::ptr;

/// Names a type for JavaScript: its TypeScript spelling in the generated `.d.ts`, and the wording of
/// "must be ..." in a wrong-type error.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no JavaScript type name",
    label = "not a JavaScript-convertible type",
    note = "mark a struct with #[object] or #[class], an enum with #[js_enum], or implement `TypeName`"
)]
pub trait TypeName {
    /// The TypeScript type (`number`, `Buffer`, `Counter`, ...).
    const TS_TYPE: &'static str;

    /// Adds what values of this type look like to `out` (e.g. `out.type_name("string")`).
    fn expected(out: &mut Expected);
}

/// Conversion from a JavaScript value. A value of the wrong type gives [`Error::invalid_type`], which the
/// trampoline completes with the argument's name.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be received from JavaScript",
    label = "no conversion from a JavaScript value to this type",
    note = "supported: numbers, bool, String, &str, Option, Vec, HashMap<String, _>, Buffer, typed arrays, Object, \
            Function, JsValue, ...; mark a struct with #[object] or an enum with #[js_enum], or implement `FromJs`"
)]
pub trait FromJs: TypeName + Sized {
    fn from_js(value: JsValue) -> Result<Self>;

    /// `undefined` and `null` as `None`, for `Option<Self>`. Types whose Node-API getter fails cheaply on a
    /// wrong type override it to try the getter first, which saves a `napi_typeof` when a value is present.
    #[doc(hidden)]
    #[inline]
    fn from_js_optional(value: JsValue) -> Result<Option<Self>> {
        if is_nullish(value)? {
            Ok(None)
        } else {
            Self::from_js(value).map(Some)
        }
    }
}

#[inline]
fn is_nullish(value: JsValue) -> Result<bool> {
    Ok(matches!(
        value.value_type()?,
        ValueType::Undefined | ValueType::Null
    ))
}

/// The `None` side of a `from_js_optional` override, after the getter failed.
#[cold]
fn absent_or_wrong<T: TypeName>(value: JsValue) -> Result<Option<T>> {
    if is_nullish(value)? {
        Ok(None)
    } else {
        Err(wrong_type::<T>(value))
    }
}

/// Conversion to a JavaScript value.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be returned to JavaScript",
    label = "no conversion from this type to a JavaScript value",
    note = "mark a struct with #[object] or #[class], an enum with #[js_enum], or implement `ToJs`"
)]
pub trait ToJs {
    fn to_js(self, env: &Env) -> Result<JsValue>;

    /// The value a callback returns; a null handle means `undefined` to Node-API, which saves a call for `()`.
    #[doc(hidden)]
    #[inline]
    fn into_return(self, env: &Env) -> Result<sys::napi_value>
    where
        Self: Sized,
    {
        self.to_js(env).map(|v| v.raw())
    }
}

macro_rules! type_name {
    ($($t:ty => $ts:literal, $expected:literal;)*) => {$(
        impl TypeName for $t {
            const TS_TYPE: &'static str = $ts;
            fn expected(out: &mut Expected) {
                out.type_name($expected);
            }
        }
    )*};
}

type_name! {
    f64 => "number", "number";
    f32 => "number", "number";
    i32 => "number", "number";
    u32 => "number", "number";
    i64 => "number", "number";
    i8 => "number", "number";
    u8 => "number", "number";
    i16 => "number", "number";
    u16 => "number", "number";
    bool => "boolean", "boolean";
    String => "string", "string";
    str => "string", "string";
    char => "string", "string";
    () => "void", "undefined";
}

impl FromJs for f64 {
    #[inline]
    fn from_js(value: JsValue) -> Result<Self> {
        let mut out = 0.0;
        // SAFETY: `value` is a live handle of its env; a non-number fails with a status and no side effect.
        match unsafe { sys::napi_get_value_double(value.env().raw(), value.raw(), &mut out) } {
            sys::napi_ok => Ok(out),
            _ => Err(wrong_type::<f64>(value)),
        }
    }

    #[inline]
    fn from_js_optional(value: JsValue) -> Result<Option<Self>> {
        let mut out = 0.0;
        // SAFETY: as in `from_js`.
        match unsafe { sys::napi_get_value_double(value.env().raw(), value.raw(), &mut out) } {
            sys::napi_ok => Ok(Some(out)),
            _ => absent_or_wrong::<f64>(value),
        }
    }
}

impl ToJs for f64 {
    #[inline]
    fn to_js(self, env: &Env) -> Result<JsValue> {
        let mut out = ptr::null_mut();
        // SAFETY: `env` is the live env.
        env.check(unsafe { sys::napi_create_double(env.raw(), self, &mut out) })?;
        Ok(JsValue::handle(*env, out))
    }
}

impl FromJs for f32 {
    #[inline]
    fn from_js(value: JsValue) -> Result<Self> {
        f64::from_js(value).map(|v| v as f32)
    }
}

impl ToJs for f32 {
    #[inline]
    fn to_js(self, env: &Env) -> Result<JsValue> {
        f64::from(self).to_js(env)
    }
}

macro_rules! int_via {
    ($($t:ty, $get:ident, $create:ident, $raw:ty;)*) => {$(
        /// Like JavaScript's integer conversions: the number is truncated (`NaN` and infinities give 0).
        impl FromJs for $t {
            #[inline]
            fn from_js(value: JsValue) -> Result<Self> {
                let mut out: $raw = 0;
                // SAFETY: `value` is a live handle; a non-number fails with a status.
                match unsafe { sys::$get(value.env().raw(), value.raw(), &mut out) } {
                    sys::napi_ok => Ok(out as $t),
                    _ => Err(wrong_type::<$t>(value)),
                }
            }

            #[inline]
            fn from_js_optional(value: JsValue) -> Result<Option<Self>> {
                let mut out: $raw = 0;
                // SAFETY: as in `from_js`.
                match unsafe { sys::$get(value.env().raw(), value.raw(), &mut out) } {
                    sys::napi_ok => Ok(Some(out as $t)),
                    _ => absent_or_wrong::<$t>(value),
                }
            }
        }
        impl ToJs for $t {
            #[inline]
            fn to_js(self, env: &Env) -> Result<JsValue> {
                let mut out = ptr::null_mut();
                // SAFETY: `env` is the live env.
                env.check(unsafe { sys::$create(env.raw(), self as $raw, &mut out) })?;
                Ok(JsValue::handle(*env, out))
            }
        }
    )*};
}

int_via! {
    i32, napi_get_value_int32, napi_create_int32, i32;
    u32, napi_get_value_uint32, napi_create_uint32, u32;
    i64, napi_get_value_int64, napi_create_int64, i64;
}

macro_rules! small_int {
    ($($t:ty;)*) => {$(
        /// Checked: a number outside the type's range, or not an integer, is a `RangeError`
        /// (`ERR_OUT_OF_RANGE`).
        impl FromJs for $t {
            fn from_js(value: JsValue) -> Result<Self> {
                let n = f64::from_js(value).map_err(|_| wrong_type::<$t>(value))?;
                if n.fract() == 0.0 && n >= <$t>::MIN as f64 && n <= <$t>::MAX as f64 {
                    Ok(n as $t)
                } else {
                    Err(Error::range_error(format!(
                        "The value is out of range. It must be an integer >= {} and <= {}. Received {}",
                        <$t>::MIN, <$t>::MAX, crate::error::inspect(value)
                    )).with_code("ERR_OUT_OF_RANGE"))
                }
            }
        }
        impl ToJs for $t {
            #[inline]
            fn to_js(self, env: &Env) -> Result<JsValue> {
                i32::from(self).to_js(env)
            }
        }
    )*};
}

small_int! { i8; u8; i16; u16; }

impl FromJs for bool {
    #[inline]
    fn from_js(value: JsValue) -> Result<Self> {
        let mut out = false;
        // SAFETY: `value` is a live handle; a non-boolean fails with a status.
        match unsafe { sys::napi_get_value_bool(value.env().raw(), value.raw(), &mut out) } {
            sys::napi_ok => Ok(out),
            _ => Err(wrong_type::<bool>(value)),
        }
    }
}

impl ToJs for bool {
    #[inline]
    fn to_js(self, env: &Env) -> Result<JsValue> {
        let mut out = ptr::null_mut();
        // SAFETY: `env` is the live env.
        env.check(unsafe { sys::napi_get_boolean(env.raw(), self, &mut out) })?;
        Ok(JsValue::handle(*env, out))
    }
}

/// Bytes read into a stack buffer first: most strings fit, which saves the length query and a second call.
const STRING_PROBE: usize = 128;

impl FromJs for String {
    fn from_js(value: JsValue) -> Result<Self> {
        let env = value.env().raw();
        let mut probe = [0u8; STRING_PROBE];
        let mut written = 0usize;
        // SAFETY: `probe` has room for `STRING_PROBE` bytes including the NUL Node-API writes; a non-string
        // fails with a status.
        let status = unsafe {
            sys::napi_get_value_string_utf8(
                env,
                value.raw(),
                probe.as_mut_ptr().cast(),
                STRING_PROBE,
                &mut written,
            )
        };
        if status != sys::napi_ok {
            return Err(wrong_type::<String>(value));
        }
        // A truncated copy stops at a character boundary, so it fills the buffer to within 3 bytes (of the
        // `STRING_PROBE - 1` available); anything shorter is the whole string.
        let bytes = if written + 4 < STRING_PROBE {
            probe[..written].to_vec()
        } else {
            let mut len = 0usize;
            // SAFETY: a null buffer asks for the UTF-8 length only.
            value.env().check(unsafe {
                sys::napi_get_value_string_utf8(env, value.raw(), ptr::null_mut(), 0, &mut len)
            })?;
            let mut buf: Vec<u8> = Vec::with_capacity(len + 1);
            // SAFETY: `buf` has room for `len` bytes plus the NUL Node-API writes.
            value.env().check(unsafe {
                sys::napi_get_value_string_utf8(
                    env,
                    value.raw(),
                    buf.as_mut_ptr().cast(),
                    len + 1,
                    &mut written,
                )
            })?;
            // SAFETY: Node-API wrote `written` initialized bytes.
            unsafe { buf.set_len(written) };
            buf
        };
        // Node-API produces UTF-8 (lone surrogates become U+FFFD), but a failed check costs little.
        String::from_utf8(bytes).map_err(|e| Error::new(format!("string is not valid UTF-8: {e}")))
    }
}

impl ToJs for String {
    #[inline]
    fn to_js(self, env: &Env) -> Result<JsValue> {
        env.create_string(&self)
    }
}

impl ToJs for &str {
    #[inline]
    fn to_js(self, env: &Env) -> Result<JsValue> {
        env.create_string(self)
    }
}

impl ToJs for &String {
    #[inline]
    fn to_js(self, env: &Env) -> Result<JsValue> {
        env.create_string(self)
    }
}

impl FromJs for char {
    fn from_js(value: JsValue) -> Result<Self> {
        let s = String::from_js(value)?;
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(Error::invalid_value(
                value,
                "must be a string of one character",
            )),
        }
    }
}

impl ToJs for char {
    fn to_js(self, env: &Env) -> Result<JsValue> {
        env.create_string(self.encode_utf8(&mut [0; 4]))
    }
}

impl ToJs for () {
    fn to_js(self, env: &Env) -> Result<JsValue> {
        env.undefined()
    }

    #[inline]
    fn into_return(self, _env: &Env) -> Result<sys::napi_value> {
        Ok(ptr::null_mut())
    }
}

impl FromJs for () {
    fn from_js(value: JsValue) -> Result<Self> {
        match value.value_type()? {
            ValueType::Undefined => Ok(()),
            _ => Err(wrong_type::<()>(value)),
        }
    }
}

impl<T: TypeName> TypeName for Option<T> {
    const TS_TYPE: &'static str = T::TS_TYPE;
    fn expected(out: &mut Expected) {
        T::expected(out);
    }
}

/// `undefined` and `null` are `None`.
impl<T: FromJs> FromJs for Option<T> {
    #[inline]
    fn from_js(value: JsValue) -> Result<Self> {
        T::from_js_optional(value)
    }
}

/// `None` is `undefined`.
impl<T: ToJs> ToJs for Option<T> {
    #[inline]
    fn to_js(self, env: &Env) -> Result<JsValue> {
        match self {
            Some(v) => v.to_js(env),
            None => env.undefined(),
        }
    }

    #[inline]
    fn into_return(self, env: &Env) -> Result<sys::napi_value> {
        match self {
            Some(v) => v.into_return(env),
            None => Ok(ptr::null_mut()),
        }
    }
}

impl<T: TypeName, E> TypeName for std::result::Result<T, E> {
    const TS_TYPE: &'static str = T::TS_TYPE;
    fn expected(out: &mut Expected) {
        T::expected(out);
    }
}

/// `Err` is thrown.
impl<T: ToJs> ToJs for Result<T> {
    #[inline]
    fn to_js(self, env: &Env) -> Result<JsValue> {
        self?.to_js(env)
    }

    #[inline]
    fn into_return(self, env: &Env) -> Result<sys::napi_value> {
        self?.into_return(env)
    }
}

impl<T: TypeName> TypeName for Vec<T> {
    const TS_TYPE: &'static str = "unknown[]";
    fn expected(out: &mut Expected) {
        out.instance("Array");
    }
}

impl<T: FromJs> FromJs for Vec<T> {
    fn from_js(value: JsValue) -> Result<Self> {
        let env = value.env();
        let mut is_array = false;
        // SAFETY: `value` is a live handle.
        env.check(unsafe { sys::napi_is_array(env.raw(), value.raw(), &mut is_array) })?;
        if !is_array {
            return Err(wrong_type::<Self>(value));
        }
        let mut len = 0u32;
        // SAFETY: `value` is an array.
        env.check(unsafe { sys::napi_get_array_length(env.raw(), value.raw(), &mut len) })?;
        let mut out = Vec::with_capacity(len as usize);
        for i in 0..len {
            let mut item = ptr::null_mut();
            // SAFETY: `value` is a live array handle.
            env.check(unsafe { sys::napi_get_element(env.raw(), value.raw(), i, &mut item) })?;
            out.push(T::from_js(JsValue::handle(env, item)).map_err(|e| e.at(format!("[{i}]")))?);
        }
        Ok(out)
    }
}

impl<T: ToJs> ToJs for Vec<T> {
    fn to_js(self, env: &Env) -> Result<JsValue> {
        let mut array = ptr::null_mut();
        // SAFETY: `env` is the live env.
        env.check(unsafe {
            sys::napi_create_array_with_length(env.raw(), self.len(), &mut array)
        })?;
        for (i, item) in self.into_iter().enumerate() {
            let item = item.to_js(env)?;
            let index = u32::try_from(i)
                .map_err(|_| Error::range_error("array too long for JavaScript"))?;
            // SAFETY: `array` and `item` are live handles.
            env.check(unsafe { sys::napi_set_element(env.raw(), array, index, item.raw()) })?;
        }
        Ok(JsValue::handle(*env, array))
    }
}

macro_rules! string_map {
    ($($map:ident),*) => {$(
        impl<T: TypeName> TypeName for $map<String, T> {
            const TS_TYPE: &'static str = "Record<string, unknown>";
            fn expected(out: &mut Expected) {
                out.type_name("object");
            }
        }

        /// The object's own enumerable string-keyed properties.
        impl<T: FromJs> FromJs for $map<String, T> {
            fn from_js(value: JsValue) -> Result<Self> {
                let object = crate::Object::from_js(value).map_err(|_| wrong_type::<Self>(value))?;
                let mut out = $map::new();
                for key in object.keys()? {
                    let item: T = object.get(&key)?;
                    out.insert(key, item);
                }
                Ok(out)
            }
        }

        impl<T: ToJs> ToJs for $map<String, T> {
            fn to_js(self, env: &Env) -> Result<JsValue> {
                let object = crate::Object::new(env)?;
                for (k, v) in self {
                    object.set(&k, v)?;
                }
                Ok(object.into())
            }
        }
    )*};
}

string_map!(HashMap, BTreeMap);
