"""Layout facts of a report as headless Chromium lays it out, and the text of a printed PDF.

A test-only copy of the report gets one script at the end of its body that measures the page
(``LAYOUT_SCRIPT``) and writes the figures as JSON into an attribute. It is shown in an iframe of
the width asked (headless windows are never narrower than 500 pixels, a phone is 390), and the
frame's figures are copied out for ``--dump-dom``. The shipped report carries no such script.
"""

from __future__ import annotations

import html as html_lib
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest

from assessor.reports.screenshot import find_chromium

needs_chromium = pytest.mark.skipif(
    find_chromium() is None,
    reason="headless Chromium is not installed (Debian: apt-get install chromium)",
)
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils (pdftotext, pdfinfo) are not installed",
)

LAYOUT_SCRIPT = r"""
(function () {
  function out(a, b) {  // is box b (x, y, width, height) outside box a?
    return b.x < a.x - 0.5 || b.y < a.y - 0.5 || b.x + b.width > a.x + a.width + 0.5 ||
      b.y + b.height > a.y + a.height + 0.5;
  }
  var facts = {width: window.innerWidth, scrollWidth: document.documentElement.scrollWidth,
    overflowing: [], badges: [], eosClash: [], nodes: 0, rules: [], strip: [], wide: [],
    mapShown: false, listShown: false, listItems: 0};
  var map = document.querySelector("svg.flowmap");
  facts.mapShown = !!map && map.getBoundingClientRect().width > 0;
  var list = document.getElementById("map-list");
  facts.listShown = !!list && list.getBoundingClientRect().height > 0;
  facts.listItems = list ? list.querySelectorAll("li").length : 0;
  document.querySelectorAll("svg.flowmap g.node").forEach(function (g) {
    facts.nodes += 1;
    var box = g.querySelector("rect").getBBox();
    var name = g.querySelector("title").textContent;
    g.querySelectorAll("text.name, text.kind").forEach(function (t) {
      if (out(box, t.getBBox())) { facts.overflowing.push(name + ": " + t.textContent); }
    });
    var eos = g.querySelector("g.eos"), kind = g.querySelector("text.kind");
    if (eos && kind) {
      var k = kind.getBBox(), m = eos.transform.baseVal.consolidate().matrix;
      if (k.x + k.width > m.e) { facts.eosClash.push(name); }
    }
    var rank = g.querySelector("g.rank");
    if (rank) {
      var r = rank.querySelector("circle").r.baseVal.value;
      var t = rank.querySelector("text").getBBox();
      if (t.x < -r || t.x + t.width > r) { facts.badges.push(name + ": " + t.width); }
    }
  });
  document.querySelectorAll("#rules-table tbody td").forEach(function (td) {
    var range = document.createRange();
    range.selectNodeContents(td);
    var content = range.getBoundingClientRect().height, cell = td.getBoundingClientRect().height;
    facts.rules.push([cell, content]);
  });
  document.querySelectorAll("#wave-strip li").forEach(function (li) {
    var track = li.querySelector(".strip-track").getBoundingClientRect();
    var bar = li.querySelector(".strip-bar").getBoundingClientRect();
    var name = li.querySelector(".strip-name");
    facts.strip.push({track: track.width, bar: bar.width, left: bar.left - track.left,
      font: parseFloat(getComputedStyle(name).fontSize),
      nameFits: name.scrollWidth <= name.clientWidth + 1});
  });
  function clipped(el) {  // inside a box that scrolls or clips sideways, or in an SVG drawing
    for (var p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (p instanceof SVGElement || getComputedStyle(p).overflowX !== "visible") { return true; }
    }
    return false;
  }
  document.querySelectorAll("body *").forEach(function (el) {
    var r = el.getBoundingClientRect();
    if (r.width && r.right > window.innerWidth + 1 && facts.wide.length < 10 && !clipped(el)) {
      facts.wide.push(el.tagName + "#" + el.id + "." + el.className + " " + r.right);
    }
  });
  document.body.setAttribute("data-layout", JSON.stringify(facts));
})();
"""


def layout_facts(html: Path, width: int, height: int = 900) -> dict[str, Any]:
    """The figures ``LAYOUT_SCRIPT`` measures with the report ``width`` pixels wide."""
    page = html.with_name(f"{html.stem}-measured.html")
    text = html.read_text(encoding="utf-8")
    page.write_text(text.replace("</body>", f"<script>{LAYOUT_SCRIPT}</script></body>"), "utf-8")
    frame = html.with_name(f"{html.stem}-frame-{width}.html")
    frame.write_text(
        f'<!DOCTYPE html><body style="margin:0"><iframe id="f" src="{page.name}" '
        f'style="width:{width}px;height:{height}px;border:0"></iframe><script>'
        "document.getElementById('f').onload = function () { document.body.setAttribute("
        "'data-layout', this.contentDocument.body.getAttribute('data-layout')); };"
        "</script></body>",
        "utf-8",
    )
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [find_chromium() or "chromium", "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--no-first-run", "--hide-scrollbars",
             "--allow-file-access-from-files", f"--user-data-dir={profile}",
             f"--window-size={max(width, 500) + 20},{height}", "--dump-dom", frame.as_uri()],
            capture_output=True, timeout=180, check=True,
        )  # fmt: skip
    found = re.search(r'<body[^>]*data-layout="([^"]*)"', result.stdout.decode("utf-8"))
    assert found, "the measuring script did not run"
    return json.loads(html_lib.unescape(found.group(1)))


def pdf_pages(pdf: Path) -> list[str]:
    """The text of each page of ``pdf``, in order."""
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, check=True, timeout=60
    ).stdout.decode("utf-8")
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages
