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
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = newsdex::cli::Cli::parse();
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
