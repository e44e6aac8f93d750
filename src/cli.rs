//! The command line: what each subcommand takes. Parsing only; `cmd` does the work.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "varsel",
    version,
    about = "Build multilingual personal-data breach notices from one structured incident"
)]
pub struct Cli {
    /// The site folder (the one with varsel.toml).
    #[arg(short = 'C', long, global = true, default_value = ".")]
    pub(crate) root: PathBuf,
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Create a new site folder with configuration, an example notice and the built-in theme.
    Init {
        /// The folder to create (must not exist or be empty).
        folder: PathBuf,
    },
    /// Print the JSON Schema of incident.yaml, the prose front matter or varsel.toml, for
    /// editors to complete and check as you type.
    Schema {
        /// Which file's schema to print.
        #[arg(value_enum)]
        file: Option<SchemaFile>,
        /// Write all three into the site's .varsel/ folder instead (after upgrading varsel).
        #[arg(long, conflicts_with = "file")]
        write: bool,
    },
    /// Scaffold a new incident with every section, in every site language.
    New {
        /// Folder name under content/, used in the URL (e.g. acme-webshop-2024).
        slug: String,
    },
    /// Build the site into the output folder.
    Build {
        /// Output folder (default: public/ in the site).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Include drafts and notices scheduled for later, marked as not published.
        #[arg(long)]
        drafts: bool,
        /// Build as if it were this time (RFC 3339, e.g. 2024-12-05T12:00:00Z), for
        /// reproducible builds and to preview an embargo.
        #[arg(long, value_name = "TIME")]
        now: Option<String>,
        /// Refuse to build on warnings too, not only on errors.
        #[arg(long)]
        strict: bool,
        /// Build even when content/ has no notices (otherwise refused, so that a missing
        /// folder cannot replace a published site with an empty one).
        #[arg(long)]
        allow_empty: bool,
    },
    /// Write the messages to send to the people affected: per notice and language an .eml
    /// (subject, text and HTML) with its .txt and .html parts beside it.
    Mail {
        /// The notices (folder names under content/); every one a build publishes when none.
        slugs: Vec<String>,
        /// Only these languages, separated by commas (e.g. sv,en).
        #[arg(long, value_delimiter = ',', value_name = "LANGS")]
        lang: Vec<String>,
        /// Output folder (default: mail/ in the site).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Write messages without any web address, as `[mail] links = false` does.
        #[arg(long)]
        no_links: bool,
        /// Write the short message for update N (1 for the first update) instead.
        #[arg(long, value_name = "N")]
        update: Option<usize>,
        /// Include drafts and notices scheduled for later.
        #[arg(long)]
        drafts: bool,
        /// Write as if it were this time (RFC 3339).
        #[arg(long, value_name = "TIME")]
        now: Option<String>,
    },
    /// Build the site, serve it on this machine and rebuild it as you edit, with live reload.
    Serve {
        /// The port to listen on (0 picks a free one).
        #[arg(short, long, default_value_t = 1111)]
        port: u16,
        /// The address to listen on. Only this machine can connect unless you choose another.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
        /// Include drafts and notices scheduled for later, marked as not published.
        #[arg(long)]
        drafts: bool,
    },
    /// Check the site and report every problem without writing anything.
    Check {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Fail on warnings too.
        #[arg(long)]
        strict: bool,
        /// Show how complete each language is (UI strings, notices, sections) instead.
        #[arg(long)]
        translations: bool,
        /// Show the readability score of every part of every notice in every language instead.
        #[arg(long, conflicts_with = "translations")]
        readability: bool,
        /// Check as if it were this time (RFC 3339), e.g. for events dated in the future.
        #[arg(long, value_name = "TIME")]
        now: Option<String>,
    },
}

/// The files `varsel schema` describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum SchemaFile {
    /// `content/<slug>/incident.yaml`.
    Incident,
    /// The front matter of `content/<slug>/<lang>.md`.
    FrontMatter,
    /// `varsel.toml`.
    Config,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    Human,
    Json,
}
