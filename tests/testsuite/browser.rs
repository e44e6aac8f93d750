//! The preview in a real browser: headless Chromium, driven over WebDriver by chromedriver,
//! shows an edit without anyone navigating the page. Needs `chromium` and `chromium-driver`.

use std::net::{SocketAddr, TcpListener};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::support::{Fixture, Server, http};

/// chromedriver on a free port, stopped when dropped.
struct Driver {
    child: Child,
    addr: SocketAddr,
    session: String,
    _profile: tempfile::TempDir,
}

impl Driver {
    fn start() -> Driver {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver (Debian package chromium-driver) must be installed");
        let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(addr).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        let profile = tempfile::tempdir().unwrap();
        let mut driver = Driver {
            child,
            addr,
            session: String::new(),
            _profile: profile,
        };
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    format!("--user-data-dir={}", driver._profile.path().display()),
                ],
            },
        }}});
        let v = driver.call("POST", "/session", &caps);
        driver.session = v["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {v}"))
            .to_owned();
        driver
    }

    /// One WebDriver command; returns its `value`.
    fn call(&self, method: &str, path: &str, body: &Value) -> Value {
        let host = self.addr.to_string();
        let r = http(self.addr, method, path, &host, &body.to_string());
        // chromedriver answers in chunks; the JSON is the part between the braces.
        let json = &r.body[r.body.find('{').unwrap_or(0)..=r.body.rfind('}').unwrap_or(0)];
        let v: Value = serde_json::from_str(json)
            .unwrap_or_else(|e| panic!("{method} {path}: {e}: {}", r.body));
        assert!(r.status < 300, "{method} {path}: {v}");
        v["value"].clone()
    }

    fn session_call(&self, method: &str, path: &str, body: &Value) -> Value {
        self.call(method, &format!("/session/{}{path}", self.session), body)
    }

    fn script(&self, js: &str) -> Value {
        self.session_call("POST", "/execute/sync", &json!({"script": js, "args": []}))
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let host = self.addr.to_string();
            let path = format!("/session/{}", self.session);
            let _ = http(self.addr, "DELETE", &path, &host, "");
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
#[ignore = "needs chromium"]
fn an_open_page_shows_an_edit_by_itself() {
    let f = Fixture::new("basic");
    let server = Server::start(&f, &[]);
    let driver = Driver::start();
    driver.session_call(
        "POST",
        "/url",
        &json!({"url": server.url("/sv/acme-webshop-2024/")}),
    );
    let text = "return document.querySelector('main').innerText";
    let before = driver.script(text);
    assert!(
        before.as_str().unwrap().contains("Byt lösenord."),
        "{before}"
    );
    // No waiting for the page's event stream: a page that connects after a rebuild learns
    // of it when it connects.
    f.edit(
        "content/acme-webshop-2024/sv.md",
        "Byt lösenord.",
        "Byt lösenord i dag.",
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let now = driver.script(text);
        if now.as_str().unwrap_or("").contains("Byt lösenord i dag.") {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the open page never showed the edit: {now}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let url = driver.session_call("GET", "/url", &json!({}));
    assert_eq!(url, json!(server.url("/sv/acme-webshop-2024/")));
}

#[test]
#[ignore = "needs chromium"]
fn a_message_preview_shows_the_text_and_the_html_message() {
    let f = Fixture::new("basic");
    let server = Server::start(&f, &[]);
    let driver = Driver::start();
    driver.session_call(
        "POST",
        "/window/rect",
        &json!({"width": 1280, "height": 900}),
    );
    driver.session_call(
        "POST",
        "/url",
        &json!({"url": server.url("/_mail/en/acme-webshop-2024/")}),
    );
    let text = driver.script("return document.querySelector('.text pre').innerText");
    assert!(
        text.as_str().unwrap().contains("WHAT SHOULD I DO NOW?"),
        "{text}"
    );
    // The message's HTML is laid out in its frame beside the text, not as source.
    let shown = driver.script(
        "const d = document.querySelector('.html iframe').contentDocument; \
         return [d.querySelector('h1').innerText, d.querySelectorAll('section.first').length]",
    );
    assert_eq!(shown, json!(["Intrusion at the Acme web shop", 3]));
    let side_by_side = driver.script(
        "const a = document.querySelector('.text').getBoundingClientRect(); \
         const b = document.querySelector('.html').getBoundingClientRect(); \
         return a.right <= b.left && a.top == b.top",
    );
    assert_eq!(side_by_side, json!(true));
}
