// The report's workspace: the recommendations table rendered from the data embedded in the page (gzip-compressed
// JSON as base64 in one script tag, unpacked with the browser's DecompressionStream), with filters, sorting, paging,
// totals that follow the filters and a workload panel comparing every option. Runs offline with no dependencies;
// every value from AWS goes into the page as text, never as markup.
(function () {
  'use strict';

  function usd(v) {
    var s = Math.abs(v).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return (v < 0 ? '-$' : '$') + s;
  }
  function pct(v) { return v === null || v === undefined ? 'n/a' : v.toFixed(1) + '%'; }
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { if (k === 'text') { e.textContent = attrs[k]; } else { e.setAttribute(k, attrs[k]); } }); }
    (children || []).forEach(function (c) { if (c !== null && c !== undefined) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
    return e;
  }
  function small(text) { return el('small', { text: text }); }
  function badge(prefix, level, label) { return el('span', { 'class': 'badge ' + prefix + level, text: label }); }

  // ---- plain tables elsewhere in the report (breakdowns): click a header to sort ----
  function sortPlain(table, th, index) {
    var numeric = th.getAttribute('data-sort') === 'num';
    var current = th.getAttribute('aria-sort');
    var direction = current ? (current === 'ascending' ? 'descending' : 'ascending') : (numeric ? 'descending' : 'ascending');
    var sign = direction === 'ascending' ? 1 : -1;
    var body = table.tBodies[0];
    var keyed = Array.prototype.map.call(body.rows, function (row, position) {
      var cell = row.cells[index];
      var raw = cell.hasAttribute('data-v') ? cell.getAttribute('data-v') : cell.textContent.trim();
      return [numeric ? parseFloat(raw) || 0 : raw.toLowerCase(), position, row];
    });
    keyed.sort(function (a, b) { return a[0] < b[0] ? -sign : a[0] > b[0] ? sign : a[1] - b[1]; });
    var fragment = document.createDocumentFragment();
    keyed.forEach(function (entry) { fragment.appendChild(entry[2]); });
    body.appendChild(fragment);
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', direction);
  }
  document.querySelectorAll('table.sortable:not(#recs-table)').forEach(function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      var button = th.querySelector('button');
      if (th.hasAttribute('data-sort') && button) { button.addEventListener('click', function () { sortPlain(table, th, index); }); }
    });
  });

  // ---- the workspace ----
  var source = document.getElementById('report-data');
  var table = document.getElementById('recs-table');
  if (!source || !table) { return; }
  var section = document.getElementById('recommendations');

  // The data: base64 text -> gzip bytes -> JSON, unpacked off the parser so the page (summary, top actions, charts)
  // shows before the table does. The section stays aria-busy until the table is drawn or has failed.
  function unpack(text) {
    var binary = atob(text.trim());
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).json();
  }
  function failed(message) {
    var body = table.tBodies[0];
    body.textContent = '';
    body.appendChild(el('tr', { 'class': 'loading' }, [el('td', { colspan: '12', 'class': 'muted', text: message })]));
    section.setAttribute('aria-busy', 'false');
  }
  if (typeof DecompressionStream !== 'function') {
    failed('This browser cannot unpack the table (it needs DecompressionStream: Chrome 80, Firefox 113, Safari 16.4 or later); every recommendation is also in recommendations.csv, .json and .xlsx.');
    return;
  }
  unpack(source.textContent).then(workspace, function (error) {
    failed('The table could not be unpacked (' + error + '); every recommendation is also in recommendations.csv, .json and .xlsx.');
  });

  // A workload's AWS console page, built here from its kind, region and id rather than stored per workload (the
  // links were 13 of the 90 MB at 100,000 workloads). Every part is percent-encoded as .NET's Uri.EscapeDataString
  // does (encodeURIComponent leaves !'()* as they are), a lone surrogate as U+FFFD.
  function escapeData(value) {
    var text = typeof value.toWellFormed === 'function' ? value.toWellFormed() : value;
    return encodeURIComponent(text).replace(/[!'()*]/g, function (c) { return '%' + c.charCodeAt(0).toString(16).toUpperCase(); });
  }
  function lastPart(id, separator) { return id.slice(id.lastIndexOf(separator) + 1); }
  function consoleLink(kindName, region, id) {
    var r = escapeData(region);
    var host = 'https://region.console.aws.amazon.com/'.replace('region', r);
    var resource = lastPart(id, ':').split('/');
    switch (kindName) {
      case 'Ec2Instance': return host + 'ec2/home?region=' + r + '#InstanceDetails:instanceId=' + escapeData(id);
      case 'AutoScalingGroup': return host + 'ec2/home?region=' + r + '#AutoScalingGroupDetails:id=' + escapeData(lastPart(id, '/'));
      case 'LambdaFunction': {
        // arn:aws:lambda:us-east-1:123:function:name[:alias] -> name; a bare name stays as it is.
        var parts = id.split(':'), at = parts.indexOf('function');
        return host + 'lambda/home?region=' + r + '#/functions/' + escapeData(at >= 0 && at + 1 < parts.length ? parts[at + 1] : id);
      }
      // arn:aws:ecs:region:account:service/cluster/name
      case 'EcsService': return resource.length === 3 && resource[0] === 'service'
        ? host + 'ecs/v2/clusters/' + escapeData(resource[1]) + '/services/' + escapeData(resource[2]) + '?region=' + r : null;
      // eks-fargate:region:account:cluster/namespace/owner -> cluster
      case 'EksFargatePod': return resource.length === 3 && resource[0].length > 0
        ? host + 'eks/home?region=' + r + '#/clusters/' + escapeData(resource[0]) + '?selectedTab=cluster-resources-tab' : null;
      default: return null;
    }
  }

  function workspace(D) {
    var S = D.strings, W = D.workloads;
    var LEVELS = D.levels, CONF = D.confidences, CATS = D.categories;
    // Option arrays: [label, category, configuration, monthly cost, effort, risk, confidence, feasible, reason, recommended]
    var O = { label: 0, cat: 1, config: 2, cost: 3, effort: 4, risk: 5, conf: 6, feasible: 7, why: 8, rec: 9 };
    function str(index) { return index === null ? null : S[index]; }
    // The data is one array per field with strings as indexes into D.strings: one object per workload again, here.
    var all = W.id.map(function (id, i) {
      // No prototype: a tag key such as "__proto__" is a key like any other.
      var tags = Object.create(null), pairs = W.tags[i];
      for (var t = 0; t < pairs.length; t += 2) { tags[S[pairs[t]]] = S[pairs[t + 1]]; }
      var r = {
        i: i, id: id, name: W.name[i], account: S[W.account[i]], region: S[W.region[i]], kind: D.kinds[W.kind[i]], kindName: D.kindNames[W.kind[i]],
        current: S[W.current[i]], cost: W.cost[i], cpu: W.cpu[i], mem: W.mem[i], tags: tags, more: W.more[i],
        o: W.options[i].map(function (o) { return [S[o[0]], o[1], S[o[2]], o[3], o[4], o[5], o[6], o[7], S[o[8]], o[9]]; }),
        // [recommender, finding, target, savings, agreement, reason]
        aws: W.aws[i].map(function (a) { return [D.recommenders[a[0]], str(a[1]), str(a[2]), a[3], D.agreements[a[4]], str(a[5])]; })
      };
      var rec = null;
      r.o.forEach(function (o) { if (o[O.rec]) { rec = o; } });
      r.rec = rec;
      r.after = rec ? rec[O.cost] : r.cost;
      r.save = r.cost - r.after;
      return r;
    });
    // What the search box matches, made on the first search: for 100,000 workloads it is most of the time it takes to
    // turn the data into rows, and the table shows before anyone types.
    function searchText(r) {
      if (r.search === undefined) {
        r.search = [r.name, r.id, r.account, D.accountNames[r.account] || '', r.region, r.kind, r.current, r.rec ? r.rec[O.label] + ' ' + r.rec[O.config] : '']
          .concat(Object.keys(r.tags).map(function (k) { return k + '=' + r.tags[k]; })).join(' ').toLowerCase();
      }
      return r.search;
    }
    var state = { tagKey: D.teamTagKey, filters: {}, text: '', sort: 8, dir: -1, page: 0, size: 100, all: false };

    var dims = {
      account: function (r) { return r.account; },
      tag: function (r) { return Object.prototype.hasOwnProperty.call(r.tags, state.tagKey) ? r.tags[state.tagKey] : '(untagged)'; },
      region: function (r) { return r.region; },
      kind: function (r) { return r.kind; },
      family: function (r) { return r.rec ? CATS[r.rec[O.cat]] : 'None'; },
      effort: function (r) { return r.rec ? LEVELS[r.rec[O.effort]] : ''; },
      risk: function (r) { return r.rec ? LEVELS[r.rec[O.risk]] : ''; },
      confidence: function (r) { return r.rec ? CONF[r.rec[O.conf]] : ''; }
    };
    var sortKeys = [
      function (r) { return r.name.toLowerCase(); }, function (r) { return (dims.tag(r) + ' ' + r.account).toLowerCase(); },
      function (r) { return r.region; }, function (r) { return r.kind; }, function (r) { return r.current.toLowerCase(); },
      function (r) { return r.rec ? r.rec[O.label].toLowerCase() : ''; }, function (r) { return r.cost; }, function (r) { return r.after; },
      function (r) { return r.save; }, function (r) { return r.rec ? r.rec[O.effort] : -1; }, function (r) { return r.rec ? r.rec[O.risk] : -1; },
      function (r) { return r.rec ? r.rec[O.conf] : -1; }
    ];

    function fillSelect(select, values, label) {
      var keep = select.value;
      select.textContent = '';
      select.appendChild(el('option', { value: '', text: label }));
      values.forEach(function (v) { select.appendChild(el('option', { value: v, text: select.id === 'f-account' && D.accountNames[v] ? D.accountNames[v] + ' ' + v : v })); });
      select.value = values.indexOf(keep) >= 0 ? keep : '';
    }
    function distinct(fn) {
      var seen = {};
      all.forEach(function (r) { seen[fn(r)] = true; });
      return Object.keys(seen).filter(function (v) { return v !== ''; }).sort();
    }
    var selects = document.querySelectorAll('#workspace-filters select[data-dim]');
    function fillFilters() {
      selects.forEach(function (s) { fillSelect(s, distinct(dims[s.getAttribute('data-dim')]), s.getAttribute('data-label')); });
    }
    var tagKey = document.getElementById('f-tag-key');
    if (tagKey) {
      D.tagKeys.forEach(function (k) { tagKey.appendChild(el('option', { value: k, text: k })); });
      tagKey.value = state.tagKey;
      tagKey.addEventListener('change', function () {
        state.tagKey = tagKey.value;
        state.filters.tag = '';
        fillFilters();
        render();
      });
    }
    fillFilters();

    function visible() {
      var terms = state.text.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = all.filter(function (r) {
        if (!state.all && !r.rec) { return false; }
        for (var d in state.filters) {
          if (state.filters[d] && dims[d](r) !== state.filters[d]) { return false; }
        }
        return terms.every(function (t) { return searchText(r).indexOf(t) >= 0; });
      });
      var key = sortKeys[state.sort];
      shown.sort(function (a, b) {
        var x = key(a), y = key(b);
        return x < y ? -state.dir : x > y ? state.dir : (a.i - b.i);
      });
      return shown;
    }

    function row(r) {
      var rec = r.rec;
      var team = dims.tag(r);
      var tr = el('tr', { 'data-id': r.id, tabindex: '0' }, [
        el('td', { 'class': 'wl' }, [el('span', { 'class': 'wl-name', text: r.name }), small(r.id)]),
        el('td', null, [team, small((D.accountNames[r.account] || '') + ' ' + r.account)]),
        el('td', { text: r.region }),
        el('td', { text: r.kind }),
        el('td', { text: r.current }),
        el('td', null, rec ? [el('strong', { text: rec[O.label] }), small(rec[O.config])] : [el('span', { 'class': 'muted', text: 'keep as is' })]),
        el('td', { 'class': 'n', 'data-v': String(r.cost), text: usd(r.cost) }),
        el('td', { 'class': 'n', 'data-v': String(r.after), text: usd(r.after) }),
        el('td', { 'class': 'n save ' + (r.save > 0 ? 'pos' : r.save < 0 ? 'neg' : 'zero'), 'data-v': String(r.save), text: usd(r.save) }),
        el('td', { 'data-v': String(rec ? rec[O.effort] : -1) }, rec ? [badge('r-', D.levelClasses[rec[O.effort]], LEVELS[rec[O.effort]])] : []),
        el('td', { 'data-v': String(rec ? rec[O.risk] : -1) }, rec ? [badge('r-', D.levelClasses[rec[O.risk]], LEVELS[rec[O.risk]])] : []),
        el('td', { 'data-v': String(rec ? rec[O.conf] : -1) }, rec ? [badge('c-', D.confidenceClasses[rec[O.conf]], CONF[rec[O.conf]])] : [])
      ]);
      tr.addEventListener('click', function () { openPanel(r); });
      tr.addEventListener('keydown', function (e) { if (e.key === 'Enter') { openPanel(r); } });
      return tr;
    }

    function render() {
      var shown = visible();
      var pages = Math.max(1, Math.ceil(shown.length / state.size));
      state.page = Math.min(state.page, pages - 1);
      var start = state.page * state.size;
      var body = table.tBodies[0];
      var fragment = document.createDocumentFragment();
      shown.slice(start, start + state.size).forEach(function (r) { fragment.appendChild(row(r)); });
      body.textContent = '';
      body.appendChild(fragment);
      var now = 0, after = 0, save = 0;
      shown.forEach(function (r) { now += r.cost; after += r.after; save += r.save; });
      document.getElementById('recs-total-count').textContent = shown.length + (shown.length === 1 ? ' workload' : ' workloads');
      document.getElementById('recs-total-now').textContent = usd(now);
      document.getElementById('recs-total-after').textContent = usd(after);
      document.getElementById('recs-total-savings').textContent = usd(save);
      document.getElementById('recs-page').textContent = shown.length === 0 ? 'no rows'
        : (start + 1) + '–' + Math.min(start + state.size, shown.length) + ' of ' + shown.length;
      document.getElementById('recs-prev').disabled = state.page === 0;
      document.getElementById('recs-next').disabled = state.page >= pages - 1;
      var count = document.querySelector('[data-count-for="recs-table"]');
      if (count) { count.textContent = shown.length === all.length ? all.length + ' rows' : shown.length + ' of ' + all.length + ' rows'; }
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell, i) {
        if (i === state.sort) { cell.setAttribute('aria-sort', state.dir > 0 ? 'ascending' : 'descending'); } else { cell.removeAttribute('aria-sort'); }
      });
    }

    selects.forEach(function (s) {
      s.addEventListener('change', function () { state.filters[s.getAttribute('data-dim')] = s.value; state.page = 0; render(); });
    });
    var scope = document.getElementById('f-all');
    if (scope) { scope.addEventListener('change', function () { state.all = scope.checked; state.page = 0; render(); }); }
    var search = document.querySelector('input[data-filter-for="recs-table"]');
    var timer = 0;
    if (search) {
      search.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () { state.text = search.value; state.page = 0; render(); }, 120);
      });
    }
    document.getElementById('recs-prev').addEventListener('click', function () { state.page--; render(); });
    document.getElementById('recs-next').addEventListener('click', function () { state.page++; render(); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      var button = th.querySelector('button');
      if (!button) { return; }
      button.addEventListener('click', function () {
        var numeric = th.getAttribute('data-sort') === 'num';
        state.dir = state.sort === index ? -state.dir : (numeric ? -1 : 1);
        state.sort = index;
        render();
      });
    });

    // ---- the workload panel ----
    var panel = document.getElementById('panel');
    var SVG = 'http://www.w3.org/2000/svg';
    function svg(tag, attrs, text) {
      var e = document.createElementNS(SVG, tag);
      Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
      if (text !== undefined) { e.textContent = text; }
      return e;
    }
    function optionsChart(r) {
      var priced = r.o.filter(function (o) { return o[O.cost] !== null; });
      var max = Math.max.apply(null, priced.map(function (o) { return o[O.cost]; }).concat([r.cost, 1]));
      var barH = 18, gap = 6, left = 290, width = 720, right = 80;
      var height = priced.length * (barH + gap) + 10;
      var chart = svg('svg', { 'class': 'chart', viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': 'Monthly cost of every option' });
      priced.forEach(function (o, i) {
        var y = 5 + i * (barH + gap);
        var w = Math.max(1, (width - left - right) * o[O.cost] / max);
        chart.appendChild(svg('text', { x: left - 6, y: y + barH - 5, 'text-anchor': 'end', 'class': 'label' }, o[O.label].length > 46 ? o[O.label].slice(0, 45) + '…' : o[O.label]));
        chart.appendChild(svg('rect', { x: left, y: y, width: w, height: barH, rx: 3, 'class': 'bar ' + (o[O.rec] ? 's2' : o[O.feasible] ? 's0' : 's7') }));
        chart.appendChild(svg('text', { x: left + w + 4, y: y + barH - 5, 'class': 'tick' }, usd(o[O.cost])));
      });
      var x = left + (width - left - right) * r.cost / max;
      chart.appendChild(svg('line', { x1: x, x2: x, y1: 0, y2: height, 'class': 'marker' }));
      return chart;
    }
    function openPanel(r) {
      var body = document.getElementById('panel-body');
      body.textContent = '';
      document.getElementById('panel-title').textContent = r.name;
      body.appendChild(el('p', { 'class': 'muted' }, [r.kind + ' · ' + r.region + ' · ' + (D.accountNames[r.account] || '') + ' ' + r.account + ' · ', el('code', { text: r.id })]));
      var link = consoleLink(r.kindName, r.region, r.id);
      if (link) { body.appendChild(el('p', null, [el('a', { href: link, target: '_blank', rel: 'noopener noreferrer', text: 'Open in the AWS console' })])); }
      body.appendChild(el('h3', { text: 'Demand' }));
      body.appendChild(el('div', { 'class': 'demand' }, [meter('CPU p95', r.cpu), meter('Memory p95', r.mem)]));
      body.appendChild(el('p', { 'class': 'muted', text: 'Today: ' + r.current + ', ' + usd(r.cost) + ' per month. Sized at the p95 plus headroom over the lookback.' }));
      body.appendChild(el('h3', { text: 'Every option, monthly cost (dashed line: today)' }));
      body.appendChild(optionsChart(r));
      var options = el('table', { id: 'panel-options', 'class': 'data compact' }, [
        el('thead', null, [el('tr', null, ['Option', 'Runs as', 'Cost / mo', 'Saves / mo', 'Effort', 'Risk', 'Feasible', 'Why'].map(function (h, i) { return el('th', { 'class': i === 2 || i === 3 ? 'n' : '', text: h }); }))]),
        el('tbody', null, r.o.map(function (o) {
          return el('tr', { 'class': o[O.rec] ? 'chosen' : (o[O.feasible] ? '' : 'infeasible') }, [
            el('td', null, [el('strong', { text: o[O.label] }), o[O.rec] ? small('recommended') : null]),
            el('td', { text: o[O.config] }),
            el('td', { 'class': 'n', text: o[O.cost] === null ? 'not priced' : usd(o[O.cost]) }),
            el('td', { 'class': 'n', text: o[O.cost] === null ? '' : usd(r.cost - o[O.cost]) }),
            el('td', { text: LEVELS[o[O.effort]] }),
            el('td', { text: LEVELS[o[O.risk]] }),
            el('td', { text: o[O.feasible] ? 'yes' : 'no' }),
            el('td', { 'class': 'why', text: o[O.why] })
          ]);
        }))
      ]);
      body.appendChild(options);
      if (r.more) {
        body.appendChild(el('p', { 'class': 'muted', text: r.more + ' more options of this workload are in recommendations.csv and recommendations.xlsx (this page keeps every option for the workloads that save most).' }));
      }
      body.appendChild(el('h3', { text: "AWS's recommendation beside ours" }));
      if (r.aws.length === 0) { body.appendChild(el('p', { 'class': 'muted', text: 'No AWS recommender covers this workload.' })); }
      r.aws.forEach(function (a) {
        body.appendChild(el('p', { 'class': 'aws-line' }, [el('strong', { text: a[0] + ': ' }),
          (a[1] || 'no recommendation') + (a[2] ? ' → ' + a[2] : '') + (a[3] !== null ? ', saves ' + usd(a[3]) : '') + ' (' + a[4] + ')' + (a[5] ? ': ' + a[5] : '')]));
      });
      panel.hidden = false;
      document.getElementById('panel-close').focus();
    }
    function meter(label, value) {
      var bar = el('span', { 'class': 'meter-bar' }, [el('span', { style: 'width:' + Math.min(100, value || 0) + '%' })]);
      return el('div', { 'class': 'meter' }, [el('span', { text: label }), bar, el('strong', { text: pct(value) })]);
    }
    document.getElementById('panel-close').addEventListener('click', function () { panel.hidden = true; });
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { panel.hidden = true; } });

    // A link to "report.html#workload=<id>" opens that workload's panel.
    function fromHash() {
      var match = /^#workload=(.+)$/.exec(location.hash);
      // "#workspace" shows the recommendations alone, full window (a link to hand out, and the README's picture).
      document.body.classList.toggle('workspace-only', location.hash === '#workspace');
      if (!match) {
        // The table is drawn by this script, after the browser's own jump to the fragment: jump again.
        var target = location.hash.length > 1 ? document.getElementById(location.hash.slice(1)) : null;
        if (target) { target.scrollIntoView(); }
        return;
      }
      var id = decodeURIComponent(match[1]);
      for (var i = 0; i < all.length; i++) { if (all[i].id === id) { openPanel(all[i]); return; } }
    }
    window.addEventListener('hashchange', fromHash);

    render();
    fromHash();
    section.setAttribute('aria-busy', 'false');
  }
})();
