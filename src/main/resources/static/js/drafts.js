// Keeps a copy of what is typed in the browser as well, for the moment the server cannot take it (a
// session that timed out, a lost network): the text is then restored when the form is opened again.
(function () {
  "use strict";
  var PREFIX = "helhet-draft:";

  function formsWithDrafts() {
    return document.querySelectorAll("form[hx-put^='/utkast/']");
  }

  function keyOf(form) {
    return PREFIX + form.getAttribute("hx-put");
  }

  function fieldsOf(form) {
    var fields = [];
    new FormData(form).forEach(function (value, name) {
      if (name !== "_csrf" && typeof value === "string") {
        fields.push([name, value]);
      }
    });
    return fields;
  }

  function restore(form, fields) {
    var byName = {};
    fields.forEach(function (f) { (byName[f[0]] = byName[f[0]] || []).push(f[1]); });
    Object.keys(byName).forEach(function (name) {
      form.querySelectorAll("[name='" + name.replace(/'/g, "") + "']").forEach(function (el) {
        if (el.type === "checkbox" || el.type === "radio") {
          el.checked = byName[name].indexOf(el.value) >= 0;
        } else if (el.type !== "hidden") {
          el.value = byName[name][0];
        }
      });
    });
  }

  function say(form, text) {
    var status = form.querySelector(".draft-status");
    if (status) {
      status.textContent = text;
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    formsWithDrafts().forEach(function (form) {
      var saved = localStorage.getItem(keyOf(form));
      if (saved) {
        var copy = JSON.parse(saved);
        if (copy.unsaved) {
          restore(form, copy.fields);
          say(form, "Text som inte hann sparas är återställd från webbläsaren.");
        }
      }
      form.addEventListener("input", function () {
        localStorage.setItem(keyOf(form), JSON.stringify({ unsaved: true, fields: fieldsOf(form) }));
      });
      form.addEventListener("submit", function () {
        localStorage.removeItem(keyOf(form));
      });
    });
  });

  document.addEventListener("htmx:afterRequest", function (event) {
    var form = event.detail.elt;
    if (!form.matches || !form.matches("form[hx-put^='/utkast/']")) {
      return;
    }
    if (event.detail.successful) {
      localStorage.setItem(keyOf(form), JSON.stringify({ unsaved: false, fields: [] }));
    } else {
      say(form, "Utkastet kunde inte sparas på servern (du kan ha blivit utloggad). " +
          "Texten finns kvar här i webbläsaren; logga in igen i en ny flik.");
    }
  });
})();
