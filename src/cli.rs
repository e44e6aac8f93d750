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
    /// Create a new site folder with configuration and an example notice. Asks nothing: what
    /// is not given is guessed, and everything can be changed in varsel.toml afterwards.
    Init(InitArgs),
    /// Copy the built-in locales or theme into the site, to change them. Nothing that exists
    /// is replaced.
    Eject {
        /// What to copy: `locales` into locales/<lang>/ for each site language, `theme` into
        /// themes/<theme>/.
        #[arg(value_enum)]
        what: EjectWhat,
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
    Build(BuildArgs),
    /// Write the messages to send to the people affected: per notice and language an .eml
    /// (subject, text and HTML) with its .txt and .html parts beside it.
    Mail(MailArgs),
    /// Build the site, serve it on this machine and rebuild it as you edit, with live reload.
    Serve(ServeArgs),
    /// Check the site and report every problem without writing anything.
    Check(CheckArgs),
}

// What each command takes. Plain comments, so that a command's help is only its variant's
// doc comment in `Command`.

// What `varsel init` takes.
#[derive(Debug, clap::Args)]
pub(crate) struct InitArgs {
    /// The folder to create (must not exist, be empty or hold only a new repository's files).
    pub(crate) folder: PathBuf,
    /// The site's languages in reading order, separated by commas (e.g. sv,en); the first
    /// is the default. Without it: sv, nb, nl and en, with en the default.
    #[arg(long, value_delimiter = ',', value_name = "LANGS")]
    pub(crate) languages: Vec<String>,
    /// The time zone new notices are written in (an IANA name such as Europe/Stockholm).
    /// Without it: the default language's (sv Stockholm, nb Oslo, nl Amsterdam, en London).
    #[arg(long, value_name = "ZONE")]
    pub(crate) time_zone: Option<String>,
    /// The address the site will be published at, e.g. https://example.org/notices.
    #[arg(long, value_name = "URL")]
    pub(crate) base_url: Option<String>,
    /// Also copy the built-in locales into locales/, to change their wording (the site
    /// then keeps its copy and no longer gets the wording of a newer varsel).
    #[arg(long)]
    pub(crate) locales: bool,
    /// Also write a workflow that checks every change and publishes the site on Pages,
    /// rebuilding every 15 minutes (on GitLab, once a pipeline schedule is made).
    #[arg(long, value_enum, value_name = "SERVICE")]
    pub(crate) ci: Option<CiService>,
}

// What `varsel build` takes.
#[derive(Debug, clap::Args)]
pub(crate) struct BuildArgs {
    /// Output folder (default: public/ in the site).
    #[arg(short, long)]
    pub(crate) output: Option<PathBuf>,
    /// Include drafts and notices scheduled for later, marked as not published.
    #[arg(long)]
    pub(crate) drafts: bool,
    /// Build as if it were this time (RFC 3339, e.g. 2024-12-05T12:00:00Z), for
    /// reproducible builds and to preview an embargo.
    #[arg(long, value_name = "TIME")]
    pub(crate) now: Option<String>,
    /// Refuse to build on warnings too, not only on errors.
    #[arg(long)]
    pub(crate) strict: bool,
    /// Build even when content/ has no notices (otherwise refused, so that a missing
    /// folder cannot replace a published site with an empty one).
    #[arg(long)]
    pub(crate) allow_empty: bool,
}

// What `varsel mail` takes.
#[derive(Debug, clap::Args)]
pub(crate) struct MailArgs {
    /// The notices (folder names under content/); every one a build publishes when none.
    pub(crate) slugs: Vec<String>,
    /// Only these languages, separated by commas (e.g. sv,en).
    #[arg(long, value_delimiter = ',', value_name = "LANGS")]
    pub(crate) lang: Vec<String>,
    /// Output folder (default: mail/ in the site).
    #[arg(short, long)]
    pub(crate) output: Option<PathBuf>,
    /// Write messages without any web address, as `[mail] links = false` does.
    #[arg(long)]
    pub(crate) no_links: bool,
    /// Write the short message for update N (1 for the first update) instead.
    #[arg(long, value_name = "N")]
    pub(crate) update: Option<usize>,
    /// Include drafts and notices scheduled for later.
    #[arg(long)]
    pub(crate) drafts: bool,
    /// Write as if it were this time (RFC 3339).
    #[arg(long, value_name = "TIME")]
    pub(crate) now: Option<String>,
}

// What `varsel serve` takes.
#[derive(Debug, clap::Args)]
pub(crate) struct ServeArgs {
    /// The port to listen on (0 picks a free one).
    #[arg(short, long, default_value_t = 1111)]
    pub(crate) port: u16,
    /// The address to listen on. Only this machine can connect unless you choose another.
    #[arg(long, default_value = "127.0.0.1")]
    pub(crate) bind: std::net::IpAddr,
    /// Open the site in the default browser.
    #[arg(long)]
    pub(crate) open: bool,
    /// Include drafts and notices scheduled for later, marked as not published.
    #[arg(long)]
    pub(crate) drafts: bool,
}

// What `varsel check` takes.
#[derive(Debug, clap::Args)]
pub(crate) struct CheckArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub(crate) format: Format,
    /// Fail on warnings too.
    #[arg(long)]
    pub(crate) strict: bool,
    /// Show how complete each language is (UI strings, notices, sections) instead.
    #[arg(long)]
    pub(crate) translations: bool,
    /// Show the readability score of every part of every notice in every language instead.
    #[arg(long, conflicts_with = "translations")]
    pub(crate) readability: bool,
    /// Check as if it were this time (RFC 3339), e.g. for events dated in the future.
    #[arg(long, value_name = "TIME")]
    pub(crate) now: Option<String>,
}

/// The CI services `varsel init --ci` writes a workflow for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum CiService {
    /// GitHub Actions and GitHub Pages: `.github/workflows/varsel.yml`.
    Github,
    /// GitLab CI/CD and GitLab Pages: `.gitlab-ci.yml`.
    Gitlab,
}

/// What `varsel eject` copies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum EjectWhat {
    /// The built-in Fluent files of every site language.
    Locales,
    /// The built-in theme's templates and style sheet.
    Theme,
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
