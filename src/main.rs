//! The `varsel` command: parse the command line, run, report failure with an exit code.
//! Exit codes: 0 success, 1 problems in the site (printed as diagnostics), 2 usage or I/O error.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = varsel::cli::Cli::parse();
    match varsel::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if let varsel::Error::Other(err) = &e {
                eprintln!("error: {err}");
                for cause in err.chain().skip(1) {
                    eprintln!("  caused by: {cause}");
                }
            }
            ExitCode::from(e.exit_code())
        }
    }
}
