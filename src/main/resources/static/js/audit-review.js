// The file audit review form saves as the reviewer types. When someone else has saved the matter since the
// page was opened, the server answers 409 with what to do; htmx drops error answers, so show this one in the
// form's status like any other.
document.addEventListener("htmx:beforeSwap", function (event) {
  if (event.detail.xhr.status === 409 && event.detail.elt.matches && event.detail.elt.matches("form.audit-review-form")) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
