//! Themes: a site replaces any built-in template or static file by putting its own under
//! `themes/<theme>/`, or names a theme folder of its own.

use crate::support::{Fixture, QUESTION_HEADINGS};

#[test]
fn a_site_template_replaces_the_built_in_one() {
    let f = Fixture::new("basic");
    f.write(
        "themes/default/templates/root.html",
        "{% extends \"base.html\" %}{% block main %}<p class=\"own\">{{ site_title }}</p>{% endblock main %}",
    );
    f.write("themes/default/static/style.css", "body { color: red; }");
    f.run(&["build"]).ok();
    assert_eq!(
        f.html("public/index.html").text("p.own"),
        "Security notices"
    );
    assert_eq!(f.read("public/style.css"), "body { color: red; }");
    // The other templates are still the built-in ones.
    assert_eq!(
        f.html("public/en/acme-webshop-2024/index.html")
            .count(QUESTION_HEADINGS),
        10
    );
}

#[test]
fn a_named_theme_folder_is_used_and_a_missing_one_is_an_error() {
    let f = Fixture::new("basic");
    f.edit(
        "varsel.toml",
        "default_language = \"en\"",
        "default_language = \"en\"\ntheme = \"plain\"",
    );
    let run = f.run(&["build"]).fails_with(1);
    assert!(
        run.stderr().contains("theme `plain` not found"),
        "{}",
        run.stderr()
    );
    f.write("themes/plain/static/extra.css", "p {}");
    f.write(
        "themes/plain/templates/404.html",
        "{% extends \"base.html\" %}{% block main %}<h1>Gone</h1>{% endblock main %}",
    );
    f.run(&["build"]).ok();
    assert_eq!(f.html("public/404.html").text("h1"), "Gone");
    assert!(f.exists("public/extra.css"));
}

#[test]
fn a_theme_ejected_with_the_open_graph_locale_list_still_builds() {
    // Earlier built-in pages listed every other language as `og:locale:alternate`; a theme
    // ejected then keeps its template, and the list it loops over is still given.
    let f = Fixture::new("basic");
    f.write(
        "themes/default/templates/incident.html",
        "{% extends \"base.html\" %}{% block meta %}{% for l in og_alternates %}\
         <meta property=\"og:locale:alternate\" content=\"{{ l }}\">{% endfor %}\
         {% endblock meta %}",
    );
    f.run(&["build"]).ok();
    let page = f.html("public/sv/acme-webshop-2024/index.html");
    assert_eq!(
        page.attrs("meta[property=\"og:locale:alternate\"]", "content"),
        ["nb_NO", "nl_NL", "en_GB"]
    );
}
