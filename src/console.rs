//! Printing for people, on standard output and standard error. A closed pipe
//! (`varsel build | true`, `varsel check --format json | head -1`) or a terminal that went away
//! ends what is printed, not the command: its work and its exit code stay what they would be.
//! (Rust's `println!` panics instead, and the process would end with 101.)

/// `print!` that ignores a closed standard output.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stdout(), $($arg)*);
    }};
}

/// `println!` that ignores a closed standard output.
macro_rules! sayln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

/// `eprint!` that ignores a closed standard error.
macro_rules! tell {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stderr(), $($arg)*);
    }};
}

/// `eprintln!` that ignores a closed standard error.
macro_rules! tellln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}
