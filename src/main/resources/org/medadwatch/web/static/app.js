// The little script the review UI needs; served from the jar (CSP: script-src 'self', no inline).
// Everything works without it: it only adds "select all" to the clue list.
document.addEventListener('DOMContentLoaded', function () {
  var all = document.getElementById('select-all');
  if (!all) { return; }
  all.addEventListener('change', function () {
    var boxes = document.querySelectorAll('input[name="numbers"]');
    for (var i = 0; i < boxes.length; i++) { boxes[i].checked = all.checked; }
  });
});
