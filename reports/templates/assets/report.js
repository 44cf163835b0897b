// Sorting and filtering for the report's tables. Runs offline; no dependencies. Kept small and fast for
// thousands of rows: one sort of keyed rows, one DOM append through a fragment.
(function () {
  'use strict';

  function key(row, index, numeric) {
    var cell = row.cells[index];
    var raw = cell.hasAttribute('data-v') ? cell.getAttribute('data-v') : cell.textContent.trim();
    return numeric ? parseFloat(raw) || 0 : raw.toLowerCase();
  }

  function sort(table, th, index) {
    var numeric = th.getAttribute('data-sort') === 'num';
    var current = th.getAttribute('aria-sort');
    var direction = current ? (current === 'ascending' ? 'descending' : 'ascending') : (numeric ? 'descending' : 'ascending');
    var sign = direction === 'ascending' ? 1 : -1;
    var body = table.tBodies[0];
    var keyed = Array.prototype.map.call(body.rows, function (row, position) {
      return [key(row, index, numeric), position, row];
    });
    keyed.sort(function (a, b) {
      if (a[0] < b[0]) { return -sign; }
      if (a[0] > b[0]) { return sign; }
      return a[1] - b[1];
    });
    var fragment = document.createDocumentFragment();
    keyed.forEach(function (entry) { fragment.appendChild(entry[2]); });
    body.appendChild(fragment);
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', direction);
  }

  function count(table) {
    var label = document.querySelector('[data-count-for="' + table.id + '"]');
    if (!label) { return; }
    var rows = table.tBodies[0].rows;
    var shown = 0;
    for (var i = 0; i < rows.length; i++) { if (!rows[i].hidden) { shown++; } }
    label.textContent = shown === rows.length ? rows.length + ' rows' : shown + ' of ' + rows.length + ' rows';
  }

  function filter(table, query) {
    var terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      if (row.searchText === undefined) { row.searchText = row.textContent.toLowerCase(); }
      row.hidden = !terms.every(function (term) { return row.searchText.indexOf(term) >= 0; });
    });
    count(table);
  }

  document.querySelectorAll('table.sortable').forEach(function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      var button = th.querySelector('button');
      if (th.hasAttribute('data-sort') && button) {
        button.addEventListener('click', function () { sort(table, th, index); });
      }
    });
  });

  document.querySelectorAll('input[data-filter-for]').forEach(function (input) {
    var table = document.getElementById(input.getAttribute('data-filter-for'));
    var timer = 0;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { filter(table, input.value); }, 120);
    });
    count(table);
  });
})();
