#[function]
async fn fetch_len(url: String, retries: Option<u32>) -> Result<f64> {
    let _ = retries;
    Ok(url.len() as f64)
}

#[function]
async fn wait() {}

#[function]
fn digest(data: Buffer) -> AsyncTask<HashTask> {
    AsyncTask::new(HashTask { data: data.to_vec() })
}

#[methods]
impl Clock {
    async fn later(ms: u32) -> u32 {
        ms
    }
}
