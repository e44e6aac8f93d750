//! Times the one-notice rebuild that the preview server runs after an edit: the site is loaded
//! and fully built once, then one notice's prose is edited and rebuilt, several times.
//!
//! ```sh
//! cargo run --release --example bench_incremental -- SITE [ROUNDS]
//! ```
//!
//! SITE is a site folder (e.g. written by the `synth` example); its `public/` is rebuilt.
//! Prints each round's time and the median. The edited file is restored at the end.

use std::time::Instant;

use varsel::build::{self, BuildOptions};
use varsel::render::Renderer;
use varsel::site::Site;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(root) = args.first().map(std::path::PathBuf::from) else {
        eprintln!("usage: bench_incremental SITE [ROUNDS]");
        std::process::exit(2);
    };
    let rounds: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(20);
    let options = BuildOptions::new(&root);
    let fail = |d: varsel::diagnostics::Diagnostics| -> ! {
        eprint!("{}", d.to_human());
        std::process::exit(1)
    };
    let started = Instant::now();
    build::build(&root, &options).unwrap_or_else(|d| fail(d));
    println!("full build: {} ms", started.elapsed().as_millis());

    let mut site = Site::load(&root).unwrap_or_else(|d| fail(d));
    let renderer = Renderer::new(
        &site.root,
        &site.config,
        &site.locales,
        options.render.clone(),
    )
    .unwrap_or_else(|d| fail(d));
    // The views of every page, as the preview server keeps them from its first build.
    let (_, mut views) =
        build::render_with_views(&site, &renderer, &options).unwrap_or_else(|d| fail(d));
    let slug = site.incidents[site.incidents.len() / 2].slug.clone();
    let lang = site.config.language_codes()[0].clone();
    let file = root.join("content").join(&slug).join(format!("{lang}.md"));
    let original = std::fs::read_to_string(&file).expect("read the prose file");

    let mut times = Vec::new();
    for round in 0..rounds {
        // A real edit: one more sentence at the end of the prose, different each round.
        let edited = format!("{original}\nEdit number {round}.\n");
        std::fs::write(&file, edited).expect("write the prose file");
        let t = Instant::now();
        let report = build::rebuild_incident(&mut site, &renderer, &options, &slug, &mut views)
            .unwrap_or_else(|d| fail(d));
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        println!(
            "round {round}: {ms:.2} ms ({} pages rendered, {} files written)",
            report.rendered, report.written
        );
        times.push(ms);
    }
    std::fs::write(&file, original).expect("restore the prose file");
    build::rebuild_incident(&mut site, &renderer, &options, &slug, &mut views)
        .unwrap_or_else(|d| fail(d));
    times.sort_by(f64::total_cmp);
    println!(
        "one-notice rebuild of {slug}: median {:.2} ms, min {:.2} ms, max {:.2} ms over {rounds} rounds",
        times[times.len() / 2],
        times[0],
        times[times.len() - 1]
    );
}
