// Browser test for `newsdex serve`: load the page in Debian's headless Chromium, type a
// query, see highlighted results, click a person chip and a month bar, open an article,
// and check that a hostile article renders as text. Saves a screenshot.
//
//   NEWSDEX_BIN=target/release/newsdex node tests/browser/search_page.mjs
//
// Needs /usr/bin/chromium (Debian's `chromium` package) and `npm ci` in this folder.
import { spawn, execFileSync } from "node:child_process";
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
write("f.json", JSON.stringify({ title: "Ferry fares rise", text: "The ferry costs more from July.", url: "javascript:alert(4)" }));
// Seven years apart: more months than the histogram draws, so it counts years.
write("canal1.txt", "Canal dredging starts\n\nPublished: 2019-03-04\n\nDredgers began work on the old canal near the mill.\n");
write("canal2.txt", "Canal reopens to boats\n\nPublished: 2026-02-11\n\nNarrowboats returned to the canal after years of repairs.\n");
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

  // Over more than 60 months the bars are years, empty ones included; a bar keeps its year.
  await page.goto(base + "?q=canal");
  await page.waitForFunction(() => document.querySelectorAll("#histogram button").length > 0);
  const years = await page.locator("#histogram button").evaluateAll((bs) => bs.map((b) => b.getAttribute("aria-label")));
  assert.deepEqual(years, ["2019: 1 articles", "2020: 0 articles", "2021: 0 articles", "2022: 0 articles", "2023: 0 articles",
    "2024: 0 articles", "2025: 0 articles", "2026: 1 articles"], "a bar per year, gaps at 0");
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

  // Article view: entities highlighted in the text.
  await page.goto(base + "?q=ice");
  await page.locator(".hit h3 a").first().click();
  await page.waitForSelector("#article h1");
  assert.equal(await page.locator("#article h1").textContent(), "Harbour ice study");
  assert.ok((await page.locator("#article mark.ent").count()) > 0, "entities marked in the article");
  await page.screenshot({ path: join(work, "article.png"), fullPage: true });

  assert.deepEqual(dialogs, [], "no alert() ran");
  assert.deepEqual(errors, [], "no script errors");
  console.log(`browser test passed; screenshots in ${work}/search.png and ${work}/article.png`);
} catch (err) {
  failed = true;
  console.error("browser test FAILED:", err.message);
} finally {
  await browser.close();
  server.kill("SIGINT");
}
process.exit(failed ? 1 : 0);
