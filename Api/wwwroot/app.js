// The dashboard: admins see the portfolio, the live feed and rescoring; a driver sees their own score, premium and trips.
const state = { token: sessionStorage.getItem("token"), me: null, sortBy: "driverId", descending: false, page: 1, cursors: [], next: null, job: null, feed: null };
const $ = (id) => document.getElementById(id);
const fmt = { money: (v) => v.toLocaleString(undefined, { style: "currency", currency: "CAD" }), pct: (v) => `${(v * 100).toFixed(1)}%`, num: (v, d = 1) => v.toFixed(d) };

async function api(path, options = {}) {
  const response = await fetch(path, { ...options, headers: { "content-type": "application/json", authorization: `Bearer ${state.token}`, ...options.headers } });
  if (response.status === 401) { logout(); throw new Error("signed out"); }
  if (!response.ok) { const problem = await response.json().catch(() => ({})); throw new Error(problem.detail || problem.title || response.statusText); }
  return response.status === 204 ? null : response.json();
}

function show(view) { for (const id of ["login-view", "admin-view", "driver-view"]) $(id).hidden = id !== view; }

function logout() {
  sessionStorage.removeItem("token");
  state.token = null; state.feed?.abort();
  $("who").textContent = ""; $("logout").hidden = true;
  show("login-view");
}

async function start() {
  if (!state.token) return show("login-view");
  state.me = await api("/api/v1/auth/me");
  $("who").textContent = `${state.me.username} (${state.me.role})`; $("logout").hidden = false;
  if (state.me.role === "admin") { show("admin-view"); await Promise.all([loadStats(), loadDrivers(), loadModels()]); followFeed(); }
  else if (state.me.driverId) { await openDriver(state.me.driverId); }
}

async function loadStats() {
  const s = await api("/api/v1/admin/dashboard/stats");
  const cards = [["Drivers", s.drivers], ["Trips", s.trips], ["Miles", fmt.num(s.totalMiles, 0)], ["Mean score", fmt.num(s.meanScore)],
    ["Claims / year", fmt.num(s.meanExpectedClaimFrequency, 3)], ["Traditional", fmt.money(s.totalTraditionalPremium)], ["Telematics", fmt.money(s.totalTelematicsPremium)]];
  $("stats").innerHTML = cards.map(([label, value]) => `<div class="card"><b>${value}</b><span>${label}</span></div>`).join("");
}

async function loadDrivers() {
  // Pages follow the API's cursors: state.cursors[n] starts page n + 2, so every page costs the same at any depth.
  const query = new URLSearchParams({ sortBy: state.sortBy, descending: state.descending, pageSize: 15 });
  if (state.page > 1) query.set("after", state.cursors[state.page - 2]);
  if ($("search").value) query.set("search", $("search").value);
  if ($("category").value) query.set("category", $("category").value);
  const page = await api(`/api/v1/admin/drivers?${query}`);
  state.next = page.next;
  $("page-info").textContent = `${page.total}${page.totalIsLowerBound ? "+" : ""} drivers · page ${state.page}`;
  $("drivers").tBodies[0].innerHTML = page.items.map((d) => `<tr data-id="${d.driverId}"><td>${d.driverId}</td><td>${escape(d.name)}</td><td>${d.tripCount}</td>
    <td>${fmt.num(d.totalMiles, 0)}</td><td>${fmt.num(d.score)}</td><td>${d.category}</td><td>${fmt.money(d.telematicsPremium)}</td><td>${fmt.pct(d.discountPct)}</td></tr>`).join("");
}

async function loadModels() {
  const models = await api("/api/v1/admin/models");
  $("model-version").innerHTML = models.versions.map((v) => `<option ${v === models.current ? "selected" : ""}>${v}</option>`).join("");
}

// EventSource cannot send the bearer token, so the stream is read with fetch.
async function followFeed() {
  state.feed = new AbortController();
  const response = await fetch("/api/v1/live/admin", { headers: { authorization: `Bearer ${state.token}` }, signal: state.feed.signal });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read().catch(() => ({ done: true }));
    if (done) return;
    buffer += value;
    const events = buffer.split("\n\n"); buffer = events.pop();
    for (const event of events) {
      const data = event.split("\n").find((line) => line.startsWith("data: "));
      if (data) addToFeed(JSON.parse(data.slice(6)));
    }
  }
}

function addToFeed(d) {
  const item = document.createElement("li");
  item.innerHTML = `<b>${d.driverId}</b> ${d.tripCount} trips · score ${fmt.num(d.score)} (${d.category}) · ${fmt.money(d.telematicsPremium)}`;
  $("feed").prepend(item);
  while ($("feed").children.length > 50) $("feed").lastChild.remove();
}

async function rescore() {
  const progress = await api("/api/v1/risk/batch-calculate", { method: "POST", body: JSON.stringify({ modelVersion: $("model-version").value }) });
  state.job = progress.jobId; $("rescore").disabled = true; $("cancel-rescore").disabled = false;
  await watchJob();
}

async function watchJob() {
  const p = await api(`/api/v1/risk/batch/${state.job}`);
  $("rescore-progress").max = Math.max(1, p.total); $("rescore-progress").value = p.done + p.failed;
  // Heights are set through the DOM after rendering: the Content-Security-Policy refuses inline style attributes.
  const bars = (bands, cls) => `<div class="bars ${cls}">${bands.map((n) => `<div title="${n}" data-height="${(100 * n) / Math.max(1, ...bands)}%"></div>`).join("")}</div>`;
  $("rescore-result").innerHTML = `<p>${p.status}: ${p.done} rescored, ${p.failed} failed of ${p.total} · ${fmt.num(p.driversPerSecond, 0)} drivers/s
    · premiums <span class="up">▲ ${p.premiumsUp}</span> <span class="down">▼ ${p.premiumsDown}</span> = ${p.premiumsUnchanged} · total change ${fmt.money(p.totalPremiumChange)}</p>
    <div class="columns"><div>Scores before${bars(p.scoreBandsBefore, "")}</div><div>Scores after${bars(p.scoreBandsAfter, "after")}</div></div>
    ${p.failures.map((f) => `<p class="error">${f.driverId}: ${escape(f.reason)}</p>`).join("")}`;
  $("rescore-result").querySelectorAll("[data-height]").forEach((bar) => { bar.style.height = bar.dataset.height; });
  if (p.status === "Running") return setTimeout(watchJob, 500);
  $("rescore").disabled = false; $("cancel-rescore").disabled = true;
  await Promise.all([loadStats(), loadDrivers()]);
}

async function openDriver(id) {
  show("driver-view"); $("back").hidden = state.me.role !== "admin";
  const [driver, score, premium, breakdown, trend, trips, notifications] = await Promise.all([
    api(`/api/v1/drivers/${id}`), api(`/api/v1/risk/${id}/score`), api(`/api/v1/pricing/${id}/current`),
    api(`/api/v1/risk/${id}/breakdown?factors=5`), api(`/api/v1/risk/${id}/trend`), api(`/api/v1/drivers/${id}/trips?limit=20`),
    api(`/api/v1/drivers/${id}/notifications?limit=10`)]);
  $("notifications").innerHTML = notifications.map((n) => `<li>${new Date(n.createdAt).toLocaleDateString()} · ${escape(n.message)}</li>`).join("") || "<li>None yet.</li>";
  $("driver-title").textContent = `${driver.name} · ${driver.driverId}`;
  // The 0–100 score is a percentile (higher is riskier); the category reads the multiple of the portfolio's claim rate.
  $("score").innerHTML = `<div class="big">${fmt.num(score.score)}</div><p>${score.category} risk · ${fmt.num(score.relativeToAverage, 1)}× the average driver
    · ${fmt.num(score.expectedClaimFrequency, 3)} expected claims a year${score.provisional ? ` · provisional: based on ${fmt.num(score.milesDriven, 0)} miles` : ""}
    · model ${score.modelVersion}</p>`;
  const points = trend.map((s, i) => `${(300 * i) / Math.max(1, trend.length - 1)},${60 - (60 * s.score) / 100}`).join(" ");
  $("trend").innerHTML = `<polyline points="${points}"/>`;
  $("premium").innerHTML = `<p>Traditional <b>${fmt.money(premium.traditionalPremium)}</b> · telematics <b>${fmt.money(premium.telematicsPremium)}</b>
    · discount <b class="${premium.discountPct >= 0 ? "down" : "up"}">${fmt.pct(premium.discountPct)}</b></p><p>${escape(premium.reason)}</p>`;
  const factors = (list, cls) => list.map((f) => `<li class="${cls}">${escape(f.description)}</li>`).join("");
  $("breakdown").innerHTML = `<p>${escape(breakdown.summary)}</p><ul>${factors(breakdown.raising, "up")}${factors(breakdown.lowering, "down")}</ul>`;
  $("trips").tBodies[0].innerHTML = trips.map((t) => `<tr><td>${new Date(t.features.startedAt).toLocaleString()}</td><td>${fmt.num(t.features.distanceMiles)}</td>
    <td>${fmt.num(t.features.durationMinutes, 0)}</td><td>${fmt.num(t.features.maxSpeedKmh, 0)}</td><td>${t.features.harshBrakings}</td>
    <td>${t.features.harshAccelerations}</td><td>${t.endReason}</td></tr>`).join("");
}

function escape(text) { const div = document.createElement("div"); div.textContent = text; return div.innerHTML; }

$("login").addEventListener("submit", async (e) => {
  e.preventDefault();
  const form = new FormData(e.target);
  const response = await fetch("/api/v1/auth/login", { method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: form.get("username"), password: form.get("password") }) });
  if (!response.ok) { $("login-error").textContent = "Unknown username or wrong password."; return; }
  state.token = (await response.json()).token; sessionStorage.setItem("token", state.token);
  $("login-error").textContent = ""; await start();
});
$("logout").addEventListener("click", logout);
$("back").addEventListener("click", () => { show("admin-view"); loadDrivers(); });
$("drivers").addEventListener("click", (e) => {
  const sort = e.target.closest("th[data-sort]")?.dataset.sort;
  if (sort) { state.descending = state.sortBy === sort ? !state.descending : false; state.sortBy = sort; state.page = 1; return loadDrivers(); }
  const id = e.target.closest("tr[data-id]")?.dataset.id;
  if (id) openDriver(id);
});
$("search").addEventListener("input", () => { state.page = 1; loadDrivers(); });
$("category").addEventListener("change", () => { state.page = 1; loadDrivers(); });
$("prev").addEventListener("click", () => { state.page = Math.max(1, state.page - 1); loadDrivers(); });
$("next").addEventListener("click", () => { if (!state.next) return; state.cursors[state.page - 1] = state.next; state.page += 1; loadDrivers(); });
$("rescore").addEventListener("click", rescore);
$("cancel-rescore").addEventListener("click", () => api(`/api/v1/risk/batch/${state.job}`, { method: "DELETE" }));
start().catch((error) => { console.error(error); logout(); });
