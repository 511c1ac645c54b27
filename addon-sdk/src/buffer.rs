//! Binary data: `Buffer`, `ArrayBuffer` and the typed arrays.
//!
//! A value received from JavaScript borrows its memory: reads and writes through `Deref`/`DerefMut` go to
//! the caller's bytes, with no copy. A value made in Rust (`From<Vec<_>>`) owns its bytes until it is
//! returned, when they are copied into a new JavaScript object.

use crate::env::Env;
use crate::error::{Expected, Result};
use crate::sys;
use crate::value::{JsValue, wrong_type};
use crate::{FromJs, ToJs, TypeName};
use std::ops::{Deref, DerefMut};
use std::ptr;

enum Backing<T> {
    /// Memory owned by the JavaScript object `value`, alive during the current call.
    Js {
        value: JsValue,
        data: *mut T,
        len: usize,
    },
    Owned(Vec<T>),
}

impl<T> Backing<T> {
    fn slice(&self) -> &[T] {
        match self {
            // SAFETY: `data` points to `len` initialized elements owned by the live JavaScript object (or is
            // null with `len == 0`).
            Backing::Js { data, len, .. } if *len > 0 => unsafe {
                std::slice::from_raw_parts(*data, *len)
            },
            Backing::Js { .. } => &[],
            Backing::Owned(v) => v,
        }
    }

    fn slice_mut(&mut self) -> &mut [T] {
        match self {
            // SAFETY: as in `slice`; JavaScript memory is plain bytes any bit pattern of `T` may occupy.
            Backing::Js { data, len, .. } if *len > 0 => unsafe {
                std::slice::from_raw_parts_mut(*data, *len)
            },
            Backing::Js { .. } => &mut [],
            Backing::Owned(v) => v,
        }
    }
}

/// A Node.js `Buffer`.
pub struct Buffer {
    inner: Backing<u8>,
}

impl Buffer {
    /// A zero-filled buffer of `len` bytes (made in Rust, copied out when returned).
    pub fn zeroed(len: usize) -> Buffer {
        Buffer::from(vec![0u8; len])
    }

    /// The JavaScript object, when this buffer came from JavaScript.
    pub fn js_value(&self) -> Option<JsValue> {
        match &self.inner {
            Backing::Js { value, .. } => Some(*value),
            Backing::Owned(_) => None,
        }
    }
}

impl From<Vec<u8>> for Buffer {
    fn from(v: Vec<u8>) -> Self {
        Buffer {
            inner: Backing::Owned(v),
        }
    }
}

impl From<&[u8]> for Buffer {
    fn from(v: &[u8]) -> Self {
        Buffer::from(v.to_vec())
    }
}

impl Deref for Buffer {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        self.inner.slice()
    }
}

impl DerefMut for Buffer {
    fn deref_mut(&mut self) -> &mut [u8] {
        self.inner.slice_mut()
    }
}

impl TypeName for Buffer {
    const TS_TYPE: &'static str = "Buffer";
    fn expected(out: &mut Expected) {
        out.instance("Buffer");
    }
}

impl FromJs for Buffer {
    fn from_js(value: JsValue) -> Result<Self> {
        match js_bytes(value, sys::napi_is_buffer, sys::napi_get_buffer_info)? {
            Some(inner) => Ok(Buffer { inner }),
            None => Err(wrong_type::<Buffer>(value)),
        }
    }
}

impl ToJs for Buffer {
    fn to_js(self, env: &Env) -> Result<JsValue> {
        match self.inner {
            Backing::Js { value, .. } => Ok(value),
            Backing::Owned(bytes) => {
                let mut out = ptr::null_mut();
                let mut data = ptr::null_mut();
                // SAFETY: `bytes` is readable for its length; Node copies it into the new buffer.
                env.check(unsafe {
                    sys::napi_create_buffer_copy(
                        env.raw(),
                        bytes.len(),
                        bytes.as_ptr().cast(),
                        &mut data,
                        &mut out,
                    )
                })?;
                Ok(JsValue::handle(*env, out))
            }
        }
    }
}

/// A JavaScript `ArrayBuffer`.
pub struct ArrayBuffer {
    inner: Backing<u8>,
}

impl From<Vec<u8>> for ArrayBuffer {
    fn from(v: Vec<u8>) -> Self {
        ArrayBuffer {
            inner: Backing::Owned(v),
        }
    }
}

impl Deref for ArrayBuffer {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        self.inner.slice()
    }
}

impl DerefMut for ArrayBuffer {
    fn deref_mut(&mut self) -> &mut [u8] {
        self.inner.slice_mut()
    }
}

impl TypeName for ArrayBuffer {
    const TS_TYPE: &'static str = "ArrayBuffer";
    fn expected(out: &mut Expected) {
        out.instance("ArrayBuffer");
    }
}

impl FromJs for ArrayBuffer {
    fn from_js(value: JsValue) -> Result<Self> {
        match js_bytes(
            value,
            sys::napi_is_arraybuffer,
            sys::napi_get_arraybuffer_info,
        )? {
            Some(inner) => Ok(ArrayBuffer { inner }),
            None => Err(wrong_type::<ArrayBuffer>(value)),
        }
    }
}

/// `napi_is_buffer` or `napi_is_arraybuffer`.
type IsKind = unsafe extern "C" fn(sys::napi_env, sys::napi_value, *mut bool) -> sys::napi_status;

/// `napi_get_buffer_info` or `napi_get_arraybuffer_info`.
type BytesInfo = unsafe extern "C" fn(
    sys::napi_env,
    sys::napi_value,
    *mut *mut std::ffi::c_void,
    *mut usize,
) -> sys::napi_status;

/// The bytes of `value` in place, or `None` when `is` says it is not of the kind `info` reads.
fn js_bytes(value: JsValue, is: IsKind, info: BytesInfo) -> Result<Option<Backing<u8>>> {
    let env = value.env();
    let mut is_kind = false;
    // SAFETY: `is` is a Node-API function of this signature; `value` is a live handle.
    env.check(unsafe { is(env.raw(), value.raw(), &mut is_kind) })?;
    if !is_kind {
        return Ok(None);
    }
    let mut data = ptr::null_mut();
    let mut len = 0;
    // SAFETY: `info` is the Node-API function for the kind `is` confirmed.
    env.check(unsafe { info(env.raw(), value.raw(), &mut data, &mut len) })?;
    Ok(Some(Backing::Js {
        value,
        data: data.cast(),
        len,
    }))
}

fn new_arraybuffer(env: &Env, bytes: &[u8]) -> Result<sys::napi_value> {
    let mut out = ptr::null_mut();
    let mut data: *mut std::ffi::c_void = ptr::null_mut();
    // SAFETY: `env` is live; on success `data` points to `bytes.len()` writable bytes.
    env.check(unsafe {
        sys::napi_create_arraybuffer(env.raw(), bytes.len(), &mut data, &mut out)
    })?;
    if !bytes.is_empty() {
        // SAFETY: `data` has room for `bytes.len()` bytes and does not overlap `bytes`.
        unsafe { ptr::copy_nonoverlapping(bytes.as_ptr(), data.cast::<u8>(), bytes.len()) };
    }
    Ok(out)
}

impl ToJs for ArrayBuffer {
    fn to_js(self, env: &Env) -> Result<JsValue> {
        match self.inner {
            Backing::Js { value, .. } => Ok(value),
            Backing::Owned(bytes) => Ok(JsValue::handle(*env, new_arraybuffer(env, &bytes)?)),
        }
    }
}

macro_rules! typed_arrays {
    ($($(#[$doc:meta])* $name:ident, $elem:ty, $kind:ident;)*) => {$(
        $(#[$doc])*
        pub struct $name {
            inner: Backing<$elem>,
        }

        impl From<Vec<$elem>> for $name {
            fn from(v: Vec<$elem>) -> Self {
                $name { inner: Backing::Owned(v) }
            }
        }

        impl Deref for $name {
            type Target = [$elem];
            fn deref(&self) -> &[$elem] {
                self.inner.slice()
            }
        }

        impl DerefMut for $name {
            fn deref_mut(&mut self) -> &mut [$elem] {
                self.inner.slice_mut()
            }
        }

        impl TypeName for $name {
            const TS_TYPE: &'static str = stringify!($name);
            fn expected(out: &mut Expected) {
                out.instance(stringify!($name));
            }
        }

        impl FromJs for $name {
            fn from_js(value: JsValue) -> Result<Self> {
                let (data, len) = typed_array_info(value, sys::$kind).ok_or_else(|| wrong_type::<$name>(value))??;
                Ok($name { inner: Backing::Js { value, data: data.cast(), len } })
            }
        }

        impl ToJs for $name {
            fn to_js(self, env: &Env) -> Result<JsValue> {
                match self.inner {
                    Backing::Js { value, .. } => Ok(value),
                    Backing::Owned(items) => {
                        // SAFETY: the elements are plain numbers; viewing them as bytes is valid.
                        let bytes = unsafe {
                            std::slice::from_raw_parts(items.as_ptr().cast::<u8>(), std::mem::size_of_val(&items[..]))
                        };
                        let buffer = new_arraybuffer(env, bytes)?;
                        let mut out = ptr::null_mut();
                        // SAFETY: `buffer` holds exactly `items.len()` elements of this kind.
                        env.check(unsafe {
                            sys::napi_create_typedarray(env.raw(), sys::$kind, items.len(), buffer, 0, &mut out)
                        })?;
                        Ok(JsValue::handle(*env, out))
                    }
                }
            }
        }
    )*};
}

/// `None` if `value` is not a typed array of `kind`; else its data pointer and length.
fn typed_array_info(
    value: JsValue,
    kind: sys::napi_typedarray_type,
) -> Option<Result<(*mut std::ffi::c_void, usize)>> {
    let env = value.env();
    let mut is = false;
    // SAFETY: `value` is a live handle.
    if let Err(e) = env.check(unsafe { sys::napi_is_typedarray(env.raw(), value.raw(), &mut is) }) {
        return Some(Err(e));
    }
    if !is {
        return None;
    }
    let mut actual = 0;
    let mut len = 0;
    let mut data = ptr::null_mut();
    let mut arraybuffer = ptr::null_mut();
    let mut offset = 0;
    // SAFETY: `value` is a typed array.
    let status = unsafe {
        sys::napi_get_typedarray_info(
            env.raw(),
            value.raw(),
            &mut actual,
            &mut len,
            &mut data,
            &mut arraybuffer,
            &mut offset,
        )
    };
    if let Err(e) = env.check(status) {
        return Some(Err(e));
    }
    (actual == kind).then_some(Ok((data, len)))
}

typed_arrays! {
    /// A JavaScript `Int8Array`.
    Int8Array, i8, napi_int8_array;
    /// A JavaScript `Uint8Array` (a `Buffer` is one too).
    Uint8Array, u8, napi_uint8_array;
    /// A JavaScript `Uint8ClampedArray`.
    Uint8ClampedArray, u8, napi_uint8_clamped_array;
    /// A JavaScript `Int16Array`.
    Int16Array, i16, napi_int16_array;
    /// A JavaScript `Uint16Array`.
    Uint16Array, u16, napi_uint16_array;
    /// A JavaScript `Int32Array`.
    Int32Array, i32, napi_int32_array;
    /// A JavaScript `Uint32Array`.
    Uint32Array, u32, napi_uint32_array;
    /// A JavaScript `Float16Array`. Rust has no stable `f16`, so the elements are the IEEE 754
    /// half-precision bit patterns.
    Float16Array, u16, napi_float16_array;
    /// A JavaScript `Float32Array`.
    Float32Array, f32, napi_float32_array;
    /// A JavaScript `Float64Array`.
    Float64Array, f64, napi_float64_array;
    /// A JavaScript `BigInt64Array`.
    BigInt64Array, i64, napi_bigint64_array;
    /// A JavaScript `BigUint64Array`.
    BigUint64Array, u64, napi_biguint64_array;
}

impl Uint8Array {
    /// The JavaScript object, when this array came from JavaScript.
    pub fn js_value(&self) -> Option<JsValue> {
        match &self.inner {
            Backing::Js { value, .. } => Some(*value),
            Backing::Owned(_) => None,
        }
    }
}
