// newsdex search page. Everything that comes from articles is inserted as text nodes
// (textContent / createTextNode), never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
const KINDS = [["people", "person", "People"], ["organizations", "org", "Organizations"], ["places", "place", "Places"]];
// The sidebar counts sites too (a hit shows its site beside its address, not as a chip).
const FACETS = [...KINDS, ["sites", "site", "Sites"], ["languages", "lang", "Languages"]];
// Every filter the API takes, as a link may carry it (`/?q=election&folder=bbc/politics`):
// each is sent with the search and shown as a chip that removes it.
const FILTER_KEYS = ["person", "org", "place", "site", "folder", "lang", "url", "since", "until"];
// A filter's name on its chip, where the parameter's is not a reader's word.
const FILTER_LABELS = { lang: "language", url: "address", since: "from", until: "to" };

// A language code as a reader names it ("de" → "German"); the code itself where the
// browser does not know it.
const LANGUAGE_NAMES = typeof Intl.DisplayNames === "function" ? new Intl.DisplayNames(["en"], { type: "language" }) : null;
function shownName(key, name) {
  if (key !== "lang" || !LANGUAGE_NAMES) return name;
  try { return LANGUAGE_NAMES.of(name) || name; } catch (_) { return name; }
}
// What of the page's address is a search: the API refuses other parameters (a link shared
// with tracking parameters, or the open article's, would be refused).
const SEARCH_KEYS = ["q", "sort", "offset", "limit", "fuzzy", "exact_words", "match", "fragments", "half_life", "collapse", ...FILTER_KEYS];
// What of a search an article is opened with: its words are marked in the article.
const WORD_KEYS = ["q", "fuzzy", "exact_words"];

function searchParams(p) {
  const out = new URLSearchParams();
  for (const [k, v] of p) if (SEARCH_KEYS.includes(k)) out.append(k, v);
  return out;
}
// More months than this are drawn as years: bars of a few pixels say nothing.
const MAX_MONTH_BARS = 60;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

// One Tab stop for a group of buttons (a hit's names, a list of names, the bars): Tab
// reaches the group once, the arrow keys, Home and End move within it, so the keyboard
// is not walked through every name of every hit on the way to the next headline (a page
// of ten hits had 124 stops before "Next"). The button last moved to keeps the stop.
function roving(group) {
  group.querySelectorAll("button").forEach((b, i) => b.setAttribute("tabindex", i ? "-1" : "0"));
  group.addEventListener("keydown", (e) => {
    // (Those shown: a narrow screen folds a card's last names away.)
    const all = [...group.querySelectorAll("button")].filter((b) => b.getClientRects().length);
    const at = all.indexOf(document.activeElement);
    if (at < 0) return;
    const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[e.key];
    if (to === undefined || to < 0 || to >= all.length) return;
    e.preventDefault();
    all[at].setAttribute("tabindex", "-1");
    all[to].setAttribute("tabindex", "0");
    all[to].focus();
  });
  return group;
}

// Text with [start, end) character ranges wrapped in <mark>.
function marked(text, ranges) {
  const chars = Array.from(text || "");
  const frag = document.createDocumentFragment();
  let last = 0;
  for (const [s, e] of ranges || []) {
    frag.append(document.createTextNode(chars.slice(last, s).join("")));
    frag.append(el("mark", {}, chars.slice(s, e).join("")));
    last = e;
  }
  frag.append(document.createTextNode(chars.slice(last).join("")));
  return frag;
}

function state() { return new URLSearchParams(location.search); }

// A wire story's dateline as it opens the text, as the wire prints it and `newsdex show`
// and `search` print it ("CANBERRA, Feb 27 - "): the index keeps it apart from the text,
// whose highlights it leaves in place. A dateline that ends in no dash takes one; "" for
// none.
function datelineOpening(dateline) {
  const line = (dateline || "").replace(/\s+/g, " ").trim();
  if (!line) return "";
  return /[-\u2013\u2014:]$/.test(line) ? line + " " : line + " - ";
}

// Shows the page for these parameters. `entry` is kept with the history entry: an article
// opened from the results says so, for its "Back to results".
function go(params, push = true, entry = null) {
  const url = params.toString() ? "?" + params.toString() : location.pathname;
  if (push) history.pushState(entry, "", url);
  // A facet, bar, filter, chip or pager button pressed is replaced by the new results: the
  // keyboard's focus goes to the results' status line, not back to the top of the page.
  const from = document.activeElement;
  focusStatus = Boolean(from && from !== document.body && !$("search-form").contains(from));
  render();
}

// A touch screen, where a search made should put the keyboard away.
const TOUCH = typeof matchMedia === "function" ? matchMedia("(pointer: coarse)") : { matches: false };

// The order and date boxes, folded on a narrow screen, shown or folded.
function showOptions(open) {
  $("search-form").classList.toggle("options-open", open);
  $("options-toggle").setAttribute("aria-expanded", String(open));
}

// Whether the next results shown take the keyboard's focus (see `go`).
let focusStatus = false;

function addFilter(key, value) {
  const p = state();
  if (key === "since" || key === "until") p.set(key, value);
  else if (!p.getAll(key).includes(value)) p.append(key, value);
  p.delete("offset");
  p.delete("article");
  go(p);
  toResults();
}

// On a narrow screen the lists of names fold away once used (a name picked, a new search):
// open, they are 1,000 px and more above the results.
function foldFilters() {
  $("refine").classList.remove("open");
  $("facets-toggle").setAttribute("aria-expanded", "false");
}

// After a filter is picked or let go, or another page asked for: the new count, filters and
// results in view, not the old ones. A name picked far down a list must not leave the reader
// looking at nothing changed. On a wide screen that is the top of the page (the header
// stays); on a narrow one the lists fold, and the page goes up to the "Filters" button just
// above the filters and the count, past the header, if it was further down.
function toResults() {
  if (!NARROW.matches) { window.scrollTo(0, 0); return; }
  foldFilters();
  const above = $("refine").getClientRects().length ? $("refine") : $("content");
  const top = above.getBoundingClientRect().top;
  if (top < 0) window.scrollBy(0, top);
}

function removeFilter(key, value) {
  const p = state();
  const keep = p.getAll(key).filter((v) => v !== value);
  p.delete(key);
  keep.forEach((v) => p.append(key, v));
  p.delete("offset");
  go(p);
  toResults();
}

// Said with each name, for a reader who cannot see its colour.
const KIND_NAMES = { person: "person", org: "organization", place: "place", site: "site" };

// Names shown under a result on a narrow screen before "+N more".
const CHIPS_SHOWN = 4;

function chip(kind, name) {
  return el("button", { class: "chip " + kind, type: "button", title: "Only articles naming " + name,
    "aria-label": `${name} (${KIND_NAMES[kind] || kind})`,
    onclick: () => addFilter(kind, name) }, name);
}

// Said to a reader, who may be on a phone losing its signal as well as on the server's own
// machine.
const UNREACHABLE = "Cannot reach newsdex: check your connection and try again (or, if it is your own server, that it is running).";

async function api(path) {
  // The page's filters are names from its own lists: each keeps to articles naming exactly
  // that (the count beside it), not every name holding its words. An article, and those
  // like it, are asked for by its id alone.
  const exact = /^api\/(article\/|similar\/|stats\b)/.test(path) ? "" : (path.includes("?") ? "&" : "?") + "exact=1";
  // No answer at all (the server stopped, the network down): said as such, not as the
  // browser's "Failed to fetch".
  const response = await fetch(path + exact).catch(() => { throw Object.assign(new Error(UNREACHABLE), { unreachable: true }); });
  // An answer that is not JSON (a proxy's page, or the server refusing an address too long
  // to read) is an error named by its status.
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const status = response.status === 414 ? "the search is too long" : `${response.status} ${response.statusText}`;
    throw new Error(body.error || status);
  }
  return body;
}

function renderFilters(p) {
  const box = $("filters");
  box.replaceChildren();
  // One period kept (a bar clicked, or the same date typed twice) is one filter.
  const period = p.get("since") && p.get("since") === p.get("until") ? p.get("since") : null;
  if (period) {
    box.append(el("button", { type: "button", class: "filter", title: "Remove this filter",
      onclick: () => { const q = state(); q.delete("since"); q.delete("until"); q.delete("offset"); go(q); toResults(); } },
      `date: ${period} ×`));
  }
  for (const key of FILTER_KEYS) {
    if (period && (key === "since" || key === "until")) continue;
    for (const value of p.getAll(key)) {
      box.append(el("button", { type: "button", class: "filter", title: "Remove this filter",
        onclick: () => removeFilter(key, value) }, `${FILTER_LABELS[key] || key}: ${shownName(key, value)} ×`));
    }
  }
  // Two names of a kind keep to the articles naming both (another kind's filter narrows
  // as well); sites, folders and languages are each one per article: any of them.
  const said = [];
  for (const [key, kinds] of [["person", "people"], ["org", "organizations"], ["place", "places"]]) {
    const names = p.getAll(key);
    if (names.length > 1) said.push(`naming ${names.length === 2 ? "both" : "all of"} ${andList(names)}`);
  }
  for (const [key, what] of [["site", "from"], ["folder", "from"], ["lang", "in"]]) {
    const values = p.getAll(key).map((v) => shownName(key, v));
    if (values.length > 1) said.push(`${what} ${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`);
  }
  if (said.length) box.append(el("p", { class: "meta filters-said" }, `Only articles ${andList(said)}.`));
}

// "a", "a and b", "a, b and c".
function andList(items) {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

// How many names a list shows at first (the search's facets), and the longer lists its
// "More" button asks the name lists' routes for.
const NAMES_SHOWN = 10;
const MORE_NAMES = [50, 100];
// What of a search the name lists' routes (`/api/people`, …) take: the articles it
// matches, not how they are ordered or paged.
const MATCH_KEYS = ["q", "fuzzy", "exact_words", "match", ...FILTER_KEYS];

function renderFacets(facets) {
  const aside = $("facets");
  aside.replaceChildren();
  const p = state();
  for (const [field, key, label] of FACETS) {
    const items = [...((facets && facets[field]) || [])];
    // A name kept as a filter is always in its list, on top, shown pressed.
    const on = p.getAll(key);
    for (const name of [...on].reverse()) {
      const at = items.findIndex((item) => item.name === name);
      items.unshift(at >= 0 ? items.splice(at, 1)[0] : { name, articles: null });
    }
    if (!items.length) continue;
    aside.append(el("h2", {}, label));
    const list = el("ul", {});
    list.setAttribute("aria-label", `${label} (arrow keys move through the list)`);
    fillNames(list, key, items);
    aside.append(roving(list));
    if (items.length >= NAMES_SHOWN) aside.append(moreButton(list, field, key, label, 0));
  }
}

// A list's buttons, one for each name with its count: a toggle, pressed for a name kept
// as a filter, which a click lets go of.
function fillNames(list, key, items) {
  list.replaceChildren();
  const on = state().getAll(key);
  for (const item of items) {
    const name = shownName(key, item.name);
    const pressed = on.includes(item.name);
    const counted = item.articles == null ? "" : `, ${item.articles} ${item.articles === 1 ? "article" : "articles"}`;
    list.append(el("li", {}, el("button", { type: "button", class: pressed ? "facet on" : "facet", tabindex: "-1",
      "aria-pressed": String(pressed), title: pressed ? "Filter on: click to remove it" : "Keep to the articles naming this",
      onclick: () => (pressed ? removeFilter(key, item.name) : addFilter(key, item.name)),
      "aria-label": pressed ? `${name}${counted}: filter on, press to remove` : `${name}${counted}: keep to these` },
      el("span", {}, name), el("span", { class: "count" }, item.articles == null ? "" : item.articles))));
  }
  const first = list.querySelector("button");
  if (first) first.setAttribute("tabindex", "0");
}

// "More people": the list again, longer, from the name list's route for the same search;
// the keyboard goes on at the first name added. Gone when the list is whole.
function moreButton(list, field, key, label, step) {
  const button = el("button", { type: "button", class: "more", onclick: async () => {
    const asked = new URLSearchParams();
    for (const [k, v] of state()) if (MATCH_KEYS.includes(k)) asked.append(k, v);
    const limit = MORE_NAMES[step];
    asked.set("limit", String(limit));
    const route = field === "organizations" ? "orgs" : field;
    button.disabled = true;
    try {
      const items = (await api(`api/${route}?${asked.toString()}`))[field] || [];
      const on = state().getAll(key);
      for (const name of [...on].reverse()) {
        const at = items.findIndex((item) => item.name === name);
        items.unshift(at >= 0 ? items.splice(at, 1)[0] : { name, articles: null });
      }
      const had = list.querySelectorAll("button").length;
      fillNames(list, key, items);
      const added = list.querySelectorAll("button")[had];
      if (items.length >= limit && step + 1 < MORE_NAMES.length) button.replaceWith(moreButton(list, field, key, label, step + 1));
      else button.remove();
      if (added) { list.querySelectorAll("button").forEach((b) => b.setAttribute("tabindex", "-1")); added.setAttribute("tabindex", "0"); added.focus(); }
    } catch (err) {
      button.disabled = false;
      showError(refusal(err.message).text);
    }
  } }, `More ${label.toLowerCase()}`);
  return button;
}

// The server lists every month from the first to the last, empty ones at 0. Over more than
// MAX_MONTH_BARS months the bars are years (the API takes since=YYYY&until=YYYY).
function renderHistogram(months, p, undated) {
  const box = $("histogram");
  box.replaceChildren();
  const byYear = months.length > MAX_MONTH_BARS;
  let periods = months.map((m) => ({ label: m.month, articles: m.articles }));
  if (byYear) {
    const years = new Map();
    for (const m of months) {
      const year = m.month.slice(0, m.month.lastIndexOf("-"));
      years.set(year, (years.get(year) || 0) + m.articles);
    }
    periods = [...years].map(([label, articles]) => ({ label, articles }));
  }
  const max = Math.max(1, ...periods.map((m) => m.articles));
  for (const m of periods) {
    const on = p.get("since") === m.label && p.get("until") === m.label;
    const said = `${periodName(m.label)}: ${m.articles} ${m.articles === 1 ? "article" : "articles"}`;
    const bar = el("button", { type: "button", class: on ? "bar on" : "bar", title: said,
      "aria-label": said, "aria-pressed": on ? "true" : "false",
      onclick: () => { const q = state(); q.set("since", m.label); q.set("until", m.label); q.delete("offset"); go(q); } });
    // Set through the CSSOM: the page's CSP forbids inline style attributes. An empty
    // period gets no bar, so gaps show.
    bar.style.height = m.articles ? `${Math.max(4, Math.round((m.articles / max) * 100))}%` : "1px";
    if (!m.articles) bar.classList.add("empty");
    box.append(bar);
  }
  roving(box);
  // The first and last periods under the bars, for a reader who cannot hover.
  $("histogram-axis").replaceChildren(...(periods.length ? [el("span", {}, periodName(periods[0].label)),
    el("span", {}, periods.length > 1 ? periodName(periods[periods.length - 1].label) : "")] : []));
  const caption = $("histogram-caption");
  const span = periods.length ? `${periods[0].label} to ${periods[periods.length - 1].label}` : "";
  const unshown = undated > 0 ? `; ${undated} undated ${undated === 1 ? "article is" : "articles are"} not drawn, and a date filter leaves ${undated === 1 ? "it" : "them"} out` : "";
  caption.textContent = !periods.length ? (undated > 0 ? `No article found has a publication date: ${undated} undated.` : "")
    : byYear ? `${span}: articles per year (${months.length} months, too many to draw one by one; click a bar to keep that year${unshown})`
    : `${span}: articles per month (click a bar to keep that month${unshown})`;
}

// A bar's period as a reader says it: "Mar 1987" for 1987-03, a year as it is.
function periodName(label) {
  const m = /^(\d{4})-(\d{2})$/.exec(label);
  return m && MONTHS[m[2] - 1] ? `${MONTHS[m[2] - 1]} ${m[1]}` : label;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

// A publication date as a reader reads it, on the publication's own clock: "2 Jun 1987,
// 12:28" for "1987-06-02T12:28:13", "4 May 2026" for a date alone. Anything else as it is.
function shortDate(date) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(date || "");
  if (!m || !MONTHS[m[2] - 1]) return date;
  const day = `${Number(m[3])} ${MONTHS[m[2] - 1]} ${m[1]}`;
  return m[4] !== undefined && `${m[4]}:${m[5]}` !== "00:00" ? `${day}, ${m[4]}:${m[5]}` : day;
}

// An http(s) address as a URL, or null: an article may carry any string as its address
// (`http://`, a port past 65535, an unclosed `[`), and one that does not parse is text.
function webAddress(text) {
  if (!/^https?:\/\//i.test(text)) return null;
  try { return new URL(text); } catch (_) { return null; }
}

// Date, byline and file of a hit or an article, then its web address: a link with a chip
// of its site when it is a well-formed http(s) address (a page's own URL is data, not a
// script to run), plain text otherwise.
function metaLine(item) {
  const text = [shortDate(item.date) || "undated", item.byline ? "by " + item.byline : null].filter(Boolean).join(" · ");
  const meta = el("div", { class: "meta" }, text);
  const { folder, file } = placeOf(item);
  if (folder || file) meta.append(" · ");
  // The folder is a filter: a click keeps to the articles filed there, as `folder=` does.
  if (folder) {
    meta.append(el("button", { class: "folder", type: "button", title: "Only articles from " + folder,
      "aria-label": `${folder} (folder): only articles from it`, onclick: () => addFilter("folder", folder) }, folder), "/");
  }
  if (file) meta.append(file);
  if (!item.url) return meta;
  const url = webAddress(item.url);
  if (!url) {
    meta.append(" · ", el("span", { class: "url" }, item.url));
    return meta;
  }
  meta.append(" · ", el("a", { href: item.url, rel: "noopener noreferrer", target: "_blank" }, readableAddress(item.url)));
  const site = url.hostname.replace(/^www\./, "");
  if (site) meta.append(" ", el("button", { class: "chip site", type: "button", title: "Only articles from " + site,
    onclick: () => addFilter("site", site) }, site));
  return meta;
}

// Where an article is filed, as the reader knows the archive: from the folder ingested
// (`bbc/politics/099.txt`, `reuters21578/reut2-010.sgm#10640`), never the server's own
// path; split into its folder (a filter) and its file. A file of many articles (an SGML
// collection, JSON Lines, a feed) names which one, as `newsdex search` does. An index that
// does not know its folders gives the path as it is.
function placeOf(item) {
  const relative = item.relpath || item.path || "";
  const cut = item.relpath ? relative.lastIndexOf("/") : -1;
  const folder = cut > 0 ? relative.slice(0, cut) : "";
  const name = relative.slice(cut + 1);
  let file = name;
  if (item.id) file = item.id.startsWith(name + "#") ? name + item.id.slice(name.length) : `${name} (${item.id})`;
  return { folder, file };
}

// Whether the search box holds a web address alone (`https://www.bbc.co.uk/news/…`,
// `www.reuters.com/article/…`): the page then asks for the article at that address.
function webAddressTyped(text) {
  return /^(https?:\/\/|www\.)[^\s]+$/i.test(text) && /[./]/.test(text.replace(/^\w+:\/\//, ""));
}

// A web address as a reader reads it: an Arabic or Russian page's address, sent
// percent-encoded ("%D8%B4%D8%B9..."), shown in its letters. One that does not decode
// (a stray "%") is shown as it is.
function readableAddress(address) {
  try { return decodeURI(address); } catch (_) { return address; }
}

// A click the page should handle itself: a plain left click. Ctrl, Cmd, Shift, Alt and
// middle clicks are the browser's (new tab, new window, download).
function plainClick(e) {
  return e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey;
}

// Kept with this history entry before leaving it for an article: how far down the page
// was, which hit was opened and where its card's top was on the screen.
function rememberPlace(uid, link) {
  const card = link && link.closest(".hit");
  history.replaceState({ ...(history.state || {}), scrollY: window.scrollY, opened: uid,
    anchor: card ? card.getBoundingClientRect().top : null }, "");
}

// Back to an entry left for an article: the page where it was. The hit opened goes back to
// where it was on the screen, wherever the chart and lists drawn above it since put it (the
// scroll alone left it 213 px too low: they come after the results).
function restorePlace() {
  const s = history.state;
  if (!s || !s.scrollY) return;
  const link = s.opened && [...$("results").querySelectorAll("a[data-uid]")].find((a) => a.dataset.uid === s.opened);
  if (link && s.anchor != null) window.scrollBy(0, link.closest(".hit").getBoundingClientRect().top - s.anchor);
  else window.scrollTo(0, s.scrollY);
}

function renderHit(hit) {
  // The link keeps the query, so an article opened in a new tab has its way back.
  const target = state();
  target.set("article", hit.uid);
  const title = el("a", { href: "?" + target.toString(),
    onclick: (e) => {
      if (!plainClick(e)) return;
      e.preventDefault();
      // The results' entry remembers how far down the reader was, and where on the screen
      // the hit was, for the way back.
      rememberPlace(hit.uid, e.currentTarget);
      go(target, true, { fromResults: true });
    } },
    marked(hit.title || "(untitled)", hit.title_highlights));
  title.dataset.uid = hit.uid;
  const chips = el("div", { class: "chips", role: "toolbar", "aria-label": "Names in this article (arrow keys move through them)" });
  const groups = KINDS.map(([field, key]) => (hit[field] || []).map((name) => chip(key, name)));
  // On a narrow screen a card shows CHIPS_SHOWN names, the first of each kind in turn (a
  // card of 30 names was a screenful of them), the rest behind "+N more".
  const limit = groups.flat().length <= CHIPS_SHOWN + 1 ? CHIPS_SHOWN + 1 : CHIPS_SHOWN;
  const first = new Set();
  for (let round = 0; first.size < limit && groups.some((g) => g.length > round); round++) {
    for (const g of groups) if (g[round] && first.size < limit) first.add(g[round]);
  }
  for (const c of groups.flat()) {
    if (!first.has(c)) c.classList.add("extra");
    chips.append(c);
  }
  const hidden = groups.flat().length - first.size;
  if (hidden > 0) {
    chips.append(el("button", { type: "button", class: "chip more-chips", "aria-label": `${hidden} more names`,
      onclick: (e) => {
        chips.classList.add("all");
        e.currentTarget.remove();
        const next = chips.querySelector(".chip.extra");
        if (next) { chips.querySelectorAll("button").forEach((b) => b.setAttribute("tabindex", "-1")); next.setAttribute("tabindex", "0"); next.focus(); }
      } }, `+${hidden} more`));
  }
  roving(chips);
  // dir=auto: an Arabic or Hebrew headline or text runs right to left.
  // lang: a screen reader speaks a German headline in German.
  const lang = hit.language ? { lang: hit.language } : {};
  // The dateline opens the snippet, as `newsdex search` shows it: a story found by its
  // city shows it.
  const opening = datelineOpening(hit.dateline);
  const snippet = el("p", { class: "snippet", dir: "auto", ...lang }, marked(hit.snippet, hit.highlights));
  if (opening) snippet.prepend(el("span", { class: "dateline" }, hit.snippet ? opening : opening.trimEnd()));
  const item = el("li", { class: "hit" }, el("h3", { dir: "auto", ...lang }, title), metaLine(hit), snippet, chips);
  // The file changed or went since the last ingest: say so rather than show an empty snippet.
  if (hit.body_problem) item.append(el("p", { class: "notice" }, hit.body_problem));
  // Its copies, each a link that opens that copy, named from the folder ingested.
  if (hit.duplicates && hit.duplicates.length) {
    const n = hit.duplicates.length;
    const copies = el("div", { class: "meta" }, `Also at ${n} other ${n === 1 ? "place" : "places"}: `);
    hit.duplicates.forEach((place, i) => {
      const shown = (hit.duplicate_relpaths && hit.duplicate_relpaths[i]) || place;
      const uid = hit.duplicate_uids && hit.duplicate_uids[i];
      if (i) copies.append(", ");
      if (!uid) { copies.append(shown); return; }
      const copy = state();
      copy.set("article", uid);
      copies.append(el("a", { href: "?" + copy.toString(), onclick: (e) => {
        if (!plainClick(e)) return;
        e.preventDefault();
        rememberPlace(hit.uid, e.currentTarget);
        go(copy, true, { fromResults: true });
      } }, shown));
    });
    item.append(copies);
  }
  return item;
}

// "12 articles", or "3 stories (12 articles with their copies)" when copies were folded.
function countLine(data) {
  const n = (k, one, many) => `${k} ${k === 1 ? one : many}`;
  if (data.stories != null && data.stories < data.total) {
    return `${n(data.stories, "story", "stories")} (${data.total} articles with their copies)`;
  }
  return n(data.total, "article", "articles");
}

// The pages: "← Previous", the first, the last and those around this one by number (the
// one shown marked as the current page), "Next →". A short page is the last one.
function renderPager(data, p) {
  drawPager(data, $("pager"));
  // The same above the results, reached from the keyboard right after the count.
  drawPager(data, $("pager-top"));
}

// Page numbers around the current page shown on each side of it (one on a narrow screen,
// where the pager would take three lines).
const PAGES_AROUND = 2;
const NARROW = typeof matchMedia === "function" ? matchMedia("(max-width: 800px)") : { matches: false };

function drawPager(data, pager) {
  pager.replaceChildren();
  const offset = data.offset, limit = data.limit;
  const page = (o) => { const q = state(); if (o > 0) q.set("offset", String(o)); else q.delete("offset"); go(q); toResults(); };
  if (!data.hits.length && offset > 0) {
    pager.append(el("button", { type: "button", onclick: () => page(0) }, "← First page"));
    return;
  }
  const count = data.stories != null ? data.stories : data.total;
  if (!limit || count <= limit && offset === 0) return;
  const pages = Math.max(1, Math.ceil(count / limit));
  // Pages are counted from the first result; an offset between two (a link typed by hand)
  // is on the page it starts in.
  const current = Math.min(pages, Math.floor(offset / limit) + 1);
  if (offset > 0) pager.append(el("button", { type: "button", onclick: () => page(Math.max(0, offset - limit)) }, "← Previous"));
  const shown = new Set([1, pages]);
  const around = NARROW.matches ? 1 : PAGES_AROUND;
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= pages) shown.add(n);
  const numbers = el("span", { class: "pages" });
  let last = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    if (n > last + 1) numbers.append(el("span", { class: "gap", "aria-hidden": "true" }, "…"));
    if (n === current) {
      numbers.append(el("span", { class: "page current", "aria-current": "page", "aria-label": `Page ${n} of ${pages}` }, n));
    } else {
      numbers.append(el("button", { type: "button", class: "page", "aria-label": n === pages ? `Last page, ${n}` : `Page ${n}`,
        onclick: () => page((n - 1) * limit) }, n));
    }
    last = n;
  }
  pager.append(numbers);
  const more = data.hits.length >= limit && offset + data.hits.length < count;
  if (more) pager.append(el("button", { type: "button", onclick: () => page(offset + limit) }, "Next →"));
}

// A hint as a sentence of the status line: a capital first, a full stop last.
function sentence(text) {
  const first = text.charAt(0).toUpperCase() + text.slice(1);
  // `… (without "brwn")` ends in a bracket, not a full stop.
  return /[.?!]["”)]?$/.test(first) ? first : first + ".";
}

// A hint or note as the status line shows it: what it suggests doing is a link that does
// it, in the page's own terms, not the API's:
// - each "did you mean" suggestion runs the search with it in place of what was typed:
//   the word in the query (`no article has the word "electoin"; did you mean "election"
//   (376 articles)?`, `only 1 article has the word "minster"; …`), or the name of a filter (`person "Jon Majr": …; did you mean "John
//   Major" (8 articles)?`);
// - a name found as another kind (`org "Diageo": …; 2 articles name it as a person:
//   person "Diageo"`) swaps the filter for that kind's;
// - "search for them as words" and "a search for "Blair" finds them" search for the name
//   as words, without its filter; "the words in the query find them" adds the name to them;
// - `person Blair exact=1 finds them` (the API's option, which the page always sends) is
//   the filter for that name;
// - `N articles match "x" without the filters …` drops the filters;
// - a search written as code (`brown OR browns` finds both) runs it; other code is code.
function hintNode(text, p) {
  const frag = document.createDocumentFragment();
  const named = /^(person|org|place|site) "((?:[^"\\]|\\.)+)"(?::| leaves out)/i.exec(text)
    || /^(person|org|place) (\S+) leaves out/i.exec(text);
  const filterKey = named && named[1].toLowerCase();
  const filterName = named && named[2].replace(/\\(.)/g, "$1");
  const word = /^(?:no article has|only \d+ articles? ha(?:s|ve)) the word "(.+?)"/i.exec(text);
  const target = (change) => {
    const t = new URLSearchParams(p);
    t.delete("offset"); t.delete("article");
    change(t);
    return t;
  };
  const withoutValue = (t, key, value) => {
    const kept = t.getAll(key).filter((v) => v !== value);
    t.delete(key);
    kept.forEach((v) => t.append(key, v));
  };
  const addWords = (t, words) => { const q = (t.get("q") || "").trim(); t.set("q", q ? `${q} ${words}` : words); };
  const link = (t, ...label) => el("a", { href: "?" + t.toString(), onclick: (e) => {
    if (!plainClick(e)) return;
    e.preventDefault();
    go(t);
    toResults();
  } }, ...label);
  const rules = [
    // The filter a hint is about, as the page names it: "Org "Diageo":" is "The
    // organization filter “Diageo”:".
    [/^(person|org|place|site) ("(?:[^"\\]|\\.)+"|\S+)(?=:| leaves out)/i, () =>
      `The ${KIND_NAMES[filterKey] || filterKey} filter “${filterName}”`, "first"],
    // "did you mean "a" (3 articles), "b" (2 articles) or "c" (1 article)?"
    [/did you mean (.+?)\?(?=;|\s|$)/, (m) => {
      const out = document.createDocumentFragment();
      out.append("did you mean ");
      let last = 0;
      for (const q of m[1].matchAll(/"([^"]+)"/g)) {
        out.append(m[1].slice(last, q.index));
        if (word) {
          out.append(link(target((t) => {
            const typed = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word[1])}(?![\\p{L}\\p{N}])`, "iu");
            const was = t.get("q") || "";
            t.set("q", typed.test(was) ? was.replace(typed, q[1]) : q[1]);
          }), q[0]));
        } else if (filterKey) {
          out.append(link(target((t) => { withoutValue(t, filterKey, filterName); t.append(filterKey, q[1]); }), q[0]));
        } else {
          out.append(q[0]);
        }
        last = q.index + q[0].length;
      }
      out.append(m[1].slice(last), "?");
      return out;
    }],
    // "2 articles name it as a person: person "Diageo""
    [/(\d+ articles? names? it as an? (?:person|organization|place)): (person|org|place) "((?:[^"\\]|\\.)+)"/i, (m) => {
      const key = m[2].toLowerCase(), name = m[3].replace(/\\(.)/g, "$1");
      if (!filterKey) return m[0];
      return [m[1], ": ", link(target((t) => { withoutValue(t, filterKey, filterName); t.append(key, name); }),
        `${KIND_NAMES[key]} “${name}”`)];
    }],
    [/search for them as words/i, (m) => filterKey && filterKey !== "site"
      ? link(target((t) => { withoutValue(t, filterKey, filterName); addWords(t, `"${filterName}"`); }), m[0]) : m[0]],
    [/the words in the query find them/i, () => filterKey
      ? ["a search for ", link(target((t) => { withoutValue(t, filterKey, filterName); addWords(t, `"${filterName}"`); }),
        `${p.get("q") || ""} "${filterName}"`.trim()), " without the filter finds them"]
      : "a search for the name as words finds them"],
    [/a search for ("[^"]+") finds them/i, (m) => filterKey
      ? ["a search for ", link(target((t) => { withoutValue(t, filterKey, filterName); addWords(t, m[1]); }), m[1]), " finds them"]
      : m[0]],
    // "person Blair exact=1 finds them", "person "Mr Brown" exact=1 finds it"
    [/(person|org|place) ("[^"]+"|\S+) exact=1 (finds|keeps to) (them|it)/i, (m) => {
      const key = m[1].toLowerCase(), name = m[2].replace(/^"|"$/g, "");
      const last = (v) => v.trim().split(/\s+/).pop().toLowerCase();
      return [link(target((t) => {
        // The filter of the same surname (or words) is the one the note is about.
        for (const v of t.getAll(key)) if (last(v) === last(name)) withoutValue(t, key, v);
        t.append(key, name);
      }), `the ${KIND_NAMES[key]} filter “${name}”`), ` ${m[3]} ${m[4]}`];
    }],
    // "2 articles match "lighthouse" without the “to” date filter"
    [/\d+ articles? match(?:es)?(?: "(?:[^"\\]|\\.)*")? without the .+? filters?(?=[.;]|$)/i, (m) =>
      link(target((t) => { for (const key of FILTER_KEYS) t.delete(key); }), m[0])],
    // `"or" is searched as a word: for either word, write OR (in capitals)`: the search
    // with it written so, as a phone's keyboard would not.
    [/write (OR|AND|NOT) \(in capitals\)(?=( or )?)/, (m) => {
      const typed = new RegExp(`(?<=\\s)${m[1].toLowerCase()}(?=\\s)`, "g");
      const q = p.get("q") || "";
      if (!typed.test(q)) return m[0];
      const written = q.replace(typed, m[1]);
      return [m[0], ", as in ", link(target((t) => t.set("q", written)), written), m[2] ? "," : ""];
    }],
    // Code: a search that finds something runs; anything else is shown as code.
    [/`([^`]+)`( finds (?:both|them|it))?/, (m) => m[2]
      ? [link(target((t) => t.set("q", m[1])), el("code", {}, m[1])), m[2]]
      : el("code", {}, m[1])],
  ];
  let rest = text;
  while (rest) {
    let best = null;
    for (const [pattern, make, first] of rules) {
      if (first && rest !== text) continue;
      const m = pattern.exec(rest);
      if (m && (!best || m.index < best.m.index)) best = { m, make };
    }
    if (!best) { frag.append(rest); break; }
    frag.append(rest.slice(0, best.m.index));
    const made = best.make(best.m);
    for (const part of Array.isArray(made) ? made : [made]) frag.append(part);
    rest = rest.slice(best.m.index + best.m[0].length);
  }
  return frag;
}

// The page's own names for the API's parameters, as its boxes and chips say them.
const BOX_NAMES = { since: "“from” date", until: "“to” date", lang: "language", url: "address" };

// A server's hint in the page's words: its filters named as the page names them ("the
// filter until" is "the “to” date"), and without the API routes a reader never sees
// ("; /api/places lists the most named").
function pageWords(text) {
  return text
    .replace(/;? *\(?`newsdex \w+` lists [^;)]*\)?/g, "")
    .replace(/;? *\/api\/\w+ lists [^;]*/g, "")
    .replace(/\bthe filters? ([a-z, ]+)$/, (_, names) => {
      const list = names.split(", ").map((n) => BOX_NAMES[n] || n);
      return list.length === 1 ? `the ${list[0]} filter` : `the ${list.slice(0, -1).join(", ")} and ${list[list.length - 1]} filters`;
    })
    .replace(/^(since|until|lang|url) /, (_, key) => `${BOX_NAMES[key]} `)
    .trim();
}

// What the page says of a search the server refused, in a sentence of its own words, and
// which of its filters was at fault (`key`), so that no chip keeps a value that was refused.
// The server's full wording (every date form it reads) is for the API's users.
function refusal(message) {
  const date = /^(since|until): "(.*)" is not a date/.exec(message);
  if (date) {
    return { key: date[1], text: `The ${BOX_NAMES[date[1]]} “${date[2]}” is not a date: give a year, month or day, such as 1987, 1987-03 or 3 March 1987.` };
  }
  // A date shaped like one that names no day: the server says why ("is no date: a year has
  // 12 months", "has no year: add it…", ": a year of two figures is not guessed…").
  const why = /^(since|until): "(.*?)"((?: is no date| has no year)?: .*)$/.exec(message);
  if (why) return { key: why[1], text: sentence(`The ${BOX_NAMES[why[1]]} “${why[2]}”${why[3]}`) };
  if (/^since is after until/.test(message)) return { key: null, text: "The “from” date is after the “to” date: swap them." };
  const lang = /^(?:--)?lang "(.*)": not a language/.exec(message);
  if (lang) return { key: "lang", text: `“${lang[1]}” is not a language: give a code such as en, or a name such as English.` };
  if (/^an article id is/.test(message)) return { key: null, text: "This link does not lead to an article: its article number is damaged." };
  return { key: null, text: sentence(pageWords(message)) };
}

// An error: said at once to a screen reader (role=alert), and shown as one.
function showError(text) {
  $("error").textContent = text;
  $("error").hidden = false;
}

// What the archive holds, for the start page: "23,803 articles: bbc (2,225) and
// reuters21578 (21,578). Dated from 26 Feb 1987 to 20 Oct 1987; 2,225 have no date."
function archiveLine(stats) {
  const n = (k) => Number(k).toLocaleString("en");
  const frag = document.createDocumentFragment();
  const roots = (stats.roots || []).filter((r) => r.name);
  const folders = roots.map((r) => `${r.name} (${n(r.articles)})`);
  frag.append(`The archive holds ${n(stats.articles)} ${stats.articles === 1 ? "article" : "articles"}`
    + (folders.length ? ` from ${folders.length === 1 ? "the folder" : "the folders"} ${andList(folders)}. ` : ". "));
  const day = (date) => shortDate((date || "").slice(0, 10));
  const first = day(stats.first_date), lastDate = day(stats.last_date);
  if (first) frag.append(first === lastDate ? `All dated ${first}` : `Dated from ${first} to ${lastDate}`);
  // Where the undated are, when one folder holds them all: "(all in bbc)".
  const holder = roots.length > 1 && roots.find((r) => r.undated === stats.undated);
  const where = holder ? ` (${stats.undated === 1 ? "in" : "all in"} ${holder.name})` : "";
  if (stats.undated && first) frag.append(`; ${n(stats.undated)} ${stats.undated === 1 ? "has" : "have"} no date${where}.`);
  else if (stats.undated) frag.append(`None of them has a date.`);
  else if (first) frag.append(".");
  return frag;
}

// Sorted by date, where the articles with no date are: after every dated one, said with
// how many and a link to the page where they start.
function undatedLine(data, p) {
  const last = data.undated_listed_last;
  if (!last || !last.results) return null;
  const order = p.get("sort") === "oldest" ? "Oldest first" : "Newest first";
  const n = (k) => Number(k).toLocaleString("en");
  const line = el("span", { class: "undated-last" }, `${order}: the ${n(last.results)} ${last.results === 1 ? "result with no date comes" : "results with no date come"} after all the dated ones`);
  if (last.from > 1) {
    const there = state();
    const offset = data.limit ? Math.floor((last.from - 1) / data.limit) * data.limit : 0;
    if (offset > 0) there.set("offset", String(offset)); else there.delete("offset");
    line.append(", from ", el("a", { href: "?" + there.toString(), onclick: (e) => {
      if (!plainClick(e)) return;
      e.preventDefault();
      go(there);
      toResults();
    } }, `result ${n(last.from)}`), " on.");
  } else {
    line.append(": none of the results has a date.");
  }
  return line;
}

// Nothing found: the searches one step wider that find something, each a link with its
// count (without one filter, with any of the words, the words alone), and what to try.
async function suggestOthers(p, mine, explained) {
  const box = $("nothing");
  const wider = [];
  const without = (keys, value) => { const t = searchParams(p); t.delete("offset");
    for (const key of keys) { const kept = value == null ? [] : t.getAll(key).filter((v) => v !== value); t.delete(key); kept.forEach((v) => t.append(key, v)); }
    return t; };
  const period = p.get("since") && p.get("since") === p.get("until") ? p.get("since") : null;
  if (period) wider.push([`without the date ${period}`, without(["since", "until"])]);
  for (const key of FILTER_KEYS) {
    if (period && (key === "since" || key === "until")) continue;
    for (const value of p.getAll(key)) {
      const what = BOX_NAMES[key] ? `the ${BOX_NAMES[key]}` : `the ${FILTER_LABELS[key] || KIND_NAMES[key] || key} filter`;
      wider.push([`without ${what} “${shownName(key, value)}”`, without([key], value)]);
    }
  }
  const words = (p.get("q") || "").trim().split(/\s+/).filter(Boolean);
  const filtered = FILTER_KEYS.some((k) => p.getAll(k).length);
  if (words.length > 1 && p.get("match") !== "any") {
    const any = searchParams(p); any.delete("offset"); any.set("match", "any");
    wider.push(["with any of the words, not all of them", any]);
  }
  // Two steps wider, when one is not enough: the words alone, and any of them alone.
  if (words.length && filtered) wider.push(["the words alone, without any filter", without(FILTER_KEYS)]);
  if (words.length > 1 && filtered && p.get("match") !== "any") {
    const any = without(FILTER_KEYS); any.set("match", "any");
    wider.push(["any of the words, without any filter", any]);
  }
  // A search needs words or a filter: one left with neither is no search.
  for (let i = wider.length - 1; i >= 0; i--) {
    const t = wider[i][1];
    if (!(t.get("q") || "").trim() && !FILTER_KEYS.some((k) => t.getAll(k).length)) wider.splice(i, 1);
  }
  // (One filter let go may be all the filters.)
  const seen = new Set();
  for (let i = wider.length - 1; i >= 0; i--) {
    const key = [...wider[i][1]].sort().join("&");
    if (seen.has(key)) wider.splice(i, 1); else seen.add(key);
  }
  const counted = await Promise.all(wider.map(([label, t]) => {
    const asked = new URLSearchParams(t); asked.set("limit", "0"); asked.set("facets", "0");
    return api("api/search?" + asked.toString()).then((d) => d.total, () => 0);
  }));
  if (mine !== searches) return;
  // The nearest first: one filter let go, any of the words; then the words alone.
  const found = wider.map(([label, t], i) => [label, t, counted[i]]).filter(([, , n]) => n > 0).slice(0, 4);
  const list = el("ul", {});
  for (const [label, t, n] of found) {
    list.append(el("li", {}, el("a", { href: "?" + t.toString(), onclick: (e) => {
      if (!plainClick(e)) return;
      e.preventDefault();
      go(t);
      toResults();
    } }, `Search ${label}`), ` (${n.toLocaleString("en")} ${n === 1 ? "article" : "articles"})`));
  }
  const advice = filtered || words.length > 1
    ? "Every word and every filter must match. Check the spelling, or use fewer words or filters."
    : "Check the spelling, or try another word: one the articles would use (“wheat”, not “grain crops”).";
  // (Beside the server's hints, which say why, the advice is what to do.)
  box.replaceChildren(el("p", { class: explained ? "meta" : "" }, advice),
    ...(found.length ? [el("p", {}, "These find articles:"), list] : []),
    el("p", {}, "The ways of searching are under “How to search”, below."));
  box.hidden = false;
}

// "11–20 of 42 articles"; never a range that ends before it starts.
function statusLine(data) {
  if (!data.total) return "No articles match.";
  if (!data.hits.length) return `Nothing on this page: the search has ${countLine(data)}, all on earlier pages.`;
  return `${data.offset + 1}–${data.offset + data.hits.length} of ${countLine(data)}.`;
}

// A string matched literally inside a RegExp (with the "u" flag, which refuses escapes of
// anything else).
function escapeRegExp(text) {
  return text.replace(/[\\^$.*+?()[\]{}|\/]/g, "\\$&");
}

// Entity names in article text, as [start, end, kind] string offsets, in order and apart:
// as whole words ("EC" is not marked in "because", "Sun" not in "Sunday"). Names are found
// case-insensitively in the text itself, not in a lower-cased copy: lower-casing changes
// lengths ("İ" becomes two code units), which would move every mark after it. A
// capitalized name is not marked where the text writes it all in lower case: the team
// "Home" or "Angels" is not every "home".
function entityRanges(text, names) {
  const found = [];
  for (const [kind, name] of names) {
    if (!name) continue;
    const capitalized = name !== name.toLowerCase();
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "giu");
    for (const m of text.matchAll(word)) {
      if (capitalized && m[0] === m[0].toLowerCase()) continue;
      if (m[0]) found.push([m.index, m.index + m[0].length, kind, name]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const apart = [];
  for (const f of found) if (!apart.length || f[0] >= apart[apart.length - 1][1]) apart.push(f);
  return apart;
}

// A paragraph of an article: entity names underlined by kind, and the words of the search
// it was opened from marked. `words` are [start, end) ranges of characters (code points,
// as the API counts them), turned here into the string's own offsets.
function withMarks(text, names, words) {
  const units = [0];
  for (const ch of text) units.push(units[units.length - 1] + ch.length);
  const hits = words.map(([s, e]) => [units[s], units[e]]).filter(([s, e]) => s !== undefined && e !== undefined);
  const entities = entityRanges(text, names);
  const cuts = new Set([0, text.length]);
  for (const [s, e] of [...entities, ...hits]) { cuts.add(s); cuts.add(e); }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    let node = document.createTextNode(text.slice(s, e));
    if (hits.some(([hs, he]) => hs <= s && e <= he)) node = el("mark", {}, node);
    const entity = entities.find(([es, ee]) => es <= s && e <= ee);
    // A name in the text does what its chip does: keeps to the articles naming it. (Out of
    // the Tab order: the chips above are the keyboard's way, once each.)
    if (entity) node = entityLink(entity[2], entity[3], el("mark", { class: "ent " + entity[2] }, node));
    frag.append(node);
  }
  return frag;
}

// A name underlined in an article's text, as a link to the search kept to it.
function entityLink(kind, name, content) {
  const target = state();
  target.delete("article"); target.delete("offset");
  if (!target.getAll(kind).includes(name)) target.append(kind, name);
  return el("a", { class: "ent-link", href: "?" + target.toString(), tabindex: "-1", title: "Only articles naming " + name,
    onclick: (e) => {
      if (!plainClick(e)) return;
      e.preventDefault();
      addFilter(kind, name);
    } }, content);
}

// Searches and articles asked for, so a slow answer to an older one is dropped: a search
// still counting must not draw its facets around the article opened since.
let searches = 0;

async function renderArticle(uid) {
  const mine = ++searches;
  const box = $("article");
  $("help").hidden = true; $("archive").hidden = true; $("nothing").hidden = true;
  $("results").replaceChildren(); $("pager").replaceChildren(); $("pager-top").replaceChildren(); $("histogram").replaceChildren(); $("histogram-axis").replaceChildren(); $("facets").replaceChildren();
  $("histogram-caption").textContent = "";
  box.hidden = false;
  box.replaceChildren(el("p", {}, "Loading…"));
  try {
    const words = new URLSearchParams();
    for (const key of WORD_KEYS) { const v = state().get(key); if (v) words.set(key, v); }
    const asked = words.toString();
    const a = await api("api/article/" + encodeURIComponent(uid) + (asked ? "?" + asked : ""));
    if (mine !== searches) return;
    const names = [];
    const chips = el("div", { class: "chips" });
    for (const [field, key] of KINDS) for (const n of a[field] || []) { names.push([key, n]); chips.append(chip(key, n)); }
    const back = backButton();
    const lang = a.language ? { lang: a.language } : {};
    const heading = el("h1", { dir: "auto", tabindex: "-1", ...lang }, marked(a.title || "(untitled)", a.title_highlights));
    document.title = `${a.title || "(untitled)"} – newsdex`;
    box.replaceChildren(back, heading, metaLine(a), chips);
    if (a.body_problem) box.append(el("p", { class: "notice" }, a.body_problem));
    // The search's words, as character ranges of the whole body in order, shared out by
    // paragraph in one walk.
    const ranges = a.highlights || [];
    // A wire story's dateline opens its first paragraph, as `newsdex show` prints it.
    let opening = datelineOpening(a.dateline);
    let at = 0, next = 0;
    for (const para of (a.body || "").split("\n")) {
      const length = Array.from(para).length;
      while (next < ranges.length && ranges[next][0] < at) next++;
      const words = [];
      for (; next < ranges.length && ranges[next][1] <= at + length; next++) words.push([ranges[next][0] - at, ranges[next][1] - at]);
      if (para.trim()) {
        const shown = el("p", { dir: "auto", ...lang }, withMarks(para, names, words));
        if (opening) shown.prepend(el("span", { class: "dateline" }, opening));
        opening = "";
        box.append(shown);
      }
      at += length + 1;
    }
    // No text (a headline-only brief): the dateline alone.
    if (opening) box.append(el("p", { dir: "auto", ...lang }, el("span", { class: "dateline" }, a.dateline.replace(/\s+/g, " ").trim())));
    $("status").textContent = "";
    // A keyboard reader lands on the article, not back at the top of the page.
    heading.focus();
    // Then the articles most like it, each opened as a hit is.
    const like = await api("api/similar/" + encodeURIComponent(uid) + "?limit=5").catch(() => null);
    if (mine !== searches || !like || !like.hits.length) return;
    const list = el("ul", { class: "similar" });
    for (const hit of like.hits) {
      const target = state();
      target.set("article", hit.uid);
      list.append(el("li", {}, el("a", { href: "?" + target.toString(),
        onclick: (e) => {
          if (!plainClick(e)) return;
          e.preventDefault();
          // Back from it comes back here, to this list.
          history.replaceState({ ...(history.state || {}), scrollY: window.scrollY }, "");
          go(target, true, { fromResults: Boolean(history.state && history.state.fromResults), depth: ((history.state && history.state.depth) || 0) + 1 });
          window.scrollTo(0, 0);
        } }, hit.title || "(untitled)"), " ", el("span", { class: "meta" }, shortDate(hit.date) || "undated")));
    }
    box.append(el("h2", { class: "similar-heading" }, "More like this"), list);
    // Back from an article opened from this list: to the list.
    if (history.state && history.state.scrollY) window.scrollTo(0, history.state.scrollY);
  } catch (err) {
    if (mine !== searches) return;
    // A link to an article no longer in the index still leads back to the search.
    box.replaceChildren(backButton(), el("p", { class: "error", role: "alert" }, "Could not load the article. " + refusal(err.message).text));
  }
}

// Back to the results this tab came from, or (opened directly, or in a new tab) to the
// same search without the article: never out of the page.
function backButton() {
  return el("button", { type: "button", onclick: () => {
    // Past the articles opened from this one's "More like this", too.
    if (history.state && history.state.fromResults) { history.go(-1 - (history.state.depth || 0)); return; }
    const p = state(); p.delete("article"); go(p);
  } }, "← Back to results");
}

// The results and pagers shown as out of date while a search is under way, or not.
function loading(on) {
  for (const id of ["results", "pager", "pager-top"]) {
    $(id).classList.toggle("stale", on);
    if (on) $(id).setAttribute("aria-busy", "true"); else $(id).removeAttribute("aria-busy");
  }
}

async function render() {
  const p = state();
  $("q").value = p.get("q") || "";
  $("sort").value = p.get("sort") || "relevance";
  $("since").value = p.get("since") || "";
  $("until").value = p.get("until") || "";
  // A date kept is shown in its box, folded or not.
  if (p.get("since") || p.get("until")) showOptions(true);
  renderFilters(p);
  $("error").hidden = true;
  $("since").removeAttribute("aria-invalid"); $("until").removeAttribute("aria-invalid");
  // The tab and the history list say which search this is.
  const described = [p.get("q"), ...FILTER_KEYS.flatMap((k) => p.getAll(k))].filter(Boolean).join(", ");
  document.title = described ? `${described} – newsdex` : "newsdex";
  if (p.get("article")) {
    // A link shared in a sentence may end in its full stop or bracket: the address shown
    // is the article's own.
    const uid = p.get("article").trim().replace(/[\s!-\/:-@[-`{-~]+$/, "");
    if (uid !== p.get("article")) { p.set("article", uid); history.replaceState(history.state, "", "?" + p.toString()); }
    return renderArticle(uid);
  }
  $("article").hidden = true;
  $("help").hidden = false;
  $("archive").hidden = true;
  $("nothing").hidden = true;
  const asked = p.get("q") || FILTER_KEYS.some((k) => p.getAll(k).length);
  if (!asked) {
    $("results").replaceChildren(); $("pager").replaceChildren(); $("pager-top").replaceChildren(); $("histogram").replaceChildren(); $("histogram-axis").replaceChildren();
    $("histogram-caption").textContent = "";
    $("status").textContent = "Type a query, or pick a person, organization or place.";
    // The start page says how to search, and what there is to search.
    $("help").open = true;
    // The start page is for typing: the box has the keyboard.
    $("q").focus({ preventScroll: true });
    // A search typed before these lists come must not have them drawn beside its results.
    const mine = ++searches;
    api("api/stats?top=0").then((stats) => {
      if (mine !== searches) return;
      $("archive").replaceChildren(archiveLine(stats));
      $("archive").hidden = false;
    }).catch(() => { /* said by the lists' failure, or an empty index */ });
    try {
      const facets = {};
      for (const [field, , ] of FACETS) {
        const path = field === "organizations" ? "orgs" : field;
        facets[field] = (await api(`api/${path}?limit=10`))[field];
        if (mine !== searches) return;
      }
      renderFacets(facets);
    } catch (_) { /* empty index */ }
    return;
  }
  // What the results say now, for when the server cannot be reached: they stay.
  const before = $("status").textContent;
  $("status").textContent = "Searching…";
  // The last results stay until the new ones come, dimmed and busy: on a slow connection
  // they are not to be read as the page asked for.
  loading(true);
  // Hits first (milliseconds), then the facet counts and months, which go over every
  // matching article and take longer on a large archive. A newer search wins.
  const mine = ++searches;
  try {
    const hitsOnly = searchParams(p);
    hitsOnly.set("facets", "0");
    const data = await api("api/search?" + hitsOnly.toString());
    if (mine !== searches) return;
    loading(false);
    // Nothing found: why, when the server can tell (a filter no article carries, dates the
    // wrong way round, the words found without the filters).
    const notes = data.total ? [...(data.notes || [])] : [...(data.hints || [])];
    if (!data.total && p.getAll("url").length) {
      notes.push("no article in the archive has this web address (an article's address is known only where its file gave one); search for words of its headline instead");
    }
    if (data.total && data.undated_left_out > 0) {
      const n = data.undated_left_out;
      notes.push(`${n} more ${n === 1 ? "article matches but has" : "articles match but have"} no publication date, which the date filter leaves out`);
    }
    const undatedLast = undatedLine(data, p);
    $("status").replaceChildren(statusLine(data), ...(undatedLast ? [" ", undatedLast] : []),
      ...notes.flatMap((n) => [" ", hintNode(sentence(pageWords(n)), p)]));
    // Nothing found: what would find something, and how to search, open.
    $("help").open = !data.total;
    if (!data.total) suggestOthers(p, mine, notes.length > 0);
    $("results").replaceChildren(...data.hits.map(renderHit));
    renderPager(data, p);
    // Back from an article: to the hit the reader had scrolled to.
    restorePlace();
    const placed = window.scrollY;
    // And the keyboard's focus to the article it opened.
    const opened = history.state && history.state.opened;
    const link = opened && [...$("results").querySelectorAll("a[data-uid]")].find((a) => a.dataset.uid === opened);
    if (link) link.focus({ preventScroll: true });
    else if (focusStatus) $("status").focus({ preventScroll: true });
    focusStatus = false;
    $("facets").replaceChildren(); $("histogram").replaceChildren(); $("histogram-axis").replaceChildren();
    $("histogram-caption").textContent = data.total ? "Counting…" : "";
    if (!data.total) return;
    const counts = searchParams(p);
    counts.set("limit", "1");
    counts.delete("offset");
    const full = await api("api/search?" + counts.toString());
    if (mine !== searches) return;
    renderFacets(full.facets);
    const drawn = (full.months || []).reduce((sum, m) => sum + m.articles, 0);
    renderHistogram(full.months || [], p, full.total - drawn);
    // The chart and lists above the results moved them: the hit back in its place, unless
    // the reader scrolled since.
    if (window.scrollY === placed) restorePlace();
  } catch (err) {
    if (mine !== searches) return;
    loading(false);
    // The server did not answer: the last results stay to be read, with the error above.
    if (err.unreachable) {
      $("status").textContent = before === "Searching…" ? "" : before;
      showError(UNREACHABLE);
      return;
    }
    // Nothing of the last search stays to be clicked on under a refused query.
    $("results").replaceChildren(); $("pager").replaceChildren(); $("pager-top").replaceChildren(); $("facets").replaceChildren();
    $("histogram").replaceChildren(); $("histogram-axis").replaceChildren(); $("histogram-caption").textContent = "";
    const refused = refusal(err.message);
    $("status").textContent = "";
    showError(refused.text);
    // A value refused is no filter: its chip goes, its box keeps it to be corrected.
    if (refused.key) {
      const kept = state();
      kept.delete(refused.key);
      renderFilters(kept);
      if ($(refused.key)) { $(refused.key).setAttribute("aria-invalid", "true"); showOptions(true); }
    }
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const p = state();
    const q = $("q").value.trim();
    // A web address pasted as the query is looked up as one: its words are no search.
    // (The API takes an address whole: `www.…` is given its scheme.)
    if (webAddressTyped(q)) { p.delete("q"); p.delete("url"); p.append("url", /^www\./i.test(q) ? "https://" + q : q); }
    else if (q) p.set("q", q); else p.delete("q");
    for (const key of ["since", "until"]) {
      const date = $(key).value.trim();
      if (date) p.set(key, date); else p.delete(key);
    }
    p.set("sort", $("sort").value);
    p.delete("offset"); p.delete("article");
    // A new search starts with the lists of names folded (on a narrow screen).
    foldFilters();
    // On a touch screen the keyboard goes down with the search made: it hid half the results.
    if (TOUCH.matches && $("search-form").contains(document.activeElement)) document.activeElement.blur();
    go(p);
  });
  $("sort").addEventListener("change", () => $("search-form").requestSubmit());
  // Escape in an article goes back to the results, as its button does.
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Escape" || $("article").hidden || e.target.matches("input, select")) return;
    const back = $("article").querySelector("button");
    if (back) back.click();
  });
  window.addEventListener("popstate", render);
  // The page puts itself back where it was (see restorePlace): the browser's own try, made
  // before the results are drawn, lands elsewhere.
  if ("scrollRestoration" in history) history.scrollRestoration = "manual";
  // The narrow screen's "Sort, dates" button unfolds the order and date boxes.
  $("options-toggle").addEventListener("click", () => showOptions(!$("search-form").classList.contains("options-open")));
  // The narrow screen's "Filters" button unfolds the lists of names.
  $("facets-toggle").addEventListener("click", () => {
    const open = $("refine").classList.toggle("open");
    $("facets-toggle").setAttribute("aria-expanded", String(open));
  });
  // "How to search" unfolds the help and takes the keyboard there.
  $("search-help").addEventListener("click", (e) => {
    e.preventDefault();
    $("help").hidden = false;
    $("help").open = true;
    $("help").querySelector("summary").focus();
    $("help").scrollIntoView({ block: "start" });
  });
  // The help's examples run in the page, as any search.
  $("help").addEventListener("click", (e) => {
    const a = e.target.closest("a[href^='?']");
    if (!a || !plainClick(e)) return;
    e.preventDefault();
    go(new URLSearchParams(a.getAttribute("href").slice(1)));
    toResults();
  });
  // The skip link moves the keyboard to the results' count, without searching again.
  document.querySelector("a.skip").addEventListener("click", (e) => {
    e.preventDefault();
    $("status").focus();
  });
  render();
});
