//! When resources run out: a disk that cannot take the index's files, memory refused, and
//! the files an interrupted ingest leaves behind.
//!
//! A full disk needs a small file system (root's `mount -t tmpfs`); here the limit on the
//! size of a file a process may write (`ulimit -f`, with SIGXFSZ ignored, so that a write
//! past it fails with an error as one on a full disk does) stands in for it, without
//! privileges. The full-disk run itself was checked by hand on a 20 MB tmpfs (README).

use std::path::Path;
use std::process::Output;

use crate::util::Corpus;

/// `count` articles of about 8 KB each of words that do not compress away.
fn write_articles(corpus: &Corpus, folder: &str, count: usize) {
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut word = || {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        let len = 3 + (seed >> 60) as usize % 6;
        (0..len).map(|i| (b'a' + ((seed >> (8 + 5 * i)) % 26) as u8) as char).collect::<String>()
    };
    for n in 0..count {
        let title: Vec<String> = (0..6).map(|_| word()).collect();
        let body: Vec<String> = (0..1300).map(|_| word()).collect();
        corpus.write(
            &format!("{folder}/story-{n:04}.txt"),
            format!("{}\n\n{}.\n", title.join(" "), body.join(" ")),
        );
    }
}

/// `newsdex --index INDEX ARGS…` in the corpus's folder, run with `limit` applied to the
/// process before it starts.
#[cfg(target_os = "linux")]
fn run_limited(corpus: &Corpus, args: &[&str], limit: fn() -> std::io::Result<()>) -> Output {
    use std::os::unix::process::CommandExt;
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_newsdex"));
    cmd.arg("--index").arg(corpus.index()).args(args).current_dir(corpus.root().parent().unwrap());
    cmd.env_remove("NEWSDEX_INDEX");
    // SAFETY: setrlimit and signal are async-signal-safe; nothing else runs in the child.
    unsafe { cmd.pre_exec(limit) };
    cmd.output().expect("run newsdex")
}

fn stats_json(corpus: &Corpus) -> serde_json::Value {
    let out = corpus.cmd(&["stats", "--json"]).assert().success().get_output().stdout.clone();
    serde_json::from_slice(&out).expect("stats --json prints JSON")
}

/// A segment file no commit lists, as an ingest killed part way leaves one, `bytes` long,
/// in tantivy's list of its files (so that tantivy's clean-up knows it).
fn plant_leftover(index: &Path, bytes: usize) {
    let name = "0123456789abcdef0123456789abcdef.store";
    std::fs::write(index.join(name), vec![7u8; bytes]).unwrap();
    let managed = index.join(".managed.json");
    let mut files: Vec<String> = serde_json::from_slice(&std::fs::read(&managed).unwrap()).unwrap();
    files.push(name.to_string());
    std::fs::write(&managed, serde_json::to_vec(&files).unwrap()).unwrap();
}

#[cfg(target_os = "linux")]
#[test]
fn a_write_failure_undoes_what_was_not_committed_and_says_what_to_do() {
    let corpus = Corpus::new();
    write_articles(&corpus, "first", 5);
    corpus.cmd(&["ingest", "articles/first"]).assert().success();
    let before = stats_json(&corpus);
    assert_eq!(before["articles"], 5);
    write_articles(&corpus, "more", 300);

    // No file of the index may grow past 256 KB: the segment of 300 articles cannot be written.
    let out = run_limited(&corpus, &["ingest", "articles/more"], || {
        // SAFETY: plain system calls on this process, before exec.
        unsafe {
            let limit = libc::rlimit { rlim_cur: 256 << 10, rlim_max: 256 << 10 };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
        }
        Ok(())
    });
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    let index = std::path::absolute(corpus.index()).unwrap();
    let said =
        stderr.lines().find(|l| l.contains("it carries on from there")).unwrap_or_else(|| panic!("{stderr}"));
    assert!(said.contains(&format!("the index at {}", index.display())), "{said}");
    assert!(said.contains("File too large"), "the cause is named: {said}");
    assert!(said.contains("the index holds its last commit (5 articles)"), "{said}");
    assert!(said.contains("it had written and not committed"), "{said}");
    assert!(
        !stderr.contains("An IO error occurred") && !stderr.contains("index writer was killed"),
        "{stderr}"
    );
    // The summary comes last, and counts what is committed.
    let last = stderr.lines().last().unwrap();
    assert!(last.starts_with("newsdex: interrupted: indexed 0 files"), "{stderr}");

    // Nothing uncommitted stays on disk; the index holds what it did (and the folder, to
    // carry on).
    let after = stats_json(&corpus);
    assert_eq!(after["leftover_bytes"], 0, "{after}");
    assert_eq!(after["articles"], 5);

    // With room again, the next ingest carries on.
    corpus.cmd(&["ingest"]).assert().success();
    assert_eq!(stats_json(&corpus)["articles"], 305);
}

#[test]
fn stats_ingest_and_purge_tell_of_files_left_over_by_an_interrupted_ingest() {
    let corpus = Corpus::new();
    write_articles(&corpus, "a", 3);
    corpus.ingest();
    let clean = stats_json(&corpus);
    assert_eq!(clean["leftover_bytes"], 0);

    plant_leftover(&corpus.index(), 300_000);
    let json = stats_json(&corpus);
    // The size is of what the index uses (its list of files names one more).
    let grown = json["index_bytes"].as_u64().unwrap() - clean["index_bytes"].as_u64().unwrap();
    assert!(grown < 100, "{json}");
    assert_eq!(json["leftover_bytes"], 300_000);
    let text = corpus.cmd(&["stats"]).assert().success().get_output().stdout.clone();
    let text = String::from_utf8(text).unwrap();
    assert!(
        text.contains(
            "leftover:  0.3 MB more on disk, left over from an interrupted ingest; the next `newsdex ingest` (or \
             `newsdex purge`) removes it"
        ),
        "{text}"
    );

    // The next ingest removes them, and says so before its summary.
    let said = corpus.ingest();
    assert!(said.contains("newsdex: removed 0.3 MB left over from an interrupted ingest\n"), "{said}");
    assert_eq!(stats_json(&corpus)["leftover_bytes"], 0);

    // So does a purge, which no longer says "nothing to purge" while it frees space.
    plant_leftover(&corpus.index(), 300_000);
    let out = corpus.cmd(&["purge", "--json"]).assert().success().get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with(
            "newsdex: removed 0.3 MB left over from an interrupted ingest; no removed article to purge"
        ),
        "{stderr}"
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["leftover_bytes"], 300_000);
    assert_eq!(stats_json(&corpus)["leftover_bytes"], 0);
    let text = corpus.cmd(&["stats"]).assert().success().get_output().stdout.clone();
    assert!(!String::from_utf8(text).unwrap().contains("leftover:"));
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn memory_refused_says_what_to_try() {
    let corpus = Corpus::new();
    write_articles(&corpus, "a", 3);
    // 300 MB of address space: far less than a default ingest reserves.
    let out = run_limited(&corpus, &["ingest", "articles"], || {
        // SAFETY: a plain system call on this process, before exec.
        let limit = libc::rlimit { rlim_cur: 300 << 20, rlim_max: 300 << 20 };
        match unsafe { libc::setrlimit(libc::RLIMIT_AS, &limit) } {
            0 => Ok(()),
            _ => Err(std::io::Error::last_os_error()),
        }
    });
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    assert!(stderr.contains("newsdex: out of memory"), "{stderr}");
    assert!(stderr.contains("`-j 1 --memory 15`"), "{stderr}");
    // What it says to try gets through under 550 MB (measured: 450 MB do; a default ingest
    // needs 600 MB).
    let out = run_limited(&corpus, &["ingest", "articles", "-j", "1", "--memory", "15"], || {
        // SAFETY: a plain system call on this process, before exec.
        let limit = libc::rlimit { rlim_cur: 550 << 20, rlim_max: 550 << 20 };
        match unsafe { libc::setrlimit(libc::RLIMIT_AS, &limit) } {
            0 => Ok(()),
            _ => Err(std::io::Error::last_os_error()),
        }
    });
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}
