/*
 * The candidate's online sitting: loads the paper, saves every answer change (debounced) with a rising
 * sequence number, keeps unsent answers in localStorage and retries them, resumes after a reload from the
 * answers the server holds, counts down to the server's deadline, submits.
 */
(function () {
  'use strict';
  var root = document.getElementById('we-exam');
  if (!root) { return; }
  var api = root.dataset.api;
  var csrf = root.dataset.csrf;
  var t = function (name) { return root.dataset['t' + name] || ''; };
  var body = document.getElementById('we-body');
  var status = document.getElementById('we-status');
  var timer = document.getElementById('we-timer');
  var examId = new URLSearchParams(location.search).get('exam');
  var state = null;
  var timers = {};
  var skew = 0;

  function request(method, path, json) {
    var headers = { 'Accept': 'application/json' };
    if (json !== undefined) { headers['Content-Type'] = 'application/json'; }
    if (method !== 'GET') { headers['X-CSRF-Token'] = csrf; }
    return fetch(api + path, {
      method: method, headers: headers, credentials: 'same-origin',
      body: json === undefined ? undefined : JSON.stringify(json)
    }).then(function (r) {
      var date = r.headers.get('Date');
      if (date) { skew = Date.parse(date) - Date.now(); }
      return r.json().catch(function () { return {}; }).then(function (data) {
        if (!r.ok) {
          var e = new Error(data.detail || r.statusText);
          e.status = r.status;
          e.code = data.code;
          throw e;
        }
        return data;
      });
    });
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function storeKey() { return 'we-exam-' + examId; }
  function load() {
    try { return JSON.parse(localStorage.getItem(storeKey())) || { seq: 0, pending: {} }; }
    catch (e) { return { seq: 0, pending: {} }; }
  }
  function persist() { localStorage.setItem(storeKey(), JSON.stringify(state)); }

  function listExams() {
    request('GET', '/me/exams').then(function (exams) {
      body.textContent = '';
      if (!exams.length) { body.textContent = t('None'); return; }
      var ul = el('ul');
      exams.forEach(function (x) {
        var li = el('li');
        li.appendChild(el('span', {}, x.startsAt + ' – ' + x.endsAt + ' '));
        li.appendChild(el('a', { href: '?exam=' + x.examId, id: 'exam-' + x.examId }, t('Open')));
        ul.appendChild(li);
        // An offline sitting: where to go (404 until seats are allocated, then shown).
        request('GET', '/me/exams/' + x.examId + '/seat').then(function (s) {
          li.appendChild(el('div', { 'class': 'we-seat', id: 'seat-' + x.examId },
            t('Seat').replace('{0}', s.venue + ' ' + s.address).replace('{1}', s.room)
              .replace('{2}', s.seatNo)));
        }).catch(function () {});
      });
      body.appendChild(ul);
    }).catch(function (e) { body.textContent = e.message; });
  }

  function openPaper() {
    state = load();
    request('GET', '/me/exams/' + examId + '/paper').then(render).catch(function (e) {
      if (e.code === 'rules.notAccepted' && window.WePreExam) {
        window.WePreExam.show(context(), body, openPaper);
        return;
      }
      if (e.code === 'identity.notAdmitted' && window.WeProctoring) {
        window.WeProctoring.identity(context(), body, openPaper);
        return;
      }
      body.textContent = e.status === 409 ? t('NotStarted') + ' (' + e.message + ')' : e.message;
    });
  }

  function render(paper) {
    body.textContent = '';
    var saved = {};
    paper.answers.forEach(function (a) {
      saved[a.number] = a.response;
      state.seq = Math.max(state.seq, a.seq);
    });
    Object.keys(state.pending).forEach(function (n) { saved[n] = state.pending[n].response; });
    var form = el('form', { id: 'we-paper' });
    var section = -1;
    paper.questions.forEach(function (q) {
      if (q.section !== section) {
        section = q.section;
        form.appendChild(el('h2', {}, paper.sectionTitles[section] || ''));
      }
      form.appendChild(question(q, saved[q.number] || '', paper.submittedAt));
    });
    var submit = el('button', { type: 'button', id: 'we-submit' }, t('Submit'));
    submit.disabled = !!paper.submittedAt;
    submit.addEventListener('click', function () { if (confirm(t('Confirm'))) { finish(); } });
    form.appendChild(submit);
    body.appendChild(form);
    if (paper.submittedAt) { status.textContent = t('Submitted'); return; }
    Object.keys(state.pending).forEach(send);
    countdown(Date.parse(paper.deadline));
    if (window.WeProctoring) { window.WeProctoring.start(context()); }
  }

  function question(q, answer, closed) {
    var box = el('fieldset', { id: 'q-' + q.number, 'class': 'we-question' });
    box.appendChild(el('legend', {}, q.number + '. ' + q.stem + ' (' + q.points + ' ' + t('Points') + ')'));
    var name = 'a-' + q.number;
    var changed = function () { answerChanged(q.number, read(box, q)); };
    if (q.type === 'SINGLE_CHOICE' || q.type === 'MULTIPLE_CHOICE' || q.type === 'TRUE_FALSE') {
      var opts = q.type === 'TRUE_FALSE' ? [t('True'), t('False')] : q.options;
      opts.forEach(function (text, i) {
        var letter = q.type === 'TRUE_FALSE' ? (i === 0 ? 'T' : 'F') : String.fromCharCode(65 + i);
        var label = el('label');
        var input = el('input', { type: q.type === 'MULTIPLE_CHOICE' ? 'checkbox' : 'radio', name: name, value: letter });
        input.checked = answer.indexOf(letter) >= 0;
        input.disabled = !!closed;
        input.addEventListener('change', changed);
        label.appendChild(input);
        label.appendChild(document.createTextNode((q.type === 'TRUE_FALSE' ? '' : letter + '. ') + text));
        box.appendChild(label);
      });
    } else {
      var input = el(q.type === 'ESSAY' ? 'textarea' : 'input', { name: name, rows: '6' });
      input.value = answer;
      input.disabled = !!closed;
      input.addEventListener('input', changed);
      box.appendChild(input);
      if (q.type === 'FILL_BLANK') { box.appendChild(el('small', {}, t('Blanks'))); }
    }
    return box;
  }

  function read(box, q) {
    if (q.type === 'FILL_BLANK' || q.type === 'ESSAY') {
      return box.querySelector('[name="a-' + q.number + '"]').value;
    }
    return Array.prototype.filter.call(box.querySelectorAll('input'), function (i) { return i.checked; })
      .map(function (i) { return i.value; }).join('');
  }

  function answerChanged(number, response) {
    state.seq += 1;
    state.pending[number] = { response: response, seq: state.seq };
    persist();
    status.textContent = t('Saving');
    clearTimeout(timers[number]);
    timers[number] = setTimeout(function () { send(number); }, 600);
  }

  function send(number, delay) {
    var p = state.pending[number];
    if (!p) { return; }
    request('PUT', '/me/exams/' + examId + '/answers/' + number, { response: p.response, seq: p.seq })
      .then(function (r) {
        var now = state.pending[number];
        if (now && now.seq <= r.storedSeq) { delete state.pending[number]; persist(); }
        if (!Object.keys(state.pending).length) { status.textContent = t('Saved'); }
      })
      .catch(function (e) {
        if (e.status === 409 || e.status === 422) { status.textContent = e.message; return; }
        status.textContent = t('Retrying');
        var next = Math.min((delay || 1000) * 2, 30000);
        timers[number] = setTimeout(function () { send(number, next); }, next);
      });
  }

  function context() {
    return {
      api: api, csrf: csrf, examId: examId, t: t, request: request,
      skew: function () { return skew; }
    };
  }

  function countdown(deadline) {
    var tick = function () {
      var left = Math.max(0, deadline - (Date.now() + skew));
      var s = Math.floor(left / 1000);
      timer.textContent = t('Remaining') + ' ' + Math.floor(s / 60) + ':' + ('0' + (s % 60)).slice(-2);
      if (left <= 0) { finish(); return; }
      setTimeout(tick, 1000);
    };
    tick();
  }

  function finish() {
    request('POST', '/me/exams/' + examId + '/submission').then(function () {
      status.textContent = t('Submitted');
      Array.prototype.forEach.call(document.querySelectorAll('#we-paper input, #we-paper textarea, #we-submit'),
        function (i) { i.disabled = true; });
    }).catch(function (e) { status.textContent = e.message; });
  }

  // The pre-exam page (device check, rules) comes first; the paper opens from its "enter" button.
  if (examId && window.WePreExam) {
    window.WePreExam.show(context(), body, openPaper);
  } else if (examId) {
    openPaper();
  } else {
    listExams();
  }
})();
