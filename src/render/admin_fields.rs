//! render (admin): the editor's fields of a group of pages, read from the content model:
//! the front matter the default language's files write (their types and which are always
//! there), the closed vocabularies and references of `site.toml`, the key figures, and which
//! fields the translations write themselves. A field no translation writes is language
//! independent: edited once, in the default language, and saved in its file only, which is
//! where the generator reads it (issue #20).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Map, Value};

use crate::content::{Page, Site};
use crate::i18n::I18n;

/// Text fields every translation carries, even before a translated page writes them.
const TEXT_FIELDS: [&str; 4] = ["title", "summary", "description", "tagline"];

/// How a section page is drawn, set when the theme is: shown, not edited in the browser.
const TECHNICAL: [&str; 3] = ["template", "sort_by", "paginate_by"];

/// Fields shown first, in this order; the others follow by name.
const FIRST: [&str; 5] = ["title", "summary", "description", "tagline", "date"];

/// What the editor needs to know of the site to describe a field.
pub(crate) struct Model<'a> {
    pub site: &'a Site,
    pub i18n: &'a I18n,
}

/// The fields of `pages` (the default language's pages of one group, with their translations
/// in `all`), then the Markdown body.
pub fn fields(model: &Model, pages: &[&Page], all: &[&Page]) -> Vec<Value> {
    let default = model.site.config.default_language.as_str();
    let mut seen: BTreeMap<String, (toml::Value, usize)> = BTreeMap::new();
    for p in pages {
        for (k, v) in own_table(p) {
            let e = seen.entry(k).or_insert((v.clone(), 0));
            e.1 += 1;
            // An empty list says nothing of its items' type: keep a page's full one.
            let empty = |v: &toml::Value| v.as_array().is_some_and(|a| a.is_empty());
            if empty(&e.0) && !empty(&v) {
                e.0 = v;
            }
        }
    }
    let translated: BTreeSet<String> = all
        .iter()
        .filter(|p| p.lang != default && !p.fallback)
        .flat_map(|p| own_table(p).into_iter().map(|(k, _)| k))
        .chain(TEXT_FIELDS.iter().map(|s| s.to_string()))
        .collect();
    let mut names: Vec<&String> = seen.keys().filter(|k| k.as_str() != "draft").collect();
    names.sort_by_key(|k| {
        let rank = FIRST.iter().position(|f| f == k).unwrap_or(FIRST.len());
        (rank, k.to_string())
    });
    let mut out: Vec<Value> = names
        .into_iter()
        .map(|name| {
            let (value, count) = &seen[name];
            let always = *count == pages.len();
            field(model, name, value, always, translated.contains(name))
        })
        .collect();
    if !seen.contains_key("title") {
        out.insert(0, field(model, "title", &"".into(), true, true));
    }
    out.push(
        json!({ "name": "body", "label": "Texte", "widget": "markdown",
        "required": false, "i18n": true }),
    );
    out
}

/// The agenda's form (`content/events/`): the fields its loader (`content::event`) reads for a
/// call for projects, offered even while no published event writes them, and required only
/// where the loader requires them. Without `closes` a call saved from the editor failed the
/// build ("a call for projects without a closing date"), and `start` and `venue`, which every
/// dated event happened to write, were asked of a call that has neither.
pub fn event_fields(fields: &mut Vec<Value>) {
    // A wall-clock time, written without offset: the loader reads it in the event's time zone
    // (Europe/Paris unless `time_zone` says otherwise), whatever the writer's computer says.
    let local = |name: &str, hint: &str| {
        json!({ "name": name, "label": label(name), "i18n": false, "required": false,
            "widget": "datetime", "format": "YYYY-MM-DDTHH:mm:ss", "hint": hint })
    };
    // Shown after the start, then after the place, in the order a call is read.
    let dates = [
        local("opens", "Appel à projets seulement, si la source la donne : jour et heure de Paris."),
        local("closes", "Obligatoire pour un appel à projets (sinon la construction échoue) : jour et heure de Paris."),
        json!({ "name": "eligible", "label": label("eligible"), "i18n": true, "required": false,
            "widget": "text", "hint": "Appel à projets seulement, si la source le dit." }),
    ];
    let place = [
        json!({ "name": "online", "label": label("online"), "i18n": false, "required": false,
            "widget": "boolean", "default": false }),
        json!({ "name": "link", "label": label("link"), "i18n": false, "required": false,
            "widget": "string", "pattern": ["^https://\\S+$", "Une adresse complète en https://, donnée par la source"] }),
    ];
    let declared: Vec<Value> = dates
        .iter()
        .chain(&place)
        .map(|f| f["name"].clone())
        .collect();
    let mut rest: Vec<Value> = std::mem::take(fields)
        .into_iter()
        .filter(|f| !declared.contains(&f["name"]))
        .collect();
    let body = rest.pop();
    let mut dates = Some(dates);
    let mut place = Some(place);
    for mut f in rest {
        let name = f["name"].as_str().unwrap_or_default().to_string();
        match name.as_str() {
            "start" => {
                f["required"] = false.into();
                f["hint"] = "Obligatoire, sauf pour un appel à projets (qui a son ouverture et sa clôture).".into();
            }
            "venue" | "country" => f["required"] = false.into(),
            // The loader takes exactly one kind.
            n if n == crate::content::event::KINDS => {
                f["required"] = true.into();
                f["max"] = 1.into();
            }
            _ => {}
        }
        fields.push(f);
        if name == "start" {
            fields.extend(dates.take().into_iter().flatten());
        }
        if name == "venue" {
            fields.extend(place.take().into_iter().flatten());
        }
    }
    fields.extend(dates.into_iter().flatten());
    fields.extend(place.into_iter().flatten());
    fields.extend(body);
}

/// The front matter the file of `p` writes itself (not what it inherits).
fn own_table(p: &Page) -> toml::Table {
    if let Ok(t) = toml::from_str::<toml::Table>(&p.raw_front) {
        return t;
    }
    // YAML front matter: only its field names matter here, with the merged values.
    let yaml: serde_norway::Mapping = serde_norway::from_str(&p.raw_front).unwrap_or_default();
    yaml.keys()
        .filter_map(|k| k.as_str())
        .filter_map(|k| p.meta.extra.get(k).map(|v| (k.to_string(), v.clone())))
        .collect()
}

/// One field: its widget from its value's type and from `site.toml`.
fn field(model: &Model, name: &str, value: &toml::Value, always: bool, translated: bool) -> Value {
    let config = &model.site.config;
    let mut f = Map::new();
    f.insert("name".into(), name.into());
    f.insert("label".into(), label(name).into());
    f.insert("i18n".into(), translated.into());
    let required = always && name != "draft" && name != "reported";
    let widget = if let Some(values) = config.vocabularies.get(name) {
        vocabulary(model, name, values)
    } else if let Some(section) = config.references.get(name) {
        json!({ "widget": "relation", "collection": section, "value_field": "{{slug}}",
            "search_fields": ["title"], "display_fields": ["title"], "multiple": true })
    } else if name == "figures" {
        figures(model)
    } else if name == "reported" {
        // A date, or only a month or a year when the source gives no day (never made up).
        json!({ "widget": "string", "pattern": ["^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
            "2023-10-17, 2023-10 ou 2023"] })
    } else {
        by_type(name, value, required)
    };
    if let Value::Object(w) = widget {
        f.extend(w);
    }
    if TECHNICAL.contains(&name) {
        f.insert("readonly".into(), true.into());
    }
    // A list may be empty (`sectors = []`); a text or date that every page has is required.
    let list = matches!(value, toml::Value::Array(_));
    f.insert("required".into(), (required && !list).into());
    Value::Object(f)
}

/// A closed vocabulary: a select of its values, labelled as the site shows them.
fn vocabulary(model: &Model, field: &str, values: &[String]) -> Value {
    let default = model.site.config.default_language.as_str();
    let options: Vec<Value> = values
        .iter()
        .map(|v| {
            let key = format!("{field}-{v}");
            let label = if model.i18n.has(default, &key) {
                model.i18n.tr(default, &key, None)
            } else {
                v.clone()
            };
            json!({ "label": label, "value": v })
        })
        .collect();
    json!({ "widget": "select", "multiple": true, "options": options })
}

/// The key figures of `content/figures.toml`, by id, shown with their text.
fn figures(model: &Model) -> Value {
    let default = model.site.config.default_language.as_str();
    let options: Vec<Value> = model
        .site
        .figures
        .0
        .iter()
        .map(|(id, f)| {
            let text = f
                .languages
                .get(default)
                .map(|l| format!("{} {}", l.value, l.label))
                .unwrap_or_default();
            json!({ "label": format!("{id}: {text}"), "value": id })
        })
        .collect();
    json!({ "widget": "select", "multiple": true, "options": options })
}

/// Widgets for the other fields, from the type of the value the pages write.
fn by_type(name: &str, value: &toml::Value, required: bool) -> Value {
    match value {
        // A day (`date = 2026-05-01`), or an instant with its offset (`start =
        // 2026-05-01T09:30:00+02:00`, events): written back in the same shape.
        toml::Value::Datetime(d) if d.time.is_none() => json!({ "widget": "datetime",
            "time_format": false, "date_format": "YYYY-MM-DD", "format": "YYYY-MM-DD" }),
        toml::Value::Datetime(_) => json!({ "widget": "datetime",
            "format": "YYYY-MM-DDTHH:mm:ssZ" }),
        toml::Value::Integer(_) => json!({ "widget": "number", "value_type": "int" }),
        toml::Value::Float(_) => json!({ "widget": "number", "value_type": "float" }),
        toml::Value::Boolean(_) => json!({ "widget": "boolean", "default": false }),
        toml::Value::Array(items) => match items.first() {
            Some(toml::Value::Table(t)) => {
                let fields: Vec<Value> = t
                    .keys()
                    .map(|k| json!({ "name": k, "label": label(k), "widget": "string" }))
                    .collect();
                json!({ "widget": "list", "fields": fields })
            }
            _ => json!({ "widget": "list" }),
        },
        toml::Value::Table(t) => {
            let fields: Vec<Value> = t
                .keys()
                .map(|k| json!({ "name": k, "label": label(k), "widget": "string", "required": false }))
                .collect();
            json!({ "widget": "object", "fields": fields })
        }
        toml::Value::String(s) => {
            let long = matches!(name, "summary" | "description") || s.len() > 120;
            let mut w = json!({ "widget": if long { "text" } else { "string" } });
            if required && name == "title" {
                w["pattern"] = json!(["\\S", "Un titre est nécessaire"]);
            }
            w
        }
    }
}

/// The label shown above a field: French words for the fields the writer's guide names.
pub fn label(name: &str) -> String {
    let known = [
        ("title", "Titre"),
        ("summary", "Résumé"),
        ("description", "Description (moteurs de recherche)"),
        ("tagline", "Accroche"),
        ("date", "Date"),
        ("reviewed", "Relu le (contenu vérifié)"),
        ("weight", "Ordre (poids)"),
        ("source", "Source"),
        ("sectors", "Secteurs"),
        ("audiences", "Publics"),
        ("kinds", "Types d'acteur"),
        ("needs", "Besoins"),
        ("stages", "Étapes"),
        ("actors", "Acteurs cités"),
        ("operators", "Opérateurs"),
        ("figures", "Chiffres clés"),
        ("commune", "Commune"),
        ("objectives", "Objectifs"),
        ("promises", "Promesses"),
        ("ctas", "Appels à l'action"),
        ("label", "Libellé"),
        ("link", "Lien"),
        ("reported", "Date des faits rapportés"),
        ("website", "Site web (https://…)"),
        ("contact_page", "Page de contact (https://…)"),
        ("site-kinds", "Types de site"),
        ("scheme-kinds", "Types de dispositif"),
        ("amount", "Montant"),
        ("event-kinds", "Types d'événement"),
        ("organisers", "Organisateurs"),
        ("partners", "Partenaires"),
        ("schemes", "Dispositif"),
        ("start", "Début"),
        ("end", "Fin"),
        ("time_zone", "Fuseau horaire"),
        ("venue", "Lieu"),
        ("city", "Ville"),
        ("country", "Pays"),
        ("online", "En ligne"),
        ("opens", "Ouverture de l'appel"),
        ("closes", "Clôture de l'appel"),
        ("eligible", "Qui peut candidater"),
    ];
    known
        .iter()
        .find(|(k, _)| *k == name)
        .map(|(_, l)| l.to_string())
        .unwrap_or_else(|| name.replace(['-', '_'], " "))
}
