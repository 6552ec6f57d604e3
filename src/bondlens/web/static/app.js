// bondlens: small progressive enhancements. Every page works without this file.
"use strict";

// Type-ahead for several names in one field: the suggestions keep the names already
// typed, so "Alex, Sa" offers "Alex, Sam".
function enhanceNames(input) {
  const list = document.getElementById(input.getAttribute("list"));
  if (!list) return;
  const names = Array.from(list.options, (o) => o.value);
  const refresh = () => {
    const parts = input.value.split(",");
    const typed = parts.slice(0, -1).map((p) => p.trim()).filter(Boolean);
    const prefix = typed.length ? typed.join(", ") + ", " : "";
    const chosen = new Set(typed.map((n) => n.toLowerCase()));
    list.replaceChildren(
      ...names
        .filter((n) => !chosen.has(n.toLowerCase()))
        .map((n) => {
          const option = document.createElement("option");
          option.value = prefix + n;
          return option;
        })
    );
  };
  input.addEventListener("input", refresh);
  refresh();
}

// Keep unsaved words safe: ask before leaving a page whose entry form was changed.
function guardForm(form) {
  let dirty = false;
  form.addEventListener("input", () => { dirty = true; });
  form.addEventListener("submit", () => { dirty = false; });
  window.addEventListener("beforeunload", (event) => {
    if (dirty) event.preventDefault();
  });
}

// The session summary: "Print" opens the print dialog (the button stays hidden without
// this file), and "Select all" / "Select none" tick the entries on the spot instead of
// sending the form to show it again.
function enhancePrint(button) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}

function enhanceSelect(button) {
  button.addEventListener("click", (event) => {
    event.preventDefault();
    const tick = button.dataset.select === "all";
    button.form.querySelectorAll('input[type="checkbox"][name="entry"]').forEach((box) => {
      box.checked = tick;
    });
  });
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("input[data-names]").forEach(enhanceNames);
  document.querySelectorAll("form.entry-form").forEach(guardForm);
  document.querySelectorAll("button[data-print]").forEach(enhancePrint);
  document.querySelectorAll("button[data-select]").forEach(enhanceSelect);
});
