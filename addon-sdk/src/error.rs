//! Errors: Rust values that become JavaScript exceptions, and JavaScript exceptions caught by Rust.

use crate::env::Env;
use crate::sys;
use crate::value::JsValue;
use std::borrow::Cow;
use std::fmt;

/// `Result` with [`Error`] as the default error.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The JavaScript constructor an [`Error`] is thrown as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Error,
    TypeError,
    RangeError,
    SyntaxError,
}

/// An error that becomes a JavaScript exception when it leaves an exported function: an `Error` (or
/// `TypeError`, ...) object with `message` and, when set, `code` and `cause`. It can also carry a JavaScript
/// value thrown by a callback, which is rethrown unchanged.
///
/// `Error` is `Send`, so it can travel back from a worker thread.
pub struct Error {
    inner: Box<Inner>,
}

struct Inner {
    kind: ErrorKind,
    message: String,
    code: Option<Cow<'static, str>>,
    cause: Option<Error>,
    detail: Detail,
}

enum Detail {
    Plain,
    /// A JavaScript value to rethrow as is.
    Thrown(Thrown),
    /// A JavaScript exception that is still pending in the engine (it could not be held by a reference).
    Pending,
    /// A value of the wrong type; the message is written once the argument's name is known.
    InvalidType {
        expected: Expected,
        received: String,
        path: Vec<Cow<'static, str>>,
    },
    /// A value of the right type but not an accepted one (e.g. an unknown enum member).
    InvalidValue {
        reason: Cow<'static, str>,
        received: String,
        path: Vec<Cow<'static, str>>,
    },
}

/// A strong reference to a thrown JavaScript value, released on the thread that created it.
struct Thrown {
    env: sys::napi_env,
    reference: sys::napi_ref,
    thread: std::thread::ThreadId,
}

// SAFETY: the reference is only used (read or deleted) on the thread that created it, which `thread` records;
// on another thread the value is left to the engine rather than touched.
unsafe impl Send for Thrown {}
// SAFETY: as above; a shared `&Thrown` gives no access to the handle.
unsafe impl Sync for Thrown {}

impl Thrown {
    fn on_owner_thread(&self) -> bool {
        std::thread::current().id() == self.thread
    }

    fn value(&self) -> Option<sys::napi_value> {
        if !self.on_owner_thread() {
            return None;
        }
        let mut value = std::ptr::null_mut();
        // SAFETY: `reference` was created in `env` on this thread and is deleted only in `drop`.
        let status = unsafe { sys::napi_get_reference_value(self.env, self.reference, &mut value) };
        (status == sys::napi_ok && !value.is_null()).then_some(value)
    }
}

impl Drop for Thrown {
    fn drop(&mut self) {
        if self.on_owner_thread() {
            // SAFETY: the reference belongs to `env` and this is its only deletion.
            unsafe { sys::napi_delete_reference(self.env, self.reference) };
        }
    }
}

impl Error {
    /// An `Error` with `message`.
    pub fn new(message: impl Into<String>) -> Self {
        Self::with_kind(ErrorKind::Error, message)
    }

    /// A `TypeError` with `message`.
    pub fn type_error(message: impl Into<String>) -> Self {
        Self::with_kind(ErrorKind::TypeError, message)
    }

    /// A `RangeError` with `message`.
    pub fn range_error(message: impl Into<String>) -> Self {
        Self::with_kind(ErrorKind::RangeError, message)
    }

    /// A `SyntaxError` with `message`.
    pub fn syntax_error(message: impl Into<String>) -> Self {
        Self::with_kind(ErrorKind::SyntaxError, message)
    }

    /// An error of `kind` with `message`.
    pub fn with_kind(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self::from_inner(kind, message.into(), Detail::Plain)
    }

    fn from_inner(kind: ErrorKind, message: String, detail: Detail) -> Self {
        Error {
            inner: Box::new(Inner {
                kind,
                message,
                code: None,
                cause: None,
                detail,
            }),
        }
    }

    /// Sets the `code` property (e.g. `"DIVIDE_BY_ZERO"`).
    pub fn with_code(mut self, code: impl Into<Cow<'static, str>>) -> Self {
        self.inner.code = Some(code.into());
        self
    }

    /// Sets the `cause` property.
    pub fn with_cause(mut self, cause: Error) -> Self {
        self.inner.cause = Some(cause);
        self
    }

    /// An error that throws `value` itself (any JavaScript value) when it reaches JavaScript.
    pub fn from_value(value: JsValue) -> Self {
        let env = value.env();
        let message = describe_for_message(value);
        match hold(env, value.raw()) {
            Some(thrown) => Self::from_inner(ErrorKind::Error, message, Detail::Thrown(thrown)),
            None => {
                // SAFETY: `env` is the live env of `value`; throwing makes the value pending so it still
                // reaches JavaScript unchanged.
                unsafe { sys::napi_throw(env.raw(), value.raw()) };
                Self::from_inner(ErrorKind::Error, message, Detail::Pending)
            }
        }
    }

    /// The kind of JavaScript error this becomes.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }

    /// The `code`, when set.
    pub fn code(&self) -> Option<&str> {
        match &self.inner.detail {
            Detail::InvalidType { .. } => Some("ERR_INVALID_ARG_TYPE"),
            Detail::InvalidValue { .. } => Some("ERR_INVALID_ARG_VALUE"),
            _ => self.inner.code.as_deref(),
        }
    }

    /// The cause, when set.
    pub fn cause(&self) -> Option<&Error> {
        self.inner.cause.as_ref()
    }

    /// The message. For a JavaScript exception, its `message` (or its string form) when it was caught.
    pub fn message(&self) -> Cow<'_, str> {
        match &self.inner.detail {
            Detail::InvalidType {
                expected,
                received,
                path,
            } => Cow::Owned(invalid_type_message(expected, received, path)),
            Detail::InvalidValue {
                reason,
                received,
                path,
            } => Cow::Owned(invalid_value_message(reason, received, path)),
            _ => Cow::Borrowed(&self.inner.message),
        }
    }

    /// Whether this error carries a JavaScript exception (thrown by JavaScript code Rust called).
    pub fn is_js_exception(&self) -> bool {
        matches!(self.inner.detail, Detail::Thrown(_) | Detail::Pending)
    }

    /// The wrong-type error for `value` where a `T` was expected: a `TypeError` with code
    /// `ERR_INVALID_ARG_TYPE` and Node's wording, completed with the argument's name by the trampoline.
    #[cold]
    pub fn invalid_type<T: crate::TypeName + ?Sized>(value: JsValue) -> Self {
        let mut expected = Expected::default();
        T::expected(&mut expected);
        Self::invalid_type_expected(expected, value)
    }

    /// Like [`Error::invalid_type`] with an explicit expectation.
    #[cold]
    pub fn invalid_type_expected(expected: Expected, value: JsValue) -> Self {
        if let Some(pending) = take_pending(value.env()) {
            return pending;
        }
        let received = describe_received(value);
        Self::from_inner(
            ErrorKind::TypeError,
            String::new(),
            Detail::InvalidType {
                expected,
                received,
                path: Vec::new(),
            },
        )
    }

    /// A value of the right type that is not accepted: a `TypeError` with code `ERR_INVALID_ARG_VALUE`,
    /// `The argument 'x' <reason>. Received <value>`.
    #[cold]
    pub fn invalid_value(value: JsValue, reason: impl Into<Cow<'static, str>>) -> Self {
        if let Some(pending) = take_pending(value.env()) {
            return pending;
        }
        let received = cut_inspected(inspect(value));
        Self::from_inner(
            ErrorKind::TypeError,
            String::new(),
            Detail::InvalidValue {
                reason: reason.into(),
                received,
                path: Vec::new(),
            },
        )
    }

    /// Prefixes the name of the argument or property a conversion error is about (`"x"`, then
    /// `"point"` gives `point.x`). Other errors are returned unchanged.
    pub fn at(mut self, name: impl Into<Cow<'static, str>>) -> Self {
        if let Detail::InvalidType { path, .. } | Detail::InvalidValue { path, .. } =
            &mut self.inner.detail
        {
            path.insert(0, name.into());
        }
        self
    }

    /// The error of a Rust panic: `Error` with message `Rust panic: <panic message>` and code
    /// `ERR_RUST_PANIC`.
    pub fn from_panic(payload: Box<dyn std::any::Any + Send>) -> Self {
        Error::new(panic_message(&*payload)).with_code("ERR_RUST_PANIC")
    }

    /// The error for a failed Node-API call: the pending JavaScript exception if the call threw, else an
    /// `Error` describing the status.
    #[cold]
    pub fn from_status(env: &Env, status: sys::napi_status) -> Self {
        if let Some(pending) = take_pending(*env) {
            return pending;
        }
        let mut info: *const sys::napi_extended_error_info = std::ptr::null();
        // SAFETY: `env` is live; the returned info stays valid until the next Node-API call.
        let detail = unsafe {
            if sys::napi_get_last_error_info(env.raw(), &mut info) == sys::napi_ok
                && !info.is_null()
                && !(*info).error_message.is_null()
            {
                std::ffi::CStr::from_ptr((*info).error_message)
                    .to_string_lossy()
                    .into_owned()
            } else {
                "unknown failure".to_owned()
            }
        };
        Error::new(format!(
            "Node-API call failed with status {status}: {detail}"
        ))
        .with_code("ERR_NAPI_STATUS")
    }

    /// Throws this error in `env` (unless an exception is already pending, which then wins).
    pub fn throw(self, env: &Env) {
        let raw = env.raw();
        let mut pending = false;
        // SAFETY: `env` is the live env of the current call.
        unsafe { sys::napi_is_exception_pending(raw, &mut pending) };
        if pending {
            return;
        }
        let value = match self.to_js_value(env) {
            Ok(v) => v,
            Err(_) => {
                let text =
                    std::ffi::CString::new(self.message().replace('\0', "")).unwrap_or_default();
                // SAFETY: `env` is live and `text` is a NUL-terminated string.
                unsafe { sys::napi_throw_error(raw, std::ptr::null(), text.as_ptr()) };
                return;
            }
        };
        let value = match value {
            Some(value) => value,
            // The exception this error stood for was pending but has been cleared since: say so rather than
            // letting the call return normally.
            None => match Error::new(format!(
                "a JavaScript exception was lost: {}",
                self.message()
            ))
            .to_js_value(env)
            {
                Ok(Some(v)) => v,
                _ => return,
            },
        };
        // SAFETY: `value` is a live handle of `env`.
        unsafe { sys::napi_throw(raw, value) };
    }

    /// The JavaScript value of this error; `None` when its exception is still pending in the engine.
    fn to_js_value(&self, env: &Env) -> Result<Option<sys::napi_value>> {
        match &self.inner.detail {
            Detail::Thrown(t) => {
                if let Some(v) = t.value() {
                    return Ok(Some(v));
                }
            }
            Detail::Pending => return Ok(None),
            _ => {}
        }
        let message = env.create_string(&self.message())?;
        let code = match self.code() {
            Some(c) => env.create_string(c)?.raw(),
            None => std::ptr::null_mut(),
        };
        let mut error = std::ptr::null_mut();
        let raw = env.raw();
        // SAFETY: `env` is live; `code` is null or a string handle, `message` a string handle.
        let status = unsafe {
            match self.inner.kind {
                ErrorKind::Error => sys::napi_create_error(raw, code, message.raw(), &mut error),
                ErrorKind::TypeError => {
                    sys::napi_create_type_error(raw, code, message.raw(), &mut error)
                }
                ErrorKind::RangeError => {
                    sys::napi_create_range_error(raw, code, message.raw(), &mut error)
                }
                ErrorKind::SyntaxError => {
                    let ctor: crate::Function = env.global()?.get("SyntaxError")?;
                    let obj = ctor.construct((message,))?;
                    if !code.is_null() {
                        obj.set("code", JsValue::handle(*env, code))?;
                    }
                    error = obj.raw();
                    sys::napi_ok
                }
            }
        };
        env.check(status)?;
        if let Some(cause) = &self.inner.cause
            && let Some(cause_value) = cause.to_js_value(env)?
        {
            // SAFETY: both handles are live in `env`.
            env.check(unsafe {
                sys::napi_set_named_property(raw, error, c"cause".as_ptr(), cause_value)
            })?;
        }
        Ok(Some(error))
    }
}

impl crate::ToJs for Error {
    /// The error object (for rejecting a Promise with it); a pending exception is taken from the engine.
    fn to_js(self, env: &Env) -> Result<JsValue> {
        match self.to_js_value(env)? {
            Some(v) => Ok(JsValue::handle(*env, v)),
            None => match take_pending(*env) {
                Some(e) => e.to_js(env),
                None => env.undefined(),
            },
        }
    }
}

impl crate::TypeName for Error {
    const TS_TYPE: &'static str = "Error";
    fn expected(out: &mut Expected) {
        out.instance("Error");
    }
}

/// `Error` must stay `Send + Sync` so results of work on other threads can carry it.
const _: fn() = || {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Error>();
};

/// Takes the pending exception of `env`, if any, as an `Error`.
pub(crate) fn take_pending(env: Env) -> Option<Error> {
    let mut pending = false;
    // SAFETY: `env` is live on this thread.
    unsafe { sys::napi_is_exception_pending(env.raw(), &mut pending) };
    if !pending {
        return None;
    }
    let mut value = std::ptr::null_mut();
    // SAFETY: an exception is pending, so this returns and clears it.
    if unsafe { sys::napi_get_and_clear_last_exception(env.raw(), &mut value) } != sys::napi_ok {
        return Some(Error::from_inner(
            ErrorKind::Error,
            "JavaScript exception".into(),
            Detail::Pending,
        ));
    }
    Some(Error::from_value(JsValue::handle(env, value)))
}

fn hold(env: Env, value: sys::napi_value) -> Option<Thrown> {
    let mut reference = std::ptr::null_mut();
    // SAFETY: `value` is a live handle of `env`. Before Node-API 10 this fails for primitives, which the
    // caller handles by leaving the exception pending.
    let status = unsafe { sys::napi_create_reference(env.raw(), value, 1, &mut reference) };
    (status == sys::napi_ok).then(|| Thrown {
        env: env.raw(),
        reference,
        thread: std::thread::current().id(),
    })
}

fn describe_for_message(value: JsValue) -> String {
    if let Ok(obj) = crate::Object::from_js(value)
        && let Ok(Some(m)) = obj.get::<Option<String>>("message")
    {
        return m;
    }
    take_pending(value.env());
    value
        .coerce_to_string()
        .unwrap_or_else(|_| "JavaScript exception".to_owned())
}

use crate::FromJs;

/// Node cuts the inspected value of `ERR_INVALID_ARG_VALUE` to 128 UTF-16 units.
fn cut_inspected(inspected: String) -> String {
    let units: Vec<u16> = inspected.encode_utf16().collect();
    if units.len() > 128 {
        format!("{}...", String::from_utf16_lossy(&units[..128]))
    } else {
        inspected
    }
}

/// `Rust panic: <message>` for a panic payload.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    let text = if let Some(s) = payload.downcast_ref::<&str>() {
        s
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.as_str()
    } else {
        "a panic with a non-string payload"
    };
    format!("Rust panic: {text}")
}

/// `The "x" argument must be of type number. Received ...` (Node's `ERR_INVALID_ARG_TYPE`).
fn invalid_type_message(expected: &Expected, received: &str, path: &[Cow<'static, str>]) -> String {
    let (subject, noun) = subject(path);
    format!(
        "The {subject}{noun} must be {}. Received {received}",
        expected.describe()
    )
}

/// `The argument 'x' must be one of: 1, 2. Received 3` (Node's `ERR_INVALID_ARG_VALUE`).
fn invalid_value_message(reason: &str, received: &str, path: &[Cow<'static, str>]) -> String {
    let (subject, noun) = subject_value(path);
    format!("The {noun}{subject} {reason}. Received {received}")
}

/// `point.x`, `values[2]`: index segments (`[2]`) attach without a dot.
fn path_name(path: &[Cow<'static, str>]) -> String {
    let mut name = String::new();
    for (i, seg) in path.iter().enumerate() {
        if i > 0 && !seg.starts_with('[') {
            name.push('.');
        }
        name.push_str(seg);
    }
    name
}

fn subject(path: &[Cow<'static, str>]) -> (String, &'static str) {
    if path.is_empty() {
        return ("value".to_owned(), "");
    }
    let name = path_name(path);
    let noun = if name.contains('.') {
        " property"
    } else {
        " argument"
    };
    (format!("\"{name}\""), noun)
}

fn subject_value(path: &[Cow<'static, str>]) -> (String, &'static str) {
    if path.is_empty() {
        return (String::new(), "value");
    }
    let name = path_name(path);
    let noun = if name.contains('.') {
        "property"
    } else {
        "argument"
    };
    (format!(" '{name}'"), noun)
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.code() {
            Some(code) => write!(f, "{} [{code}]", self.message()),
            None => f.write_str(&self.message()),
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.inner.kind)
            .field("message", &self.message())
            .field("code", &self.code())
            .field("cause", &self.inner.cause)
            .finish()
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner.cause.as_ref().map(|c| c as _)
    }
}

impl From<String> for Error {
    fn from(message: String) -> Self {
        Error::new(message)
    }
}

impl From<&str> for Error {
    fn from(message: &str) -> Self {
        Error::new(message)
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::new(e.to_string()).with_code("ERR_IO")
    }
}

/// The types a value was expected to have, worded as Node's `ERR_INVALID_ARG_TYPE` does: primitive type
/// names (`of type string`), class names (`an instance of Buffer`) and other descriptions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expected {
    types: Vec<&'static str>,
    instances: Vec<&'static str>,
    other: Vec<Cow<'static, str>>,
}

impl Expected {
    /// A `typeof` name: `string`, `number`, `object`, ...
    pub fn type_name(&mut self, name: &'static str) -> &mut Self {
        if !self.types.contains(&name) {
            self.types.push(name);
        }
        self
    }

    /// A class name: `Buffer`, `Uint8Array`, ...
    pub fn instance(&mut self, name: &'static str) -> &mut Self {
        if !self.instances.contains(&name) {
            self.instances.push(name);
        }
        self
    }

    /// Any other description (`an integer`).
    pub fn other(&mut self, description: impl Into<Cow<'static, str>>) -> &mut Self {
        self.other.push(description.into());
        self
    }

    /// `of type string or an instance of Buffer`, following Node's rules for lists.
    pub fn describe(&self) -> String {
        let mut types: Vec<&str> = self.types.clone();
        let mut instances: Vec<&str> = self.instances.clone();
        if !instances.is_empty()
            && let Some(pos) = types.iter().position(|t| *t == "object")
        {
            types.remove(pos);
            instances.push("Object");
        }
        let mut msg = String::new();
        if !types.is_empty() {
            match types.as_slice() {
                [one] => msg.push_str(&format!("of type {one}")),
                many => msg.push_str(&format!("one of type {}", alternatives(many))),
            }
            if !instances.is_empty() || !self.other.is_empty() {
                msg.push_str(" or ");
            }
        }
        if !instances.is_empty() {
            msg.push_str(&format!("an instance of {}", alternatives(&instances)));
            if !self.other.is_empty() {
                msg.push_str(" or ");
            }
        }
        match self.other.as_slice() {
            [] => {}
            [one] => {
                if one.to_lowercase() != *one {
                    msg.push_str("an ");
                }
                msg.push_str(one);
            }
            many => msg.push_str(&format!("one of {}", alternatives(many))),
        }
        msg
    }
}

/// `a`, `a or b`, `a, b, or c`: how Node's messages list alternatives.
fn alternatives<S: AsRef<str>>(items: &[S]) -> String {
    let names: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    match names.as_slice() {
        [a, b] => format!("{a} or {b}"),
        [init @ .., last] if !init.is_empty() => format!("{}, or {last}", init.join(", ")),
        one_or_none => one_or_none.concat(),
    }
}

/// What Node prints after `Received` for a value.
#[derive(Clone, Debug, PartialEq)]
pub enum Received {
    Undefined,
    Null,
    /// A function and its `name`.
    Function(String),
    /// An object and its `constructor.name`.
    Instance(String),
    /// An object without a constructor name, as `util.inspect` shows it at depth -1.
    Inspected(String),
    /// A primitive: its `typeof` and its shown form (strings cut and quoted as Node does).
    Primitive(&'static str, String),
}

impl fmt::Display for Received {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Received::Undefined => f.write_str("undefined"),
            Received::Null => f.write_str("null"),
            Received::Function(name) => write!(f, "function {name}"),
            Received::Instance(name) => write!(f, "an instance of {name}"),
            Received::Inspected(s) => f.write_str(s),
            Received::Primitive(ty, shown) => write!(f, "type {ty} ({shown})"),
        }
    }
}

/// A string as `util.inspect` quotes it: single quotes, or double quotes / backticks to avoid escaping.
pub fn inspect_string(s: &str) -> String {
    let quote = if !s.contains('\'') {
        '\''
    } else if !s.contains('"') {
        '"'
    } else if !s.contains('`') && !s.contains("${") {
        '`'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\\' => out.push_str("\\\\"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02X}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Classifies `value` for a `Received ...` message (error path only: it may call into JavaScript).
pub fn received(value: JsValue) -> Received {
    let env = value.env();
    let result = (|| -> Result<Received> {
        Ok(match value.value_type()? {
            crate::ValueType::Undefined => Received::Undefined,
            crate::ValueType::Null => Received::Null,
            crate::ValueType::Function => {
                let name: JsValue = crate::Object::from_js(value)?.get("name")?;
                Received::Function(name.coerce_to_string()?)
            }
            crate::ValueType::Object => {
                let obj = crate::Object::from_js(value)?;
                // Node: `value.constructor && 'name' in value.constructor`, whatever the constructor is.
                let ctor: JsValue = obj.get("constructor")?;
                let named = match ctor.value_type()? {
                    crate::ValueType::Object | crate::ValueType::Function => {
                        let ctor = crate::Object::from_js(ctor)?;
                        if ctor.has("name")? {
                            Some(ctor.get::<JsValue>("name")?.coerce_to_string()?)
                        } else {
                            None
                        }
                    }
                    _ => None,
                };
                match named {
                    Some(name) => Received::Instance(name),
                    None => Received::Inspected(inspect_prototype_less(&obj)?),
                }
            }
            crate::ValueType::External => {
                let mut data = std::ptr::null_mut();
                // SAFETY: `value` is a live external handle.
                env.check(unsafe {
                    sys::napi_get_value_external(env.raw(), value.raw(), &mut data)
                })?;
                Received::Inspected(format!("[External: {:x}]", data as usize))
            }
            crate::ValueType::String => {
                Received::Primitive("string", received_string(&String::from_js(value)?))
            }
            crate::ValueType::BigInt => {
                Received::Primitive("bigint", format!("{}n", value.coerce_to_string()?))
            }
            ty => Received::Primitive(ty.type_of(), inspect(value)),
        })
    })();
    result.unwrap_or_else(|_| {
        take_pending(env);
        Received::Inspected("a value that could not be inspected".to_owned())
    })
}

/// `util.inspect(value, { depth: -1 })` of an object without a named constructor (a null-prototype object):
/// `[Object: null prototype] {}` when empty, without the braces otherwise, with its `Symbol.toStringTag`.
fn inspect_prototype_less(obj: &crate::Object) -> Result<String> {
    let env = obj.env();
    let symbol: crate::Object = env.global()?.get("Symbol")?;
    let tag_key: JsValue = symbol.get("toStringTag")?;
    let mut tag = std::ptr::null_mut();
    // SAFETY: the handles are live in `env`.
    env.check(unsafe { sys::napi_get_property(env.raw(), obj.raw(), tag_key.raw(), &mut tag) })?;
    let tag: Option<String> = match JsValue::handle(env, tag).value_type()? {
        crate::ValueType::String => Some(String::from_js(JsValue::handle(env, tag))?),
        _ => None,
    };
    let mut out = String::from("[Object: null prototype]");
    if let Some(tag) = tag.filter(|t| !t.is_empty()) {
        out.push_str(&format!(" [{tag}]"));
    }
    if obj.keys()?.is_empty() {
        out.push_str(" {}");
    }
    Ok(out)
}

/// A string as Node's `ERR_INVALID_ARG_TYPE` shows it: cut to 25 UTF-16 units plus `...` when longer than
/// 28, then in single quotes, or as `JSON.stringify` gives it when it contains a single quote.
pub fn received_string(s: &str) -> String {
    let units: Vec<u16> = s.encode_utf16().collect();
    let shown = if units.len() > 28 {
        format!("{}...", String::from_utf16_lossy(&units[..25]))
    } else {
        s.to_owned()
    };
    if !shown.contains('\'') {
        return format!("'{shown}'");
    }
    let mut out = String::with_capacity(shown.len() + 2);
    out.push('"');
    for c in shown.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn describe_received(value: JsValue) -> String {
    received(value).to_string()
}

/// A primitive as `util.inspect` shows it (strings quoted, bigints with `n`, `-0`).
pub fn inspect(value: JsValue) -> String {
    let env = value.env();
    let shown = (|| -> Result<String> {
        Ok(match value.value_type()? {
            crate::ValueType::String => inspect_string(&String::from_js(value)?),
            crate::ValueType::Number => {
                let n = f64::from_js(value)?;
                if n == 0.0 && n.is_sign_negative() {
                    "-0".to_owned()
                } else {
                    value.coerce_to_string()?
                }
            }
            crate::ValueType::BigInt => format!("{}n", value.coerce_to_string()?),
            crate::ValueType::Symbol => {
                let obj = crate::Object::handle(env, value.raw());
                let description: Option<String> = obj.get("description")?;
                format!("Symbol({})", description.unwrap_or_default())
            }
            crate::ValueType::Boolean => value.coerce_to_string()?,
            crate::ValueType::Undefined => "undefined".to_owned(),
            crate::ValueType::Null => "null".to_owned(),
            _ => received(value).to_string(),
        })
    })();
    shown.unwrap_or_else(|_| {
        take_pending(env);
        "a value that could not be inspected".to_owned()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expected_lists_follow_node() {
        let mut e = Expected::default();
        e.type_name("string");
        assert_eq!(e.describe(), "of type string");
        e.type_name("number");
        assert_eq!(e.describe(), "one of type string or number");
        e.type_name("boolean");
        assert_eq!(e.describe(), "one of type string, number, or boolean");
        let mut e = Expected::default();
        e.instance("Buffer");
        assert_eq!(e.describe(), "an instance of Buffer");
        e.instance("Uint8Array");
        assert_eq!(e.describe(), "an instance of Buffer or Uint8Array");
        e.type_name("string");
        assert_eq!(
            e.describe(),
            "of type string or an instance of Buffer or Uint8Array"
        );
        let mut e = Expected::default();
        e.type_name("object").instance("Map");
        assert_eq!(e.describe(), "an instance of Map or Object");
        let mut e = Expected::default();
        e.other("Array-like Object");
        assert_eq!(e.describe(), "an Array-like Object");
        let mut e = Expected::default();
        e.other("an integer");
        assert_eq!(e.describe(), "an integer");
        e.other("a finite number");
        assert_eq!(e.describe(), "one of an integer or a finite number");
        e.other("a bigint");
        assert_eq!(
            e.describe(),
            "one of an integer, a finite number, or a bigint"
        );
        let mut e = Expected::default();
        e.instance("Buffer")
            .instance("TypedArray")
            .instance("DataView");
        assert_eq!(
            e.describe(),
            "an instance of Buffer, TypedArray, or DataView"
        );
    }

    #[test]
    fn received_forms_follow_node() {
        assert_eq!(Received::Undefined.to_string(), "undefined");
        assert_eq!(Received::Null.to_string(), "null");
        assert_eq!(Received::Function("f".into()).to_string(), "function f");
        assert_eq!(Received::Function(String::new()).to_string(), "function ");
        assert_eq!(
            Received::Instance("Map".into()).to_string(),
            "an instance of Map"
        );
        assert_eq!(
            Received::Primitive("number", "42".into()).to_string(),
            "type number (42)"
        );
        assert_eq!(
            Received::Primitive("string", received_string(&"x".repeat(40))).to_string(),
            format!("type string ('{}...')", "x".repeat(25))
        );
    }

    #[test]
    fn received_strings_follow_node() {
        assert_eq!(received_string("abc"), "'abc'");
        assert_eq!(
            received_string("x".repeat(28).as_str()),
            format!("'{}'", "x".repeat(28))
        );
        assert_eq!(
            received_string("x".repeat(29).as_str()),
            format!("'{}...'", "x".repeat(25))
        );
        assert_eq!(received_string("it's"), "\"it's\"");
        assert_eq!(received_string("a\"b'c"), "\"a\\\"b'c\"");
        assert_eq!(received_string("a\nb\t\u{1}"), "'a\nb\t\u{1}'");
        assert_eq!(received_string("'\n"), "\"'\\n\"");
        assert_eq!(received_string("back\\slash"), "'back\\slash'");
        assert_eq!(
            received_string(&"é".repeat(30)),
            format!("'{}...'", "é".repeat(25))
        );
        assert_eq!(
            received_string(&"😀".repeat(20)),
            format!("'{}\u{fffd}...'", "😀".repeat(12))
        );
    }

    #[test]
    fn strings_are_quoted_like_util_inspect() {
        assert_eq!(inspect_string("abc"), "'abc'");
        assert_eq!(inspect_string("it's"), "\"it's\"");
        assert_eq!(inspect_string("a\"b'c"), "`a\"b'c`");
        assert_eq!(inspect_string("a\"b'c`"), "'a\"b\\'c`'");
        assert_eq!(inspect_string("a\nb\t\u{1}"), "'a\\nb\\t\\x01'");
    }

    #[test]
    fn messages_name_the_argument_or_property() {
        let mut expected = Expected::default();
        expected.type_name("number");
        let received = "type string ('a')";
        assert_eq!(
            invalid_type_message(&expected, received, &[]),
            "The value must be of type number. Received type string ('a')"
        );
        assert_eq!(
            invalid_type_message(&expected, received, &["x".into()]),
            "The \"x\" argument must be of type number. Received type string ('a')"
        );
        assert_eq!(
            invalid_type_message(&expected, received, &["point".into(), "x".into()]),
            "The \"point.x\" property must be of type number. Received type string ('a')"
        );
        assert_eq!(
            invalid_type_message(&expected, received, &["values".into(), "[2]".into()]),
            "The \"values[2]\" argument must be of type number. Received type string ('a')"
        );
        assert_eq!(
            invalid_value_message("must be one of: 0, 5", "7", &["color".into()]),
            "The argument 'color' must be one of: 0, 5. Received 7"
        );
        assert_eq!(
            invalid_value_message(
                "must be one of: 0, 5",
                "7",
                &["opts".into(), "color".into()]
            ),
            "The property 'opts.color' must be one of: 0, 5. Received 7"
        );
    }

    #[test]
    fn long_inspected_values_are_cut() {
        assert_eq!(cut_inspected("x".repeat(128)), "x".repeat(128));
        assert_eq!(
            cut_inspected("x".repeat(200)),
            format!("{}...", "x".repeat(128))
        );
    }

    #[test]
    fn panics_keep_their_message() {
        assert_eq!(panic_message(&"boom"), "Rust panic: boom");
        assert_eq!(panic_message(&String::from("owned")), "Rust panic: owned");
        assert_eq!(
            panic_message(&42u8),
            "Rust panic: a panic with a non-string payload"
        );
    }
}
