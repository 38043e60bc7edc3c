// Small behaviour shared by every page: confirm destructive buttons.
(function () {
  'use strict';
  document.addEventListener('submit', function (ev) {
    var button = ev.submitter;
    if (button && button.classList.contains('danger') && !window.confirm(button.textContent + '?')) {
      ev.preventDefault();
    }
  });
}());
