/*
 * The pre-exam page (考前准备) of an online exam: a device check (camera, microphone with a level meter, and
 * the browser abilities the sitting needs: camera access, full screen, local storage) reported to the server
 * for the proctor, and the exam's rules to read and accept. The paper opens once the rules are accepted (the
 * server checks it again); exam.js takes over from there.
 */
window.WePreExam = (function () {
  'use strict';

  var ITEMS = ['CAMERA', 'MICROPHONE', 'MEDIA', 'FULLSCREEN', 'STORAGE'];
  var METER_MS = 3000;

  function label(ctx, item) { return ctx.t('Device' + item.charAt(0) + item.slice(1).toLowerCase()); }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function when(iso) { return iso ? new Date(iso).toLocaleString(document.documentElement.lang || undefined) : ''; }

  function storageWorks() {
    try {
      localStorage.setItem('we-preexam-probe', '1');
      localStorage.removeItem('we-preexam-probe');
      return true;
    } catch (e) { return false; }
  }

  function media() { return !!(navigator.mediaDevices && navigator.mediaDevices.getUserMedia); }

  function live(stream, kind) {
    var tracks = kind === 'video' ? stream.getVideoTracks() : stream.getAudioTracks();
    return tracks.length > 0 && tracks[0].readyState === 'live';
  }

  /* Asks for one kind of device, so a missing microphone does not fail the camera too. */
  function ask(kind) {
    if (!media()) { return Promise.resolve(null); }
    var constraints = kind === 'video' ? { video: { width: 320, height: 240 } } : { audio: true };
    return navigator.mediaDevices.getUserMedia(constraints).catch(function () { return null; });
  }

  function show(ctx, body, enter) {
    var path = '/me/exams/' + ctx.examId + '/pre-exam';
    var streams = [];
    var view = null;
    body.textContent = '';
    var box = el('div', { id: 'we-preexam', 'class': 'we-preexam' });
    box.appendChild(el('h2', {}, ctx.t('PreTitle')));
    var window_ = el('p', { id: 'we-preexam-window' });
    box.appendChild(window_);

    box.appendChild(el('h3', {}, ctx.t('Devices')));
    var list = el('ul', { id: 'we-devices', 'class': 'we-devices' });
    var rows = {};
    ITEMS.forEach(function (item) {
      var li = el('li', { id: 'we-device-' + item.toLowerCase(), 'data-result': 'checking' });
      li.appendChild(el('span', { 'class': 'we-device-name' }, label(ctx, item) + ': '));
      var state = el('strong', { 'class': 'we-device-state' }, ctx.t('Checking'));
      li.appendChild(state);
      rows[item] = { li: li, state: state };
      list.appendChild(li);
    });
    box.appendChild(list);
    var video = el('video', { width: '160', height: '120', id: 'we-device-video' });
    video.muted = true;
    box.appendChild(video);
    var meterLabel = el('label', { 'for': 'we-mic-level' }, ctx.t('Level') + ' ');
    var meter = el('meter', { id: 'we-mic-level', min: '0', max: '100', value: '0' });
    meterLabel.appendChild(meter);
    box.appendChild(el('div', {}, '')).appendChild(meterLabel);
    var deviceNote = el('p', { id: 'we-devices-note', role: 'status' });
    box.appendChild(deviceNote);
    var rerun = el('button', { type: 'button', id: 'we-devices-rerun' }, ctx.t('Rerun'));
    box.appendChild(rerun);

    box.appendChild(el('h3', {}, ctx.t('Rules')));
    var rules = el('div', { id: 'we-rules', 'class': 'we-rules', style: 'white-space: pre-wrap' });
    box.appendChild(rules);
    var accepted = el('p', { id: 'we-rules-status', role: 'status' });
    box.appendChild(accepted);
    var accept = el('button', { type: 'button', id: 'we-rules-accept' }, ctx.t('Accept'));
    box.appendChild(accept);
    var go = el('button', { type: 'button', id: 'we-enter' }, ctx.t('Enter'));
    box.appendChild(el('p')).appendChild(go);
    body.appendChild(box);

    function mark(item, ok) {
      rows[item].li.setAttribute('data-result', ok ? 'pass' : 'fail');
      rows[item].state.textContent = ok ? ctx.t('Pass') : ctx.t('Fail');
    }

    function stop() {
      streams.forEach(function (s) { s.getTracks().forEach(function (t) { t.stop(); }); });
      streams = [];
    }

    /* Samples the microphone for a few seconds; answers the loudest level (0 to 100). */
    function listen(stream) {
      var Audio = window.AudioContext || window.webkitAudioContext;
      if (!Audio) { return Promise.resolve(null); }
      var context = new Audio();
      var analyser = context.createAnalyser();
      analyser.fftSize = 512;
      context.createMediaStreamSource(stream).connect(analyser);
      var samples = new Uint8Array(analyser.fftSize);
      var peak = 0;
      return new Promise(function (done) {
        var timer = setInterval(function () {
          analyser.getByteTimeDomainData(samples);
          var sum = 0;
          for (var i = 0; i < samples.length; i++) { var v = (samples[i] - 128) / 128; sum += v * v; }
          var level = Math.min(100, Math.round(Math.sqrt(sum / samples.length) * 300));
          meter.value = level;
          peak = Math.max(peak, level);
        }, 100);
        setTimeout(function () { clearInterval(timer); context.close(); done(peak); }, METER_MS);
      });
    }

    function check() {
      stop();
      rerun.disabled = true;
      ITEMS.forEach(function (item) {
        rows[item].li.setAttribute('data-result', 'checking');
        rows[item].state.textContent = ctx.t('Checking');
      });
      var result = {
        media: media(),
        fullscreen: !!(document.fullscreenEnabled || document.webkitFullscreenEnabled),
        storage: storageWorks()
      };
      mark('MEDIA', result.media);
      mark('FULLSCREEN', result.fullscreen);
      mark('STORAGE', result.storage);
      ask('video').then(function (cam) {
        result.camera = !!cam && live(cam, 'video');
        if (cam) { streams.push(cam); video.srcObject = cam; video.play().catch(function () {}); }
        mark('CAMERA', result.camera);
        return ask('audio');
      }).then(function (mic) {
        result.microphone = !!mic && live(mic, 'audio');
        if (!mic) { return null; }
        streams.push(mic);
        return listen(mic);
      }).then(function (peak) {
        if (peak !== null) { result.audioLevel = peak; }
        mark('MICROPHONE', result.microphone);
        var ok = ITEMS.every(function (item) { return result[item.toLowerCase()]; });
        deviceNote.textContent = ok ? ctx.t('DevicesPassed') : ctx.t('DevicesFailed');
        rerun.disabled = false;
        return ctx.request('PUT', path + '/devices', result);
      }).catch(function (e) { deviceNote.textContent = e.message; rerun.disabled = false; });
    }

    function render(v) {
      view = v;
      window_.textContent = ctx.t('Window').replace('{0}', when(v.startsAt)).replace('{1}', when(v.endsAt));
      rules.textContent = v.rules || ctx.t('NoRules');
      accept.hidden = !v.rules || !!v.acceptedAt;
      accepted.textContent = v.acceptedAt ? ctx.t('Accepted').replace('{0}', when(v.acceptedAt)) : '';
      go.disabled = !!v.rules && !v.acceptedAt;
    }

    accept.addEventListener('click', function () {
      accept.disabled = true;
      ctx.request('POST', path + '/acceptance', { digest: view.rulesDigest }).then(render).catch(function (e) {
        accepted.textContent = e.message;
        if (e.code === 'rules.changed') { load(); }
      }).then(function () { accept.disabled = false; });
    });
    go.addEventListener('click', function () {
      if (view && view.rules && !view.acceptedAt) { accepted.textContent = ctx.t('MustAccept'); return; }
      stop();
      enter();
    });
    rerun.addEventListener('click', check);

    function load() {
      return ctx.request('GET', path).then(render);
    }
    load().then(check).catch(function (e) { body.textContent = e.message; });
  }

  return { show: show };
})();
