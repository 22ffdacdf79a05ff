// What every page does with JavaScript: a table wider than the screen says
// that it scrolls sideways (the hint is in the page, hidden until needed).
(function () {
  'use strict';

  var boxes = Array.prototype.slice.call(document.querySelectorAll('.table-scroll'));
  function showHints() {
    boxes.forEach(function (box) {
      var table = box.querySelector('table');
      var hint = table && document.getElementById(table.id + '-hint');
      if (hint) hint.hidden = box.scrollWidth <= box.clientWidth + 1;
    });
  }
  showHints();
  window.addEventListener('resize', showHints);
  // The register redraws its table; its width may change with the rows shown.
  document.addEventListener('fundpress:table-changed', showHints);
})();
