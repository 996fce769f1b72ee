// Keeps a copy of what is typed in the browser as well, for the moment the server cannot take it (a
// session that timed out, a lost network): the text is then restored when its author opens the form again.
// A copy belongs to the user who typed it (a computer may be shared), is dropped when that user logs out
// with the button, and is forgotten after half a day.
(function () {
  "use strict";
  var PREFIX = "helhet-draft:";
  var KEPT_MILLIS = 12 * 60 * 60 * 1000;

  function user() {
    return document.body.getAttribute("data-user");
  }

  function formsWithDrafts() {
    return document.querySelectorAll("form[hx-put^='/utkast/']");
  }

  function keyOf(form) {
    return PREFIX + user() + ":" + form.getAttribute("hx-put");
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

  function forgetOld() {
    for (var i = localStorage.length - 1; i >= 0; i--) {
      var key = localStorage.key(i);
      if (key && key.indexOf(PREFIX) === 0) {
        var copy = null;
        try {
          copy = JSON.parse(localStorage.getItem(key));
        } catch (e) {
          copy = null;
        }
        if (!copy || !copy.at || Date.now() - copy.at > KEPT_MILLIS) {
          localStorage.removeItem(key);
        }
      }
    }
  }

  function forgetMine() {
    var mine = PREFIX + user() + ":";
    for (var i = localStorage.length - 1; i >= 0; i--) {
      var key = localStorage.key(i);
      if (key && key.indexOf(mine) === 0) {
        localStorage.removeItem(key);
      }
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    forgetOld();
    if (!user()) {
      return;
    }
    var logout = document.querySelector("form[action$='/logout']");
    if (logout) {
      logout.addEventListener("submit", forgetMine);
    }
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
        localStorage.setItem(keyOf(form), JSON.stringify({ unsaved: true, at: Date.now(), fields: fieldsOf(form) }));
      });
      form.addEventListener("submit", function () {
        localStorage.removeItem(keyOf(form));
      });
    });
  });

  document.addEventListener("htmx:afterRequest", function (event) {
    var form = event.detail.elt;
    if (!user() || !form.matches || !form.matches("form[hx-put^='/utkast/']")) {
      return;
    }
    if (event.detail.successful) {
      localStorage.removeItem(keyOf(form));
    } else {
      say(form, "Utkastet kunde inte sparas på servern (du kan ha blivit utloggad). " +
          "Texten finns kvar här i webbläsaren; logga in igen i en ny flik.");
    }
  });
})();
