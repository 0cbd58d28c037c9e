//! progress: how a long build tells its caller how far it has got. The library never prints;
//! `main.rs` draws these as progress bars on terminals (and prints the step timings when asked),
//! tests and `serve` ignore them.

use std::borrow::Cow;
use std::time::Instant;

/// `done` of `total` units of `stage` (`cards`, `kit`, `pages`) are finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub stage: &'static str,
    pub done: usize,
    pub total: usize,
}

/// A step of the pipeline is over: when, and the peak memory so far where the system tells it
/// (Linux), in KiB.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lap {
    pub step: Cow<'static, str>,
    pub at: Instant,
    pub peak_kib: Option<u64>,
}

impl Lap {
    pub fn now(step: impl Into<Cow<'static, str>>) -> Lap {
        Lap {
            step: step.into(),
            at: Instant::now(),
            peak_kib: peak_kib(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Step(Step),
    Lap(Lap),
}

/// The caller's callback; called from any thread.
pub(crate) type Progress<'a> = dyn Fn(Event) + Sync + 'a;

/// A callback that ignores every event.
pub fn silent() -> &'static Progress<'static> {
    &|_| {}
}

/// Peak resident memory of this process so far, in KiB (Linux's `VmHWM`).
pub fn peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line[6..].trim().trim_end_matches("kB").trim().parse().ok()
}
