//! Memory while a large dataset is read and checked, as the allocator counts
//! it. A test binary of its own: the count is the whole process's, so no other
//! test may run beside this one.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use coopline::{Limits, SourceSet, parse_sources, validate};

struct Counting;

static HELD: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = HELD.fetch_add(by, Relaxed) + by;
    PEAK.fetch_max(now, Relaxed);
}

// SAFETY: every call is passed on to the system allocator unchanged; the
// counters only watch.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        HELD.fetch_sub(layout.size(), Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // A large block is resized where it is (the system remaps its pages),
        // so only the difference is held.
        match new_size.checked_sub(layout.size()) {
            Some(more) => grew(more),
            None => _ = HELD.fetch_sub(layout.size() - new_size, Relaxed),
        }
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// What is held now, with the peak set to it.
fn mark() -> usize {
    let now = HELD.load(Relaxed);
    PEAK.store(now, Relaxed);
    now
}

#[test]
fn reading_holds_at_most_six_times_the_file_and_raw_events_go_as_they_are_checked() {
    let text = coopline::generate(2_000, 200, 20_000, 1);
    let size = text.len();
    let mut set = SourceSet::new();
    set.add("large.yaml", text);
    let before = mark();

    let (raw, diags) = parse_sources(&set, Limits::default());
    assert!(diags.is_empty(), "{diags:?}");
    let reading = PEAK.load(Relaxed) - before;
    // The file itself is one of the six.
    assert!(
        reading + size <= 6 * size,
        "reading a {size}-byte file held {reading} bytes more"
    );

    let read = mark();
    let checked = validate(raw).expect("a generated dataset is valid");
    let checking = PEAK.load(Relaxed);
    let model = HELD.load(Relaxed) - before;
    assert_eq!(checked.model.events.len(), 20_000);
    // Holding every raw record and the whole model at once would reach this.
    let both = read + model;
    assert!(
        checking < both,
        "checking held {checking} bytes, as much as the raw records ({} bytes) and the model ({model} bytes) together",
        read - before
    );
}
