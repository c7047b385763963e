// Wegwijzer's chat widget: a button that opens the stock Web Chat, connected through Direct Line.
// A municipality embeds it with one line (see README):
//   <script src="https://wegwijzer.example.nl/wegwijzer-chat.js" defer></script>
// Everything it loads (its texts, Web Chat, the token) comes from the server that script came from.
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || !('src' in script)) return;
  var base = new URL('.', script.src).href;
  var taal = (document.documentElement.lang || 'nl').toLowerCase().indexOf('en') === 0 ? 'en' : 'nl';
  var locale = taal === 'en' ? 'en-US' : 'nl-NL';

  // The resident's id stays on this device so a later visit continues their case ("start over"
  // forgets it); the open conversation lasts as long as the tab, so a reload continues it.
  var USER_KEY = 'wegwijzer.userId';
  var CONVERSATION_KEY = 'wegwijzer.conversationId';
  var OPEN_KEY = 'wegwijzer.open';
  // Direct Line's ConnectionStatus: ExpiredToken, FailedToConnect, Ended.
  var LOST = [3, 4, 5];

  var STYLE = {
    accent: '#1a4c7a',
    primaryFont: "'Segoe UI', 'Noto Sans', Arial, sans-serif",
    // Wide enough to use a full-screen window (a phone on its side, 200% zoom): fewer lines per
    // message leave the question above the buttons in view. The docked window is narrower anyway.
    bubbleMaxWidth: 640,
    bubbleBackground: '#f1f4f7',
    bubbleBorderColor: '#c5ccd3',
    bubbleBorderWidth: 1,
    bubbleBorderRadius: 8,
    bubbleTextColor: '#1b1b1b',
    bubbleFromUserBackground: '#1a4c7a',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderColor: '#1a4c7a',
    bubbleFromUserBorderRadius: 8,
    suggestedActionLayout: 'stacked',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#1a4c7a',
    suggestedActionTextColor: '#1a4c7a',
    suggestedActionBorderRadius: 6,
    suggestedActionHeight: 44,
    hideUploadButton: true,
    sendBoxButtonColor: '#1a4c7a',
    sendBoxTextWrap: true,
    transcriptVisualKeyboardIndicatorColor: '#1a4c7a',
    rootHeight: '100%',
    rootWidth: '100%',
  };

  var texts;
  var directLine;
  var launcher;
  var panel;
  var statusLine;
  var chatHolder;
  var lastRecovery = 0;
  var webChatLoaded;

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    if (text) node.textContent = text;
    return node;
  }

  // Browsers may refuse storage, even its mere mention (private modes, strict settings): the chat
  // then still works, it only cannot remember the resident. `storage` is the property's name.
  function read(storage, key) {
    try {
      return window[storage].getItem(key);
    } catch {
      return null;
    }
  }

  function write(storage, key, value) {
    try {
      if (value === undefined) window[storage].removeItem(key);
      else window[storage].setItem(key, value);
    } catch {
      // Nothing to remember with.
    }
  }

  function request(path, body) {
    var options = body
      ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
      : {};
    return fetch(base + path, options).then(function (response) {
      if (!response.ok) throw new Error('Wegwijzer: ' + path + ' answered ' + response.status);
      return response.json();
    });
  }

  function loadWebChat() {
    webChatLoaded =
      webChatLoaded ||
      new Promise(function (resolve, reject) {
        var tag = element('script', { src: base + 'webchat/webchat.js' });
        tag.onload = function () {
          resolve(window.WebChat);
        };
        tag.onerror = reject;
        document.head.appendChild(tag);
      });
    return webChatLoaded;
  }

  function say(text) {
    statusLine.textContent = text || '';
    statusLine.hidden = !text;
  }

  function build() {
    document.head.appendChild(element('link', { rel: 'stylesheet', href: base + 'wegwijzer-chat.css' }));
    launcher = element(
      'button',
      {
        type: 'button',
        class: 'wegwijzer-knop',
        'aria-expanded': 'false',
        'aria-controls': 'wegwijzer-venster',
      },
      texts.open,
    );
    panel = element('section', {
      id: 'wegwijzer-venster',
      class: 'wegwijzer-venster',
      'aria-labelledby': 'wegwijzer-titel',
      lang: taal,
    });
    panel.hidden = true;
    var header = element('div', { class: 'wegwijzer-kop' });
    header.appendChild(element('h2', { id: 'wegwijzer-titel' }, texts.titel));
    var startOverButton = element('button', { type: 'button', class: 'wegwijzer-opnieuw' }, texts.opnieuw);
    var closeButton = element('button', {
      type: 'button',
      class: 'wegwijzer-sluiten',
      'aria-label': texts.sluiten,
    });
    closeButton.appendChild(element('span', { 'aria-hidden': 'true' }, '×'));
    header.appendChild(startOverButton);
    header.appendChild(closeButton);
    statusLine = element('p', { class: 'wegwijzer-status', role: 'status' });
    chatHolder = element('div', { class: 'wegwijzer-chat' });
    panel.appendChild(header);
    panel.appendChild(statusLine);
    panel.appendChild(chatHolder);
    document.body.appendChild(panel);
    document.body.appendChild(launcher);

    launcher.addEventListener('click', function () {
      if (panel.hidden) open();
      else close();
    });
    closeButton.addEventListener('click', close);
    startOverButton.addEventListener('click', startOver);
    panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && !event.defaultPrevented) close();
    });
  }

  function open() {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    write('sessionStorage', OPEN_KEY, '1');
    if (!directLine) connect();
    else focusSendBox();
  }

  function close() {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    write('sessionStorage', OPEN_KEY);
    launcher.focus();
  }

  function startOver() {
    write('localStorage', USER_KEY);
    write('sessionStorage', CONVERSATION_KEY);
    connect().then(function (connected) {
      if (connected) say(texts.opnieuwGedaan);
    });
  }

  function connect() {
    // Forget the old connection before ending it, so its "ended" status does not look like a loss.
    var previous = directLine;
    directLine = undefined;
    if (previous) previous.end();
    say(texts.laden);
    var asked = {
      userId: read('localStorage', USER_KEY) || undefined,
      conversationId: read('sessionStorage', CONVERSATION_KEY) || undefined,
    };
    return Promise.all([request('api/directline/token', asked), loadWebChat()])
      .then(function (results) {
        var issued = results[0];
        var WebChat = results[1];
        write('localStorage', USER_KEY, issued.userId);
        write('sessionStorage', CONVERSATION_KEY, issued.conversationId);
        directLine = WebChat.createDirectLine({
          token: issued.token,
          domain: issued.domain || base + 'v3/directline',
          webSocket: issued.webSocket,
          conversationId: issued.resumed ? issued.conversationId : undefined,
          pollingInterval: 500,
        });
        var current = directLine;
        current.connectionStatus$.subscribe(function (status) {
          if (LOST.indexOf(status) >= 0 && current === directLine) recover();
        });
        // A fresh element per connection: Web Chat then starts clean instead of mixing two conversations.
        var holder = element('div', { class: 'wegwijzer-webchat' });
        chatHolder.replaceChildren(holder);
        WebChat.renderWebChat(
          { directLine: current, userID: issued.userId, locale: locale, styleOptions: STYLE },
          holder,
        );
        say('');
        focusSendBox();
        return true;
      })
      .catch(function () {
        say(texts.nietBeschikbaar);
        return false;
      });
  }

  // A lost connection (the token expired while the laptop slept, the server restarted) gets a new
  // token; the server continues the conversation if it still has it. At most once per 10 seconds.
  function recover() {
    if (Date.now() - lastRecovery < 10000) {
      say(texts.nietBeschikbaar);
      return;
    }
    lastRecovery = Date.now();
    connect();
  }

  function focusSendBox() {
    var tries = 0;
    var timer = setInterval(function () {
      var input = panel.querySelector('[data-id="webchat-sendbox-input"]');
      if (input || ++tries > 100) clearInterval(timer);
      if (input) input.focus();
    }, 50);
  }

  request('api/widget/texts?taal=' + taal)
    .then(function (loaded) {
      texts = loaded;
      build();
      if (read('sessionStorage', OPEN_KEY) === '1') open();
    })
    .catch(function () {
      // Without the server there is no chat to offer; the page's own contact details remain.
    });
})();
