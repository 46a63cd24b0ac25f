// The document page's print button (a script file: the pages' Content-Security-Policy allows no inline script).
document.addEventListener("DOMContentLoaded", function () {
  var button = document.querySelector("[data-print]");
  if (button) { button.hidden = false; button.addEventListener("click", function () { window.print(); }); }
});
