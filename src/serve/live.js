// varsel preview: reload this page when the site has been rebuilt (or has stopped building,
// so that the problem is shown). The server tells each page which build it was served from.
(function () {
  "use strict";
  var me = document.currentScript;
  var served = me ? me.getAttribute("data-generation") : null;
  var source = new EventSource("/__varsel/events");
  function check(e) {
    if (e.data !== served) {
      source.close();
      window.location.reload();
    }
  }
  source.addEventListener("hello", check);
  source.addEventListener("reload", check);
  source.addEventListener("problems", check);
})();
