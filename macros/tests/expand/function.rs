#[function]
fn add(a: f64, b: f64) -> f64 {
    a + b
}

#[function(js_name = "hi")]
fn greet(env: &Env, name: &str, times: Option<u32>) -> Result<String> {
    let _ = env;
    Ok(name.repeat(times.unwrap_or(1) as usize))
}

#[function]
fn explode(message: String) -> ! {
    panic!("{message}")
}

#[function(js_name = "delete")]
fn remove(this: String) -> bool {
    this.is_empty()
}
