// Redline: small enhancements only; every page works without this script.
(function () {
  "use strict";
  // Compare form: a new choice of versions, view or filter loads at once (the URL stays the permalink).
  document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
    form.addEventListener("change", function () {
      if (typeof form.requestSubmit === "function") {
        form.requestSubmit();
      } else {
        form.submit();
      }
    });
  });
})();
