//! The site an article comes from, read from its web address, so searches can keep to one
//! publication (`--site bbc.co.uk`).
//!
//! A site is a host name without `www.`, lower-cased. An article is indexed under its host
//! and every parent domain (`news.bbc.co.uk` → `news.bbc.co.uk`, `bbc.co.uk`, `co.uk`,
//! `uk`), so a filter names a site with or without its subdomains, or a country's sites.

use url::Url;

/// The site of a web address: its host, lower-cased, without a leading `www.`. `None` for
/// addresses without a host (`mailto:`, a bare path) or that do not parse.
pub fn site(address: &str) -> Option<String> {
    site_of(&Url::parse(address.trim()).ok()?)
}

/// [`site`] of an address already parsed.
fn site_of(url: &Url) -> Option<String> {
    let host = url.host_str()?.trim_end_matches('.').to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty()).then(|| host.to_string())
}

/// A key that two addresses of the same page share: the site ([`site`]), the path without
/// a trailing `/`, and the query without `utm_` tracking parameters; the scheme and the
/// fragment do not count. So `http://www.x.com/a/?utm_source=rss#top` and
/// `https://x.com/a` are one page (captured twice, or exported and saved). `None` for an
/// address without a host.
pub fn page_key(address: &str) -> Option<u64> {
    let url = Url::parse(address.trim()).ok()?;
    let site = site_of(&url)?;
    let query: Vec<String> =
        url.query_pairs().filter(|(k, _)| !k.starts_with("utm_")).map(|(k, v)| format!("{k}={v}")).collect();
    let page = format!("{site}{}?{}", url.path().trim_end_matches('/'), query.join("&"));
    Some(xxhash_rust::xxh3::xxh3_64(page.as_bytes()))
}

/// The terms an article with this address is indexed under: its site and each parent
/// domain, down to the top-level one (an IP address is only itself).
pub fn domains(address: &str) -> Vec<String> {
    let Some(site) = site(address) else { return Vec::new() };
    if site.starts_with('[') || site.parse::<std::net::IpAddr>().is_ok() {
        return vec![site];
    }
    let mut out = vec![site.clone()];
    let mut rest = site.as_str();
    while let Some((_, parent)) = rest.split_once('.') {
        out.push(parent.to_string());
        rest = parent;
    }
    out
}

/// The site a user means by `--site`: a domain (`bbc.co.uk`, `www.bbc.co.uk`) or a whole
/// address pasted from a browser (`https://www.bbc.co.uk/news`).
pub fn filter(input: &str) -> Option<String> {
    // `.de` and `*.de` mean the sites under `de`, as `de` does.
    let input = input.trim().trim_start_matches("*.").trim_start_matches('.');
    if input.contains("://") {
        return site(input);
    }
    site(&format!("https://{input}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_of_one_page_share_a_key() {
        let key = page_key("https://example.com/news/a-story").unwrap();
        assert_eq!(page_key("http://www.Example.com/news/a-story/?utm_source=rss#top"), Some(key));
        assert_ne!(page_key("https://example.com/news/another-story"), Some(key));
        assert_ne!(page_key("https://example.com/news/a-story?id=2"), Some(key));
        assert_eq!(page_key("a-story.html"), None);
    }

    #[test]
    fn an_address_gives_its_site_and_parent_domains() {
        assert_eq!(site("https://WWW.BBC.co.uk/news/uk-123?x=1#top").as_deref(), Some("bbc.co.uk"));
        assert_eq!(domains("https://news.bbc.co.uk/a"), ["news.bbc.co.uk", "bbc.co.uk", "co.uk", "uk"]);
        assert_eq!(domains("http://example.org:8080/a"), ["example.org", "org"]);
        assert_eq!(domains("http://127.0.0.1:8765/aclu"), ["127.0.0.1"]);
        assert!(domains("mailto:desk@example.org").is_empty());
        assert!(domains("/2026/05/04/story").is_empty());
        assert!(domains("not an address").is_empty());
    }

    #[test]
    fn a_filter_may_be_a_domain_or_a_pasted_address() {
        assert_eq!(filter("bbc.co.uk").as_deref(), Some("bbc.co.uk"));
        assert_eq!(filter(" www.BBC.co.uk ").as_deref(), Some("bbc.co.uk"));
        assert_eq!(filter("https://www.bbc.co.uk/news").as_deref(), Some("bbc.co.uk"));
        assert_eq!(filter("apnews.com/article/x").as_deref(), Some("apnews.com"));
        assert_eq!(filter(".de").as_deref(), Some("de"));
        assert_eq!(filter("*.de").as_deref(), Some("de"));
        assert_eq!(filter(""), None);
        assert_eq!(filter("two words"), None);
    }
}
