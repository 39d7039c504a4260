/* driftcheck review page: selection, counterpart highlighting, filters and j/k keys.
   It reads only data-* attributes written by the renderer; it never parses article text. */
(function () {
  "use strict";
  var doc = document;
  var list = doc.getElementById("findings");
  var filters = doc.getElementById("filters");
  var current = null;

  function all(selector, root) {
    return Array.prototype.slice.call((root || doc).querySelectorAll(selector));
  }

  function clear(name) {
    all("." + name).forEach(function (el) { el.classList.remove(name); });
  }

  /* Centre `el` in its own scrolling pane; only the stacked (narrow or print) layout, where
     panes do not scroll, moves the page itself. */
  function reveal(el) {
    if (!el) { return; }
    var pane = el.closest(".pane");
    if (pane && pane.scrollHeight > pane.clientHeight &&
        getComputedStyle(pane).overflowY !== "visible") {
      var box = el.getBoundingClientRect();
      var frame = pane.getBoundingClientRect();
      pane.scrollTop += box.top - frame.top - Math.max(0, (pane.clientHeight - box.height) / 2);
    } else {
      el.scrollIntoView({ block: "center", inline: "nearest" });
    }
  }

  function itemFor(id) {
    return list && list.querySelector('li[data-f="' + id + '"]');
  }

  /* Highlight finding `id` everywhere it appears and bring both texts to it. */
  function select(id, fromList) {
    clear("active");
    clear("linked");
    current = id;
    var hits = all('[data-f~="' + id + '"]');
    hits.forEach(function (el) { el.classList.add("active"); });
    ["original", "version"].forEach(function (side) {
      reveal(doc.querySelector("#" + side + ' [data-f~="' + id + '"]'));
    });
    var item = itemFor(id);
    if (item && !fromList) { reveal(item); }
    var status = doc.getElementById("status");
    if (status && item) { status.textContent = "Showing: " + item.textContent; }
  }

  /* Highlight the sentences aligned with `sentence` on both sides. */
  function showLink(sentence) {
    clear("active");
    clear("linked");
    var link = sentence.getAttribute("data-link");
    all('.s[data-link="' + link + '"]').forEach(function (el) { el.classList.add("linked"); });
    var other = sentence.closest("#original") ? "#version" : "#original";
    reveal(doc.querySelector(other + ' .s[data-link="' + link + '"]'));
  }

  doc.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    var hit = target.closest("[data-f]");
    if (hit) {
      var ids = hit.getAttribute("data-f").split(" ");
      var at = ids.indexOf(current);
      select(at < 0 ? ids[0] : ids[(at + 1) % ids.length], !!target.closest("#findings"));
      return;
    }
    var sentence = target.closest(".s[data-link]");
    if (sentence) { showLink(sentence); }
  });

  function visibleButtons() {
    return list ? all("li.finding:not([hidden]) > button", list) : [];
  }

  /* j/k move the focus through the visible findings; Enter (a button's own key) shows one. */
  function move(step) {
    var buttons = visibleButtons();
    if (!buttons.length) { return; }
    var at = buttons.indexOf(doc.activeElement);
    if (at < 0 && current !== null) {
      var item = itemFor(current);
      at = item ? buttons.indexOf(item.querySelector("button")) : -1;
    }
    var next = at < 0 ? (step > 0 ? 0 : buttons.length - 1)
      : Math.min(buttons.length - 1, Math.max(0, at + step));
    buttons[next].focus();
  }

  doc.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var target = event.target;
    if (target instanceof Element && target.matches("textarea, select, [contenteditable], input:not([type=checkbox])")) {
      return;
    }
    if (event.key === "j" || event.key === "k") {
      event.preventDefault();
      move(event.key === "j" ? 1 : -1);
    }
  });

  function checked(name) {
    return all('input[name="' + name + '"]', filters).filter(function (box) { return box.checked; })
      .map(function (box) { return box.value; });
  }

  function applyFilters() {
    var kinds = checked("kind");
    var severities = checked("severity");
    var items = list ? all("li.finding", list) : [];
    var shown = 0;
    items.forEach(function (item) {
      var keep = kinds.indexOf(item.getAttribute("data-kind")) >= 0 &&
        severities.indexOf(item.getAttribute("data-severity")) >= 0;
      item.hidden = !keep;
      if (keep) { shown += 1; }
    });
    all('input[name="kind"]', filters).forEach(function (box) {
      doc.body.classList.toggle("hide-" + box.value, !box.checked);
    });
    doc.getElementById("shown").textContent = shown + " of " + items.length + " shown";
  }

  if (filters) {
    filters.addEventListener("change", applyFilters);
    filters.addEventListener("submit", function (event) { event.preventDefault(); });
  }
  /* Milliseconds from navigation start until the page answers input (read by bench/). */
  doc.documentElement.setAttribute("data-ready", String(Math.round(performance.now())));
}());
