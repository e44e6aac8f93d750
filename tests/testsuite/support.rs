//! The fixture helper: copy a site from `tests/fixtures/` into a temporary folder, run the
//! real `varsel` binary there, and read back its output as text or parsed HTML.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use scraper::{Html, Selector};

pub struct Fixture {
    dir: tempfile::TempDir,
}

/// What one run of the binary did.
pub struct Run {
    pub output: Output,
}

impl Run {
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }
    pub fn code(&self) -> i32 {
        self.output.status.code().unwrap_or(-1)
    }
    /// Asserts success and returns self, showing the output when it failed.
    pub fn ok(self) -> Self {
        assert!(
            self.output.status.success(),
            "varsel failed with {}\nstdout:\n{}\nstderr:\n{}",
            self.code(),
            self.stdout(),
            self.stderr()
        );
        self
    }
    /// Asserts failure with `code` and returns self.
    pub fn fails_with(self, code: i32) -> Self {
        assert_eq!(
            self.code(),
            code,
            "expected exit code {code}\nstdout:\n{}\nstderr:\n{}",
            self.stdout(),
            self.stderr()
        );
        self
    }
}

/// The `basic` fixture's facts with its one service replaced by a 50,000-character text
/// anchored once and repeated by 40 aliases: a small file that expands to many times its size.
pub fn alias_bomb(facts: &str) -> String {
    let big = "x".repeat(50_000);
    let bomb = format!(
        "  services:\n    - &n \"{big}\"\n{}",
        "    - *n\n".repeat(40)
    );
    let bombed = facts.replace("  services:\n    - Acme Webbutik\n", &bomb);
    assert_ne!(bombed, facts, "the fixture's services list has changed");
    bombed
}

pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            fs::create_dir_all(&dest).unwrap();
        } else {
            fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

/// A command running the built `varsel` binary.
pub fn varsel() -> Command {
    Command::new(env!("CARGO_BIN_EXE_varsel"))
}

impl Fixture {
    /// A private copy of `tests/fixtures/<name>`.
    pub fn new(name: &str) -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&fixtures_dir().join(name), dir.path());
        Fixture { dir }
    }

    /// An empty temporary folder.
    pub fn empty() -> Fixture {
        Fixture {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Runs `varsel -C <fixture> <args>`.
    pub fn run(&self, args: &[&str]) -> Run {
        let output = varsel()
            .arg("-C")
            .arg(self.path())
            .args(args)
            .env("NO_COLOR", "1")
            .output()
            .expect("run varsel");
        Run { output }
    }

    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.path().join(rel))
            .unwrap_or_else(|e| panic!("cannot read {rel}: {e}"))
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.path().join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    /// Replaces the first occurrence of `from` in a file, which must contain it.
    pub fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        self.write(rel, &text.replacen(from, to, 1));
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.path().join(rel).exists()
    }

    pub fn html(&self, rel: &str) -> Page {
        Page(Html::parse_document(&self.read(rel)))
    }
}

/// The headings of a notice page's standard questions: the sections of its article that
/// have no class (the key facts, other questions and revisions have one).
pub const QUESTION_HEADINGS: &str = "article > section:not([class]) > h2";

/// A parsed HTML page with small helpers for assertions.
pub struct Page(pub Html);

impl Page {
    fn sel(css: &str) -> Selector {
        Selector::parse(css).unwrap_or_else(|e| panic!("bad selector {css}: {e:?}"))
    }

    /// Text of every element matching `css`, whitespace-collapsed.
    pub fn texts(&self, css: &str) -> Vec<String> {
        self.0
            .select(&Self::sel(css))
            .map(|e| {
                e.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    /// Text of the one element matching `css`.
    pub fn text(&self, css: &str) -> String {
        let all = self.texts(css);
        assert_eq!(
            all.len(),
            1,
            "expected one {css}, found {}: {all:?}",
            all.len()
        );
        all.into_iter().next().unwrap()
    }

    /// Attribute `attr` of every element matching `css`.
    pub fn attrs(&self, css: &str, attr: &str) -> Vec<String> {
        self.0
            .select(&Self::sel(css))
            .filter_map(|e| e.value().attr(attr).map(str::to_owned))
            .collect()
    }

    pub fn attr(&self, css: &str, attr: &str) -> String {
        let all = self.attrs(css, attr);
        assert_eq!(all.len(), 1, "expected one {css}[{attr}], found {all:?}");
        all.into_iter().next().unwrap()
    }

    pub fn count(&self, css: &str) -> usize {
        self.0.select(&Self::sel(css)).count()
    }
}

/// A running `varsel serve` on a fixture, on a free port. Stopped (Ctrl-C) when dropped.
pub struct Server {
    child: Option<std::process::Child>,
    pub addr: std::net::SocketAddr,
    /// The preview folder it serves from.
    pub output: PathBuf,
    lines: std::sync::mpsc::Receiver<String>,
}

/// One HTTP response, read whole.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub head: String,
    pub body: String,
}

impl Response {
    /// The value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (n, v) = l.split_once(':')?;
            n.eq_ignore_ascii_case(name).then(|| v.trim().to_owned())
        })
    }
    pub fn page(&self) -> Page {
        Page(Html::parse_document(&self.body))
    }
}

/// Sends one raw HTTP/1.1 request (the target exactly as given, not normalised) and reads
/// the whole response.
pub fn http(
    addr: std::net::SocketAddr,
    method: &str,
    target: &str,
    host: &str,
    body: &str,
) -> Response {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .unwrap();
    write!(
        s,
        "{method} {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    // Read to the end, or as far as Content-Length says: some servers keep the connection
    // open whatever the request asked.
    let mut raw = Vec::new();
    let mut buf = [0u8; 16384];
    loop {
        let n = s.read(&mut buf).expect("read response");
        if n == 0 {
            break;
        }
        raw.extend_from_slice(&buf[..n]);
        if let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&raw[..end]).to_ascii_lowercase();
            let length = head.lines().find_map(|l| {
                l.strip_prefix("content-length:")
                    .and_then(|v| v.trim().parse::<usize>().ok())
            });
            if length.is_some_and(|len| raw.len() >= end + 4 + len) {
                break;
            }
        }
    }
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("not an HTTP response: {text:?}"));
    Response {
        status,
        head: head.to_owned(),
        body: body.to_owned(),
    }
}

impl Server {
    /// Starts `varsel -C <fixture> serve --port 0 <args>` and waits until it serves.
    pub fn start(f: &Fixture, args: &[&str]) -> Server {
        let mut cmd = varsel();
        cmd.arg("-C").arg(f.path()).args(["serve", "--port", "0"]);
        Server::spawn(cmd.args(args))
    }

    /// As [`Server::start`], with the soft limit on open files lowered to `n` first, as many
    /// systems set it.
    pub fn start_with_open_file_limit(f: &Fixture, args: &[&str], n: u32) -> Server {
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg(format!("ulimit -S -n {n} && exec \"$0\" \"$@\""))
            .arg(env!("CARGO_BIN_EXE_varsel"))
            .arg("-C")
            .arg(f.path())
            .args(["serve", "--port", "0"]);
        Server::spawn(cmd.args(args))
    }

    pub fn spawn(cmd: &mut Command) -> Server {
        use std::io::BufRead;
        let mut child = cmd
            .env("NO_COLOR", "1")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::inherit())
            .spawn()
            .expect("start varsel serve");
        let stdout = child.stdout.take().unwrap();
        let (tx, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
            {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut server = Server {
            child: Some(child),
            addr: "127.0.0.1:0".parse().unwrap(),
            output: PathBuf::new(),
            lines,
        };
        let url = server.wait_line("Serving ");
        let addr = url.rsplit("http://").next().unwrap().trim_end_matches('/');
        server.addr = addr.parse().expect("address in the Serving line");
        let folder = server.wait_line("Preview files in ");
        let folder = folder["Preview files in ".len()..]
            .split(" (")
            .next()
            .unwrap();
        server.output = PathBuf::from(folder);
        server
    }

    /// Waits (up to 30 s) for a line of output starting with `prefix` and returns it.
    pub fn wait_line(&self, prefix: &str) -> String {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(l) if l.starts_with(prefix) => return l,
                Ok(_) => {}
                Err(e) => panic!("no line starting with {prefix:?} from varsel serve: {e}"),
            }
        }
    }

    /// Whether the server is still running.
    pub fn running(&mut self) -> bool {
        let child = self.child.as_mut().unwrap();
        child.try_wait().unwrap().is_none()
    }

    /// The process id of the server, for looking at it in /proc.
    pub fn pid(&self) -> u32 {
        self.child.as_ref().unwrap().id()
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    pub fn get(&self, target: &str) -> Response {
        http(self.addr, "GET", target, &self.addr.to_string(), "")
    }

    pub fn get_as(&self, target: &str, host: &str) -> Response {
        http(self.addr, "GET", target, host, "")
    }

    /// Opens the live-reload event stream.
    pub fn events(&self) -> Events {
        use std::io::Write;
        let mut s = std::net::TcpStream::connect(self.addr).unwrap();
        write!(
            s,
            "GET /__varsel/events HTTP/1.1\r\nHost: {}\r\nAccept: text/event-stream\r\n\r\n",
            self.addr
        )
        .unwrap();
        s.set_read_timeout(Some(std::time::Duration::from_millis(100)))
            .unwrap();
        Events {
            stream: s,
            seen: String::new(),
        }
    }

    /// Sends Ctrl-C and waits for the server to exit; returns its exit code.
    pub fn stop(mut self) -> i32 {
        let mut child = self.child.take().unwrap();
        interrupt(&child);
        child.wait().unwrap().code().unwrap_or(-1)
    }
}

fn interrupt(child: &std::process::Child) {
    let _ = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            interrupt(&child);
            let _ = child.wait();
        }
    }
}

/// A live-reload event stream as a browser would read it.
pub struct Events {
    stream: std::net::TcpStream,
    seen: String,
}

impl Events {
    /// Reads events until none has come for `quiet`; returns their names in order.
    pub fn until_quiet(&mut self, quiet: std::time::Duration) -> Vec<String> {
        use std::io::Read;
        let mut last = std::time::Instant::now();
        while last.elapsed() < quiet {
            let mut buf = [0u8; 4096];
            match self.stream.read(&mut buf) {
                Ok(0) => panic!("the event stream ended: {:?}", self.seen),
                Ok(n) => {
                    let text = String::from_utf8_lossy(&buf[..n]);
                    // Keep-alive comments are not events.
                    if text.contains("event: ") {
                        last = std::time::Instant::now();
                    }
                    self.seen.push_str(&text);
                }
                Err(_) => {}
            }
        }
        let names = self
            .seen
            .lines()
            .filter_map(|l| l.strip_prefix("event: "))
            .map(str::to_owned)
            .collect();
        self.seen.clear();
        names
    }

    /// Waits (up to 30 s) for the next event named `name`; returns its data.
    pub fn next(&mut self, name: &str) -> String {
        use std::io::Read;
        let needle = format!("event: {name}\ndata: ");
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            if let Some(at) = self.seen.find(&needle) {
                let rest = &self.seen[at + needle.len()..];
                if let Some(end) = rest.find('\n') {
                    let data = rest[..end].to_owned();
                    self.seen = rest[end..].to_owned();
                    return data;
                }
            }
            assert!(
                std::time::Instant::now() < deadline,
                "no `{name}` event; the stream said: {:?}",
                self.seen
            );
            let mut buf = [0u8; 4096];
            match self.stream.read(&mut buf) {
                Ok(0) => panic!("the event stream ended: {:?}", self.seen),
                Ok(n) => self.seen.push_str(&String::from_utf8_lossy(&buf[..n])),
                Err(_) => {}
            }
        }
    }
}
