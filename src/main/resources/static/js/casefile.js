// "Skriv ut" beside a decision letter: the button shows only where this script runs.
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});
