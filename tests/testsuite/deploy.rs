//! docs/deploy.md: the examples it gives are the ones tested. The headers each example sends
//! agree with the policy the pages state; the nginx server block serves a built site with
//! them, and the rclone command uploads one (nginx and rclone are outside tools, so those
//! tests are ignored in a plain `cargo test`).

use std::path::Path;

use crate::support::{Fixture, http};

fn deploy_md() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/deploy.md")).unwrap()
}

/// The first fenced block of `lang` in `text`, which must have one after `heading`.
fn block(text: &str, heading: &str, lang: &str) -> String {
    let section = &text[text.find(heading).unwrap_or_else(|| panic!("{heading}"))..];
    let open = format!("```{lang}\n");
    let start = section.find(&open).unwrap_or_else(|| panic!("{lang}")) + open.len();
    let len = section[start..].find("```").unwrap();
    section[start..start + len].to_owned()
}

/// The policy a built page states in its `<meta>` element.
fn page_policy(f: &Fixture) -> String {
    f.html("public/en/index.html")
        .attr("meta[http-equiv=Content-Security-Policy]", "content")
}

/// The header policy: the page's own, and `frame-ancestors`, which only a header can say.
fn header_policy(page: &str) -> String {
    format!("{page}; frame-ancestors 'none'")
}

#[test]
fn the_netlify_example_is_valid_toml_with_the_pages_policy() {
    let f = Fixture::new("basic");
    f.run(&["build"]).ok();
    let netlify: toml::Value = toml::from_str(&block(&deploy_md(), "## Netlify", "toml")).unwrap();
    let command = netlify["build"]["command"].as_str().unwrap();
    assert!(
        command.contains(&format!("--version {}", env!("CARGO_PKG_VERSION"))),
        "{command}"
    );
    assert_eq!(netlify["build"]["publish"].as_str(), Some("public"));
    let all = netlify["headers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["for"].as_str() == Some("/*"))
        .unwrap();
    assert_eq!(
        all["values"]["Content-Security-Policy"].as_str().unwrap(),
        header_policy(&page_policy(&f))
    );
    // The nginx block and the table say the same.
    let md = deploy_md();
    let nginx = block(&md, "## An nginx server", "nginx");
    assert!(
        nginx.contains(&format!(
            "add_header Content-Security-Policy \"{}\" always;",
            header_policy(&page_policy(&f))
        )),
        "{nginx}"
    );
    assert!(md.contains(&format!("| `{}` |", header_policy(&page_policy(&f)))));
}

/// A port nothing listens on now.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The documented server blocks, listening on local ports without TLS and serving `public`.
fn local_nginx_conf(server: &str, public: &Path, dir: &Path, ports: (u16, u16)) -> String {
    let server: String = server
        .lines()
        .filter(|l| !l.contains("[::]") && !l.contains("ssl_certificate"))
        .map(|l| {
            l.replace("listen 443 ssl;", &format!("listen 127.0.0.1:{};", ports.0))
                .replace("listen 80;", &format!("listen 127.0.0.1:{};", ports.1))
                .replace("/srv/notices/public", &public.display().to_string())
                + "\n"
        })
        .collect();
    let d = dir.display();
    format!(
        "daemon off;\nmaster_process off;\npid {d}/nginx.pid;\nerror_log {d}/error.log;\n\
         events {{}}\nhttp {{\n    include /etc/nginx/mime.types;\n    \
         default_type application/octet-stream;\n    access_log off;\n    \
         client_body_temp_path {d}/body;\n    proxy_temp_path {d}/proxy;\n{server}}}\n"
    )
}

/// nginx, stopped when dropped.
struct Nginx(std::process::Child);

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
#[ignore = "needs nginx"]
fn the_nginx_example_serves_a_built_site_with_the_headers() {
    let f = Fixture::new("basic");
    f.run(&["build"]).ok();
    let dir = tempfile::tempdir().unwrap();
    let ports = (free_port(), free_port());
    let conf = dir.path().join("nginx.conf");
    let server = block(&deploy_md(), "## An nginx server", "nginx");
    std::fs::write(
        &conf,
        local_nginx_conf(&server, &f.path().join("public"), dir.path(), ports),
    )
    .unwrap();
    let nginx = |extra: &[&str]| {
        let mut cmd = std::process::Command::new("nginx");
        cmd.args(extra)
            .arg("-p")
            .arg(dir.path())
            .arg("-c")
            .arg(&conf)
            .arg("-e")
            .arg(dir.path().join("error.log"));
        cmd
    };
    let test = nginx(&["-t"]).output().expect("nginx is installed");
    assert!(
        test.status.success(),
        "{}",
        String::from_utf8_lossy(&test.stderr)
    );
    let _nginx = Nginx(nginx(&[]).spawn().unwrap());
    let addr: std::net::SocketAddr = format!("127.0.0.1:{}", ports.0).parse().unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while std::net::TcpStream::connect(addr).is_err() {
        assert!(std::time::Instant::now() < deadline, "nginx did not start");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let get = |path: &str| http(addr, "GET", path, "notices.example.org", "");

    let page = get("/en/");
    assert_eq!(page.status, 200, "{}", page.head);
    assert_eq!(
        page.header("content-type").as_deref(),
        Some("text/html; charset=utf-8")
    );
    let policy = page
        .page()
        .attr("meta[http-equiv=Content-Security-Policy]", "content");
    for (name, value) in [
        ("content-security-policy", header_policy(&policy)),
        ("x-content-type-options", "nosniff".to_owned()),
        ("x-frame-options", "DENY".to_owned()),
        (
            "referrer-policy",
            "strict-origin-when-cross-origin".to_owned(),
        ),
        ("cache-control", "no-cache".to_owned()),
        ("strict-transport-security", "max-age=31536000".to_owned()),
    ] {
        assert_eq!(page.header(name).as_deref(), Some(value.as_str()), "{name}");
    }
    let feed = get("/en/feed.xml");
    assert_eq!(feed.status, 200);
    assert_eq!(
        feed.header("content-type").as_deref(),
        Some("application/atom+xml; charset=utf-8")
    );
    assert_eq!(
        feed.header("content-security-policy"),
        Some(header_policy(&policy))
    );
    // A missing address gets the site's own not-found page, with the headers.
    let missing = get("/en/no-such-notice/");
    assert_eq!(missing.status, 404);
    assert_eq!(missing.page().count("main"), 1, "{}", missing.body);
    assert_eq!(missing.header("x-frame-options").as_deref(), Some("DENY"));
    assert_eq!(get("/.varsel-output").status, 404);
    // Plain HTTP is sent to HTTPS.
    let plain: std::net::SocketAddr = format!("127.0.0.1:{}", ports.1).parse().unwrap();
    let redirect = http(plain, "GET", "/en/", "notices.example.org", "");
    assert_eq!(redirect.status, 301);
    assert_eq!(
        redirect.header("location").as_deref(),
        Some("https://notices.example.org/en/")
    );
}

#[test]
#[ignore = "needs rclone"]
fn the_rclone_example_uploads_without_the_marker_and_deletes_a_withdrawn_notice() {
    let f = Fixture::new("basic");
    f.run(&["build"]).ok();
    let bucket = tempfile::tempdir().unwrap();
    // The documented command, with a local folder standing in for the bucket.
    let command = block(&deploy_md(), "or with rclone", "sh")
        .replace("\\\n", " ")
        .replace(
            "notices:notices-example-org",
            &bucket.path().display().to_string(),
        );
    let sync = || {
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(&command)
            .current_dir(f.path())
            .output()
            .expect("sh runs");
        assert!(
            out.status.success(),
            "{command}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    sync();
    let uploaded = bucket.path().join("en/index.html");
    assert_eq!(
        std::fs::read(&uploaded).unwrap(),
        std::fs::read(f.path().join("public/en/index.html")).unwrap()
    );
    assert!(!bucket.path().join(".varsel-output").exists());
    // A notice the next build leaves out leaves the bucket too.
    let slug = std::fs::read_dir(f.path().join("content"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .file_name();
    assert!(bucket.path().join("en").join(&slug).is_dir());
    f.edit(
        &format!("content/{}/incident.yaml", slug.to_string_lossy()),
        "organization:",
        "draft: true\norganization:",
    );
    f.run(&["build"]).ok();
    sync();
    assert!(!bucket.path().join("en").join(&slug).exists());
}
