// Live calls: one WebSocket, no polling. The server replays the board on connect, then pushes each event.
(function () {
  'use strict';
  var grid = document.getElementById('calls');
  if (!grid) { return; }
  var endedGrid = document.getElementById('ended');
  var status = document.getElementById('live-status');
  var count = document.getElementById('live-count');
  var empty = document.getElementById('no-calls');
  var calls = {};
  var skew = 0; // browser clock minus server clock, so durations use the server's time

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function card(id) {
    if (calls[id]) { return calls[id]; }
    var c = { id: id, started: Date.now(), ended: false, latencies: [], vendors: {} };
    c.root = el('article', 'call');
    c.root.id = 'call-' + id;
    var head = el('header');
    var who = el('div', 'party');
    c.caller = el('strong', 'caller', 'Unknown caller');
    c.tenant = el('span', 'tenant muted', 'not verified');
    who.append(c.caller, c.tenant);
    c.channel = el('span', 'badge muted channel', '');
    c.duration = el('span', 'duration', '0s');
    head.append(who, c.channel, c.duration);
    var facts = el('div', 'facts');
    c.activity = el('span', 'badge info activity', 'starting');
    c.intents = el('span', 'intents');
    c.model = el('span', 'model muted');
    facts.append(c.activity, c.intents, c.model);
    c.vendorList = el('ul', 'vendor-states');
    c.latency = el('div', 'latency muted', 'Turn latency: –');
    c.transcript = el('ol', 'transcript');
    var foot = el('footer');
    var link = el('a', '', 'Open call record →');
    link.href = '/dashboard/calls/' + encodeURIComponent(id);
    foot.append(link);
    c.root.append(head, facts, c.vendorList, c.latency, c.transcript, foot);
    grid.prepend(c.root);
    calls[id] = c;
    return c;
  }

  function line(c, who, text, animate) {
    var li = el('li', who);
    li.append(el('b', '', who === 'chris' ? 'Chris' : 'Caller'));
    var span = el('span', 'text');
    li.append(span);
    li.dataset.text = text;
    c.transcript.append(li);
    if (!animate) {
      span.textContent = text;
    } else {
      var words = text.split(/(\s+)/), i = 0;
      (function next() {
        if (i < words.length) { span.textContent += words[i++]; setTimeout(next, 45); }
      })();
    }
    c.transcript.scrollTop = c.transcript.scrollHeight;
    return li;
  }

  function partial(c, text) {
    var li = c.transcript.querySelector('li.partial');
    if (!li) { li = line(c, 'caller', '', false); li.classList.add('partial'); }
    var span = li.querySelector('.text');
    span.textContent += text;
  }

  function vendor(c, name, state) {
    c.vendors[name] = state;
    c.vendorList.textContent = '';
    Object.keys(c.vendors).sort().forEach(function (v) {
      var s = c.vendors[v];
      var tone = /^(connected|streaming)$/.test(s) ? 'ok' : (/^failed|unavailable/.test(s) ? 'bad' : 'muted');
      var li = el('li');
      li.append(el('span', '', v + ' '), el('span', 'badge ' + tone, s));
      c.vendorList.append(li);
    });
  }

  var handlers = {
    call_started: function (c, f) {
      c.caller.textContent = f.from || 'Withheld number';
      c.channel.textContent = f.channel === 'test' ? 'test call' : 'phone';
    },
    caller_said: function (c, f) {
      var p = c.transcript.querySelector('li.partial');
      if (p) { p.remove(); }
      line(c, 'caller', f.text, false);
    },
    caller_partial: function (c, f) { partial(c, f.text); },
    chris_said: function (c, f, replay) { line(c, 'chris', f.text, !replay); },
    activity: function (c, f) { c.activity.textContent = f.activity.replace('-', ' '); },
    model: function (c, f) { c.model.textContent = 'model ' + f.model; c.model.title = f.reason; },
    tool: function (c, f) { c.activity.title = 'last tool: ' + f.name + (f.ok === 'true' ? '' : ' (refused)'); },
    vendor: function (c, f) { vendor(c, f.vendor, f.state); },
    latency: function (c, f) {
      c.latencies.push(Number(f.millis));
      var label = f.measure === 'first-audio' ? 'speech end → first audio' : 'text → first reply';
      c.latency.textContent = 'Turn latency (' + label + '): ' + c.latencies.slice(-6).join(' ms, ') + ' ms';
    },
    identified: function (c, f) {
      if (f.verified === 'true' && f.tenant) {
        c.tenant.textContent = f.tenant + ' · ' + f.tenantId;
        c.tenant.className = 'tenant verified';
      }
      c.intents.textContent = '';
      (f.intents ? f.intents.split(',') : []).forEach(function (i) {
        c.intents.append(el('span', 'chip', i.replace('_', ' ')));
      });
    },
    call_ended: function (c, f) {
      c.ended = true;
      c.activity.textContent = 'ended' + (f.outcome ? ' · ' + f.outcome.replace('_', ' ') : '');
      c.root.classList.add('done');
      endedGrid.prepend(c.root);
    }
  };

  function apply(msg) {
    if (msg.kind === 'ready') { skew = Date.now() - Date.parse(msg.now); return; }
    if (!msg.replay) { skew = Date.now() - Date.parse(msg.at); }
    var c = card(msg.callId);
    if (msg.kind === 'call_started') { c.started = Date.parse(msg.at); }
    var h = handlers[msg.kind];
    if (h) { h(c, msg.fields || {}, msg.replay); }
    refresh();
  }

  function refresh() {
    var active = Object.keys(calls).filter(function (k) { return !calls[k].ended; }).length;
    count.textContent = active;
    empty.hidden = active > 0;
  }

  function tick() {
    Object.keys(calls).forEach(function (k) {
      var c = calls[k];
      if (c.ended) { return; }
      var s = Math.max(0, Math.round((Date.now() - skew - c.started) / 1000));
      c.duration.textContent = s >= 60 ? Math.floor(s / 60) + 'm ' + ('0' + s % 60).slice(-2) + 's' : s + 's';
    });
  }

  function connect() {
    var ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/dashboard/live');
    ws.onopen = function () {
      calls = {};
      grid.textContent = '';
      endedGrid.textContent = '';
      status.textContent = 'live';
      status.className = 'badge ok';
    };
    ws.onmessage = function (e) { apply(JSON.parse(e.data)); };
    ws.onclose = function () {
      status.textContent = 'reconnecting…';
      status.className = 'badge warn';
      setTimeout(connect, 2000);
    };
  }

  setInterval(tick, 1000);
  refresh();
  connect();
}());
