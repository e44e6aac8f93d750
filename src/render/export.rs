//! Machine-readable forms of a notice: `incident.json` (the facts as written, with keys rather
//! than words, and every language's prose) and the schema.org JSON-LD block of each page.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Value, json};

use crate::config::Config;
use crate::incident::Incident;
use crate::incident::model::{Count, Item, Text};
use crate::render::view::IncidentView;

/// The version of the `incident.json` layout; raised when a field changes meaning.
pub const FORMAT_VERSION: u32 = 1;

/// A moment as RFC 3339 text in its own offset (`2024-12-04T13:39:00+01:00`), as every
/// output gives it.
pub fn rfc3339(z: &jiff::Zoned) -> String {
    z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

fn count(c: Option<Count>) -> Value {
    match c {
        Some(Count::Known(n)) => json!(n),
        Some(Count::Unknown) => json!("unknown"),
        None => Value::Null,
    }
}

fn item<K: serde::Serialize>(i: &Item<K>) -> Value {
    match i {
        Item::Key(k) => json!({ "key": k }),
        Item::Text(t) => json!({ "text": t }),
    }
}

fn opt_text(t: &Option<Text>) -> Value {
    t.as_ref().map_or(Value::Null, |t| json!(t))
}

/// One language's part of `incident.json`.
#[derive(Serialize)]
struct LanguageJson<'a> {
    questions: Vec<QuestionJson<'a>>,
    revision: Option<usize>,
    sections: BTreeMap<&'static str, &'a str>,
    summary: &'a str,
    title: &'a str,
    url: String,
}

#[derive(Serialize)]
struct QuestionJson<'a> {
    answer: &'a str,
    question: &'a str,
}

/// `incident.json`: the facts once, with vocabulary keys, canonical times and each
/// language's title, summary, page address and Markdown prose.
pub fn incident_json(incident: &Incident, config: &Config) -> String {
    let f = &incident.facts;
    let when = |w: &crate::incident::when::When| {
        json!({
            "value": w.to_string(),
            "start": w.start().map(|d| d.to_string()),
            "end": w.end().map(|d| d.to_string()),
        })
    };
    let languages: BTreeMap<String, LanguageJson> = config
        .language_codes()
        .into_iter()
        .filter_map(|lang| {
            let p = incident.prose.get(&lang)?;
            let json = LanguageJson {
                questions: p
                    .questions
                    .iter()
                    .map(|q| QuestionJson {
                        answer: q.answer_markdown.trim(),
                        question: &q.question,
                    })
                    .collect(),
                revision: p.front.revision,
                sections: p
                    .sections
                    .iter()
                    .map(|(k, md)| (k.key(), md.trim()))
                    .collect(),
                summary: &p.front.summary,
                title: &p.front.title,
                url: format!("{}/{lang}/{}/", config.base(), incident.slug),
            };
            Some((lang, json))
        })
        .collect();
    let mut value = json!({
        "format_version": FORMAT_VERSION,
        "slug": incident.slug,
        "organization": {
            "name": f.organization.name,
            "website": f.organization.website,
            "role": f.organization.role,
        },
        "status": f.status,
        "time_zone": f.time_zone,
        "published": rfc3339(&incident.published),
        "last_updated": rfc3339(&incident.last_updated),
        "published_until": incident.published_until.as_ref().map(rfc3339),
        "source_language": f.source_language,
        "updates": f.updates.iter().zip(&incident.update_times).map(|(u, t)| json!({
            "at": rfc3339(t),
            "note": u.note,
        })).collect::<Vec<_>>(),
        "timeline": f.timeline.iter().map(|e| json!({
            "event": e.event,
            "when": when(&e.when),
            "label": opt_text(&e.label),
        })).collect::<Vec<_>>(),
        "affected": {
            "people": count(f.affected.people),
            "approximate": f.affected.approximate,
            "groups": f.affected.groups.iter().map(|g| json!({
                "group": g.group,
                "service": opt_text(&g.service),
                "count": count(g.count),
                "approximate": g.approximate,
                "label": opt_text(&g.label),
            })).collect::<Vec<_>>(),
            "services": f.affected.services,
        },
        "data": {
            "affected": f.data.affected,
            "not_affected": f.data.not_affected,
            "unknown": f.data.unknown,
            "other": f.data.other.iter().map(|o| json!({
                "status": o.status,
                "label": o.label,
            })).collect::<Vec<_>>(),
        },
        "notified": f.notified.iter().map(|n| json!({
            "body": n.body,
            "website": n.body.website(),
            "when": when(&n.when),
            "reference": n.reference,
        })).collect::<Vec<_>>(),
        "authority_delay_reason": opt_text(&f.authority_delay_reason),
        "contacts": f.contacts.iter().map(|c| json!({
            "topic": c.topic,
            "name": opt_text(&c.name),
            "email": c.email,
            "phone": c.phone,
            "web": c.web,
            "hours": opt_text(&c.hours),
        })).collect::<Vec<_>>(),
        "measures": {
            "taken": f.measures.taken.iter().map(item).collect::<Vec<_>>(),
            "planned": f.measures.planned.iter().map(item).collect::<Vec<_>>(),
        },
        "advice": f.advice.iter().map(item).collect::<Vec<_>>(),
    });
    value["languages"] = serde_json::to_value(&languages).unwrap_or_default();
    let mut out = crate::render::json::to_string_pretty(&value);
    out.push('\n');
    out
}

/// The schema.org description of a notice page, ready to stand inside
/// `<script type="application/ld+json">`: `<` is escaped so no text can close the element.
pub fn json_ld(page: &IncidentView, incident: &Incident, url: &str, lang: &str) -> String {
    let f = &incident.facts;
    let mut publisher = json!({ "@type": "Organization", "name": f.organization.name });
    if let Some(w) = &f.organization.website {
        publisher["url"] = json!(w);
    }
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": page.title,
        "description": page.summary,
        "url": url,
        "mainEntityOfPage": { "@type": "WebPage", "@id": url },
        "inLanguage": lang,
        "datePublished": page.published.iso,
        "dateModified": page.updated.iso,
        "publisher": publisher.clone(),
        "author": publisher,
    });
    if let Some(until) = &incident.published_until {
        value["expires"] = json!(rfc3339(until));
    }
    script_safe(&value)
}

/// JSON that cannot end a `<script>` element or open a comment inside it.
pub fn script_safe(value: &Value) -> String {
    serde_json::to_string(value)
        .unwrap_or_default()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_end_tags_cannot_escape() {
        let s = script_safe(&json!({ "headline": "</script><script>alert(1)</script> & <!--" }));
        assert!(!s.contains('<') && !s.contains('>'));
        let back: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(
            back["headline"],
            "</script><script>alert(1)</script> & <!--"
        );
    }
}
