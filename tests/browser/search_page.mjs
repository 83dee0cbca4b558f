// Browser test for `newsdex serve`: load the page in Debian's headless Chromium, type a
// query, see highlighted results, click a person chip and a month bar, open an article,
// and check that a hostile article renders as text; malformed web addresses, entity marks
// after "İ", paging limits, modifier clicks and "Back to results", and narrow screens.
// Saves screenshots.
//
//   NEWSDEX_BIN=target/release/newsdex node tests/browser/search_page.mjs
//
// Needs /usr/bin/chromium (Debian's `chromium` package) and `npm ci` in this folder.
import { spawn, execFileSync } from "node:child_process";
import http from "node:http";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

const bin = resolve(process.env.NEWSDEX_BIN || "target/release/newsdex");
const work = mkdtempSync(join(tmpdir(), "newsdex-browser-"));
const articles = join(work, "articles");
const index = join(work, "index");
mkdirSync(articles);
const write = (name, text) => writeFileSync(join(articles, name), text);
write("a.txt", "Harbour reopens after storm\n\nPublished: 2026-01-12\n\nMinneapolis Mayor Jacob Frey said the harbour reopened on Monday. Metro Transit added buses to the piers.\n");
write("b.txt", "Harbour budget agreed\n\nPublished: 2026-02-03\n\nMinnesota Governor Tim Walz and Mayor Jacob Frey agreed a harbour budget for new cranes.\n");
write("c.txt", "Harbour ice study\n\nPublished: 2026-02-20\n\nDr Priya Raman of the University of Minnesota Duluth said harbour ice was thin this year.\n");
write("d.md", "---\ntitle: \"<script>alert('title')</script> harbour <img src=x onerror=alert(1)>\"\ndate: 2026-03-01\n---\nThe \"><img src=x onerror=alert(2)> harbour story <b>bold</b>.\n");
write("e.json", JSON.stringify({ title: "Ferry timetable changes", text: "The ferry runs later in summer.", url: "https://ledger.example/ferry" }));
write("e2.json", JSON.stringify({ title: "Boat to Tyre", text: "The boat to Tyre sails at dawn.", url: "https://ledger.example/%D8%B5%D9%88%D8%B1" }));
write("f.json", JSON.stringify({ title: "Ferry fares rise", text: "The ferry costs more from July.", url: "javascript:alert(4)" }));
// Addresses `new URL` refuses: each hit must still render, its address as text.
const badUrls = ["http://", "https://example.com:99999/a", "http://[::1/story"];
const tramNews = ["The tram line reaches the airport in May.", "Council votes to extend the tram past the stadium.",
  "Night trams will run on weekends from autumn."];
badUrls.forEach((url, i) => write(`tram${i}.json`, JSON.stringify({ title: `Tram news ${i}`, text: tramNews[i], url })));
// Seven years apart: more months than the histogram draws, so it counts years.
write("canal1.txt", "Canal dredging starts\n\nPublished: 2019-03-04\n\nDredgers began work on the old canal near the mill.\n");
write("canal2.txt", "Canal reopens to boats\n\nPublished: 2026-02-11\n\nNarrowboats returned to the canal after years of repairs.\n");
// "İ" lower-cases to two code units: marks after it must still cover the names.
write("g.txt", "Delegation visits\n\nPublished: 2026-02-05\n\nİzmir and İstanbul delegates met Mayor Jacob Frey and Metro Transit staff on Tuesday.\n");
// A name the text also writes in lower case: only the capitalized one is marked.
write("mill.txt", "Mill protest\n\nPublished: 2026-02-07\n\nMayor Jacob Frey visited the mill on Friday. Protesters chanted jacob frey go away.\n");
// A name that is also the start of a longer word: only the name is marked.
write("police.txt", "Depot patrols\n\nPublished: 2026-02-06\n\nMetro Transit Police said patrols at the bus depot would double.\n");
// Characters outside the Basic Multilingual Plane take two code units in JavaScript: the
// search's words after them must still be marked where they are.
write("freighter.txt", "Freighter news\n\nPublished: 2026-02-08\n\n🚢🚢 A freighter docked at noon.\n\n𝔄 The freighter left.\n");
write("h.txt", "Ice on the lake\n\nPublished: 2026-02-21\n\nOfficials in Chicago said the ice was thin. Chicagoans were told to stay off it.\n");
// A story naming eight places: a phone shows the first few under its headline.
write("convoy.txt", "Convoy route agreed\n\nPublished: 2026-02-14\n\nThe convoy passed through Paris, Berlin, Madrid, Rome, Vienna, Prague, Warsaw and Lisbon.\n");
// A story dated and one not: a date filter leaves the undated one out, and says so.
write("lighthouse.txt", "Lighthouse keeper retires\n\nPublished: 2026-02-09\n\nThe last lighthouse keeper on the point retired.\n");
write("lighthouse.json", JSON.stringify({ title: "Lighthouse history", text: "The lighthouse was built of granite." }));
// One story in a folder of its own, one beside it: a link's folder filter keeps to the first.
mkdirSync(join(articles, "desk"));
write("desk/quay1.txt", "Quay repairs begin\n\nPublished: 2026-02-10\n\nWork on the old quay wall starts this week.\n");
write("quay2.txt", "Quay closed to cars\n\nPublished: 2026-02-12\n\nThe quay is closed to cars during the works.\n");
// And a copy of the second elsewhere: the hit links it.
mkdirSync(join(articles, "copies"));
write("copies/quay2.txt", "Quay closed to cars\n\nPublished: 2026-02-12\n\nThe quay is closed to cars during the works.\n");
// A wire story with a dateline, which the index keeps apart from its text: the page shows
// it where the wire printed it, as `show` and `search` do.
write("wire.sgm", "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n<REUTERS NEWID=\"7\"><DATE>27-FEB-1987 05:10:00.00</DATE><TEXT>&#2;\n"
  + "<TITLE>WOOL EXPORTS SEEN RISING</TITLE>\n<DATELINE>    CANBERRA, Feb 27 - </DATELINE><BODY>Australian wool exports "
  + "will rise this season, the wool board said.\n\nGrowers expect higher prices.\n Reuter\n&#3;</BODY></TEXT></REUTERS>\n");
execFileSync(bin, ["--index", index, "--quiet", "ingest", articles]);

const server = spawn(bin, ["--index", index, "serve", "--addr", "127.0.0.1:0"], { stdio: ["ignore", "ignore", "pipe"] });
const base = await new Promise((ok, fail) => {
  let seen = "";
  server.stderr.on("data", (chunk) => {
    seen += chunk;
    const m = seen.match(/at (http:\/\/127\.0\.0\.1:\d+\/)/);
    if (m) ok(m[1]);
  });
  server.on("exit", (code) => fail(new Error(`newsdex serve exited (${code}): ${seen}`)));
  setTimeout(() => fail(new Error("newsdex serve did not start: " + seen)), 15000);
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic"],
});
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const dialogs = [];
  page.on("dialog", async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // Console errors include resources that failed to load (a missing favicon among them).
  const consoleErrors = [];
  page.on("console", (m) => { if (m.type() === "error") consoleErrors.push(`${m.text()} (${m.location().url})`); });

  await page.goto(base);
  await page.fill("#q", "harbour");
  await page.press("#q", "Enter");
  await page.waitForSelector(".hit");
  const hits = await page.locator(".hit").count();
  assert.equal(hits, 4, "all four harbour articles are listed");
  const marks = await page.locator(".hit .snippet mark").allTextContents();
  assert.ok(marks.length > 0 && marks.every((m) => m.toLowerCase() === "harbour"), `highlighted: ${marks}`);
  assert.match(page.url(), /q=harbour/, "the query lives in the URL");

  // Click a person chip: the results narrow to that person, and the filter shows.
  await page.locator(".hit .chip.person", { hasText: "Jacob Frey" }).first().click();
  await page.waitForFunction(() => document.querySelectorAll(".hit").length === 2);
  assert.match(page.url(), /person=Jacob(\+|%20)Frey/);
  assert.equal(await page.locator("#filters button").count(), 1);
  const withFrey = await page.locator(".hit").evaluateAll((hs) => hs.map((h) => h.textContent.includes("Jacob Frey")));
  assert.ok(withFrey.every(Boolean), "every result names Jacob Frey");
  await page.screenshot({ path: join(work, "search.png"), fullPage: true });

  // A month bar filters by date.
  await page.locator("#filters button").first().click();
  await page.waitForFunction(() => document.querySelectorAll(".hit").length === 4);
  await page.locator("#histogram button").first().click();
  await page.waitForFunction(() => /since=2026-01/.test(location.search) && document.querySelectorAll(".hit").length === 1);
  // The month kept is one filter, removed at once; dates read as a reader reads them.
  assert.deepEqual(await page.locator("#filters button").allTextContents(), ["date: 2026-01 ×"]);
  assert.equal(await page.locator("#histogram button").first().getAttribute("aria-label"), "Jan 2026: 1 article");
  assert.match(await page.locator(".hit .meta").first().textContent(), /^12 Jan 2026 · /);
  await page.locator("#filters button").first().click();
  await page.waitForFunction(() => !/since=|until=/.test(location.search) && document.querySelectorAll(".hit").length === 4);

  // Over more than 60 months the bars are years, empty ones included; a bar keeps its year.
  await page.goto(base + "?q=canal");
  await page.waitForFunction(() => document.querySelectorAll("#histogram button").length > 0);
  const years = await page.locator("#histogram button").evaluateAll((bs) => bs.map((b) => b.getAttribute("aria-label")));
  assert.deepEqual(years, ["2019: 1 article", "2020: 0 articles", "2021: 0 articles", "2022: 0 articles", "2023: 0 articles",
    "2024: 0 articles", "2025: 0 articles", "2026: 1 article"], "a bar per year, gaps at 0");
  // The first and last periods are written under the bars; the bars are one Tab stop,
  // walked with the arrow keys, each naming its period.
  assert.deepEqual(await page.locator("#histogram-axis span").allTextContents(), ["2019", "2026"]);
  assert.equal(await page.locator('#histogram button[tabindex="0"]').count(), 1);
  await page.locator("#histogram button").first().focus();
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-label")), "2020: 0 articles");
  assert.match(await page.locator("#histogram-caption").textContent(), /^2019 to 2026: articles per year/);
  await page.locator("#histogram button").first().click();
  await page.waitForFunction(() => /since=2019&until=2019/.test(location.search) && document.querySelectorAll(".hit").length === 1);
  assert.match(await page.locator(".hit h3").textContent(), /Canal dredging/);

  // The hostile article is text: no script ran, no <img> was created.
  await page.goto(base + "?q=story");
  await page.waitForSelector(".hit");
  const title = await page.locator(".hit h3").first().textContent();
  assert.ok(title.includes("<script>alert('title')</script>"), `title shown as text: ${title}`);
  assert.equal(await page.locator("img").count(), 0, "no <img> element from article text");
  assert.equal(await page.locator(".hit b").count(), 0, "no markup from article text");

  // A facet's count is what its click gives: "Metro Transit" is not "Metro Transit Police".
  await page.goto(base + "?q=metro");
  const facet = page.locator("#facets button", { hasText: /^Metro Transit\d/ });
  await facet.waitFor();
  const counted = Number(await facet.locator(".count").textContent());
  await facet.click();
  await page.waitForFunction(() => /org=Metro/.test(location.search) && document.querySelectorAll(".hit").length > 0);
  await page.waitForFunction(() => !/Searching/.test(document.getElementById("status").textContent));
  assert.equal(await page.locator(".hit").count(), counted, `the facet said ${counted}`);

  // A hit's web address is a link; an address that is not http(s) is not.
  await page.goto(base + "?q=ferry");
  await page.waitForFunction(() => document.querySelectorAll(".hit").length === 2);
  assert.equal(await page.locator('.hit .meta a[href="https://ledger.example/ferry"]').count(), 1, "the article's URL is a link");
  assert.equal(await page.locator('a[href^="javascript"]').count(), 0, "no javascript: link");
  const headings = await page.locator("#facets h2").allTextContents();
  assert.ok(headings.includes("Sites"), `the sidebar counts sites: ${headings}`);
  // Its site is a filter: a click keeps the results to that site.
  await page.locator(".hit .chip.site", { hasText: "ledger.example" }).click();
  await page.waitForFunction(() => /site=ledger\.example/.test(location.search) && document.querySelectorAll(".hit").length === 1);
  assert.equal(await page.locator("#filters button").count(), 1, "the site filter shows and can be removed");
  await page.locator(".hit h3 a", { hasText: "Ferry timetable" }).click();
  await page.waitForSelector("#article h1");
  assert.equal(await page.locator('#article .meta a[href="https://ledger.example/ferry"]').count(), 1, "the article view links its URL");

  // An article lists the ones most like it; one opened from there comes back to the
  // results in one step, and Escape goes back as the button does.
  await page.goto(base + "?q=harbour");
  await page.locator(".hit h3 a", { hasText: "Harbour budget agreed" }).click();
  await page.waitForSelector("#article .similar li a");
  assert.equal(await page.locator("#article .similar-heading").textContent(), "More like this");
  const alike = await page.locator("#article .similar li a").allTextContents();
  assert.ok(alike.length > 0 && !alike.includes("Harbour budget agreed"), `alike: ${alike}`);
  await page.locator("#article .similar li a").first().click();
  await page.waitForFunction((first) => document.querySelector("#article h1") && document.querySelector("#article h1").textContent === first, alike[0]);
  await page.locator("#article button", { hasText: "Back to results" }).click();
  await page.waitForFunction(() => document.getElementById("article").hidden && document.querySelectorAll(".hit").length === 4);
  assert.doesNotMatch(page.url(), /article=/);
  await page.locator(".hit h3 a").first().click();
  await page.waitForSelector("#article h1");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => document.getElementById("article").hidden && document.querySelectorAll(".hit").length === 4);

  // Dates typed on the page; undated articles counted under the months, and a date filter
  // that leaves them out says so.
  await page.goto(base + "?q=lighthouse");
  await page.waitForFunction(() => /not drawn/.test(document.getElementById("histogram-caption").textContent));
  assert.match(await page.locator("#histogram-caption").textContent(), /1 undated article is not drawn/);
  await page.fill("#since", "February 2026");
  await page.press("#since", "Enter");
  await page.waitForFunction(() => /since=February/.test(location.search) && document.querySelectorAll(".hit").length === 1);
  await page.waitForFunction(() => /no publication date/.test(document.getElementById("status").textContent));
  assert.equal(await page.locator("#status").textContent(),
    "1–1 of 1 article. 1 more article matches but has no publication date, which the date filter leaves out.");
  assert.equal(await page.locator("#since").inputValue(), "February 2026", "the box keeps the date typed");
  await page.fill("#since", "");
  await page.fill("#until", "2025");
  await page.press("#until", "Enter");
  await page.waitForFunction(() => /until=2025/.test(location.search) && !/since=/.test(location.search));
  await page.waitForFunction(() => /^No articles match\. 2 articles match/.test(document.getElementById("status").textContent));
  assert.match(await page.locator("#status").textContent(), /without the “to” date filter\.$/, "each hint a sentence");

  // A link's folder is honoured and shown as a filter, which removes it.
  await page.goto(base + "?q=quay&folder=desk");
  await page.waitForFunction(() => document.querySelectorAll(".hit").length === 1);
  assert.match(await page.locator(".hit h3").textContent(), /Quay repairs/);
  assert.deepEqual(await page.locator("#filters button").allTextContents(), ["folder: desk ×"]);
  await page.locator("#filters button").first().click();
  await page.waitForFunction(() => !/folder=/.test(location.search) && document.querySelectorAll(".hit").length === 2);
  // A hit is placed from the folder ingested, never by the server's path; its folder is a
  // filter, and its copies are links to them.
  const places = await page.locator(".hit .meta").allTextContents();
  assert.ok(places.every((m) => !m.includes(work)), `no server paths: ${places}`);
  assert.ok(places.some((m) => m.endsWith(" · articles/desk/quay1.txt")), `placed from the folder: ${places}`);
  const copy = page.locator(".hit .meta a", { hasText: /quay2\.txt$/ });
  assert.match(await copy.locator("xpath=..").textContent(), /^Also at 1 other place: articles\/(copies\/)?quay2\.txt$/);
  await copy.click();
  await page.waitForSelector("#article h1");
  assert.equal(await page.locator("#article h1").textContent(), "Quay closed to cars");
  assert.match(await page.locator("#article > .meta").textContent(), / · articles\/(copies\/)?quay2\.txt$/);
  await page.goto(base + "?q=quay");
  await page.locator(".hit .meta button.folder", { hasText: "articles/desk" }).click();
  await page.waitForFunction(() => /folder=articles%2Fdesk/.test(location.search) && document.querySelectorAll(".hit").length === 1);

  // A wire story's dateline opens its snippet and its text, as `search` and `show` print
  // them; the search's words are still marked where they are.
  await page.goto(base + "?q=wool");
  await page.waitForFunction(() => document.querySelectorAll(".hit").length === 1);
  const wireSnippet = page.locator(".hit .snippet");
  assert.match(await wireSnippet.textContent(), /^CANBERRA, Feb 27 - Australian wool exports will rise/);
  assert.deepEqual(await wireSnippet.locator("mark").allTextContents(), ["wool", "wool"]);
  await page.locator(".hit h3 a").click();
  await page.waitForSelector("#article h1");
  const paragraphs = await page.locator("#article > p").allTextContents();
  assert.deepEqual(paragraphs, ["CANBERRA, Feb 27 - Australian wool exports will rise this season, the wool board said.",
    "Growers expect higher prices."], "the dateline opens the first paragraph only");
  assert.deepEqual(await page.locator("#article > p").first().locator("mark:not(.ent)").allTextContents(), ["wool", "wool"]);

  // A web address pasted in the search box finds the article at that address.
  await page.goto(base);
  await page.fill("#q", "https://ledger.example/ferry");
  await page.press("#q", "Enter");
  await page.waitForFunction(() => /url=/.test(location.search) && document.querySelectorAll(".hit").length === 1);
  assert.equal(await page.locator(".hit h3").textContent(), "Ferry timetable changes");
  assert.deepEqual(await page.locator("#filters button").allTextContents(), ["address: https://ledger.example/ferry ×"]);
  await page.fill("#q", "www.ledger.example/no-such-page");
  await page.press("#q", "Enter");
  await page.waitForFunction(() => /no article in the archive has this web address/i.test(document.getElementById("status").textContent));

  // A list of ten names has "More", which asks the name list's route for a longer list of
  // the same search. (Ten names faked: the articles here name fewer.)
  await page.route("**/api/search?*", async (route) => {
    const answer = await (await route.fetch()).json();
    if (answer.facets) answer.facets.people = Array.from({ length: 10 }, (_, i) => ({ name: `Person ${i}`, articles: 1 }));
    await route.fulfill({ json: answer });
  });
  const asked = [];
  page.on("request", (r) => { if (r.url().includes("/api/people")) asked.push(r.url()); });
  await page.goto(base + "?q=harbour&sort=date");
  await page.locator("#facets button.more", { hasText: "More people" }).click();
  await page.waitForFunction(() => [...document.querySelectorAll("#facets button.facet")].some((b) => /^Jacob Frey/.test(b.textContent)));
  assert.equal(await page.locator("#facets button.more", { hasText: "More people" }).count(), 0, "the whole list: no more");
  assert.ok(asked.some((u) => /api\/people\?q=harbour&limit=50/.test(u) && !/sort=/.test(u)), `asked: ${asked}`);
  await page.unroute("**/api/search?*");

  // A link with the API's other parameters keeps them: any of the words.
  await page.goto(base + "?q=granite%20keeper&match=any");
  await page.waitForFunction(() => document.querySelectorAll(".hit").length === 2);

  await page.goto(base + "?q=tyre");
  await page.waitForFunction(() => document.querySelectorAll(".hit").length === 1);
  assert.equal(await page.locator('.hit .meta a[href="https://ledger.example/%D8%B5%D9%88%D8%B1"]').textContent(),
    "https://ledger.example/صور", "a percent-encoded address is shown in its letters");

  // Article view: entities highlighted in the text.
  await page.goto(base + "?q=ice");
  await page.locator(".hit h3 a").first().click();
  await page.waitForSelector("#article h1");
  assert.equal(await page.locator("#article h1").textContent(), "Harbour ice study");
  assert.ok((await page.locator("#article mark.ent").count()) > 0, "entities marked in the article");
  // And the search's words, in the headline and the text.
  assert.deepEqual(await page.locator("#article h1 mark").allTextContents(), ["ice"]);
  assert.deepEqual(await page.locator("#article p mark:not(.ent)").allTextContents(), ["ice"]);
  await page.screenshot({ path: join(work, "article.png"), fullPage: true });

  await page.goto(base + "?q=freighters");
  await page.locator(".hit h3 a").first().click();
  await page.waitForSelector("#article p mark");
  assert.deepEqual(await page.locator("#article h1 mark").allTextContents(), ["Freighter"]);
  assert.deepEqual(await page.locator("#article p mark").allTextContents(), ["freighter", "freighter"],
    "words after characters of two code units are marked whole, in each paragraph");

  // Names are marked as whole words, never inside a longer one ("Chicago" in "Chicagoans").
  await page.goto(base + "?q=chicagoans");
  await page.locator(".hit h3 a").first().click();
  await page.waitForSelector("#article mark.ent");
  const inWords = await page.evaluate(() => [...document.querySelectorAll("#article mark.ent")].filter((m) => {
    const before = m.previousSibling ? m.previousSibling.textContent.slice(-1) : "";
    const after = m.nextSibling ? m.nextSibling.textContent.slice(0, 1) : "";
    return /\p{L}/u.test(before) || /\p{L}/u.test(after);
  }).map((m) => m.parentNode.textContent));
  assert.deepEqual(inWords, [], "no name marked inside a longer word");

  await page.goto(base + "?q=protesters");
  await page.locator(".hit h3 a").first().click();
  await page.waitForSelector("#article mark.ent");
  assert.deepEqual(await page.locator("#article mark.ent.person").allTextContents(), ["Jacob Frey"],
    "a name written in lower case is not marked");

  // An article opened while the search's counts are still coming: they are not drawn
  // around it. And back from it: the results come back where the reader was.
  await page.route("**/api/search?*", async (route) => {
    if (new URL(route.request().url()).searchParams.get("limit") === "1") await new Promise((ok) => setTimeout(ok, 1500));
    await route.continue();
  });
  await page.goto(base + "?q=harbour");
  await page.waitForSelector(".hit h3 a");
  await page.locator(".hit h3 a").first().click();
  await page.waitForSelector("#article h1");
  await page.waitForTimeout(2500);
  assert.equal(await page.locator("#facets button, #histogram button").count(), 0, "no facets or bars around the article");
  assert.equal(await page.locator("#article").isVisible(), true);
  await page.unroute("**/api/search?*");

  // A refused query leaves nothing of the last search to click on.
  await page.goto(base + "?q=harbour");
  await page.waitForSelector("#facets button");
  await page.fill("#q", "(harbour");
  await page.press("#q", "Enter");
  await page.waitForFunction(() => /not closed/.test(document.getElementById("error").textContent));
  assert.equal(await page.locator("#facets button, #histogram button, .hit").count(), 0, "the last search's facets are gone");
  // The server's 400 for it is the console's one expected error.
  const refused = consoleErrors.findIndex((e) => e.includes("q=%28harbour"));
  assert.ok(refused >= 0, `the refused query's 400: ${consoleErrors}`);
  consoleErrors.splice(refused, 1);

  // The server gone: the page says so in plain words, and the last results stay.
  await page.goto(base + "?q=harbour");
  await page.waitForFunction(() => document.querySelectorAll(".hit").length === 4);
  await page.route("**/api/**", (route) => route.abort("connectionrefused"));
  await page.fill("#q", "ferry");
  await page.press("#q", "Enter");
  await page.waitForFunction(() => !document.getElementById("error").hidden);
  assert.equal(await page.locator("#error").textContent(), "Cannot reach newsdex: check your connection and try again (or, if it is your own server, that it is running).");
  assert.equal(await page.locator("#results.stale").count(), 0, "the last results are no longer dimmed");
  assert.equal(await page.locator(".hit").count(), 4, "the last results stay");
  assert.match(await page.locator("#status").textContent(), /^1–4 of 4 articles/);
  await page.unroute("**/api/**");
  for (let i = consoleErrors.length - 1; i >= 0; i--) if (/ERR_CONNECTION_REFUSED/.test(consoleErrors[i])) consoleErrors.splice(i, 1);

  // A word misspelt: the suggestion is a link that runs the search with it; each hint a
  // sentence with its full stop.
  await page.goto(base + "?q=granite%20lighthuose");
  await page.waitForFunction(() => document.querySelector("#status a"));
  assert.match(await page.locator("#status").textContent(), /did you mean "lighthouse" \(\d+ articles?\)\? .*\(without "lighthuose"\)\.$/);
  await page.locator("#status a", { hasText: '"lighthouse"' }).click();
  await page.waitForFunction(() => /q=granite(\+|%20)lighthouse/.test(location.search) && document.querySelectorAll(".hit").length === 1);

  // A search that finds nothing says why.
  await page.goto(base + "?q=harbour&place=Nowhereville");
  await page.waitForFunction(() => /^No articles match\./.test(document.getElementById("status").textContent));
  assert.match(await page.locator("#status").textContent(), /the place filter\. The place filter “Nowhereville”: no article names this place\.$/,
    "in the page's words, with no API route");
  // What it suggests is a link that does it: here, the search without the filter.
  await page.locator("#status a", { hasText: /without the place filter/ }).click();
  await page.waitForFunction(() => !/place=/.test(location.search) && document.querySelectorAll(".hit").length === 4);

  // A name asked for as another kind than the index has it: a link to that kind's filter,
  // not back to the same page.
  await page.goto(base + "?org=Jacob+Frey");
  await page.waitForFunction(() => /name it as a person/.test(document.getElementById("status").textContent));
  const otherKind = page.locator("#status a", { hasText: "person “Jacob Frey”" });
  assert.match(await otherKind.getAttribute("href"), /^\?person=Jacob\+Frey$/);
  await otherKind.click();
  await page.waitForFunction(() => /^\?person=Jacob\+Frey$/.test(location.search) && document.querySelectorAll(".hit").length > 0);
  assert.deepEqual(await page.locator("#filters button").allTextContents(), ["person: Jacob Frey ×"]);

  // Notes read as page text: code shown as code, and a search they give is a link that
  // runs it; an option of the API's (exact=1) is the filter the page has for it (faked).
  await page.route("**/api/search?*", (route) => route.fulfill({ json: { query: "brown", total: 1, offset: 0, limit: 10,
    hits: [{ uid: "00000000000000aa", title: "Brown", path: "x.txt", snippet: "", highlights: [] }], facets: {}, months: [],
    notes: ["`brown` is searched without “Browns”, which the articles write as a name; `brown OR browns` finds both",
      "13 of the articles name only \"Frey\", taken as Jacob Frey's (most articles giving a full name with that surname give this one); person Frey exact=1 finds them"] } }));
  await page.goto(base + "?q=brown&person=Jacob+Frey");
  await page.waitForFunction(() => document.querySelectorAll("#status code").length === 2);
  const noted = await page.locator("#status").textContent();
  assert.ok(!/[`]|exact/.test(noted), `no programmer's notation: ${noted}`);
  assert.equal(await page.locator("#status a", { hasText: "brown OR browns" }).getAttribute("href"), "?q=brown+OR+browns&person=Jacob+Frey");
  assert.equal(await page.locator("#status a", { hasText: "the person filter “Frey”" }).getAttribute("href"), "?q=brown&person=Frey");
  await page.unrouteAll();

  // A search that finds nothing says what would, and how to search: the help opens.
  await page.goto(base + "?q=harbour+xyzzyq&person=Jacob+Frey");
  await page.waitForFunction(() => !document.getElementById("nothing").hidden && document.querySelector("#nothing a"));
  assert.equal(await page.locator("#help").getAttribute("open"), "", "the help is open");
  const wider = await page.locator("#nothing li").allTextContents();
  assert.ok(wider.includes("Search with any of the words, not all of them (2 articles)"), wider.join(" | "));
  await page.locator("#nothing a", { hasText: "any of the words, not all" }).click();
  await page.waitForFunction(() => /match=any/.test(location.search) && document.querySelectorAll(".hit").length === 2);
  assert.ok(await page.locator("#nothing").isHidden(), "said only when nothing matches");
  await page.goto(base + "?q=xyzzyqq");
  await page.waitForFunction(() => !document.getElementById("nothing").hidden);
  assert.match(await page.locator("#nothing").textContent(), /Check the spelling/);
  assert.ok(await page.locator("#help dl").isVisible(), "how to search, shown");
  // Its examples run in the page; "How to search" in the header opens it from anywhere.
  await page.locator("#help a", { hasText: "budget -school" }).click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "budget -school");
  await page.waitForSelector(".hit");
  assert.equal(await page.locator("#help").getAttribute("open"), null, "folded over results");
  await page.locator("#search-help").click();
  assert.ok(await page.locator("#help dl").isVisible());
  assert.equal(await page.evaluate(() => document.activeElement.tagName), "SUMMARY", "the keyboard is at the help");
  // The box's hint is whole, not cut off.
  const hintFits = await page.evaluate(() => {
    const box = document.getElementById("q");
    const style = getComputedStyle(box);
    const probe = document.createElement("span");
    probe.style.font = style.font;
    probe.style.position = "absolute";
    probe.textContent = box.placeholder;
    document.body.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return [width, box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)];
  });
  assert.ok(hintFits[0] <= hintFits[1], `the box's hint fits: ${hintFits}`);

  // Sorted newest first, the results line says where the undated ones are, with a link.
  await page.goto(base + "?q=lighthouse&sort=date");
  await page.waitForFunction(() => document.querySelectorAll(".hit").length === 2);
  assert.equal(await page.locator("#status").textContent(),
    "1–2 of 2 articles. Newest first: the 1 result with no date comes after all the dated ones, from result 2 on.");

  // A name kept as a filter shows pressed in its list, and lets go when pressed again;
  // two names kept say that articles naming both are shown.
  await page.goto(base + "?q=harbour");
  await page.locator("#facets button.facet", { hasText: /^Jacob Frey/ }).click();
  await page.waitForFunction(() => /person=Jacob/.test(location.search) && document.querySelectorAll(".hit").length === 2);
  const frey = page.locator("#facets button.facet", { hasText: /^✓?\s*Jacob Frey/ });
  await frey.waitFor();
  assert.equal(await frey.getAttribute("aria-pressed"), "true");
  assert.equal(await page.locator("#facets ul").first().locator("button").first().textContent(), await frey.textContent(), "on top");
  await page.locator("#facets button.facet[aria-pressed=false]", { hasText: /^Tim Walz/ }).click();
  await page.waitForFunction(() => /person=Tim/.test(location.search) && document.querySelectorAll(".hit").length === 1);
  assert.equal(await page.locator("#filters .filters-said").textContent(), "Only articles naming both Jacob Frey and Tim Walz.");
  // The facet lists redraw after the hits: wait for them (a loaded machine counted 0).
  await page.waitForFunction(() => document.querySelectorAll("#facets button.facet[aria-pressed=true]").length === 2, null, { timeout: 5000 }).catch(() => {});
  assert.equal(await page.locator("#facets button.facet[aria-pressed=true]").count(), 2);
  await page.locator("#facets button.facet[aria-pressed=true]", { hasText: "Jacob Frey" }).click();
  await page.waitForFunction(() => !/person=Jacob/.test(location.search) && /person=Tim/.test(location.search));
  assert.equal(await page.locator("#filters .filters-said").count(), 0);
  assert.deepEqual(await page.locator("#filters button").allTextContents(), ["person: Tim Walz ×"]);

  // A date the server cannot read: a short error in the box's own name, shown as an error,
  // and no chip keeps the value refused; the box does, to be corrected.
  await page.goto(base + "?q=harbour&since=banana");
  await page.waitForFunction(() => !document.getElementById("error").hidden);
  assert.equal(await page.locator("#error").textContent(),
    "The “from” date “banana” is not a date: give a year, month or day, such as 1987, 1987-03 or 3 March 1987.");
  // One shaped like a date says why it names no day.
  await page.goto(base + "?q=harbour&since=2004-13");
  await page.waitForFunction(() => /2004-13/.test(document.getElementById("error").textContent));
  assert.equal(await page.locator("#error").textContent(), "The “from” date “2004-13” is no date: a year has 12 months.");
  assert.equal(await page.locator("#error").getAttribute("role"), "alert");
  assert.equal(await page.locator("#filters button").count(), 0, "no chip for the date refused");
  assert.equal(await page.locator("#since").inputValue(), "2004-13");
  assert.equal(await page.locator("#since").getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("#since").getAttribute("placeholder"), "from: year, month or day");
  await page.fill("#since", "2026-02");
  await page.press("#since", "Enter");
  await page.waitForFunction(() => document.querySelectorAll(".hit").length > 0 && document.getElementById("error").hidden);
  assert.deepEqual(await page.locator("#filters button").allTextContents(), ["from: 2026-02 ×"]);
  // The 400 for "banana" is expected too.
  const refusedWord = consoleErrors.findIndex((e) => e.includes("since=banana"));
  assert.ok(refusedWord >= 0, `the refused date's 400: ${consoleErrors}`);
  consoleErrors.splice(refusedWord, 1);
  const refusedDate = consoleErrors.findIndex((e) => e.includes("since=2004-13"));
  assert.ok(refusedDate >= 0, `the refused date's 400: ${consoleErrors}`);
  consoleErrors.splice(refusedDate, 1);

  // Malformed web addresses: every hit renders, the address is text, not a link or a site.
  await page.goto(base + "?q=tram");
  await page.waitForFunction((n) => document.querySelectorAll(".hit").length === n, badUrls.length);
  assert.deepEqual((await page.locator(".hit .meta .url").allTextContents()).sort(), [...badUrls].sort(), "addresses shown as text");
  assert.equal(await page.locator(".hit .meta a, .hit .chip.site").count(), 0, "no link or site chip for a malformed address");
  await page.locator(".hit h3 a").first().click();
  await page.waitForSelector("#article h1");
  assert.equal(await page.locator("#article .meta .url").count(), 1, "the article view shows its address as text");

  // Entity marks after "İ" cover the names, not text beside them.
  await page.goto(base + "?q=delegates");
  await page.locator(".hit h3 a").first().click();
  await page.waitForSelector("#article mark.ent");
  const chips = (await page.locator("#article .chips .chip").allTextContents()).map((c) => c.toLowerCase());
  const entityMarks = await page.locator("#article mark.ent").allTextContents();
  assert.ok(entityMarks.includes("Jacob Frey"), `Jacob Frey marked: ${entityMarks}`);
  for (const m of entityMarks) assert.ok(chips.includes(m.toLowerCase()), `mark "${m}" is one of the article's names ${chips}`);
  // A name in the text does what its chip does.
  await page.locator("#article a.ent-link", { hasText: "Jacob Frey" }).first().click();
  await page.waitForFunction(() => /person=Jacob(\+|%20)Frey/.test(location.search) && !/article=/.test(location.search)
    && document.querySelectorAll(".hit").length > 0);

  // "or" typed in lower case, as on a phone: the note's search with OR is a link that runs it.
  await page.goto(base + "?q=ferry%20or%20tram");
  await page.locator("#status a", { hasText: "ferry OR tram" }).click();
  await page.waitForFunction(() => /q=ferry(\+|%20)OR(\+|%20)tram/.test(location.search) && document.querySelectorAll(".hit").length === 5);

  // Paging: a short page is the last one; an empty page says so; no "Next" past the end.
  const pagerText = () => page.locator("#pager").textContent();
  await page.goto(base + "?q=harbour&limit=3");
  await page.waitForFunction(() => document.querySelectorAll(".hit").length === 3);
  assert.match(await page.locator("#status").textContent(), /^1–3 of 4 articles/);
  // On a slow connection the page shown is dimmed and busy until the next one comes.
  await page.route("**/api/search?*", async (route) => { await new Promise((ok) => setTimeout(ok, 400)); await route.continue().catch(() => {}); });
  await page.locator("#pager button", { hasText: "Next" }).click();
  assert.equal(await page.locator('#results.stale[aria-busy="true"]').count(), 1, "the old page is dimmed while the next loads");
  await page.waitForFunction(() => /offset=3/.test(location.search) && document.querySelectorAll(".hit").length === 1);
  await page.unroute("**/api/search?*");
  assert.equal(await page.locator("#results.stale, #pager.stale").count(), 0, "the new page is not dimmed");
  assert.match(await page.locator("#status").textContent(), /^4–4 of 4 articles/);
  assert.ok(!(await pagerText()).includes("Next"), "no Next on the last page");
  await page.goto(base + "?q=harbour&limit=3&offset=30");
  await page.waitForFunction(() => /Nothing on this page/.test(document.getElementById("status").textContent));
  assert.doesNotMatch(await page.locator("#status").textContent(), /\d–\d/, "no backwards range");
  assert.ok(!(await pagerText()).includes("Next") && (await pagerText()).includes("First page"), await pagerText());
  // Pages by number, the current one marked; the last page is one click away (faked: 50,000 hits).
  await page.route("**/api/search?*", (route) => {
    const q = new URL(route.request().url()).searchParams;
    const offset = Number(q.get("offset") || 0), limit = Number(q.get("limit") || 10);
    const hits = Array.from({ length: limit }, (_, i) => ({ uid: (offset + i).toString(16).padStart(16, "0"),
      title: `Result ${offset + i + 1}`, path: "x.txt", snippet: "", highlights: [] }));
    route.fulfill({ json: { query: "many", total: 50000, offset, limit, hits, facets: {}, months: [] } });
  });
  await page.goto(base + "?q=many&offset=9990");
  await page.waitForFunction(() => document.getElementById("status").textContent.startsWith("9991–10000"));
  assert.equal(await pagerText(), "← Previous1…998999100010011002…5000Next →");
  assert.equal(await page.locator("#pager [aria-current=page]").getAttribute("aria-label"), "Page 1000 of 5000");
  await page.locator("#pager button", { hasText: "Next" }).click();
  await page.waitForFunction(() => document.getElementById("status").textContent.startsWith("10001–10010"));
  await page.locator("#pager button[aria-label='Last page, 5000']").click();
  await page.waitForFunction(() => document.getElementById("status").textContent.startsWith("49991–50000"));
  assert.ok(!(await pagerText()).includes("Next"), `no Next on the last page: ${await pagerText()}`);
  await page.locator("#pager button", { hasText: /^1$/ }).click();
  await page.waitForFunction(() => document.getElementById("status").textContent.startsWith("1–10 of"));
  await page.unrouteAll();

  // A result's link keeps the query: a Ctrl+click opens it in a new tab and leaves this one.
  await page.goto(base + "?q=harbour");
  await page.waitForSelector(".hit");
  const href = await page.locator(".hit h3 a").first().getAttribute("href");
  assert.match(href, /q=harbour.*article=[0-9a-f]{16}/, href);
  const [tab] = await Promise.all([
    page.context().waitForEvent("page"),
    page.locator(".hit h3 a").first().click({ modifiers: ["Control"] }),
  ]);
  await tab.waitForSelector("#article h1");
  assert.match(tab.url(), /q=harbour.*article=/, "the new tab has the query");
  assert.doesNotMatch(page.url(), /article=/, "a Ctrl+click leaves this tab on the results");
  assert.equal(await page.locator("#article").isHidden(), true);
  // Opened in a new tab, "Back to results" goes to the same search, not out of the page.
  await tab.locator("#article button", { hasText: "Back to results" }).click();
  await tab.waitForSelector(".hit");
  assert.equal(new URL(tab.url()).search, "?q=harbour", "back to the search, in the page");
  await tab.close();
  // Opened from the results in this tab, it is the browser's Back.
  await page.locator(".hit h3 a").first().click();
  await page.waitForSelector("#article h1");
  const depth = await page.evaluate(() => history.length);
  await page.locator("#article button", { hasText: "Back to results" }).click();
  await page.waitForFunction(() => !/article=/.test(location.search) && document.querySelectorAll(".hit").length === 4);
  assert.equal(await page.evaluate(() => history.length), depth, "Back went back rather than adding an entry");

  // The keyboard: a skip link past the form and facets; opening an article puts the focus
  // on its headline, and coming back on the link it was opened from.
  await page.goto(base + "?q=harbour");
  await page.waitForSelector(".hit h3 a");
  // The skip link is the next Tab stop after the search box; from the count, the next is
  // the first headline.
  await page.locator("#q").focus();
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Skip to results");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === "status");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.closest("h3") !== null), true, "the first headline follows the count");
  // A hit's names are one Tab stop, walked with the arrow keys; so is each list of names.
  await page.goto(base + "?q=budget");
  await page.waitForSelector(".hit .chips button");
  await page.locator(".hit h3 a").first().focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const firstName = await page.evaluate(() => document.activeElement.matches(".hit .chips button") && document.activeElement.textContent);
  assert.ok(firstName, "the hit's names come after its headline and folder");
  await page.keyboard.press("ArrowRight");
  assert.notEqual(await page.evaluate(() => document.activeElement.textContent), firstName, "the arrow moves to the next name");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.closest(".hit") === null), true, "Tab leaves the hit's names at once");
  await page.waitForSelector("#facets ul");
  const stops = await page.evaluate(() => [...document.querySelectorAll(".hit .chips, #facets ul")]
    .map((g) => g.querySelectorAll('button[tabindex="0"]').length));
  assert.ok(stops.length > 0 && stops.every((n) => n === 1), `one stop per group: ${stops}`);
  await page.goto(base + "?q=harbour");
  await page.waitForSelector(".hit h3 a");
  const second = page.locator(".hit h3 a").nth(1);
  const secondUid = await second.getAttribute("data-uid");
  await second.focus();
  await page.keyboard.press("Enter");
  await page.waitForSelector("#article h1");
  await page.waitForFunction(() => document.activeElement && document.activeElement.matches("#article h1"));
  await page.locator("#article button", { hasText: "Back to results" }).click();
  await page.waitForFunction((uid) => document.activeElement && document.activeElement.dataset.uid === uid, secondUid);
  // A facet or a pager button pressed from the keyboard is replaced by the new results:
  // the focus goes to their status line, not back to the top of the page.
  await page.goto(base + "?q=harbour&limit=3");
  await page.waitForSelector("#facets button");
  await page.locator("#pager button", { hasText: "Next" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => /offset=3/.test(location.search) && document.activeElement && document.activeElement.id === "status");
  await page.waitForSelector("#facets button");
  await page.locator("#facets button").first().focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => /(person|org|place|site)=/.test(location.search) && document.activeElement && document.activeElement.id === "status");
  // Headlines, snippets and paragraphs take their direction from their text (Arabic runs
  // right to left).
  assert.equal(await page.locator(".hit h3[dir=auto]").count(), await page.locator(".hit").count());
  assert.equal(await page.locator(".hit p.snippet[dir=auto]").count(), await page.locator(".hit").count());
  // A link to an article no longer in the index says so and still leads back to the search.
  await page.goto(base + "?q=harbour&article=00000000000000ff");
  await page.waitForFunction(() => /Could not load the article/.test(document.getElementById("article").textContent));
  await page.locator("#article button", { hasText: "Back to results" }).click();
  await page.waitForFunction(() => !/article=/.test(location.search) && document.querySelectorAll(".hit").length === 4);
  // The server's 404 for it is expected.
  const missing = consoleErrors.findIndex((e) => e.includes("/api/article/00000000000000ff"));
  assert.ok(missing >= 0, `the missing article's 404: ${consoleErrors}`);
  consoleErrors.splice(missing, 1);
  // A shared link with parameters of its own still searches (the API refuses unknown ones).
  await page.goto(base + "?q=harbour&utm_source=mail");
  await page.waitForFunction(() => document.querySelectorAll(".hit").length === 4);
  // The tab names the search; a screen reader hears what a facet does and a chip's kind.
  assert.equal(await page.title(), "harbour – newsdex");
  await page.waitForSelector("#facets button.facet");
  const facetName = await page.locator("#facets button.facet").first().getAttribute("aria-label");
  assert.match(facetName, /^.+, \d+ articles?: keep to these$/, facetName);
  assert.match(await page.locator(".hit .chip").first().getAttribute("aria-label"), /\((person|organization|place|site)\)$/);

  // Behind a reverse proxy that serves it under a path of its own: the page, its script
  // and the API are all reached through the prefix.
  const upstream = new URL(base);
  const proxied = [];
  const proxy = http.createServer((req, res) => {
    if (!req.url.startsWith("/newsdex/")) { res.writeHead(404); res.end("not proxied"); return; }
    proxied.push(req.url);
    const forward = http.request({ host: upstream.hostname, port: upstream.port, method: req.method,
      path: req.url.slice("/newsdex".length), headers: { ...req.headers, host: upstream.host } }, (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    });
    req.pipe(forward);
  });
  await new Promise((ok) => proxy.listen(0, "127.0.0.1", ok));
  try {
    await page.goto(`http://127.0.0.1:${proxy.address().port}/newsdex/?q=harbour`);
    await page.waitForFunction(() => document.querySelectorAll(".hit").length === 4);
    await page.locator(".hit h3 a").first().click();
    await page.waitForSelector("#article h1");
    for (const path of ["/newsdex/app.js", "/newsdex/app.css", "/newsdex/api/search?", "/newsdex/api/article/"]) {
      assert.ok(proxied.some((u) => u.startsWith(path)), `asked through the proxy: ${path} (${proxied.join(" ")})`);
    }
  } finally {
    proxy.close();
  }

  // Narrow screens: no sideways scrolling; the lists of names folded under "Filters"
  // above the results, unfolded by it; no empty band above the start page's words.
  for (const width of [375, 600]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(base + "?q=harbour");
    await page.waitForSelector(".hit");
    await page.waitForSelector("#facets h2", { state: "attached" });
    const layout = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      header: document.querySelector("header").scrollWidth,
      results: document.getElementById("results").getBoundingClientRect().top,
      toggle: document.getElementById("facets-toggle").getBoundingClientRect().top,
      lists: document.getElementById("facets").getClientRects().length,
    }));
    assert.ok(layout.scroll <= width && layout.header <= width, `${width}px: fits (${JSON.stringify(layout)})`);
    assert.ok(layout.toggle > 0 && layout.toggle < layout.results && layout.lists === 0,
      `${width}px: "Filters" above the results, the lists folded (${JSON.stringify(layout)})`);
    await page.screenshot({ path: join(work, `search-${width}.png`), fullPage: true });
    await page.locator("#facets-toggle").click();
    assert.equal(await page.locator("#facets-toggle").getAttribute("aria-expanded"), "true");
    const unfolded = await page.evaluate(() => [document.getElementById("facets").getBoundingClientRect().top,
      document.getElementById("results").getBoundingClientRect().top]);
    assert.ok(unfolded[0] > 0 && unfolded[0] < unfolded[1], `${width}px: the lists unfold above the results (${unfolded})`);
    await page.screenshot({ path: join(work, `filters-${width}.png`) });
    await page.locator(".hit h3 a").first().click();
    await page.waitForSelector("#article h1");
    assert.ok(await page.evaluate((w) => document.documentElement.scrollWidth <= w, width), `${width}px: the article fits`);
    await page.screenshot({ path: join(work, `article-${width}.png`), fullPage: true });
  }

  // On a phone a name picked in the unfolded lists folds them: the filter and the results
  // are in view, and a new search starts with the lists folded.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(base + "?q=harbour");
  await page.waitForSelector("#facets h2", { state: "attached" });
  await page.locator("#facets-toggle").click();
  await page.locator("#facets button.facet", { hasText: "Jacob Frey" }).click();
  await page.waitForFunction(() => /person=Jacob/.test(location.search) && document.querySelectorAll(".hit").length === 2);
  assert.equal(await page.locator("#facets-toggle").getAttribute("aria-expanded"), "false", "a name picked folds the lists");
  const picked = await page.evaluate(() => [document.querySelector("#filters button").getBoundingClientRect().top,
    document.querySelector(".hit").getBoundingClientRect().top]);
  assert.ok(picked[0] >= 0 && picked[1] < 800, `the filter and the first result in view: ${picked}`);
  await page.locator("#facets-toggle").click();
  await page.fill("#q", "budget");
  await page.press("#q", "Enter");
  await page.waitForFunction(() => /q=budget/.test(location.search));
  assert.equal(await page.locator("#facets-toggle").getAttribute("aria-expanded"), "false", "a new search folds the lists");

  // A phone (touch, 390x844): the header is compact (order and dates folded), a search made
  // puts the keyboard away, and the form is written at 16 px (Safari zooms in on less).
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  try {
    const tap = await phone.newPage();
    tap.on("pageerror", (e) => errors.push(e.message));
    await tap.goto(base);
    await tap.fill("#q", "harbour");
    await tap.press("#q", "Enter");
    await tap.waitForFunction(() => document.querySelectorAll(".hit").length === 4);
    assert.equal(await tap.evaluate(() => document.activeElement.id), "", "the box lets go of the keyboard");
    const header = await tap.evaluate(() => document.querySelector("header").getBoundingClientRect().height);
    assert.ok(header < 150, `a compact header: ${header}px`);
    assert.equal(await tap.locator("#since").isVisible(), false, "the dates are folded");
    await tap.locator("#options-toggle").tap();
    assert.equal(await tap.locator("#since").isVisible(), true, "\"Sort, dates\" unfolds them");
    const sizes = await tap.evaluate(() => ["#q", "#since", "#until", "#sort", "#search-form button[type=submit]"]
      .map((s) => parseFloat(getComputedStyle(document.querySelector(s)).fontSize)));
    assert.ok(sizes.every((px) => px >= 16), `form controls at 16 px or more: ${sizes}`);
    // A card's names: the first four, 32 px high, the rest behind "+4 more".
    await tap.goto(base + "?q=convoy");
    await tap.waitForSelector(".hit .chip.place");
    const shown = await tap.evaluate(() => [...document.querySelectorAll(".hit .chip")].filter((c) => c.getClientRects().length)
      .map((c) => [c.textContent, Math.round(c.getBoundingClientRect().height)]));
    assert.deepEqual(shown.map(([name]) => name), ["Paris", "Berlin", "Madrid", "Rome", "+4 more"]);
    assert.ok(shown.every(([, h]) => h >= 32), `chips 32 px high: ${shown}`);
    await tap.locator(".hit .more-chips").tap();
    assert.equal(await tap.locator(".hit .chip.place:visible").count(), 8, "\"+4 more\" shows the rest");
  } finally {
    await phone.close();
  }

  await page.goto(base);
  await page.waitForFunction(() => /Type a query/.test(document.getElementById("status").textContent));
  // (Under the header, or under the "Filters" button once the start page's lists came.)
  const band = await page.evaluate(() => {
    const refine = document.getElementById("refine");
    const above = refine.getClientRects().length ? refine : document.querySelector("header");
    return document.getElementById("status").getBoundingClientRect().top - above.getBoundingClientRect().bottom;
  });
  assert.ok(band < 40, `no empty band above the start page's words: ${band}px`);

  assert.deepEqual(dialogs, [], "no alert() ran");
  assert.deepEqual(errors, [], "no script errors");
  assert.deepEqual(consoleErrors, [], "nothing failed to load (the favicon among them)");
  console.log(`browser test passed; screenshots in ${work}/: search.png, article.png, search-375.png, search-600.png, article-375.png, article-600.png`);
} catch (err) {
  failed = true;
  console.error("browser test FAILED:", err.stack || err.message);
} finally {
  await browser.close();
  server.kill("SIGINT");
}
process.exit(failed ? 1 : 0);
