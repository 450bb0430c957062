/*
 * Online proctoring on the candidate's exam page: reports leaving the tab, the window or full screen and
 * copy/paste, samples the microphone's level, sends a webcam snapshot every 30 seconds, and shows the
 * proctor's messages. Started by exam.js once the paper is open; nothing here blocks answering.
 */
window.WeProctoring = (function () {
  'use strict';

  function start(ctx) {
    var base = '/me/exams/' + ctx.examId + '/proctoring';
    var queue = [];
    var shown = {};
    var box = document.getElementById('we-proctor');

    function note(kind, level) {
      var e = { kind: kind, at: new Date(Date.now() + ctx.skew()).toISOString() };
      if (level !== undefined) { e.level = level; }
      queue.push(e);
    }

    function flush() {
      if (!queue.length) { return; }
      var batch = queue.splice(0, 100);
      ctx.request('POST', base + '/events', { events: batch }).catch(function (e) {
        if (e.status !== 409 && e.status !== 422) { queue = batch.concat(queue); }
      });
    }

    function messages() {
      ctx.request('GET', base + '/messages').then(function (list) {
        list.forEach(function (m) {
          if (shown[m.id] || !box) { return; }
          shown[m.id] = true;
          var p = document.createElement('p');
          p.className = 'we-proctor-message';
          p.textContent = ctx.t('ProctorMessage').replace('{0}', m.body);
          box.appendChild(p);
        });
      }).catch(function () {});
    }

    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') { note('TAB_HIDDEN'); }
    });
    window.addEventListener('blur', function () { note('WINDOW_BLUR'); });
    document.addEventListener('fullscreenchange', function () {
      if (!document.fullscreenElement) { note('FULLSCREEN_EXIT'); }
    });
    document.addEventListener('copy', function () { note('COPY'); });
    document.addEventListener('paste', function () { note('PASTE'); });

    if (navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
      navigator.mediaDevices.getUserMedia({ video: { width: 320, height: 240 }, audio: true })
        .then(function (stream) { watch(stream); })
        .catch(function () { if (box) { box.textContent = ctx.t('Camera'); } });
    }

    function watch(stream) {
      var video = document.createElement('video');
      video.muted = true;
      video.srcObject = stream;
      video.play();
      var canvas = document.createElement('canvas');
      canvas.width = 320;
      canvas.height = 240;
      setInterval(function () {
        canvas.getContext('2d').drawImage(video, 0, 0, 320, 240);
        canvas.toBlob(function (jpeg) {
          if (!jpeg) { return; }
          fetch(ctx.api + base + '/snapshots', {
            method: 'POST', credentials: 'same-origin', body: jpeg,
            headers: { 'Content-Type': 'image/jpeg', 'X-CSRF-Token': ctx.csrf }
          }).catch(function () {});
        }, 'image/jpeg', 0.7);
      }, 30000);
      var Audio = window.AudioContext || window.webkitAudioContext;
      if (!Audio || !stream.getAudioTracks().length) { return; }
      var analyser = new Audio().createAnalyser();
      analyser.fftSize = 512;
      var audio = analyser.context.createMediaStreamSource(stream);
      audio.connect(analyser);
      var samples = new Uint8Array(analyser.fftSize);
      setInterval(function () {
        analyser.getByteTimeDomainData(samples);
        var sum = 0;
        for (var i = 0; i < samples.length; i++) { var v = (samples[i] - 128) / 128; sum += v * v; }
        note('AUDIO_LEVEL', Math.min(100, Math.round(Math.sqrt(sum / samples.length) * 100)));
      }, 5000);
    }

    setInterval(flush, 5000);
    setInterval(messages, 15000);
    messages();
  }

  /*
   * The identity check before the paper opens: a live photo from the webcam goes to the proctor; the page
   * polls until the candidate is admitted (then opens the paper) or refused (then offers a retake).
   */
  function identity(ctx, body, admitted) {
    var path = '/me/exams/' + ctx.examId + '/identity';
    body.textContent = '';
    var text = document.createElement('p');
    text.id = 'we-identity-status';
    var video = document.createElement('video');
    video.muted = true;
    video.width = 320;
    video.height = 240;
    var take = document.createElement('button');
    take.type = 'button';
    take.id = 'we-identity-take';
    take.textContent = ctx.t('IdentityTake');
    body.appendChild(text);
    body.appendChild(video);
    body.appendChild(take);

    function show(v) {
      if (v.status === 'ADMITTED') { admitted(); return; }
      take.disabled = v.status === 'PENDING';
      text.textContent = v.status === 'PENDING' ? ctx.t('IdentityPending')
        : v.status === 'REFUSED' ? ctx.t('IdentityRefused').replace('{0}', v.reason || '')
        : ctx.t('IdentityIntro');
      if (v.status === 'PENDING') { setTimeout(poll, 5000); }
    }
    function poll() { ctx.request('GET', path).then(show).catch(function (e) { text.textContent = e.message; }); }

    take.addEventListener('click', function () {
      var canvas = document.createElement('canvas');
      canvas.width = 320;
      canvas.height = 240;
      canvas.getContext('2d').drawImage(video, 0, 0, 320, 240);
      canvas.toBlob(function (jpeg) {
        fetch(ctx.api + path, {
          method: 'POST', credentials: 'same-origin', body: jpeg,
          headers: { 'Content-Type': 'image/jpeg', 'Accept': 'application/json', 'X-CSRF-Token': ctx.csrf }
        }).then(function (r) { return r.json(); }).then(function (v) {
          if (v.status) { show(v); } else { text.textContent = v.detail || ''; }
        });
      }, 'image/jpeg', 0.8);
    });
    if (navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
      navigator.mediaDevices.getUserMedia({ video: { width: 320, height: 240 } })
        .then(function (stream) { video.srcObject = stream; video.play(); })
        .catch(function () { text.textContent = ctx.t('Camera'); });
    }
    poll();
  }

  return { start: start, identity: identity };
})();
