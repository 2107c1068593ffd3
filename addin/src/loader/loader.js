/*
 * Giao ban cơ sở — page loader. ES5 ONLY (no let/const, arrows, classes,
 * template strings): this file must run in every webview Office may use,
 * including Internet Explorer 11 (Trident, Excel 2016/2019 volume licence)
 * and Edge Legacy (EdgeHTML). It decides, before the bundle is loaded,
 * whether this webview can run it; if not, or if office.js did not load, it
 * says so in the page's role="alert" element instead of leaving dead buttons.
 * A test parses this file as ES5 and the bundles at the ES version they claim.
 *
 * It runs in <head>, just before office.js (which Microsoft requires there).
 * A hung office.js request blocks the page: the browser paints nothing until
 * it ends, whatever a script adds. So a watchdog moves the pane after a few
 * seconds to unsupported.html, which says why and what to do, and comes back
 * by itself once office.js loads (then with a longer wait, so a slow network
 * is not sent round again). Office.initialize is set on every path where
 * office.js loaded, as older Excels require.
 *
 * <script src="loader.js" data-page="taskpane" data-bundle="taskpane.js"></script>
 * <script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
 */
(function () {
  'use strict';
  var scripts = document.getElementsByTagName('script');
  var me = document.currentScript || scripts[scripts.length - 1];
  var page = me.getAttribute('data-page') || 'taskpane';
  var bundle = me.getAttribute('data-bundle');
  var actions = (me.getAttribute('data-actions') || '').split(' ');
  var ready = false;
  // Seconds office.js may take before the page says it is not coming (data-office-timeout overrides).
  var OFFICE_TIMEOUT_MS = Number(me.getAttribute('data-office-timeout')) || 6000;
  // Back from the waiting page: office.js did load there, so this time it may take its time.
  if (location.hash === '#office-slow') OFFICE_TIMEOUT_MS = 60000;

  var WORKS_VI = 'Chạy được trên: Excel cho Microsoft 365 (Windows, có Microsoft Edge WebView2), Excel 2021 và 2024, ' +
    'Excel 2016/2019 bản bán lẻ đã cài Microsoft Edge WebView2 Runtime, Excel trên web (Edge, Chrome, Firefox, Safari) và Excel cho Mac.';
  var WORKS_EN = 'Works in: Excel for Microsoft 365 (Windows, with Microsoft Edge WebView2), Excel 2021 and 2024, retail Excel 2016/2019 with the ' +
    'Microsoft Edge WebView2 Runtime installed, Excel on the web (Edge, Chrome, Firefox, Safari) and Excel for Mac.';
  var OFFLINE_VI = 'Không có Excel phù hợp hay không có Internet: dùng ứng dụng ngoại tuyến giao-ban.html (mở bằng Chrome, Edge hoặc Cốc Cốc; không cần mạng).';
  var OFFLINE_EN = 'Without a suitable Excel or without Internet, use the offline app giao-ban.html (open it in Chrome, Edge or Coc Coc; no network needed).';
  var LOCAL_VI = 'Mạng của đơn vị không ra Internet: bộ phận CNTT có thể cài bản phần bổ trợ kèm sẵn office.js (npm run addin:package -- --office-js local, xem DEPLOY.md).';
  var LOCAL_EN = 'On a network without Internet, IT staff can install the build that carries office.js itself (npm run addin:package -- --office-js local, see DEPLOY.md).';

  /** Why this page cannot run, as [title, Vietnamese, English]. */
  var REASONS = {
    trident: ['Phiên bản Excel này quá cũ cho phần bổ trợ',
      'Excel này mở phần bổ trợ bằng Internet Explorer 11 (thường là Excel 2016/2019 bản cấp phép số lượng lớn), nên Giao ban cơ sở không chạy được ở đây.',
      'This Excel hosts add-ins in Internet Explorer 11 (usually volume-licensed Excel 2016/2019), which cannot run Giao ban.'],
    edgehtml: ['Cần cài Microsoft Edge WebView2',
      'Excel này mở phần bổ trợ bằng Edge cũ (EdgeHTML), nên Giao ban cơ sở không chạy được. Cài Microsoft Edge WebView2 Runtime (bộ phận CNTT có thể cài) hoặc cập nhật Office, rồi mở lại Excel.',
      'This Excel hosts add-ins in Edge Legacy (EdgeHTML). Install the Microsoft Edge WebView2 Runtime or update Office, then restart Excel.'],
    old: ['Trình duyệt của Excel thiếu chức năng cần thiết',
      'Trình duyệt mà Excel dùng cho phần bổ trợ thiếu chức năng JavaScript mà Giao ban cơ sở cần.',
      'The browser Excel uses for add-ins lacks JavaScript features Giao ban needs.'],
    'no-office': ['Không tải được office.js',
      'Không tải được thư viện office.js từ {from}: máy không có Internet, mạng chặn địa chỉ này, hoặc trang đang được mở ngoài Excel. Phần bổ trợ chỉ chạy bên trong Excel và cần truy cập được địa chỉ đó.',
      'office.js could not be loaded from {from}: no Internet, the network blocks it, or the page was opened outside Excel.'],
    'office-timeout': ['Chưa tải được office.js',
      'Thư viện office.js chưa tải xong từ {from} sau {s} giây: mạng rất chậm, hoặc máy không ra được Internet. Trang này tự quay lại bảng điều khiển khi office.js tải được.',
      'office.js has not loaded from {from} after {s} seconds: a very slow network, or no way out to the Internet. This page goes back to the pane by itself once office.js loads.'],
    outside: ['Hãy mở trong Excel',
      'Trang này là bảng điều khiển của phần bổ trợ Giao ban cơ sở và chỉ chạy bên trong Excel (Trang đầu → Phần bổ trợ → Giao ban cơ sở).',
      'This page is the Giao ban add-in\'s task pane and only runs inside Excel (Home → Add-ins → Giao ban).'],
    failed: ['Phần bổ trợ không khởi động được',
      'Phần bổ trợ không khởi động được trong Excel này. Hãy đóng và mở lại bảng điều khiển; nếu vẫn lỗi, báo bộ phận CNTT.',
      'The add-in could not start in this Excel. Close and reopen the pane; if it persists, tell your IT staff.']
  };

  function reasonOfBrowser() {
    var ua = navigator.userAgent || '';
    if (/Trident\/|MSIE /.test(ua)) return 'trident';
    if (/Edge\/\d/.test(ua)) return 'edgehtml';
    try {
      // What the bundles need (they are built for ES2019): syntax first, then the library.
      new Function('class A {} var f = async (a, ...b) => ({ ...a, b }); try {} catch { } return [A, f];');
      new RegExp('(?<y>\\d{4})', 'u');
      // The core's text rules use lookbehind (Safari has it from 16.4): an older WKWebView gets the message, not a crash.
      new RegExp('(?<![a-z])x');
      new RegExp('\\p{L}', 'u');
      if (typeof Promise !== 'function' || typeof Map !== 'function' || typeof Set !== 'function' || typeof Object.fromEntries !== 'function' ||
          typeof [].flat !== 'function' || typeof ''.normalize !== 'function' || typeof Intl !== 'object') return 'old';
    } catch (e) {
      return 'old';
    }
    return null;
  }

  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text) e.appendChild(document.createTextNode(text));
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]);
    return e;
  }

  var query = function (name) {
    var m = new RegExp('[?&]' + name + '=([^&#]*)').exec(location.search);
    return m ? decodeURIComponent(m[1]) : null;
  };

  /** The office.js address of this page (Microsoft's CDN, or the package's own copy in the local build). */
  function officeScript() {
    var passed = query('office');
    if (passed) return passed;
    var list = document.getElementsByTagName('script');
    for (var i = 0; i < list.length; i++) {
      var src = list[i].getAttribute('src') || '';
      if (/(^|\/)(office|custom-functions-runtime)\.js$/.test(src)) return src;
    }
    return 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
  }

  /** Where office.js comes from, as the message names it. */
  function officeSource() {
    var m = /^https?:\/\/([^/]+)/.exec(officeScript());
    return m ? m[1] : location.host || 'máy chủ của phần bổ trợ';
  }

  /** The watchdog's way out of a page the browser will not paint: the waiting page, which comes back when office.js loads. */
  function leaveForWaitingPage() {
    var here = location.pathname + location.search;
    var url = location.pathname.replace(/[^/]*$/, '') + 'unsupported.html?reason=office-timeout&s=' + Math.round(OFFICE_TIMEOUT_MS / 1000) +
      '&back=' + encodeURIComponent(here) + '&office=' + encodeURIComponent(officeScript());
    location.replace(url);
  }

  /** On the waiting page: a link back, and the way back by itself once office.js loads (then from the browser's cache). */
  function waitForOffice() {
    var back = query('back');
    // Only a path on this server: the page never sends anyone elsewhere.
    if (!back || back.charAt(0) !== '/' || back.charAt(1) === '/') return;
    var box = document.getElementById('giaoban-alert');
    var p = el('p', '');
    p.appendChild(el('a', 'Thử lại', { href: back, lang: 'vi' }));
    p.appendChild(document.createTextNode(' / '));
    p.appendChild(el('a', 'Try again', { href: back, lang: 'en' }));
    box.appendChild(p);
    var probe = document.createElement('script');
    probe.onload = function () { location.replace(back + '#office-slow'); };
    probe.src = officeScript();
    document.getElementsByTagName('head')[0].appendChild(probe);
  }

  /** Shows why the add-in cannot run, in the page's role="alert" element; hides the controls. */
  function fail(reason) {
    if (ready && reason !== 'outside') return;
    var r = REASONS[reason] || REASONS.failed;
    var from = officeSource();
    var seconds = query('s') || String(Math.round(OFFICE_TIMEOUT_MS / 1000));
    var fill = function (text) { return text.replace('{from}', from).replace('{s}', seconds); };
    var box = document.getElementById('giaoban-alert');
    if (!box) {
      box = el('div', '', { id: 'giaoban-alert', role: 'alert', 'class': 'unavailable' });
      document.body.insertBefore(box, document.body.firstChild);
    }
    while (box.firstChild) box.removeChild(box.firstChild);
    box.setAttribute('data-reason', reason);
    box.appendChild(el('h2', r[0]));
    box.appendChild(el('p', fill(r[1])));
    if (reason === 'no-office' || reason === 'office-timeout') box.appendChild(el('p', LOCAL_VI));
    if (reason !== 'outside') box.appendChild(el('p', WORKS_VI));
    var offline = el('p', '');
    offline.appendChild(document.createTextNode(OFFLINE_VI.split('giao-ban.html')[0]));
    offline.appendChild(el('a', 'giao-ban.html', { href: 'giao-ban.html', target: '_blank', rel: 'noopener' }));
    offline.appendChild(document.createTextNode(OFFLINE_VI.split('giao-ban.html')[1]));
    box.appendChild(offline);
    var local = reason === 'no-office' || reason === 'office-timeout' ? LOCAL_EN + ' ' : '';
    box.appendChild(el('p', fill(r[2]) + ' ' + local + (reason !== 'outside' ? WORKS_EN + ' ' : '') + OFFLINE_EN, { lang: 'en', 'class': 'en' }));
    box.removeAttribute('hidden');
    var app = document.getElementById('app');
    if (app) app.setAttribute('hidden', '');
    if (page === 'commands') registerFallbackButtons(reason);
  }

  /** Ribbon buttons on a host that cannot run the bundle: each opens a small window with the same message. */
  function registerFallbackButtons(reason) {
    var open = function (event) {
      var done = function () { if (event && event.completed) event.completed(); };
      try {
        // Dialogs need DialogApi 1.1; without it the button only completes (the pane says why).
        if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) return done();
        var url = location.href.replace(/[^/]*$/, '') + 'unsupported.html?reason=' + reason;
        Office.context.ui.displayDialogAsync(url, { height: 45, width: 40 }, done);
      } catch (e) {
        done();
      }
    };
    for (var i = 0; i < actions.length; i++) if (actions[i]) window[actions[i]] = open;
  }

  var started = false;
  window.giaobanLoader = {
    fail: fail,
    /** Called by the bundle once it has taken over the page. */
    ready: function () {
      ready = true;
      var app = document.getElementById('app');
      if (app) app.removeAttribute('hidden');
    }
  };

  /** Once the page is parsed (office.js loaded, or failed): decide, then load the bundle or say why not. */
  function start() {
    if (started) return;
    started = true;
    // The custom-functions page loads Microsoft's custom-functions runtime instead of office.js.
    var office = page === 'functions' ? typeof CustomFunctions : typeof Office;
    var reason = reasonOfBrowser() || (office === 'undefined' ? 'no-office' : null);
    if (page === 'dialog') {
      var m = /[?&]reason=([a-z-]+)/.exec(location.search);
      fail(m ? m[1] : reason || 'old');
      if (m && m[1] === 'office-timeout') waitForOffice();
      return;
    }
    // Older Excels wait for Office.initialize (and call the ribbon functions by name only after it):
    // set on every path where office.js loaded; the bundle's Office.onReady works beside it.
    if (typeof Office !== 'undefined' && page !== 'functions' && !Office.initialize) Office.initialize = function () {};
    if (reason) {
      fail(reason);
      return;
    }
    window.onerror = function () {
      // A bundle that cannot run here (a syntax error the checks above missed) fails loudly, not silently.
      if (!ready) fail('old');
    };
    var s = document.createElement('script');
    s.src = bundle;
    s.onerror = function () { fail('failed'); };
    document.body.appendChild(s);
    if (page === 'taskpane') setTimeout(function () { if (!ready) fail('failed'); }, 30000);
  }

  if (page === 'taskpane') {
    // The watchdog: office.js below has not let the page finish within the time (a hung request).
    setTimeout(function () { if (!started && !ready) leaveForWaitingPage(); }, OFFICE_TIMEOUT_MS);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
