// Test console: start a text call, send what the caller says, show Chris's replies. Form posts carry the CSRF token.
(function () {
  'use strict';
  var start = document.getElementById('console-start');
  if (!start) { return; }
  var csrf = document.querySelector('meta[name="csrf-token"]').content;
  var transcript = document.getElementById('console-transcript');
  var sayForm = document.getElementById('console-say');
  var text = document.getElementById('console-text');
  var send = document.getElementById('console-send');
  var hangup = document.getElementById('console-hangup');
  var callBtn = document.getElementById('console-call');
  var state = document.getElementById('console-state');
  var result = document.getElementById('console-result');
  var callId = null;

  function post(url, params) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-CSRF-Token': csrf, 'Accept': 'application/json' },
      body: new URLSearchParams(params || {})
    }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error(body.message || ('HTTP ' + r.status)); }
        return body;
      });
    });
  }

  function add(who, line) {
    var li = document.createElement('li');
    li.className = who;
    var span = document.createElement('span');
    span.className = 'text';
    span.textContent = line;
    if (who !== 'event') {
      var b = document.createElement('b');
      b.textContent = who === 'chris' ? 'Chris' : 'You';
      li.append(b);
    }
    li.append(span);
    transcript.append(li);
    transcript.scrollTop = transcript.scrollHeight;
  }

  function live(on) {
    text.disabled = !on;
    send.disabled = !on;
    hangup.disabled = !on;
    callBtn.disabled = on;
    state.textContent = on ? 'on a call' : 'no call';
    state.className = 'badge ' + (on ? 'ok' : 'muted');
    if (on) { text.focus(); }
  }

  function replies(body) {
    (body.events || []).forEach(function (e) {
      if (e.type === 'tool') { add('event', 'Chris used ' + e.name.replace(/_/g, ' ') + (e.ok ? '' : ' (refused)')); }
    });
    body.replies.forEach(function (r) { add('chris', r); });
    (body.events || []).forEach(function (e) {
      if (e.type === 'transfer') { add('event', 'transferred to ' + e.to); }
    });
    if (body.ended) { finish(); }
  }

  function finish() {
    if (!callId) { return; }
    var id = callId;
    callId = null;
    live(false);
    post('/dashboard/console/calls/' + encodeURIComponent(id) + '/hangup').then(function (r) {
      result.textContent = 'Call ended' + (r.outcome ? ' · outcome ' + r.outcome.replace('_', ' ') : '') + '. ';
      var a = document.createElement('a');
      a.href = '/dashboard/calls/' + encodeURIComponent(r.callId);
      a.textContent = 'Open the call record →';
      a.id = 'console-record';
      result.append(a);
    }).catch(function (e) { result.textContent = e.message; });
  }

  start.addEventListener('submit', function (ev) {
    ev.preventDefault();
    transcript.textContent = '';
    result.textContent = '';
    post('/dashboard/console/calls', { from: document.getElementById('console-from').value }).then(function (b) {
      callId = b.callId;
      live(true);
      replies(b);
    }).catch(function (e) { result.textContent = e.message; });
  });

  sayForm.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var line = text.value.trim();
    if (!line || !callId) { return; }
    text.value = '';
    add('caller', line);
    send.disabled = true;
    post('/dashboard/console/calls/' + encodeURIComponent(callId) + '/turns', { text: line }).then(function (b) {
      send.disabled = false;
      replies(b);
    }).catch(function (e) { send.disabled = false; result.textContent = e.message; });
  });

  hangup.addEventListener('click', finish);
}());
