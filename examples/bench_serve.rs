//! Measures the preview server's edit-to-reload latency: the time from an incident's prose
//! file being written to the server sending the reload event for it, as an open page would
//! receive it. Run by `scripts/bench-serve.sh`; the figures are quoted in docs/performance.md.
//!
//! ```sh
//! bench_serve <varsel binary> <site folder> [edits]
//! ```

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(bin), Some(site)) = (args.first(), args.get(1)) else {
        eprintln!("usage: bench_serve <varsel binary> <site folder> [edits]");
        return ExitCode::from(2);
    };
    let edits: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(20);
    let site = Path::new(site);

    let mut child = Command::new(bin)
        .arg("-C")
        .arg(site)
        .args(["serve", "--port", "0"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("start varsel serve");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let started = Instant::now();
    let addr = loop {
        let line = lines.next().expect("varsel serve exited").unwrap();
        if let Some(url) = line.strip_prefix("Serving ") {
            let url = url.rsplit("http://").next().unwrap().trim_end_matches('/');
            break url.to_owned();
        }
    };
    eprintln!(
        "Initial build and start: {} ms",
        started.elapsed().as_millis()
    );
    // The server's own messages are not needed; keep the pipe drained.
    std::thread::spawn(move || for _ in lines {});

    let mut events = TcpStream::connect(&addr).unwrap();
    write!(
        events,
        "GET /__varsel/events HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n"
    )
    .unwrap();
    wait_for(&mut events, "event: hello\n");

    // An incident in the middle of the site; its Swedish prose gets a changing last line.
    let slug = std::fs::read_dir(site.join("content"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .max()
        .expect("the site has incidents");
    let file = site.join("content").join(&slug).join("sv.md");
    let original = std::fs::read_to_string(&file).unwrap();
    let mut times = Vec::with_capacity(edits);
    for n in 0..edits {
        let text = format!("{original}\nÄndring nummer {n}.\n");
        std::fs::write(&file, text).unwrap();
        let written = Instant::now();
        wait_for(&mut events, "event: reload\n");
        times.push(written.elapsed());
        // Apart enough that the edits are not one burst to the debouncer.
        std::thread::sleep(Duration::from_millis(300));
    }
    std::fs::write(&file, original).unwrap();
    let _ = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let _ = child.wait();

    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let pick = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    println!(
        "edit-to-reload over {edits} edits of content/{slug}/sv.md: median {:.1} ms, p90 {:.1} ms, min {:.1} ms, max {:.1} ms",
        ms(pick(0.5)),
        ms(pick(0.9)),
        ms(times[0]),
        ms(times[times.len() - 1])
    );
    ExitCode::SUCCESS
}

/// Reads the event stream until `needle` arrives.
fn wait_for(stream: &mut TcpStream, needle: &str) {
    let mut seen = String::new();
    let mut buf = [0u8; 4096];
    while !seen.contains(needle) {
        let n = stream.read(&mut buf).expect("read the event stream");
        assert!(n > 0, "the event stream ended");
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
}
