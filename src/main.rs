//! The `varsel` command: parse the command line, run one command, report how it ended.
//!
//! Exit codes (README, docs/check.md):
//! - `0`: success;
//! - `1`: the site has problems, printed as diagnostics with file, line and column;
//! - `2`: usage error (clap also exits 2) or the environment failed (I/O), printed with causes.

use std::io::Write as _;
use std::process::ExitCode;

use clap::Parser;

// A build allocates and frees many small strings and template values on several threads at
// once; mimalloc does that in about half the time of the system allocator. Cargo.toml adds it
// on Linux only, so it is used under the same condition; elsewhere, and with the `portable`
// feature, the system's allocator serves.
#[cfg(all(target_os = "linux", not(feature = "portable")))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = varsel::cli::Cli::parse();
    match varsel::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if let varsel::Error::Other(err) = &e {
                // A closed standard error must not turn the exit code into a panic's.
                let mut stderr = std::io::stderr();
                let _ = writeln!(stderr, "error: {err}");
                for cause in err.chain().skip(1) {
                    let _ = writeln!(stderr, "  caused by: {cause}");
                }
            }
            ExitCode::from(e.exit_code())
        }
    }
}
