//! The `newsdex` binary: parse the command line, run it, turn the outcome into an exit code.
//!
//! Everything else lives in the library (`src/lib.rs`), so tests and a future server share it.

use std::process::ExitCode;

use clap::Parser;

/// mimalloc rather than glibc's allocator: ingest allocates and frees many small strings
/// across threads, where glibc's malloc showed 5% of ingest CPU plus page-fault churn. Built
/// without transparent huge pages (`no_thp`): with them its first arena cost every process
/// start (every `search`) about 1.5 ms more than glibc's malloc; without them about 0.6 ms.
/// Ingest, which runs long enough to gain from them, turns them back on for the heap
/// ([`heap_on_huge_pages`]). mimalloc's v2 line rather than v3: it starts faster
/// (`newsdex --version` 2.30 against 2.54 ms, medians of 60 runs in turn) and ingests in as
/// little CPU with less memory (peak RSS 478 against 514 MB on the 200k-file corpus).
///
/// Wrapped only to say, when memory is refused, what to do (see [`Allocator`]).
#[global_allocator]
static GLOBAL: Allocator = Allocator(mimalloc::MiMalloc);

/// mimalloc, saying once on stderr what to try when it returns no memory: Rust then aborts
/// with "memory allocation of N bytes failed", which tells a user under a memory limit
/// (`ulimit -v` on a shared machine, a small container) nothing of what to do.
struct Allocator(mimalloc::MiMalloc);

/// Said once when an allocation fails. Written without allocating.
fn memory_refused() {
    use std::io::Write;
    static SAID: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if !SAID.swap(true, std::sync::atomic::Ordering::Relaxed) {
        let _ = std::io::stderr().write_all(
            b"newsdex: out of memory (refused by the system, or by a limit such as `ulimit -v`); an ingest \
              needs far less with `-j 1 --memory 15`, and carries on from the index's last commit\n",
        );
    }
}

// SAFETY: every call is passed on to mimalloc as it came; only a null result is looked at.
unsafe impl std::alloc::GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        // SAFETY: as the caller's.
        let p = unsafe { self.0.alloc(layout) };
        if p.is_null() {
            memory_refused();
        }
        p
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        // SAFETY: as the caller's.
        let p = unsafe { self.0.alloc_zeroed(layout) };
        if p.is_null() {
            memory_refused();
        }
        p
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        // SAFETY: as the caller's.
        unsafe { self.0.dealloc(ptr, layout) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as the caller's.
        let p = unsafe { self.0.realloc(ptr, layout, new_size) };
        if p.is_null() {
            memory_refused();
        }
        p
    }
}

fn main() -> ExitCode {
    few_malloc_arenas();
    let args: Vec<String> = std::env::args_os().skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
    // Before clap, which would take `—person` as a query word and search it.
    if let Some(message) = newsdex::cli::long_dash_error(&args) {
        newsdex::messages::to_stderr(format_args!("newsdex: {}", newsdex::messages::printable(&message)));
        return newsdex::exit::Status::Error.into();
    }
    let cli = match newsdex::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return parse_error(err),
    };
    if matches!(cli.command, newsdex::cli::Command::Ingest(_) | newsdex::cli::Command::Watch(_)) {
        heap_on_huge_pages();
    }
    match newsdex::run(cli) {
        Ok(code) => code.into(),
        Err(err) => {
            // A closed pipe (`newsdex search x | head -1`) is not an error worth reporting.
            if newsdex::messages::is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            let said = format!("{err:#}");
            newsdex::messages::to_stderr(format_args!("newsdex: {}", newsdex::messages::printable(&said)));
            newsdex::exit::status_of(&err).into()
        }
    }
}

/// Says what clap found wrong with the command line, and exits as clap would (2; 0 for
/// `--help` and `--version`). A query word starting with `-` (`search budget -sport`),
/// which clap calls an unexpected argument `-s`, is named whole, with the command line
/// that searches it.
fn parse_error(err: clap::Error) -> ExitCode {
    if err.kind() == clap::error::ErrorKind::UnknownArgument {
        let args: Vec<String> =
            std::env::args_os().skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
        if let Some(message) = newsdex::cli::dash_word_error(&args) {
            newsdex::messages::to_stderr(format_args!("newsdex: {}", newsdex::messages::printable(&message)));
            return newsdex::exit::Status::Error.into();
        }
    }
    err.exit()
}

/// Caps glibc's malloc at [`MALLOC_ARENAS`] arenas, before any thread starts. Rust's
/// allocations go to mimalloc, but glibc's own malloc still serves C code: glibc itself
/// (a thread's first thread-local destructor) and zstd's contexts (the document store's
/// compression). glibc gives each thread that calls it an arena of its own, reserving 64 MB
/// of address space each (up to 8 per core): an ingest's 13 threads held 830 MB of its
/// 1.96 GB of virtual memory (VmPeak) for 131 MB of RSS, and under a limit on address space
/// (`ulimit -v 1000000`, as on shared machines) that made a BBC ingest abort. Threads then
/// share arenas, which costs nothing measurable: little is allocated there (figures in the
/// README's Speed section).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn few_malloc_arenas() {
    // SAFETY: mallopt only sets a tunable of glibc's malloc; no thread has started yet.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, MALLOC_ARENAS);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn few_malloc_arenas() {}

/// glibc malloc arenas at most (see [`few_malloc_arenas`]).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const MALLOC_ARENAS: libc::c_int = 2;

/// Lets the heap use transparent huge pages from here on (see [`GLOBAL`]): mimalloc's `no_thp`
/// build turned them off for the whole process at start, where they cost every short
/// command. Ingest gains from them: fewer page faults and TLB misses on a heap that grows
/// to hundreds of megabytes (figures in the README's Speed section). The heap is the
/// mapping that holds a fresh allocation: mimalloc reserves its first arena (1 GiB) as one
/// mapping. Advice only: any failure leaves things as they were.
#[cfg(target_os = "linux")]
fn heap_on_huge_pages() {
    let probe = Box::new(0u64);
    let address = &*probe as *const u64 as usize;
    let Ok(maps) = std::fs::read_to_string("/proc/self/maps") else { return };
    let Some((start, len)) = mapping_containing(&maps, address) else { return };
    // SAFETY: prctl and madvise with MADV_HUGEPAGE change no memory contents; the range is a
    // mapping of this process, read from /proc/self/maps just now.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 0, 0, 0, 0);
        libc::madvise(start as *mut libc::c_void, len, libc::MADV_HUGEPAGE);
    }
}

#[cfg(not(target_os = "linux"))]
fn heap_on_huge_pages() {}

/// The start and length of the mapping in `maps` (the text of `/proc/PID/maps`) that holds
/// `address`.
#[cfg(any(target_os = "linux", test))]
fn mapping_containing(maps: &str, address: usize) -> Option<(usize, usize)> {
    maps.lines().find_map(|line| {
        let (start, end) = line.split_whitespace().next()?.split_once('-')?;
        let (start, end) = (usize::from_str_radix(start, 16).ok()?, usize::from_str_radix(end, 16).ok()?);
        (start..end).contains(&address).then_some((start, end - start))
    })
}

#[cfg(test)]
mod tests {
    use super::mapping_containing;

    const MAPS: &str = "\
557ffaddc000-557ffb694000 r--p 00000000 fe:00 10010837                   /usr/bin/newsdex
20000000000-20040000000 rw-p 00000000 00:00 0
7f74ec096000-7f74f0000000 ---p 00000000 00:00 0
";

    #[test]
    fn finds_the_mapping_that_holds_an_address() {
        assert_eq!(mapping_containing(MAPS, 0x0200_0128_0640), Some((0x0200_0000_0000, 1 << 30)));
        assert_eq!(mapping_containing(MAPS, 0x557f_fadd_c000), Some((0x557f_fadd_c000, 0x8b_8000)));
    }

    #[test]
    fn an_address_outside_every_mapping_has_none() {
        assert_eq!(mapping_containing(MAPS, 0x0200_4000_0000), None);
        assert_eq!(mapping_containing("not a maps file", 0x1000), None);
    }
}
